// npm / pnpm / yarn / bun running package.json scripts (with pre/post scripts), and npx / pnpm dlx /
// yarn dlx / bunx of a local bin. `npm pkg set scripts.X=…` writes a script: its line is judged now.
import { posix } from 'node:path';
import type { PackIndex } from '../classify.js';
import { analyseLine } from '../shell/analyse-line.js';
import type { Finding } from '../types.js';
import { deeper, type Invocation } from '../unwrap/invocation.js';
import type { Recurse, WrapperHandler } from '../unwrap/simple-wrappers.js';
import { followExecutable } from './executable.js';
import { displayPath } from './script.js';
import { nearestJsonManifest, runNamedScripts } from './named-scripts.js';
import { workspaceDirs } from './workspaces.js';
import { opaqueFinding } from '../unwrap/shell-findings.js';

const INSTALL = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];
/** Options of the managers that take the next word as their value. */
const VALUE_OPTIONS = new Set([
  '--prefix',
  '-C',
  '--dir',
  '--cwd',
  '--workspace',
  '-w',
  '--filter',
  '-F',
  '--loglevel',
  '--registry',
  '--userconfig',
  '-p',
  '--package',
  '--call',
  '-c',
]);
const YARN_BUILTINS = new Set([
  'add',
  'audit',
  'autoclean',
  'bin',
  'cache',
  'check',
  'config',
  'constraints',
  'create',
  'dedupe',
  'dlx',
  'exec',
  'explain',
  'generate-lock-entry',
  'global',
  'help',
  'import',
  'info',
  'init',
  'install',
  'licenses',
  'link',
  'list',
  'login',
  'logout',
  'node',
  'npm',
  'outdated',
  'owner',
  'pack',
  'patch',
  'plugin',
  'policies',
  'publish',
  'rebuild',
  'remove',
  'search',
  'set',
  'tag',
  'team',
  'unlink',
  'up',
  'upgrade',
  'upgrade-interactive',
  'version',
  'why',
  'workspace',
  'workspaces',
]);
const PNPM_BUILTINS = new Set([
  'add',
  'audit',
  'bin',
  'config',
  'create',
  'dedupe',
  'deploy',
  'dlx',
  'env',
  'exec',
  'fetch',
  'i',
  'import',
  'init',
  'install',
  'install-test',
  'link',
  'list',
  'ln',
  'ls',
  'outdated',
  'pack',
  'patch',
  'prune',
  'publish',
  'rebuild',
  'remove',
  'rm',
  'root',
  'server',
  'setup',
  'store',
  'uninstall',
  'unlink',
  'up',
  'update',
  'why',
]);
const BUN_BUILTINS = new Set([
  'add',
  'build',
  'create',
  'exec',
  'init',
  'install',
  'i',
  'link',
  'outdated',
  'pm',
  'publish',
  'remove',
  'repl',
  'test',
  'unlink',
  'upgrade',
  'x',
]);

interface Split {
  options: string[];
  words: string[];
  /** --prefix / -C / --dir / --cwd: the package is there, not in cwd. */
  dir?: string;
}

const DIR_OPTIONS = new Set(['--prefix', '-C', '--dir', '--cwd']);

function split(args: string[]): Split {
  const options: string[] = [];
  let dir: string | undefined;
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k] as string;
    if (!a.startsWith('-') || a === '--') break;
    const eq = /^(--[\w-]+)=(.*)$/.exec(a);
    if (eq && DIR_OPTIONS.has(eq[1] as string)) dir = eq[2];
    options.push(a);
    if (VALUE_OPTIONS.has(a)) {
      options.push(args[++k] ?? '');
      if (DIR_OPTIONS.has(a)) dir = args[k];
    }
  }
  return { options, words: args.slice(k), ...(dir === undefined ? {} : { dir }) };
}

