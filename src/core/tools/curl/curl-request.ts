// curl's command line → HttpRequest (curl(1): -d/--data* join with `&`, -d @file strips newlines).
import { optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import { posix } from 'node:path';
import type { Context } from '../../types.js';
import { curlConfigArgs, defaultCurlrc } from './curl-config.js';
import { isStdinPath, type BodyPart, type HttpRequest } from '../http/http-request.js';

const VALUE_SHORTS = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';
const VALUE_LONGS = [
  'abstract-unix-socket',
  'alt-svc',
  'aws-sigv4',
  'cacert',
  'capath',
  'cert',
  'cert-type',
  'ciphers',
  'connect-timeout',
  'connect-to',
  'continue-at',
  'cookie',
  'cookie-jar',
  'config',
  'create-file-mode',
  'crlfile',
  'curves',
  'delegation',
  'dns-interface',
  'dns-ipv4-addr',
  'dns-ipv6-addr',
  'dns-servers',
  'doh-url',
  'dump-header',
  'ech',
  'egd-file',
  'engine',
  'etag-compare',
  'etag-save',
  'expect100-timeout',
  'form',
  'form-string',
  'ftp-account',
  'ftp-alternative-to-user',
  'ftp-method',
  'ftp-port',
  'ftp-ssl-ccc-mode',
  'happy-eyeballs-timeout-ms',
  'hostpubmd5',
  'hostpubsha256',
  'hsts',
  'interface',
  'ip-tos',
  'ipfs-gateway',
  'keepalive-cnt',
  'keepalive-time',
  'key',
  'key-type',
  'krb',
  'libcurl',
  'limit-rate',
  'local-port',
  'login-options',
  'mail-auth',
  'mail-from',
  'mail-rcpt',
  'max-filesize',
  'max-redirs',
  'max-time',
  'netrc-file',
  'noproxy',
  'output',
  'output-dir',
  'parallel-max',
  'pass',
  'pinnedpubkey',
  'preproxy',
  'proto',
  'proto-default',
  'proto-redir',
  'proxy',
  'proxy-cacert',
  'proxy-capath',
  'proxy-cert',
  'proxy-cert-type',
  'proxy-ciphers',
  'proxy-crlfile',
  'proxy-header',
  'proxy-key',
  'proxy-key-type',
  'proxy-pass',
  'proxy-pinnedpubkey',
  'proxy-service-name',
  'proxy-tls13-ciphers',
  'proxy-tlsauthtype',
  'proxy-tlspassword',
  'proxy-tlsuser',
  'proxy-user',
  'proxy1.0',
  'pubkey',
  'quote',
  'random-file',
  'range',
  'rate',
  'referer',
  'request-target',
  'resolve',
  'retry',
  'retry-delay',
  'retry-max-time',
  'sasl-authzid',
  'service-name',
  'socks4',
  'socks4a',
  'socks5',
  'socks5-gssapi-service',
  'socks5-hostname',
  'speed-limit',
  'speed-time',
  'stderr',
  'telnet-option',
  'tftp-blksize',
  'time-cond',
  'tls-max',
  'tls13-ciphers',
  'tlsauthtype',
  'tlspassword',
  'tlsuser',
  'trace',
  'trace-ascii',
  'trace-config',
  'unix-socket',
  'url-query',
  'user',
  'user-agent',
  'variable',
  'vlan-priority',
  'write-out',
];

const SPECS: OptionSpec[] = [
  { id: 'data', short: ['d'], long: ['data', 'data-ascii'], value: true },
  { id: 'data-binary', long: ['data-binary'], value: true },
  { id: 'data-raw', long: ['data-raw'], value: true },
  { id: 'data-urlencode', long: ['data-urlencode'], value: true },
  { id: 'json', long: ['json'], value: true },
  { id: 'expand', long: ['expand-data', 'expand-json', 'expand-url', 'expand-header'], value: true },
  { id: 'upload', short: ['T'], long: ['upload-file'], value: true },
  { id: 'header', short: ['H'], long: ['header'], value: true },
  { id: 'bearer', long: ['oauth2-bearer'], value: true },
  { id: 'request', short: ['X'], long: ['request'], value: true },
  { id: 'head', short: ['I'], long: ['head'] },
  { id: 'get', short: ['G'], long: ['get'] },
  { id: 'url', long: ['url'], value: true },
  { id: 'config', short: ['K'], long: ['config'], value: true },
  { id: 'form', short: ['F'], long: ['form'], value: true },
  { id: 'form-string', long: ['form-string'], value: true },
  {
    id: 'other',
    short: VALUE_SHORTS.split('').filter((c) => !'dTHXKF'.includes(c)),
    long: VALUE_LONGS.filter((l) => l !== 'config' && l !== 'form' && l !== 'form-string'),
    value: true,
  },
];

/** With a Context, config files (-K, ~/.curlrc), `-H @file` and form files are read too. */
export function parseCurl(args: readonly string[], ctx?: Context): HttpRequest {
  const body: BodyPart[] = [];
  const parsed = parseOptions(ctx ? withConfigFiles(args, ctx, body) : args, SPECS, { style: 'gnu' });
  const headers: string[] = [];
  const form: Record<string, BodyPart> = {};
  let upload = false;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.id === 'data') body.push(atFile(v, true));
    else if (o.id === 'data-binary' || o.id === 'json') body.push(atFile(v, false));
    else if (o.id === 'data-raw') body.push({ kind: 'inline', text: v });
    else if (o.id === 'data-urlencode') body.push(urlencodePart(v));
    else if (o.id === 'expand')
      body.push({ kind: 'unreadable', why: `${o.raw.split(' ')[0]} expands variables guard cannot see` });
    else if (o.id === 'upload') {
      upload = true;
      body.push(isStdinPath(v) || v === '.' ? { kind: 'stdin' } : { kind: 'file', path: v });
    } else if (o.id === 'header') headers.push(...headerLines(v, ctx));
    else if (o.id === 'form' || o.id === 'form-string') addFormField(form, v, o.id === 'form');
  }
  const formBody = formPart(form, ctx);
  if (formBody) body.push(formBody);
  const explicit = optionValue(parsed, 'request');
  const posts = body.length > 0 || Object.keys(form).length > 0;
  const implied = parsed.options.some((o) => o.id === 'head')
    ? 'HEAD'
    : upload
      ? 'PUT'
      : posts && !parsed.options.some((o) => o.id === 'get')
        ? 'POST'
        : 'GET';
  const bearer = optionValue(parsed, 'bearer');
  return {
    method: (explicit ?? implied).toUpperCase(),
    urls: [...parsed.positionals, ...parsed.options.filter((o) => o.id === 'url').map((o) => o.value ?? '')],
    headers,
    ...(bearer !== undefined ? { bearerFlag: bearer } : {}),
    body,
    joiner: '&',
  };
}

