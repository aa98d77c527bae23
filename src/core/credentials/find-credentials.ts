// Credentials written in a file (.env files, CLI configs, committed scripts): where, what kind and
// how far it reaches. Never the value.
import {
  CREDENTIAL_VARIABLES,
  isPlaceholder,
  kindFromValue,
  kindOfSecret,
  type CredentialKind,
} from './credential-kinds.js';

export interface CredentialFind extends CredentialKind {
  line: number;
  /** The variable or key it is assigned to, when there is one. */
  name?: string;
}

type HostTest = (host: string) => boolean;

// NAME=value, export NAME=value, NAME: value, "NAME": "value", name = value (ini/toml).
const ASSIGNMENT = /^\s*(?:export\s+|-\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?:=|:)\s*(.*?)\s*,?\s*$/;
const TOKEN_IN_TEXT =
  /\b(AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}|sbp_[a-f0-9]{40}|fo1_[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|xox[abpr]-[A-Za-z0-9-]{10,})\b/;
/** Keys CLI config files keep tokens under (Railway's ~/.railway/config.json, gh's hosts.yml, .npmrc, kubeconfig, …). */
const TOKEN_KEYS =
  /^(token|access_token|oauth_token|accessToken|api_token|apiToken|_authToken|\/\/.*:_authToken|aws_secret_access_key|aws_access_key_id|password|private_key)$/i;

const CLI_KEYS: Record<string, CredentialKind> = {
  token: {
    kind: 'CLI login token',
    instead: "log the agent's environment out of the CLI and give it a token scoped to one project or environment",
  },
  aws_secret_access_key: CREDENTIAL_VARIABLES.AWS_SECRET_ACCESS_KEY as CredentialKind,
  private_key: { kind: 'private key', instead: 'a key the agent cannot read, or a scoped service account' },
};

/**
 * Every credential in `text`; `file` only steers a few formats (Railway's config holds an account token).
 * Without `assignments` (source code), only values with a vendor's documented prefix are reported.
 */
export function findCredentials(
  file: string,
  text: string,
  productionHost: HostTest,
  assignments = true,
): CredentialFind[] {
  const finds: CredentialFind[] = [];
  const lines = text.split(/\r?\n/);
  if (/"type"\s*:\s*"service_account"/.test(text) && /"private_key"\s*:/.test(text)) {
    const project = /"project_id"\s*:\s*"([\w-]+)"/.exec(text)?.[1];
    const at = lines.findIndex((l) => /"private_key"\s*:/.test(l));
    finds.push({
      line: at + 1,
      name: 'private_key',
      kind: 'Google Cloud service-account key',
      scope: `every role the service account holds${project ? ` (project ${project})` : ''}`,
      instead: 'workload identity, or a service account with only the roles the work needs',
    });
  }
  if (/(^|\/)\.pgpass$/.test(file)) return [...finds, ...pgpassFinds(lines, productionHost)];
  lines.forEach((raw, i) => {
    const netrc = /\bmachine\s+(\S+).*\bpassword\s+\S+/.exec(raw);
    if (netrc) {
      finds.push({
        line: i + 1,
        kind: 'netrc login',
        scope: `whatever the login may do on ${netrc[1]}`,
        instead: "a token scoped to the project, kept out of the agent's HOME",
      });
      return;
    }
    if (/-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/.test(raw) && !finds.some((f) => f.name === 'private_key')) {
      finds.push({ line: i + 1, kind: 'private key', instead: 'a key the agent cannot read' });
      return;
    }
    const found = fromLine(file, raw, productionHost, assignments);
    if (found) finds.push({ ...found, line: i + 1 });
  });
  return finds;
}

function fromLine(
  file: string,
  raw: string,
  productionHost: HostTest,
  assignments: boolean,
): Omit<CredentialFind, 'line'> | undefined {
  if (/^\s*(#|\/\/(\s|$))/.test(raw)) return undefined; // not .npmrc's //registry/:_authToken=
  const m = assignments ? ASSIGNMENT.exec(raw) : null;
  if (m) {
    const name = m[1] as string;
    const value = unquoteValue(m[2] as string);
    const known = CREDENTIAL_VARIABLES[name.toUpperCase()];
    if (
      (known || TOKEN_KEYS.test(name)) &&
      !isPlaceholder(value) &&
      /^[^\s()]+$/.test(value) &&
      !(name.toUpperCase() === 'GOOGLE_APPLICATION_CREDENTIALS')
    ) {
      if (name.toUpperCase() === 'DATABASE_URL' && !kindOfSecret(value, productionHost)) return undefined; // no password in it
      const kind = kindFromValue(name.toUpperCase(), value, productionHost) ?? cliKind(file, name);
      return { name, ...kind };
    }
  }
  const token = TOKEN_IN_TEXT.exec(raw);
  const kind = token ? kindOfSecret(token[1] as string, productionHost) : undefined;
  return kind ? { ...kind, ...(m ? { name: m[1] as string } : {}) } : undefined;
}

function cliKind(file: string, key: string): CredentialKind {
  if (/\.railway\/config\.json$/.test(file))
    return {
      kind: 'Railway CLI login (user token)',
      scope: 'account-wide: every project, environment and volume of the account',
      instead: "railway logout in the agent's environment, and a project token (RAILWAY_TOKEN) for one environment",
    };
  if (/\.aws\/credentials$/.test(file)) return CREDENTIAL_VARIABLES.AWS_SECRET_ACCESS_KEY as CredentialKind;
  if (/gh\/hosts\.ya?ml$/.test(file))
    return {
      kind: 'GitHub CLI login token',
      scope: 'every repository the user can reach',
      instead: "gh auth logout in the agent's environment and a fine-grained token",
    };
  if (/\.npmrc$/.test(file)) return CREDENTIAL_VARIABLES.NPM_TOKEN as CredentialKind;
  if (/\.pgpass$/.test(file)) return CREDENTIAL_VARIABLES.PGPASSWORD as CredentialKind;
  return CLI_KEYS[key.toLowerCase()] ?? (CLI_KEYS.token as CredentialKind);
}

function unquoteValue(raw: string): string {
  const v = raw.trim().replace(/\s+#.*$/, '');
  return /^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** One line about a find, for a human: where, kind, scope, what to do; never the value. */
export function describeCredential(where: string, find: CredentialFind): string {
  return `${where}: ${find.kind}${find.name ? ` in ${find.name}` : ''}${find.scope ? ` (${find.scope})` : ''}; the agent can read it: use ${find.instead} instead`;
}

/** ~/.pgpass: host:port:database:user:password per line. */
function pgpassFinds(lines: readonly string[], productionHost: HostTest): CredentialFind[] {
  return lines.flatMap((raw, i) => {
    const fields = raw.split(/(?<!\\):/);
    if (raw.trim().startsWith('#') || fields.length < 5 || (fields[4] ?? '') === '') return [];
    const host = fields[0] === '*' ? 'any host' : (fields[0] as string);
    const production = fields[0] === '*' || productionHost(host);
    return [
      {
        line: i + 1,
        kind: 'PostgreSQL password (.pgpass)',
        scope: `user ${fields[3]} on ${host}${production ? ', which guard counts as production' : ''}`,
        instead: 'a read-only database role',
      },
    ];
  });
}