/** `run NAME [--] ARGS`: the name and the arguments passed on to the script. */
function runTarget(words: string[]): { name?: string; args: string[] } {
  const rest = split(words).words;
  const name = rest[0];
  const after = rest.slice(1);
  return {
    ...(name === undefined ? {} : { name }),
    args: after[0] === '--' ? after.slice(1) : after.filter((a) => !a.startsWith('--if-present')),
  };
}

function scripts(inv: Invocation, index: PackIndex, name: string, args: string[], prePost = true): Finding[] {
  const manifest = nearestJsonManifest('package.json', inv.ctx);
  if (manifest === undefined) return [];
  if (Array.isArray(manifest)) return manifest;
  if (manifest.scripts[name] === undefined && name !== 'install') return [];
  const names = prePost ? [`pre${name}`, name, `post${name}`] : [name];
  return runNamedScripts(manifest, name === 'install' ? INSTALL : names, name, args, inv, index);
}

/** A local bin (node_modules/.bin/NAME above cwd), followed like a command given as a path. */
function localBin(inv: Invocation, recurse: Recurse, index: PackIndex, words: string[]): Finding[] | undefined {
  const [name, ...args] = words;
  if (name === undefined || (name.includes('@') && !name.startsWith('@'))) return undefined;
  for (let dir = inv.ctx.cwd; ; dir = posix.dirname(dir)) {
    const bin = posix.join(dir, 'node_modules', '.bin', name);
    if (inv.ctx.fs.stat(bin) !== undefined) return followExecutable(deeper(inv, [bin, ...args]), recurse, index);
    if (dir === '/') return undefined;
  }
}

function pkgSet(words: string[], inv: Invocation, index: PackIndex): Finding[] {
  const out: Finding[] = [];
  for (const w of words.slice(2)) {
    const m = /^scripts\.([^=]+)=(.*)$/s.exec(w);
    if (m)
      out.push(
        ...analyseLine(m[2] as string, inv.ctx, index, { depth: inv.depth + 1 }).map((f) => ({
          ...f,
          details: [...f.details, `from npm pkg set: the script "${m[1]}" it writes runs ${m[2]}`],
        })),
      );
  }
  return out;
}

/** The invocation moved to the directory a --prefix/--dir/--cwd option names. */
function inDir(inv: Invocation, dir: string | undefined): Invocation {
  return dir === undefined ? inv : { ...inv, ctx: { ...inv.ctx, cwd: posix.resolve(inv.ctx.cwd, dir) } };
}

/** `-w NAME`, `--workspace=NAME` (repeatable) or `--workspaces`/`-ws` anywhere before `--`, and the args without them. */
function workspaceOptions(args: readonly string[]): {
  selectors?: string[] | 'all';
  withRoot: boolean;
  rest: string[];
} {
  const named: string[] = [];
  let all = false;
  let withRoot = false;
  const rest: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '--') {
      rest.push(...args.slice(k));
      break;
    }
    if (a === '-w' || a === '--workspace') named.push(args[++k] ?? '');
    else if (a.startsWith('--workspace=')) named.push(a.slice(12));
    else if (a === '--workspaces' || a === '-ws') all = true;
    else if (a === '--include-workspace-root') withRoot = true;
    else rest.push(a);
  }
  const selectors = all ? 'all' : named.length > 0 ? named : undefined;
  return { ...(selectors ? { selectors } : {}), withRoot, rest };
}

/** The scripts run in each selected workspace (and the root with --include-workspace-root). */
function inWorkspaces(
  inv: Invocation,
  selectors: string[] | 'all',
  withRoot: boolean,
  run: (at: Invocation) => Finding[],
): Finding[] {
  const root = nearestJsonManifest('package.json', inv.ctx);
  if (root === undefined) return [];
  if (Array.isArray(root)) return root;
  const found = workspaceDirs(posix.dirname(root.path), root.text, selectors, inv.ctx);
  if ('unknown' in found)
    return [
      opaqueFinding(
        `npm ${selectors === 'all' ? '--workspaces' : `-w ${selectors.join(' -w ')}`}`,
        `${found.unknown}, so it cannot see which scripts run`,
      ),
    ];
  const where =
    (dir: string) =>
    (f: Finding): Finding => ({ ...f, details: [...f.details, `in the workspace ${displayPath(dir, inv.ctx)}`] });
  return [...(withRoot ? run(inv) : []), ...found.dirs.flatMap((dir) => run(inDir(inv, dir)).map(where(dir)))];
}

