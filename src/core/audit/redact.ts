// Secrets never reach the audit trail or a message: every form listed in issue 7 is masked here.

const MASK = '***';
const SECRET_NAME = /(_TOKEN|_KEY|_SECRET|PASSWORD|_PWD|PASSWD)$/i;
const SECRET_HEADER =
  /^(\s*(?:authorization|proxy-authorization|project-access-token|x-api-key|api-key|cookie)\s*:\s*)(.*)$/i;
/** Tools whose `-pVALUE` is a password (mysql family), not a port or a path. */
const DASH_P_PASSWORD_TOOLS = new Set(['mysql', 'mysqladmin', 'mysqldump', 'mariadb', 'mariadb-dump']);

/** Masks passwords in URIs (`scheme://user:pass@host`) and conninfo (`password=…`). */
export function redactText(text: string): string {
  return (
    text
      // The scheme is bounded: an unbounded `[a-z0-9+.-]*` backtracks quadratically over a long run of letters.
      .replace(/([a-z][a-z0-9+.-]{0,31}:\/\/[^\s:/@]*:)[^\s@/]*@/gi, `$1${MASK}@`)
      .replace(/\b(password|passwd|pwd)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s'"&;]+)/gi, `$1=${MASK}`)
      // A credential after its scheme word: long, or with a digit, so prose like "Token header" survives.
      .replace(/\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${MASK}`)
      .replace(
        /\b(basic|token)\s+(?=[A-Za-z0-9._~+/=-]*\d|[A-Za-z0-9._~+/=-]{20})[A-Za-z0-9._~+/=-]{8,}/gi,
        `$1 ${MASK}`,
      )
      .replace(/\b([A-Z][A-Z0-9_]*(?:_TOKEN|_KEY|_SECRET|PASSWORD|_PWD))=(\S+)/g, `$1=${MASK}`)
  );
}

/** Redacts one argv: values of password options, secret headers, NAME_TOKEN=… assignments, URIs. */
export function redactArgv(argv: readonly string[]): string[] {
  const tool = (argv[0] ?? '').split('/').pop() ?? '';
  const out: string[] = [];
  let maskNext = false;
  for (const arg of argv) {
    if (maskNext) {
      out.push(isHeaderValue(arg) ? redactHeader(arg) : MASK);
      maskNext = false;
      continue;
    }
    if (
      /^--password$|^--pass$|^--token$|^--oauth2-bearer$|^--bearer$|^--auth$|^-a$/.test(arg) &&
      (arg !== '-a' || tool === 'redis-cli')
    ) {
      out.push(arg);
      maskNext = true;
      continue;
    }
    if (/^(-H|--header)$/.test(arg)) {
      out.push(arg);
      maskNext = false;
      continue;
    }
    if (/^--(password|pass|token|api-key|secret|oauth2-bearer|bearer|auth)=/.test(arg)) {
      out.push(arg.replace(/=.*/s, `=${MASK}`));
      continue;
    }
    if (DASH_P_PASSWORD_TOOLS.has(tool) && /^-p.+/.test(arg)) {
      out.push(`-p${MASK}`);
      continue;
    }
    if (/^-u$|^--user$/.test(arg) && (tool === 'curl' || tool === 'wget')) {
      out.push(arg);
      maskNext = true;
      continue;
    }
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(arg);
    if (assignment && SECRET_NAME.test(assignment[1] as string)) {
      out.push(`${assignment[1]}=${MASK}`);
      continue;
    }
    out.push(isHeaderValue(arg) ? redactHeader(arg) : redactText(arg));
  }
  return out;
}

function isHeaderValue(arg: string): boolean {
  return SECRET_HEADER.test(arg);
}

function redactHeader(arg: string): string {
  return arg.replace(SECRET_HEADER, `$1${MASK}`);
}

/** The names of secret-looking variables that are set, never their values. */
export function secretVariableNames(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(env)
    .filter((k) => SECRET_NAME.test(k) && env[k] !== undefined && env[k] !== '')
    .sort();
}
