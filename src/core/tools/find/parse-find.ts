// find START… EXPR, read once for both readers: the find rule pack and the unwrapper that judges
// what -exec runs. Positions are indexes in the argument list, so they compare with each other.
import { commandName } from '../../command-name.js';

const EXEC_ACTIONS = new Set(['-exec', '-execdir', '-ok', '-okdir']);
/** Expression words that do not narrow what is found. */
const NON_TESTS = new Set([
  '-delete',
  '-depth',
  '-d',
  '-xdev',
  '-mount',
  '-print',
  '-print0',
  '-follow',
  '-ignore_readdir_race',
  '-noleaf',
  '-daystart',
  '-nowarn',
  '-warn',
]);
const NUMERIC_OPTIONS = new Set(['-maxdepth', '-mindepth']);
/** Tests that pick files by name, path, time, size or owner (not -type alone). */
const FILTERS = new Set([
  '-name',
  '-iname',
  '-path',
  '-ipath',
  '-wholename',
  '-iwholename',
  '-regex',
  '-iregex',
  '-newer',
  '-mtime',
  '-mmin',
  '-atime',
  '-ctime',
  '-size',
  '-user',
  '-empty',
  '-inum',
  '-samefile',
]);
const DELETERS = new Set(['rm', 'shred', 'unlink']);

export interface FindExec {
  action: string;
  argv: string[];
  at: number;
}

export interface FindCommand {
  starts: string[];
  execs: FindExec[];
  /** Position of the first -delete, -1 when there is none. */
  deleteAt: number;
  /** Whether a test (-name, -type, -mtime…) comes before -delete. */
  narrowed: boolean;
  /** Position of the first name/path/time/size test, -1 when there is none. */
  firstFilterAt: number;
}

export function parseFind(args: readonly string[]): FindCommand {
  let i = 0;
  while (i < args.length && /^-[HLP]+$|^-D$|^-O\d*$/.test(args[i] as string)) i += args[i] === '-D' ? 2 : 1;
  const starts: string[] = [];
  while (i < args.length && !/^[-(!,]/.test(args[i] as string)) starts.push(args[i++] as string);
  const out: FindCommand = {
    starts: starts.length > 0 ? starts : ['.'],
    execs: [],
    deleteAt: -1,
    narrowed: false,
    firstFilterAt: -1,
  };
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (FILTERS.has(arg) && out.firstFilterAt === -1) out.firstFilterAt = i;
    if (EXEC_ACTIONS.has(arg)) {
      const at = i;
      const argv: string[] = [];
      for (i++; i < args.length && args[i] !== ';' && args[i] !== '+'; i++) argv.push(args[i] as string);
      out.execs.push({ action: arg, argv, at });
      continue;
    }
    if (arg === '-delete') {
      if (out.deleteAt === -1) out.deleteAt = i;
      continue;
    }
    if (NUMERIC_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (out.deleteAt === -1 && arg.startsWith('-') && !NON_TESTS.has(arg)) out.narrowed = true;
  }
  return out;
}

/** The first action that deletes what find reaches: -delete, or -exec/-ok running rm, shred or unlink. */
export function deletingAction(find: FindCommand): { action: string; at: number } | undefined {
  const deleters = find.execs
    .filter((e) => DELETERS.has(commandName(e.argv[0] ?? '')))
    .map((e) => ({ action: `${e.action} ${e.argv[0]}`, at: e.at }));
  const all = find.deleteAt === -1 ? deleters : [{ action: '-delete', at: find.deleteAt }, ...deleters];
  return all.sort((a, b) => a.at - b.at)[0];
}
