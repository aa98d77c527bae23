// wget's command line → HttpRequest (--post-data/--post-file, --body-data/--body-file, --method, --header).
import { optionValue, parseOptions, type OptionSpec } from '../../argv/parse-options.js';
import { isStdinPath, type BodyPart, type HttpRequest } from '../http/http-request.js';

const VALUE_LONGS = [
  'output-file',
  'append-output',
  'execute',
  'input-file',
  'base',
  'config',
  'bind-address',
  'tries',
  'output-document',
  'backups',
  'timeout',
  'dns-timeout',
  'connect-timeout',
  'read-timeout',
  'wait',
  'waitretry',
  'limit-rate',
  'quota',
  'user',
  'password',
  'ftp-user',
  'ftp-password',
  'http-user',
  'http-password',
  'proxy-user',
  'proxy-password',
  'directory-prefix',
  'cut-dirs',
  'default-page',
  'load-cookies',
  'save-cookies',
  'referer',
  'user-agent',
  'secure-protocol',
  'certificate',
  'certificate-type',
  'private-key',
  'private-key-type',
  'ca-certificate',
  'ca-directory',
  'crl-file',
  'pinnedpubkey',
  'random-file',
  'egd-file',
  'hsts-file',
  'warc-file',
  'warc-header',
  'warc-max-size',
  'warc-dedup',
  'warc-tempdir',
  'level',
  'accept',
  'reject',
  'accept-regex',
  'reject-regex',
  'regex-type',
  'domains',
  'exclude-domains',
  'follow-tags',
  'ignore-tags',
  'include-directories',
  'exclude-directories',
  'restrict-file-names',
  'local-encoding',
  'remote-encoding',
  'prefer-family',
  'progress',
  'max-redirect',
  'retry-on-http-error',
  'report-speed',
  'use-askpass',
  'ciphers',
  'rejected-log',
  'compression',
];

const SPECS: OptionSpec[] = [
  { id: 'post-data', long: ['post-data', 'body-data'], value: true },
  { id: 'post-file', long: ['post-file', 'body-file'], value: true },
  { id: 'method', long: ['method'], value: true },
  { id: 'header', long: ['header'], value: true },
  {
    id: 'other',
    short: ['o', 'a', 'e', 'i', 'B', 't', 'O', 'T', 'w', 'Q', 'P', 'U', 'l', 'A', 'R', 'D', 'I', 'X'],
    long: VALUE_LONGS,
    value: true,
  },
];

export function parseWget(args: readonly string[]): HttpRequest {
  const parsed = parseOptions(args, SPECS, { style: 'gnu' });
  const body: BodyPart[] = [];
  const headers: string[] = [];
  for (const o of parsed.options) {
    const v = o.value ?? '';
    if (o.id === 'post-data') body.push({ kind: 'inline', text: v });
    else if (o.id === 'post-file') body.push(isStdinPath(v) ? { kind: 'stdin' } : { kind: 'file', path: v });
    else if (o.id === 'header') headers.push(v);
  }
  const method =
    optionValue(parsed, 'method') ??
    (parsed.options.some((o) => o.id === 'post-data' || o.id === 'post-file') ? 'POST' : 'GET');
  return { method: method.toUpperCase(), urls: parsed.positionals, headers, body: body.slice(-1), joiner: '' };
}

export function wgetReadsStdin(args: readonly string[]): boolean {
  return parseWget(args).body.some((p) => p.kind === 'stdin');
}