/** Prepends ~/.curlrc and splices each -K file's options where it appears. */
function withConfigFiles(args: readonly string[], ctx: Context, body: BodyPart[]): string[] {
  const rc = defaultCurlrc(args, ctx);
  const out = rc === undefined ? [] : curlConfigArgs(rc);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const file =
      a === '-K' || a === '--config'
        ? args[++i]
        : a.startsWith('--config=')
          ? a.slice(9)
          : /^-K./.test(a)
            ? a.slice(2)
            : undefined;
    if (file === undefined) {
      out.push(a);
      continue;
    }
    const text = isStdinPath(file) ? undefined : ctx.fs.readText(posix.resolve(ctx.cwd, file));
    if (text === undefined)
      body.push({ kind: 'unreadable', why: `options come from the config file ${file}, which guard could not read` });
    else out.push(...curlConfigArgs(text));
  }
  return out;
}

function headerLines(value: string, ctx: Context | undefined): string[] {
  if (!value.startsWith('@')) return [value];
  const text = ctx?.fs.readText(posix.resolve(ctx.cwd, value.slice(1)));
  return text === undefined ? [] : text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

// -F name=value | name=@file (upload) | name=<file (contents); --form-string takes value literally.
function addFormField(form: Record<string, BodyPart>, spec: string, interpret: boolean): void {
  const eq = spec.indexOf('=');
  if (eq === -1) return;
  const name = spec.slice(0, eq);
  const value = spec.slice(eq + 1).replace(/;type=[^;]*$/, '');
  if (interpret && (value.startsWith('<') || value.startsWith('@'))) {
    const path = value.slice(1);
    form[name] = isStdinPath(path) ? { kind: 'stdin' } : { kind: 'file', path };
  } else form[name] = { kind: 'inline', text: value };
}

/** GraphQL over multipart: an `operations` JSON field, or `query` (+ `variables`) fields. */
function formPart(form: Record<string, BodyPart>, ctx: Context | undefined): BodyPart | undefined {
  const names = Object.keys(form);
  if (names.length === 0) return undefined;
  const read = (p: BodyPart | undefined): string | undefined => {
    if (!p) return undefined;
    if (p.kind === 'inline') return p.text;
    if (p.kind === 'file' && ctx) return ctx.fs.readText(posix.resolve(ctx.cwd, p.path));
    if (p.kind === 'stdin' && ctx?.stdin && !ctx.stdin.truncated) return ctx.stdin.text;
    return undefined;
  };
  const key = form.operations ? 'operations' : form.query ? 'query' : undefined;
  if (key === undefined) return { kind: 'inline', text: '' };
  const main = read(form[key]);
  if (main === undefined)
    return { kind: 'unreadable', why: `the form field ${key} comes from a file or stdin guard could not read` };
  if (key === 'operations') return { kind: 'inline', text: main };
  const variables = read(form.variables);
  return {
    kind: 'inline',
    text: new URLSearchParams({ query: main, ...(variables !== undefined ? { variables } : {}) }).toString(),
  };
}

function atFile(value: string, stripNewlines: boolean): BodyPart {
  if (!value.startsWith('@')) return { kind: 'inline', text: value };
  const path = value.slice(1);
  return isStdinPath(path) ? { kind: 'stdin', stripNewlines } : { kind: 'file', path, stripNewlines };
}

// --data-urlencode: content | =content | name=content | @file | name@file; curl encodes the content.
function urlencodePart(value: string): BodyPart {
  const eq = value.indexOf('=');
  const at = value.indexOf('@');
  if (at !== -1 && (eq === -1 || at < eq)) {
    const path = value.slice(at + 1);
    const urlencodeAs = value.slice(0, at);
    return isStdinPath(path) ? { kind: 'stdin', urlencodeAs } : { kind: 'file', path, urlencodeAs };
  }
  if (eq === -1) return { kind: 'inline', text: encodeURIComponent(value) };
  const name = value.slice(0, eq);
  return { kind: 'inline', text: `${name}${name ? '=' : ''}${encodeURIComponent(value.slice(eq + 1))}` };
}

/** Whether curl will read its body from stdin (the io layer then captures and replays it). */
export function curlReadsStdin(args: readonly string[]): boolean {
  const request = parseCurl(args);
  return (
    request.body.some((p) => p.kind === 'stdin') ||
    args.some((a) => /^-F|^--form/.test(a) && /=[<@](-|\/dev\/stdin)$/.test(a)) ||
    args.some((a, i) => (a === '-F' || a === '--form') && /=[<@](-|\/dev\/stdin)$/.test(args[i + 1] ?? ''))
  );
}
