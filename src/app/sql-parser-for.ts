import type { PackIndex } from '../core/classify.js';
import type { Context, SqlParser } from '../core/types.js';
import { loadSqlParser } from '../io/load-sql-parser.js';

/**
 * Loads the PostgreSQL parser into ctx when the text (a shell line, or an argv joined) names a
 * command whose pack uses it: `bash -c "psql -c …"` needs it as much as `psql -c …`.
 */
export async function loadSqlParserFor(text: string, ctx: Context, index: PackIndex): Promise<void> {
  if (ctx.sqlParser) return;
  const parser = await sqlParserFor(text, index);
  if (parser) ctx.sqlParser = parser;
}

export async function sqlParserFor(text: string, index: PackIndex): Promise<SqlParser | undefined> {
  const names = index.packs.filter((p) => p.usesSqlParser).flatMap((p) => p.commands);
  return names.some((name) => mentions(text, name)) ? loadSqlParser() : undefined;
}

function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || !/[\w-]/.test(before)) && (after === undefined || !/[\w-]/.test(after))) return true;
  }
  return false;
}
