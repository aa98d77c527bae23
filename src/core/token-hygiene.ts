// Token hygiene: warn when the credential in this process's environment reaches further than the
// one environment the command is meant for (the incident: an unscoped Railway token).
import type { Decision, Finding } from './types.js';

type Env = Readonly<Record<string, string | undefined>>;

const set = (env: Env, name: string): boolean => (env[name] ?? '') !== '';

const CHECKS: Record<string, (env: Env, target: string) => string[]> = {
  railway: (env, target) => {
    if (!set(env, 'RAILWAY_API_TOKEN')) return [];
    const scope = `RAILWAY_API_TOKEN is an account or workspace token: it reaches every project and environment it can see, not only ${target}`;
    return set(env, 'RAILWAY_TOKEN')
      ? [
          `${scope}; RAILWAY_TOKEN (a project token) is also set and should take precedence, but the wider token is still exposed to this command`,
        ]
      : [`${scope}; a project token (RAILWAY_TOKEN) is scoped to one environment of one project`];
  },
  heroku: (env, target) =>
    set(env, 'HEROKU_API_KEY')
      ? [`HEROKU_API_KEY is an account-wide key: it reaches every app of the account, not only ${target}`]
      : [],
  supabase: (env, target) =>
    set(env, 'SUPABASE_ACCESS_TOKEN')
      ? [
          `SUPABASE_ACCESS_TOKEN is a personal access token: it reaches every project of the account, not only ${target}`,
        ]
      : [],
  vercel: (env, target) =>
    set(env, 'VERCEL_TOKEN')
      ? [`VERCEL_TOKEN is an account or team token: it reaches every project of its scope, not only ${target}`]
      : [],
  aws: (env) =>
    (env.AWS_ACCESS_KEY_ID ?? '').startsWith('AKIA') && !set(env, 'AWS_SESSION_TOKEN')
      ? [
          'AWS_ACCESS_KEY_ID is a long-lived IAM user (or root) access key with no session: its reach is everything that user may do in the account; prefer a role session scoped to this environment',
        ]
      : [],
};

/** Warnings about the credential in `env` for one finding's tool; [] when nothing is known to be wider. */
export function credentialWarnings(env: Env, tool: string, environmentName: string): string[] {
  const check = CHECKS[tool];
  return check ? check(env, environmentName) : [];
}

/**
 * Appends credential warnings to every finding (confirmed or allowed). A pack that already warns
 * about the same variable (each warning here starts with its name) keeps its own wording.
 */
export function addCredentialWarnings(decision: Decision, env: Env): Decision {
  if (decision.findings.length === 0 && !decision.allowed) return decision;
  const withWarnings = (f: Finding): Finding => {
    const extra = credentialWarnings(env, f.tool, f.environment.name).filter(
      (w) => !f.warnings.some((existing) => existing.includes(w.split(' ')[0] as string)),
    );
    return extra.length > 0 ? { ...f, warnings: [...f.warnings, ...extra] } : f;
  };
  return {
    ...decision,
    findings: decision.findings.map(withWarnings),
    ...(decision.allowed ? { allowed: decision.allowed.map(withWarnings) } : {}),
  };
}

// Credentials written in files (doctor's .env and CLI-login checks, scan's committed tokens) and the
// kind/reach of a value's shape live in core/credentials/; re-exported here, next to the env checks.
export { describeCredential, findCredentials, type CredentialFind } from './credentials/find-credentials.js';
export { kindOfSecret, type CredentialKind } from './credentials/credential-kinds.js';
