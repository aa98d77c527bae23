// httpie / xh command lines → HttpRequest: `[METHOD] URL [ITEM…]`, items `H:v`, `q==v`, `f=v`,
// `f:=json`, `f=@file`, `f:=@file`; a piped stdin is the raw body unless --ignore-stdin.
import { hasOption, optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import { posix } from 'node:path';
import type { Context } from '../../types.js';
import type { BodyPart, HttpRequest } from '../http/http-request.js';

const SPECS: OptionSpec[] = [
  { id: 'auth', short: ['a'], long: ['auth'], value: true },
  { id: 'auth-type', short: ['A'], long: ['auth-type'], value: true },
  { id: 'bearer', long: ['bearer'], value: true },
  { id: 'raw', long: ['raw'], value: true },
  { id: 'ignore-stdin', short: ['I'], long: ['ignore-stdin'] },
  { id: 'offline', long: ['offline'] },
  {
    id: 'other',
    short: ['o', 'p', 'P', 's'],
    long: [
      'output',
      'print',
      'history-print',
      'session',
      'session-read-only',
      'verify',
      'cert',
      'cert-key',
      'cert-key-pass',
      'proxy',
      'timeout',
      'max-redirects',
      'pretty',
      'style',
      'format-options',
      'response-charset',
      'response-mime',
      'default-scheme',
      'ssl',
      'ciphers',
      'boundary',
      'unix-socket',
      'resolve',
      'interface',
      'http-version',
      'ipv',
    ],
    value: true,
  },
];

const METHOD = /^[A-Za-z]+$/;
const ITEM = /^((?:\\.|[^:=@\\])*)(:=@|=@|==|:=|@|=|:|;)([\s\S]*)$/;

export function parseHttpie(args: readonly string[], ctx: Context): HttpRequest & { ignoresStdin: boolean } {
  const parsed = parseOptions(args, SPECS, { style: 'gnu' });
  const positionals = [...parsed.positionals];
  const explicitMethod =
    positionals.length >= 2 && METHOD.test(positionals[0] as string) ? (positionals.shift() as string) : undefined;
  const url = positionals.shift();
  const headers: string[] = [];
  const fields: Record<string, unknown> = {};
  const body: BodyPart[] = [];
  let hasData = false;
  for (const item of positionals) {
    const m = ITEM.exec(item);
    if (!m) continue;
    const [, rawKey, sep, value] = m as unknown as [string, string, string, string];
    const key = rawKey.replace(/\\(.)/g, '$1');
    if (sep === ':') headers.push(`${key}: ${value}`);
    else if (sep === ';') headers.push(`${key}:`);
    else if (sep === '==') continue;
    else {
      hasData = true;
      if (sep === '=') fields[key] = value;
      else if (sep === ':=') fields[key] = parseJsonLoose(value);
      else if (sep === '@') body.push({ kind: 'unreadable', why: `the file ${value} is uploaded as field ${key}` });
      else {
        const text = ctx.fs.readText(posix.resolve(ctx.cwd, value));
        if (text === undefined)
          body.push({ kind: 'unreadable', why: `the field ${key} is read from ${value}, which guard could not read` });
        else fields[key] = sep === '=@' ? text : parseJsonLoose(text);
      }
    }
  }
  const raw = optionValue(parsed, 'raw');
  if (raw !== undefined) body.unshift({ kind: 'inline', text: raw });
  else if (hasData) body.unshift({ kind: 'inline', text: JSON.stringify(fields) });
  const fileFields = body.filter((p) => p.kind === 'unreadable');
  const ignoresStdin = hasOption(parsed, 'ignore-stdin') || hasOption(parsed, 'offline');
  if (!hasData && raw === undefined && !ignoresStdin) body.push({ kind: 'stdin', optional: true });
  const authType = optionValue(parsed, 'auth-type');
  const bearer =
    optionValue(parsed, 'bearer') ??
    (authType?.toLowerCase() === 'bearer' ? (optionValue(parsed, 'auth') ?? '') : undefined);
  const method = explicitMethod ?? (hasData || raw !== undefined ? 'POST' : 'GET');
  return {
    method: method.toUpperCase(),
    urls: url === undefined ? [] : [url],
    headers,
    ...(bearer !== undefined ? { bearerFlag: bearer } : {}),
    body: fileFields.length > 0 ? fileFields : body,
    joiner: '',
    ignoresStdin,
  };
}

function parseJsonLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unbound: text };
  }
}
