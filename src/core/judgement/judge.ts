// The one judgement every mode asks for: an argv or a shell line, with what feeds its stdin, judged
// by the active packs, then the config's allowances and the credential warnings. Pure.
import type { PackIndex } from '../classify.js';
import { applyAllowances } from '../config/allowances.js';
import { classifyShellLine } from '../shell/classify-line.js';
import { addCredentialWarnings } from '../token-hygiene.js';
import type { AllowanceRef, Context, Decision } from '../types.js';
import { classifyCommand } from '../unwrap/classify-command.js';
import type { StdinSource } from '../unwrap/invocation.js';
import type { PackTrace } from './trace.js';

/** Standard input as the judge sees it; `text` is what guard captured (a prefix when truncated). */
export type JudgeStdin = StdinSource | { kind: 'captured'; text: string; truncated: boolean };

export type JudgeInput =
  /** Prefix mode, shims, `check -- …`, `explain`: an argv the calling shell already split. */
  | { kind: 'argv'; argv: readonly string[]; stdin: JudgeStdin }
  /** `check --shell`, `run --shell`, agent hooks: a whole line as the agent would send it. */
  | { kind: 'line'; line: string; stdin: JudgeStdin };

export interface Judgement {
  input: JudgeInput;
  decision: Decision;
  /** Every pack the judgement ran, in order (present when asked for). */
  trace?: PackTrace[];
}

export interface Policy {
  index: PackIndex;
  allowances: readonly AllowanceRef[];
}

/** Judges `input` under `policy` in the read-only `ctx`; `traced` also records what each pack considered. */
export function judgeInput(input: JudgeInput, ctx: Context, policy: Policy, traced = false): Judgement {
  const trace: PackTrace[] | undefined = traced ? [] : undefined;
  const index = trace ? { ...policy.index, trace: (entry: PackTrace) => void trace.push(entry) } : policy.index;
  const seen =
    input.stdin.kind === 'captured'
      ? { ...ctx, stdin: { text: input.stdin.text, truncated: input.stdin.truncated } }
      : ctx;
  const raw =
    input.kind === 'argv'
      ? classifyCommand(input.argv, seen, index, sourceOf(input.stdin))
      : classifyShellLine(input.line, seen, index, sourceOf(input.stdin));
  const decision = addCredentialWarnings(applyAllowances(raw, policy.allowances), ctx.env);
  return trace ? { input, decision, trace } : { input, decision };
}

function sourceOf(stdin: JudgeStdin): StdinSource {
  return stdin.kind === 'captured' ? { kind: 'text', text: stdin.text, from: 'standard input' } : stdin;
}
