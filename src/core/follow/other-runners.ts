// Small followers: poetry/uv/pipenv/pdm/hatch run CMD (the command they wrap), trap BODY (a command
// that runs later), coproc CMD, and `git config alias.X VALUE` (the alias a later `git X` runs).
import { analyseLine } from '../shell/analyse-line.js';
import { splitWords } from '../shell/split-words.js';
import { deeper } from '../unwrap/invocation.js';
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';

const UV_VALUES = new Set([
  '--with',
  '--with-editable',
  '--with-requirements',
  '--python',
  '-p',
  '--directory',
  '--project',
  '--package',
  '--extra',
  '--group',
  '--env-file',
  '--index',
  '--index-url',
  '--default-index',
  '--extra-index-url',
  '-w',
]);

/** TOOL run [OPTIONS] CMD…: CMD is judged as if typed. */
function runWrapper(values: Set<string>): WrapperHandler {
  return (inv, recurse) => {
    const args = inv.argv.slice(1);
    if (args[0] !== 'run') return undefined;
    let k = 1;
    for (; k < args.length; k++) {
      const a = args[k] as string;
      if (a === '--') {
        k++;
        break;
      }
      if (!a.startsWith('-')) break;
      if (values.has(a)) k++;
    }
    const inner = args.slice(k);
    return inner.length === 0 ? [] : recurse(deeper(inv, inner));
  };
}

const trap: WrapperHandler = (inv, _recurse, index) => {
  const args = inv.argv.slice(1).filter((a) => a !== '--');
  if (args.length < 2 || args[0] === '-l' || args[0] === '-p') return [];
  const body = args[0] as string;
  if (body === '' || body === '-') return [];
  return analyseLine(body, inv.ctx, index, { depth: inv.depth + 1 }).map((f) => ({
    ...f,
    details: [...f.details, `from trap: runs on ${args.slice(1).join(' ')}`],
  }));
};

const coproc: WrapperHandler = (inv, recurse) => (inv.argv.length < 2 ? [] : recurse(deeper(inv, inv.argv.slice(1))));

/** git config [--global …] alias.NAME VALUE: `!cmd` aliases are shell lines; others are git commands. */
const gitConfig: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const at = args.indexOf('config');
  if (at === -1 || args.slice(0, at).some((a) => !a.startsWith('-'))) return undefined;
  const rest = args.slice(at + 1).filter((a) => !a.startsWith('-') && a !== 'set');
  const [key, value] = rest;
  if (key === undefined || value === undefined || !/^alias\./i.test(key)) return undefined;
  const note = (f: ReturnType<typeof analyseLine>[number]): typeof f => ({
    ...f,
    details: [...f.details, `from git config: ${key} runs ${value}`],
  });
  if (value.startsWith('!')) return analyseLine(value.slice(1), inv.ctx, index, { depth: inv.depth + 1 }).map(note);
  return recurse(deeper(inv, ['git', ...splitWords(value)])).map(note);
};

export const OTHER_RUNNERS: Record<string, WrapperHandler> = {
  poetry: runWrapper(new Set(['-C', '--directory', '-P', '--project'])),
  uv: runWrapper(UV_VALUES),
  pipenv: runWrapper(new Set()),
  pdm: runWrapper(new Set(['-p', '--project'])),
  hatch: runWrapper(new Set()),
  trap,
  coproc,
  git: gitConfig,
};
