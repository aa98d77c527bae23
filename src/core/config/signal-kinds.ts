// The signal kinds an environment's `match` may name, apart from the zod schema so that the quick
// shape check (quick-check.ts) can use them without loading zod.

/** Signal kinds an environment can match (mirror of SignalKind in environment.ts; schema.ts checks both ways). */
export const SIGNAL_KINDS = [
  'railway-environment',
  'railway-project',
  'db-host',
  'db-name',
  'db-uri',
  'tf-workspace',
  'tf-dir',
  'kube-context',
  'kube-namespace',
  'aws-profile',
  'aws-account',
  'gcloud-project',
  'azure-subscription',
  'fly-app',
  'heroku-app',
  'supabase-ref',
  'vercel-scope',
  'docker-context',
  'git-remote',
  'http-host',
  'other',
] as const;
