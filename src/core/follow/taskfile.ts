// task [TASK…] (go-task): the task's commands, after its deps, from the Taskfile on disk. The YAML is
// read for the shapes Taskfiles use (cmds lists of strings, `cmd:`, `task:`, block scalars, deps);
// its scalars and block scalars with the line-keeping reader `guard scan` uses (scan/yaml-scalars.ts).
import { posix } from 'node:path';
import type { PackIndex } from '../classify.js';
import type { Context, Finding } from '../types.js';
import { UNKNOWN, type Invocation } from '../unwrap/invocation.js';
import { shortLabel } from '../unwrap/shell-findings.js';
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';
import { findUp } from './justfile.js';
import { blockScalar, unquote } from '../scan/yaml-scalars.js';
import { displayPath, followRecipe, readFollowed } from './script.js';

type Step = { cmd: string; line: number } | { task: string };
interface Task {
  steps: Step[];
  deps: string[];
}

const NAMES = [
  'Taskfile.yml',
  'taskfile.yml',
  'Taskfile.yaml',
  'taskfile.yaml',
  'Taskfile.dist.yml',
  'taskfile.dist.yml',
];
const NO_RUN = new Set([
  '-n',
  '--dry',
  '-l',
  '--list',
  '-a',
  '--list-all',
  '--summary',
  '--help',
  '-h',
  '--version',
  '--init',
  '-i',
]);

const indentOf = (l: string): number => l.length - l.trimStart().length;

export function parseTaskfile(text: string): Map<string, Task> {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const tasks = new Map<string, Task>();
  const top = lines.findIndex((l) => /^tasks:\s*$/.test(l));
  if (top === -1) return tasks;
  let taskIndent = -1;
  let task: Task | undefined;
  let key = '';
  for (let k = top + 1; k < lines.length; k++) {
    const line = lines[k] as string;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const indent = indentOf(line);
    if (indent === 0) break;
    if (taskIndent === -1) taskIndent = indent;
    const body = line.trim();
    if (indent === taskIndent) {
      const m = /^([^:\s]+):\s*(.*)$/.exec(body);
      if (!m) continue;
      task = { steps: [], deps: [] };
      tasks.set(unquote(m[1] as string), task);
      if ((m[2] as string) !== '') task.steps.push({ cmd: unquote(m[2] as string), line: k + 1 });
      key = 'cmds';
      continue;
    }
    if (!task) continue;
    const field = /^([A-Za-z_]+):\s*(.*)$/.exec(body);
    if (field && !body.startsWith('-')) {
      key = field[1] as string;
      const value = (field[2] as string).trim();
      if (key === 'deps' && value.startsWith('['))
        task.deps.push(...value.slice(1, -1).split(',').map(unquote).filter(Boolean));
      else if (key === 'cmd' && value !== '') task.steps.push({ cmd: unquote(value), line: k + 1 });
      else if (key === 'cmds' && value.startsWith('['))
        task.steps.push(
          ...value
            .slice(1, -1)
            .split(',')
            .map((c) => ({ cmd: unquote(c), line: k + 1 })),
        );
      continue;
    }
    const item = /^-\s*(.*)$/.exec(body);
    if (!item || (key !== 'cmds' && key !== 'deps')) continue;
    const value = item[1] as string;
    const sub = /^(cmd|task):\s*(.*)$/.exec(value);
    if (key === 'deps') task.deps.push(unquote(sub ? (sub[2] as string) : value));
    else if (sub?.[1] === 'task') task.steps.push({ task: unquote(sub[2] as string) });
    else if (/^[|>][-+]?$/.test(sub ? (sub[2] as string) : value)) {
      const block = blockScalar(lines, k, indent, (sub ? (sub[2] as string) : value).startsWith('>'));
      task.steps.push({ cmd: block.unit.lines.join('\n'), line: block.unit.line });
      k = block.end;
    } else task.steps.push({ cmd: unquote(sub ? (sub[2] as string) : value), line: k + 1 });
  }
  return tasks;
}

export const taskHandler: WrapperHandler = (inv, _recurse, index) => {
  const args = inv.argv.slice(1);
  if (args.some((a) => NO_RUN.has(a))) return [];
  let file: string | undefined;
  const names: string[] = [];
  let cliArgs: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '--') {
      cliArgs = args.slice(k + 1);
      break;
    }
    if (a === '-t' || a === '--taskfile') file = args[++k];
    else if (a.startsWith('--taskfile=')) file = a.slice(11);
    else if (a === '-d' || a === '--dir') file = posix.join(args[++k] ?? '.', 'Taskfile.yml');
    else if (a.startsWith('--dir=')) file = posix.join(a.slice(6), 'Taskfile.yml');
    else if (!a.startsWith('-') && !a.includes('=')) names.push(a);
  }
  const path = file !== undefined ? posix.resolve(inv.ctx.cwd, file) : findUp(NAMES, inv.ctx);
  if (path === undefined) return [];
  const read = readFollowed(path, path, inv.ctx, 'the Taskfile');
  if (read === undefined) return [];
  if ('findings' in read) return read.findings;
  const tasks = parseTaskfile(read.text);
  const shown = displayPath(path, inv.ctx);
  const ctx: Context = { ...inv.ctx, cwd: posix.dirname(path) };
  const out: Finding[] = [];
  const seen = new Set<string>();
  const run = (name: string): void => {
    const task = tasks.get(name);
    if (!task || seen.has(name)) return;
    seen.add(name);
    for (const dep of task.deps) run(dep);
    for (const step of task.steps) {
      if ('task' in step) run(step.task);
      else out.push(...stepFindings(step, name, cliArgs, shown, ctx, inv, index));
    }
  };
  for (const name of names.length > 0 ? names : ['default']) run(name);
  return out;
};

function stepFindings(
  step: { cmd: string; line: number },
  task: string,
  cliArgs: string[],
  shown: string,
  ctx: Context,
  inv: Invocation,
  index: PackIndex,
): Finding[] {
  const text = step.cmd.replace(/\{\{\s*\.CLI_ARGS\s*\}\}/g, cliArgs.join(' ')).replace(/\{\{[^}]*\}\}/g, UNKNOWN);
  const where = `${shown} line ${step.line} (task ${task}): ${shortLabel(step.cmd.split('\n')[0] ?? '')}`;
  return followRecipe(text, where, ctx, index, inv.depth + 1, step.line);
}
