import type { SqlParser } from '../core/types.js';

/**
 * Loads libpg-query (PostgreSQL's own parser compiled to WASM, ~25 ms) and returns a synchronous
 * parse function for the pure core. Loaded only when a classification asks for it (app/sql-parser-for.ts).
 */
export async function loadSqlParser(): Promise<SqlParser> {
  const pg = await import('libpg-query');
  await pg.loadModule();
  return (sql) => {
    try {
      return { ok: true, tree: pg.parseSync(sql) };
    } catch (error) {
      const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
      const message = error instanceof Error ? error.message : String(error);
      return details?.cursorPosition !== undefined
        ? { ok: false, message, position: details.cursorPosition }
        : { ok: false, message };
    }
  };
}