const npm: WrapperHandler = (invoked, recurse, index) => {
  const ws = workspaceOptions(invoked.argv.slice(1));
  const { options, words, dir } = split(ws.rest);
  const inv = inDir(invoked, dir);
  const prePost = !options.includes('--ignore-scripts');
  const [sub, ...rest] = words;
  const run = (name: string, args: string[]): Finding[] =>
    ws.selectors === undefined
      ? scripts(inv, index, name, args, prePost)
      : inWorkspaces(inv, ws.selectors, ws.withRoot, (at) => scripts(at, index, name, args, prePost));
  if (sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn') {
    const t = runTarget(rest);
    return t.name === undefined ? [] : run(t.name, t.args);
  }
  if (sub === 'test' || sub === 't' || sub === 'tst' || sub === 'start' || sub === 'stop' || sub === 'restart')
    return run(sub.startsWith('t') ? 'test' : sub, rest[0] === '--' ? rest.slice(1) : rest);
  if ((sub === 'install' || sub === 'i' || sub === 'ci') && rest.every((a) => a.startsWith('-')) && prePost)
    return scripts(inv, index, 'install', []);
  if (sub === 'pkg' && rest[0] === 'set') return pkgSet(words, inv, index);
  if (sub === 'exec' || sub === 'x')
    return localBin(
      inv,
      recurse,
      index,
      split(rest).words.filter((a) => a !== '--'),
    );
  return undefined;
};

/** yarn / pnpm / bun: `run NAME`, or `NAME` when it is not one of the manager's own commands. */
function manager(builtins: Set<string>, isBun = false): WrapperHandler {
  return (invoked, recurse, index) => {
    const { words, dir } = split(invoked.argv.slice(1));
    const inv = inDir(invoked, dir);
    const [sub, ...rest] = words;
    if (sub === undefined) return isBun ? undefined : scripts(inv, index, 'install', []);
    if (sub === 'run') {
      const t = runTarget(rest);
      return t.name === undefined ? [] : scripts(inv, index, t.name, t.args);
    }
    if (sub === 'dlx' || sub === 'exec' || sub === 'x')
      return localBin(
        inv,
        recurse,
        index,
        split(rest).words.filter((a) => a !== '--'),
      );
    if ((sub === 'install' || sub === 'i') && rest.every((a) => a.startsWith('-')))
      return scripts(inv, index, 'install', []);
    // yarn workspace NAME [run] SCRIPT: the same as yarn in that workspace's directory.
    if (sub === 'workspace' && !isBun && rest[0] !== undefined) {
      const [name, ...command] = rest;
      return inWorkspaces(
        inv,
        [name as string],
        false,
        (at) =>
          manager(builtins, isBun)({ ...at, argv: [invoked.argv[0] as string, ...command] }, recurse, index) ?? [],
      );
    }
    if (builtins.has(sub)) return undefined;
    return scripts(inv, index, sub, rest[0] === '--' ? rest.slice(1) : rest);
  };
}

const npx: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const call = args.findIndex((a) => a === '-c' || a === '--call');
  if (call !== -1 && args[call + 1] !== undefined)
    return analyseLine(args[call + 1] as string, inv.ctx, index, { depth: inv.depth + 1 });
  return localBin(
    inv,
    recurse,
    index,
    split(args).words.filter((a) => a !== '--'),
  );
};

export const NODE_RUNNERS: Record<string, WrapperHandler> = {
  npm,
  yarn: manager(YARN_BUILTINS),
  pnpm: manager(PNPM_BUILTINS),
  bun: manager(BUN_BUILTINS, true),
  npx,
  bunx: npx,
};
