// Credentials in a command line (HTTP auth headers, bearer flags, URL passwords) are never echoed.
const SECRET_HEADER = /^((?:-H|--header=|--proxy-header=)?\s*(?:authorization|proxy-authorization|project-access-token|team-access-token|x-api-key|api-key|private-token|x-auth-token|cookie)\s*[:=]\s*)(\S+\s+)?(.+)$/i;
const SECRET_FLAG = new Set(['--oauth2-bearer', '--bearer', '-u', '--user', '--token', '--auth', '-a', '--proxy-user', '--password', '--http-password']);

export function redactArgv(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    const previous = argv[i - 1];
    if (previous !== undefined && SECRET_FLAG.has(previous)) return '***';
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq !== -1 && SECRET_FLAG.has(arg.slice(0, eq))) return `${arg.slice(0, eq)}=***`;
    const header = SECRET_HEADER.exec(arg);
    if (header) return `${header[1]}${/^(bearer|basic|token)\s+$/i.test(header[2] ?? '') ? header[2] : ''}***`;
    return arg.replace(/(\/\/[^/:@\s]+:)[^/@\s]+@/g, '$1***@');
  });
}
