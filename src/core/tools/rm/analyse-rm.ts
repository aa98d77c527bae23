import type { Context } from '../../types.js';
import { classifyTarget, placesOf, type Danger, type DangerKind } from './classify-target.js';
import { collapseExpandedGlobs } from './collapse-globs.js';
import { resolveOperand, type RmTarget } from './resolve-operand.js';
import { parseRmOptions, parseUnlinkOptions, type RmOptions } from './rm-options.js';

/** Linux's limit on a path given to a system call, terminating NUL included. */
const PATH_MAX = 4096;

export interface JudgedTarget {
  target: RmTarget;
  danger: Danger;
}

export interface RmAnalysis {
  options: RmOptions;
  judged: JudgedTarget[];
}

/** Parses rm's (or unlink's) argv and judges every operand once; the rules only pick their kind. */
export function analyseRm(args: readonly string[], ctx: Context, command = 'rm'): RmAnalysis {
  const options = command === 'unlink' ? parseUnlinkOptions(args, ctx.env) : parseRmOptions(args, ctx.env);
  if (options.informational || options.operands.length === 0) return { options, judged: [] };
  const places = placesOf(ctx);
  // An empty operand (`rm -rf "$UNSET"`) names nothing: rm reports it missing.
  const named = options.operands.filter((op) => op !== '');
  // Judging every ancestor of a crafted 64 KB path costs quadratic time (45 s); the kernel refuses
  // such paths anyway (ENAMETOOLONG), so an over-long operand is left unanalysed: it needs confirmation.
  const tooLong = named.find((op) => op.length >= PATH_MAX);
  if (tooLong !== undefined)
    throw new Error(`an operand of ${tooLong.length} characters is longer than PATH_MAX (${PATH_MAX})`);
  const targets = collapseExpandedGlobs(
    named.map((op) => resolveOperand(op, ctx)),
    ctx,
  );
  const judged: JudgedTarget[] = [];
  const judge = (target: RmTarget): void => {
    const danger = classifyTarget(target, options.recursive, places, ctx);
    if (danger) judged.push({ target, danger });
    // A directory that is not at risk as a whole still has its members judged (`rm src/*` with app.db).
    else for (const member of target.members ?? []) judge(member);
  };
  for (const target of targets) judge(target);
  return { options, judged };
}

/** Panel lines for one judged target: why, how the operand was read, and what rm itself would do. */
export function detailsOf(judged: JudgedTarget, options: RmOptions): string[] {
  const { target, danger } = judged;
  const lines = [danger.why];
  if (target.wholeDirectory === 'expanded-glob')
    lines.push(
      `the operands name every entry of ${target.path} (what ${target.display} expands to): ${shorten(target.operand)}`,
    );
  else if (target.wholeDirectory === 'literal-glob')
    lines.push(`operand ${target.operand} stands for every entry of ${target.path}`);
  else if (target.operand !== target.path) lines.push(`operand ${target.operand} resolves to ${target.path}`);
  if (target.tilde)
    lines.push(
      `a literal ${target.operand} reached rm unexpanded; guard reads it as your home directory (rm itself would remove a file named ~)`,
    );
  if (target.symlink?.followed)
    lines.push(`${target.operand} is a symlink; with the trailing slash rm -r removes what it points to`);
  if (options.recursiveSpelling) lines.push(`recursive: ${options.recursiveSpelling}`);
  if (/(^|\/)\.\.?\/*$/.test(target.operand))
    lines.push(
      'GNU rm refuses a final . or .. itself, but other rm implementations and rewrites of this command do not',
    );
  if (target.path === '/' && !target.wholeDirectory && !options.noPreserveRoot)
    lines.push('GNU rm refuses / without --no-preserve-root; the intent is still to remove everything');
  return lines;
}

export function warningsOf(options: RmOptions): string[] {
  const warnings: string[] = [];
  if (options.skipsPrompts)
    warnings.push("-f / --interactive=never turns off rm's own prompts; guard is the only check");
  if (options.noPreserveRoot) warnings.push("--no-preserve-root turns off rm's refusal to remove /");
  return warnings;
}

export function targetsOfKind(analysis: RmAnalysis, kind: DangerKind): JudgedTarget[] {
  return analysis.judged.filter((j) => j.danger.kind === kind);
}

function shorten(list: string): string {
  return list.length > 160 ? `${list.slice(0, 157)}…` : list;
}
