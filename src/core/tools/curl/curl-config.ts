// curl's config files (-K/--config FILE and ~/.curlrc): each line is one option, `--name value`,
// `name = value` or `name value`, values optionally double-quoted with \-escapes (curl(1) "-K").
import { posix } from 'node:path';
import type { Context } from '../../types.js';

/** Options a config file contributes, as argv; `unreadable` names a config guard could not read. */
export function curlConfigArgs(text: string): string[] {
  const args: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(-{0,2})([A-Za-z0-9][\w.-]*)(?:\s*[=:]\s*|\s+)?(.*)$/.exec(line);
    if (!m) continue;
    const [, dashes, name, rest] = m as unknown as [string, string, string, string];
    const flag = dashes === '-' || (dashes === '' && name.length === 1) ? `-${name}` : `--${name}`;
    args.push(flag);
    if (rest !== '') args.push(unquote(rest));
  }
  return args;
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value.replace(/\s+#.*$/, '').trim();
  let out = '';
  for (let i = 1; i < value.length; i++) {
    const c = value[i] as string;
    if (c === '"') break;
    if (c === '\\' && i + 1 < value.length) {
      const n = value[++i] as string;
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n === 'v' ? '\v' : n;
    } else out += c;
  }
  return out;
}

/** ~/.curlrc as curl finds it, unless the command starts with -q/--disable. */
export function defaultCurlrc(args: readonly string[], ctx: Context): string | undefined {
  if (args[0] === '-q' || args[0] === '--disable') return undefined;
  for (const dir of [ctx.env.CURL_HOME, ctx.env.XDG_CONFIG_HOME, ctx.home].filter((d): d is string => !!d)) {
    const text = ctx.fs.readText(posix.join(dir, '.curlrc'));
    if (text !== undefined) return text;
  }
  return undefined;
}
