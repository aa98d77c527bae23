// A lexical screen run before PostgreSQL's parser, for the everyday read-only request (`select
// count(*) from t`): when it clears the text, no parse is needed and the parser (WASM, ~130 ms to
// load) need not even be loaded. Anything it does not clear goes to the parser, as before.
import { ADMIN_FUNCTIONS, OPAQUE_FUNCTIONS } from './sql-effect.js';

/**
 * Statements that read, only touch the session, or only add rows, by their first keyword. INSERT is
 * here for the bulk loads of dumps (30 MB statements): one that holds none of the effect words below
 * (no ON CONFLICT DO UPDATE, no writable CTE) destroys nothing.
 */
const READ_ONLY_START =
  /^\s*(?:select|values|table|with|show|explain|set|reset|begin|start|commit|end|rollback|abort|insert)(?![a-z0-9_$\u0080-\uffff])/;

/**
 * Keywords behind every effect the parse-tree analysis (analyse-pg-tree.ts) reports: DROP … (every
 * Drop*Stmt, ALTER … DROP), TRUNCATE, DELETE (also MERGE … THEN DELETE), UPDATE, DO, COPY … PROGRAM.
 * PostgreSQL reads a keyword only where it is not part of a longer identifier ([a-z0-9_$] and every
 * non-ASCII character), so one followed by such a character is not it (`documents`, `updated_at`); the
 * character before is not checked, which can only make the screen send more text to the parser.
 */
const EFFECT_WORD = /(?:drop|truncate|delete|update|do|program)(?![a-z0-9_$\u0080-\uffff])/;

/**
 * Whether `sql` must go through the parser. It is cleared only when it is a single statement (no `;`
 * but trailing ones) that starts with a read-only keyword and holds none of the words the analysis
 * acts on. Conservative by construction: case-folded; comments and string literals are not skipped
 * (a keyword inside them only costs a parse); function names are matched anywhere (also inside quoted
 * identifiers); `U&"…"` identifiers (whose escapes can spell a function name) and `:` (psql variables,
 * whose values guard may not see) always need the parse; and text that does not start with a known
 * keyword (a typo such as `SELEC`, newer syntax) goes to the parser, which fails closed on it.
 */
export function sqlNeedsParse(sql: string): boolean {
  const text = sql.toLowerCase();
  if (!READ_ONLY_START.test(text)) return true;
  if (/;(?![\s;]*$)/.test(text)) return true;
  return mayHaveEffect(text) || text.includes('u&') || text.includes(':');
}

/**
 * Whether lower-cased SQL text holds any word an analysis acts on (effect keywords, admin and opaque
 * function names). Without one, neither the parse-tree nor the lexical analysis can report an effect.
 */
export function mayHaveEffect(lowerCased: string): boolean {
  if (EFFECT_WORD.test(lowerCased)) return true;
  for (const name of ADMIN_FUNCTIONS) if (lowerCased.includes(name)) return true;
  for (const name of OPAQUE_FUNCTIONS) if (lowerCased.includes(name)) return true;
  return false;
}
