// In-place destruction by redirection: `: > app.db` empties a database file, and `sort f > f` empties
// f before sort reads it (the shell truncates first). Appending (`>>`) destroys nothing.
import { basename } from 'node:path';
import { GLOB, globbed } from './glob.js';
import { localEnvironment } from '../environment.js';
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
    // A loop variable holding a glob (for f in data/*.db; do : > "$f"): each file it names.
    if (GLOB.test(w.path) && ctx.fs.stat(w.path) === undefined) {
      out.push(...overwriteFindings(w.path, ctx, `${w.shown} is emptied by the redirection`));
      continue;
    }
    const stat = ctx.fs.stat(w.path);
    if (!stat?.isFile || stat.size === 0) continue;
    if (readsSameFile(w, argv, redirects, ctx))
      out.push(
        finding(
          SHELL_RULES.readAndTruncate,
          w.path,
          ctx,
          `${argv[0] ?? 'the command'} reads ${w.shown}, which the shell has already emptied`,
        ),
      );
    else {
      const why = inPlaceDataReason(w.path, ctx);
      if (why) out.push(finding(SHELL_RULES.overwriteData, w.path, ctx, why));
    }
  }
  return out;
}

const REPLACERS = new Set(['cp', 'mv', 'ln', 'install']);
/** Options that take a value, per command (enough to find the operands). */
const VALUE_OPTS = new Set([
  '-t',
  '--target-directory',
  '-S',
  '--suffix',
  '-m',
  '--mode',
  '-o',
  '--owner',
  '-g',
  '--group',
]);

/**
 * cp/mv/install/ln -f onto an existing data file: its bytes are replaced by the source's (cp /dev/null
 * empties it); tee without -a replaces each file it names with its input. Called on the command guard
 * unwrapped, so `sudo cp /dev/null app.db` is seen as well.
 */
export function replaceFindings(argv: readonly string[], ctx: Context): Finding[] {
  const name = basename(argv[0] ?? '');
  if (name === 'tee') return teeFindings(argv, ctx);
  if (!REPLACERS.has(name)) return [];
  const operands: string[] = [];
  let targetDir: string | undefined;
  let noClobber = false;
  let force = name !== 'ln';
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k] as string;
    if (a === '--') {
      operands.push(...argv.slice(k + 1));
      break;
    }
    if (a === '-t' || a === '--target-directory') targetDir = argv[++k];
    else if (a.startsWith('--target-directory=')) targetDir = a.slice(19);
    else if (VALUE_OPTS.has(a)) k++;
    else if (a === '-n' || a === '--no-clobber' || a === '--update=none' || (a === '-s' && name === 'cp'))
      noClobber = true;
    else if (a.startsWith('-') && a.length > 1) {
      if (!a.startsWith('--') && a.includes('f')) force = true;
      if (a === '--force') force = true;
      if (!a.startsWith('--') && a.includes('n') && name !== 'install') noClobber = true;
    } else operands.push(a);
  }
  if (noClobber || !force || operands.some((o) => o.includes(UNKNOWN))) return [];
  const dest = targetDir ?? operands.pop();
  if (dest === undefined || operands.length === 0) return [];
  const destPath = resolves(dest, ctx);
  const intoDir = targetDir !== undefined || ctx.fs.stat(destPath)?.isDirectory === true;
  const out: Finding[] = [];
  for (const source of operands) {
    const target = intoDir ? `${destPath}/${basename(source)}` : destPath;
    out.push(...overwriteFindings(target, ctx, `${name} replaces it with ${source}`));
  }
  return out;
}

/** A file a program empties or replaces in place (open(p, 'w') in python -c): a finding when it holds data. */
export function overwriteFindings(path: string, ctx: Context, how: string): Finding[] {
  if (path.includes(UNKNOWN)) return [];
  return globbed(resolves(path, ctx), ctx).flatMap((target) => {
    const why = inPlaceDataReason(target, ctx);
    return why ? [finding(SHELL_RULES.overwriteData, target, ctx, `${how}: ${why}`)] : [];
  });
}

/** `… | tee FILE`: tee empties FILE when it starts (unless -a), then writes its input there. */
function teeFindings(argv: readonly string[], ctx: Context): Finding[] {
  const files: string[] = [];
  let options = true;
  for (const a of argv.slice(1)) {
    if (options && a === '--') options = false;
    else if (options && (a === '--append' || /^-[ip]*a[aip]*$/.test(a))) return [];
    else if (options && a.startsWith('-') && a.length > 1) continue;
    else files.push(a);
  }
  return files.flatMap((f) => overwriteFindings(f, ctx, 'tee replaces it with its input'));
}

/** `cmd FILE > FILE` or `cmd < FILE > FILE`: the file is emptied before the command reads it. */
function readsSameFile(w: Written, argv: string[], redirects: Redirect[], ctx: Context): boolean {
  if (isScratch(w.path, ctx)) return false;
  const name = basename(w.path);
  const mentions = (text: string): boolean =>
    text === w.shown || (text.endsWith(name) && resolves(text, ctx) === w.path);
  if (argv.slice(1).some(mentions)) return true;
  return redirects.some(
    (r) => r.op === '<' && r.target !== undefined && mentions(r.target.raw.replace(/^['"]|['"]$/g, '')),
  );
}

function resolves(text: string, ctx: Context): string {
  return text.startsWith('/') ? text : `${ctx.cwd}/${text}`.replace(/\/\.\//g, '/');
}

function finding(rule: ShellRule, path: string, ctx: Context, why: string): Finding {
  const environment = localEnvironment(ctx);
  return {
    kind: 'rule',
    rule: rule.id,
    tool: 'shell',
    resource: path,
    environment,
    message: rule.message,
    details: [why],
    warnings: [],
  };
}
