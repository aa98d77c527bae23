// What a credential is and how far it reaches, judged from its variable name and the shape of its
// value (prefixes, URL hosts). The value itself never leaves this module.

export interface CredentialKind {
  kind: string;
  /** How far it reaches, when its name or format shows it; undefined when they do not. */
  scope?: string;
  /** What to use instead. */
  instead: string;
}

const ROLE = 'a read-only role, or a short-lived session for the one environment the work needs';

/** Variable names that hold a credential, with what they are. */
export const CREDENTIAL_VARIABLES: Readonly<Record<string, CredentialKind>> = {
  RAILWAY_API_TOKEN: {
    kind: 'Railway account or team token',
    scope: 'account-wide: every project, environment and volume the account can see',
    instead: 'a project token (RAILWAY_TOKEN) created for one environment',
  },
  RAILWAY_TOKEN: {
    kind: 'Railway project token',
    scope: 'one environment of one project',
    instead: 'keep it to a non-production environment for agent work',
  },
  AWS_ACCESS_KEY_ID: {
    kind: 'AWS access key',
    instead: `an IAM role session (aws sso login / assume-role) limited to ${ROLE}`,
  },
  AWS_SECRET_ACCESS_KEY: {
    kind: 'AWS secret access key',
    scope: 'whatever its IAM user may do in the account',
    instead: `an IAM role session limited to ${ROLE}`,
  },
  AWS_SESSION_TOKEN: {
    kind: 'AWS session token',
    scope: 'the assumed role, until it expires',
    instead: 'a role limited to the environment the work needs',
  },
  GOOGLE_APPLICATION_CREDENTIALS: {
    kind: 'Google Cloud service-account key file',
    scope: 'every role the service account holds',
    instead: 'workload identity or a service account with only the roles the work needs',
  },
  CLOUDSDK_AUTH_ACCESS_TOKEN: {
    kind: 'Google Cloud access token',
    instead: 'a service account with only the roles the work needs',
  },
  DATABASE_URL: {
    kind: 'database connection string',
    instead: 'a read-only database role, or a URL for a development database',
  },
  PGPASSWORD: { kind: 'PostgreSQL password', instead: 'a read-only database role' },
  MYSQL_PWD: { kind: 'MySQL password', instead: 'a read-only database role' },
  REDISCLI_AUTH: { kind: 'Redis password', instead: 'a Redis ACL user without FLUSH*/SHUTDOWN' },
  VERCEL_TOKEN: {
    kind: 'Vercel token',
    scope: 'account or team-wide: every project of its scope',
    instead: 'a token scoped to one team, with an expiry',
  },
  FLY_API_TOKEN: { kind: 'Fly.io token', instead: 'a deploy token for one app (fly tokens create deploy)' },
  SUPABASE_ACCESS_TOKEN: {
    kind: 'Supabase personal access token',
    scope: 'account-wide: every project of every organization of the user',
    instead: 'a project-level key for one project, or a branch database',
  },
  HEROKU_API_KEY: {
    kind: 'Heroku API key',
    scope: 'account-wide: every app of the account',
    instead: 'an authorization scoped to the app (heroku authorizations:create --scope)',
  },
  GH_TOKEN: {
    kind: 'GitHub token',
    instead: 'a fine-grained token for the repositories the work needs, without administration permission',
  },
  GITHUB_TOKEN: {
    kind: 'GitHub token',
    instead: 'a fine-grained token for the repositories the work needs, without administration permission',
  },
  GITLAB_TOKEN: { kind: 'GitLab token', instead: 'a project access token with the least role' },
  CLOUDFLARE_API_TOKEN: {
    kind: 'Cloudflare API token',
    instead: 'a token limited to one zone and the permissions needed',
  },
  DIGITALOCEAN_ACCESS_TOKEN: {
    kind: 'DigitalOcean token',
    scope: 'the whole team',
    instead: 'a read-only token for agent work',
  },
  AZURE_CLIENT_SECRET: {
    kind: 'Azure service-principal secret',
    scope: 'every role assignment of the principal',
    instead: 'a principal with roles on one resource group',
  },
  TFE_TOKEN: { kind: 'Terraform Cloud token', instead: 'a team token limited to the workspaces needed' },
  VAULT_TOKEN: { kind: 'Vault token', instead: 'a short-lived token with a narrow policy' },
  NPM_TOKEN: { kind: 'npm token', instead: 'a granular token limited to the packages needed' },
};

