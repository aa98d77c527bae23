import type { Context, SqlParser } from '../core/types.js';
import { loadSqlParser } from '../io/load-sql-parser.js';

/**
 * The PostgreSQL parser (WASM, ~130 ms to load) is loaded only when a classification really asks
 * for it: most SQL guard sees holds none of the words the analysis acts on (`select 1`) and is
 * screened out before any parse (core/tools/sql/needs-parse.ts). Until it is loaded, ctx.sqlParser
 * answers "not loaded" (which the analysis would report as unanalysable: fail closed) and notes the
 * miss; the caller then loads the parser and classifies again. Classification is pure, so the second
 * run sees exactly what the first saw.
 */
export interface SqlParserSlot {
  /** Runs `classify`; when it asked for the parser before it was loaded, loads it and runs `classify` again. */
  classify<T>(classify: () => T): Promise<T>;
  /** The same for a synchronous caller: `{ result }`, or undefined when the parser must be loaded first (`await load()`). */
  classifySync<T>(classify: () => T): { result: T } | undefined;
  load(): Promise<void>;
  /** Whether the parser has been loaded (tests and diagnostics). */
  loaded(): boolean;
}

const slots = new WeakMap<SqlParser, SqlParserSlot>();

/** ctx's parser slot, installed on first use; a parser the caller put in ctx itself is used as it is. */
export function sqlParserSlot(ctx: Context): SqlParserSlot {
  const existing = ctx.sqlParser && slots.get(ctx.sqlParser);
  if (existing) return existing;
  if (ctx.sqlParser) return loadedSlot();
  const { parser, slot } = newSqlParserSlot(() => ctx.fs.forgetDerived?.());
  ctx.sqlParser = parser;
  return slot;
}

/**
 * A parser that answers "not loaded" until `slot.load()`, and its slot (a session owns one).
 * `onLoad` runs once it is loaded: judgements a batch kept were made with the placeholder.
 */
export function newSqlParserSlot(onLoad: () => void = () => undefined): { parser: SqlParser; slot: SqlParserSlot } {
  let real: SqlParser | undefined;
  let missed = false;
  let everMissed = false;
  const parser: SqlParser = (sql) => {
    if (real) return real(sql);
    missed = true;
    everMissed = true;
    return { ok: false, message: "PostgreSQL's parser is not loaded" };
  };
  const slot: SqlParserSlot = {
    async load() {
      if (real) return;
      real = await loadSqlParser();
      onLoad();
    },
    loaded: () => real !== undefined,
    classifySync(classify) {
      missed = false;
      const result = classify();
      return missed ? undefined : { result };
    },
    async classify(classify) {
      // A batch may have kept what the placeholder answered: load (which forgets it) before judging again.
      if (everMissed) await slot.load();
      const first = slot.classifySync(classify);
      if (first !== undefined) return first.result;
      await slot.load();
      return classify();
    },
  };
  slots.set(parser, slot);
  return { parser, slot };
}

/** Classifies with the PostgreSQL parser available to ctx (loaded only if the classification needs it). */
export function withSqlParser<T>(ctx: Context, classify: () => T): Promise<T> {
  return sqlParserSlot(ctx).classify(classify);
}

function loadedSlot(): SqlParserSlot {
  return {
    load: async () => undefined,
    loaded: () => true,
    classifySync: (classify) => ({ result: classify() }),
    classify: async (classify) => classify(),
  };
}
