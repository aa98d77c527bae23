// curl's command line → HttpRequest (curl(1): -d/--data* join with `&`, -d @file strips newlines).
import { optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import { isStdinPath, type BodyPart, type HttpRequest } from './http-request.js';

const VALUE_SHORTS = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';
const VALUE_LONGS = [
  'abstract-unix-socket', 'alt-svc', 'aws-sigv4', 'cacert', 'capath', 'cert', 'cert-type', 'ciphers', 'connect-timeout', 'connect-to',
  'continue-at', 'cookie', 'cookie-jar', 'config', 'create-file-mode', 'crlfile', 'curves', 'delegation', 'dns-interface', 'dns-ipv4-addr',
  'dns-ipv6-addr', 'dns-servers', 'doh-url', 'dump-header', 'ech', 'egd-file', 'engine', 'etag-compare', 'etag-save', 'expect100-timeout',
  'form', 'form-string', 'ftp-account', 'ftp-alternative-to-user', 'ftp-method', 'ftp-port', 'ftp-ssl-ccc-mode', 'happy-eyeballs-timeout-ms',
  'hostpubmd5', 'hostpubsha256', 'hsts', 'interface', 'ip-tos', 'ipfs-gateway', 'keepalive-cnt', 'keepalive-time', 'key', 'key-type', 'krb',
  'libcurl', 'limit-rate', 'local-port', 'login-options', 'mail-auth', 'mail-from', 'mail-rcpt', 'max-filesize', 'max-redirs', 'max-time',
  'netrc-file', 'noproxy', 'output', 'output-dir', 'parallel-max', 'pass', 'pinnedpubkey', 'preproxy', 'proto', 'proto-default', 'proto-redir',
  'proxy', 'proxy-cacert', 'proxy-capath', 'proxy-cert', 'proxy-cert-type', 'proxy-ciphers', 'proxy-crlfile', 'proxy-header', 'proxy-key',
  'proxy-key-type', 'proxy-pass', 'proxy-pinnedpubkey', 'proxy-service-name', 'proxy-tls13-ciphers', 'proxy-tlsauthtype', 'proxy-tlspassword',
  'proxy-tlsuser', 'proxy-user', 'proxy1.0', 'pubkey', 'quote', 'random-file', 'range', 'rate', 'referer', 'request-target', 'resolve', 'retry',
  'retry-delay', 'retry-max-time', 'sasl-authzid', 'service-name', 'socks4', 'socks4a', 'socks5', 'socks5-gssapi-service', 'socks5-hostname',
  'speed-limit', 'speed-time', 'stderr', 'telnet-option', 'tftp-blksize', 'time-cond', 'tls-max', 'tls13-ciphers', 'tlsauthtype', 'tlspassword',
  'tlsuser', 'trace', 'trace-ascii', 'trace-config', 'unix-socket', 'url-query', 'user', 'user-agent', 'variable', 'vlan-priority', 'write-out',
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
  { id: 'other', short: VALUE_SHORTS.split('').filter((c) => !'dTHXK'.includes(c)), long: VALUE_LONGS.filter((l) => l !== 'config'), value: true },
];

export function parseCurl(args: readonly string[]): HttpRequest {
  const parsed = parseOptions(args, SPECS, { style: 'gnu' });
  const body: BodyPart[] = [];
  const headers: string[] = [];
  let upload = false;
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.id === 'data') body.push(atFile(v, true));
    else if (o.id === 'data-binary' || o.id === 'json') body.push(atFile(v, false));
    else if (o.id === 'data-raw') body.push({ kind: 'inline', text: v });
    else if (o.id === 'data-urlencode') body.push(urlencodePart(v));
    else if (o.id === 'expand') body.push({ kind: 'unreadable', why: `${o.raw.split(' ')[0]} expands variables guard cannot see` });
    else if (o.id === 'upload') {
      upload = true;
      body.push(isStdinPath(v) || v === '.' ? { kind: 'stdin' } : { kind: 'file', path: v });
    } else if (o.id === 'header') headers.push(v);
  }
  const explicit = optionValue(parsed, 'request');
  const implied = parsed.options.some((o) => o.id === 'head') ? 'HEAD' : upload ? 'PUT' : body.length > 0 && !parsed.options.some((o) => o.id === 'get') ? 'POST' : 'GET';
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
    return { kind: 'unreadable', why: `--data-urlencode reads ${isStdinPath(path) ? 'standard input' : path} into a form field` };
  }
  if (eq === -1) return { kind: 'inline', text: encodeURIComponent(value) };
  const name = value.slice(0, eq);
  return { kind: 'inline', text: `${name}${name ? '=' : ''}${encodeURIComponent(value.slice(eq + 1))}` };
}

/** Whether curl will read its body from stdin (the io layer then captures and replays it). */
export function curlReadsStdin(args: readonly string[]): boolean {
  const request = parseCurl(args);
  return request.body.some((p) => p.kind === 'stdin');
}