/** Refines a variable's kind from the value's shape; never returns or stores any part of the value. */
export function kindFromValue(
  name: string,
  value: string,
  productionHost: (host: string) => boolean,
): CredentialKind | undefined {
  const base = CREDENTIAL_VARIABLES[name];
  const shaped = kindOfSecret(value, productionHost);
  if (!base) return shaped;
  if (!shaped) return base;
  return { kind: shaped.kind, scope: shaped.scope ?? base.scope, instead: shaped.instead };
}

/** A credential recognised from its value alone (prefixes that vendors document), or a URL with a password. */
export function kindOfSecret(value: string, productionHost: (host: string) => boolean): CredentialKind | undefined {
  const v = value.trim();
  if (/^AKIA[0-9A-Z]{16}$/.test(v))
    return {
      kind: 'AWS long-lived access key (IAM user or root)',
      scope: 'whatever its IAM user may do in the account, with no expiry',
      instead: `an IAM role session limited to ${ROLE}`,
    };
  if (/^ASIA[0-9A-Z]{16}$/.test(v))
    return {
      kind: 'AWS temporary access key',
      scope: 'the assumed role, until it expires',
      instead: 'a role limited to the environment the work needs',
    };
  if (/^ghp_[A-Za-z0-9]{36}$/.test(v))
    return {
      kind: 'GitHub classic personal access token',
      scope: 'every repository and organization the user can reach',
      instead: 'a fine-grained token for the repositories the work needs',
    };
  if (/^github_pat_[A-Za-z0-9_]{40,}$/.test(v))
    return {
      kind: 'GitHub fine-grained token',
      scope: 'the repositories and permissions chosen for it',
      instead: 'keep it without administration or delete permissions',
    };
  if (/^gh[ous]_[A-Za-z0-9]{36}$/.test(v))
    return {
      kind: 'GitHub OAuth or app token',
      scope: 'every repository the user or app can reach',
      instead: 'a fine-grained token for the repositories the work needs',
    };
  if (/^glpat-[A-Za-z0-9_-]{20,}$/.test(v))
    return {
      kind: 'GitLab personal access token',
      scope: 'every project the user can reach',
      instead: 'a project access token with the least role',
    };
  if (/^sbp_[a-f0-9]{40}$/.test(v))
    return {
      kind: 'Supabase personal access token',
      scope: 'account-wide: every project of every organization of the user',
      instead: 'a project-level key for one project',
    };
  if (/^FlyV1 /.test(v))
    return {
      kind: 'Fly.io macaroon token',
      scope: 'the organization or app its caveats name',
      instead: 'a deploy token for one app',
    };
  if (/^fo1_[A-Za-z0-9_-]{20,}$/.test(v))
    return {
      kind: 'Fly.io personal access token',
      scope: 'account-wide: every organization of the user',
      instead: 'a deploy token for one app (fly tokens create deploy)',
    };
  if (/^npm_[A-Za-z0-9]{36}$/.test(v))
    return { kind: 'npm token', instead: 'a granular token limited to the packages needed' };
  if (/^xox[abpr]-[A-Za-z0-9-]{10,}$/.test(v))
    return { kind: 'Slack token', instead: 'a bot token with the least scopes' };
  const url = /^([a-z][a-z0-9+.-]{0,31}):\/\/[^\s:/@]+:([^\s@/]+)@([^\s:/?#]+)/i.exec(v);
  if (url && !/^\$|^\$\{/.test(url[2] as string)) {
    const host = url[3] as string;
    const production = productionHost(host);
    return {
      kind: `${(url[1] as string).toLowerCase()} connection string with a password`,
      scope: `the database at ${host}${production ? ', which guard counts as production' : ''}`,
      instead: 'a read-only database role, or a URL for a development database',
    };
  }
  return undefined;
}

/** A value that is a reference or placeholder, not a secret: `${{ secrets.X }}`, `$VAR`, `<token>`, `changeme`. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^['"]|['"]$/g, '');
  if (v === '' || v.length < 8) return true;
  if (/^\$|\$\{\{|\{\{|^<.*>$|^%.*%$/.test(v)) return true;
  return /^(x+|\*+|\.+|changeme|change-me|your[-_].*|example.*|placeholder|redacted|todo|none|null|dummy.*|fake.*|test.*)$/i.test(
    v,
  );
}
