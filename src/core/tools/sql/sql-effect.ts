// What a SQL statement destroys, independent of how it was found (parser or lexical analysis).

export type SqlEffectKind =
  'drop' | 'truncate' | 'delete-all' | 'update-all' | 'alter-drop' | 'admin-function' | 'opaque' | 'unparseable';

export interface SqlEffect {
  kind: SqlEffectKind;
  /** Qualified object name(s) as a person would type them, e.g. `public.users`, `users.email`. */
  resource: string;
  details: string[];
}

/** Server functions that end sessions or remove data outside any table. */
export const ADMIN_FUNCTIONS = new Set([
  'pg_terminate_backend',
  'pg_cancel_backend',
  'pg_drop_replication_slot',
  'pg_replication_origin_drop',
  'lo_unlink',
  'pg_file_unlink',
]);

/** Functions that run SQL text guard cannot see (the text is built at run time or sent elsewhere). */
export const OPAQUE_FUNCTIONS = new Set(['dblink_exec']);

export function effect(kind: SqlEffectKind, resource: string, details: string[] = []): SqlEffect {
  return { kind, resource, details };
}
