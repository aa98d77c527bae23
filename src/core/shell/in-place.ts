// In-place destruction by redirection: `: > app.db` empties a database file, and `sort f > f` empties
// f before sort reads it (the shell truncates first). Appending (`>>`) destroys nothing.
import { basename } from 'node:path';
import { localEnvironment } from '../environment.js';
import { renderMessage } from '../render-message.js';
import { inPlaceDataReason, isScratch } from '../tools/in-place/data-target.js';
import type { Context, Finding } from '../types.js';
import { UNKNOWN } from '../unwrap/invocation.js';
import { SHELL_RULES, type ShellRule } from './shell-rules.js';
import type { Redirect } from './syntax.js';
import type { Written } from './written-files.js';

export function inPlaceFindings(writes: Written[], argv: string[], redirects: Redirect[], ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const w of writes) {
    if (w.append || w.path.includes(UNKNOWN)) continue;
    const stat = ctx.fs.stat(w.path);
    if (!stat?.isFile || stat.size === 0) continue;
    if (readsSameFile(w, argv, redirects, ctx)) out.push(finding(SHELL_RULES.readAndTruncate, w.path, ctx, `${argv[0] ?? 'the command'} reads ${w.shown}, which the shell has already emptied`));
    else {
      const why = inPlaceDataReason(w.path, ctx);
      if (why) out.push(finding(SHELL_RULES.overwriteData, w.path, ctx, why));
    }
  }
  return out;
}

/** `cmd FILE > FILE` or `cmd < FILE > FILE`: the file is emptied before the command reads it. */
function readsSameFile(w: Written, argv: string[], redirects: Redirect[], ctx: Context): boolean {
  if (isScratch(w.path, ctx)) return false;
  const name = basename(w.path);
  const mentions = (text: string): boolean => text === w.shown || (text.endsWith(name) && resolves(text, ctx) === w.path);
  if (argv.slice(1).some(mentions)) return true;
  return redirects.some((r) => r.op === '<' && r.target !== undefined && mentions(r.target.raw.replace(/^['"]|['"]$/g, '')));
}

function resolves(text: string, ctx: Context): string {
  return text.startsWith('/') ? text : `${ctx.cwd}/${text}`.replace(/\/\.\//g, '/');
}

function finding(rule: ShellRule, path: string, ctx: Context, why: string): Finding {
  const environment = localEnvironment(ctx);
  return { rule: rule.id, tool: 'shell', resource: path, environment, reason: renderMessage(rule.message, { resource: path, environment: environment.name }), details: [why], warnings: [] };
}
