// Which files `guard scan` and `guard doctor` read for written credentials, and how.

/** Configuration-like files, where `NAME=value` / `key: value` is an assignment of a credential. */
export function holdsAssignments(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (
    /^\.env($|\.)|\.env$/.test(name) ||
    name === '.npmrc' ||
    name === '.pgpass' ||
    name === 'credentials' ||
    name === '.netrc'
  )
    return true;
  return (
    /\.(ya?ml|json|toml|ini|cfg|conf|properties|tfvars|sh|bash|zsh|mk)$/.test(name) ||
    /^(gnu)?makefile$|^dockerfile|^justfile$/.test(name)
  );
}

/** Files under HOME that CLIs keep logins in (read by `guard doctor`). */
export const HOME_CREDENTIAL_FILES: readonly string[] = [
  '.railway/config.json',
  '.aws/credentials',
  '.config/gcloud/application_default_credentials.json',
  '.config/gh/hosts.yml',
  '.fly/config.yml',
  '.config/supabase/access-token',
  '.supabase/access-token',
  '.local/share/com.vercel.cli/auth.json',
  '.config/heroku/credentials',
  '.npmrc',
  '.pgpass',
  '.netrc',
  '.docker/config.json',
  '.env',
];
