import { indexPacks } from '../core/classify.js';
import { EXIT } from '../core/exit-codes.js';
import { classifyShellLine } from '../core/shell/classify-line.js';
import { lineRefusal } from '../core/shell/present-line.js';
import type { Context } from '../core/types.js';
import { builtinPacks } from '../../rules/index.js';
import { processContext } from '../io/context.js';
import { runForeground } from '../io/run-foreground.js';
import { confirmOnTerminal } from './confirm-decision.js';
import { denyReason } from './deny-reason.js';

export interface GuardLineOptions {
  line: string;
  deny: boolean;
  ctx?: Context;
}

/** `guard run --shell LINE`: classify the whole line, confirm as in prefix mode, then run it with the user's shell. */
export async function guardLine(options: GuardLineOptions): Promise<number> {
  const ctx = options.ctx ?? processContext();
  const shell = ctx.env.SHELL && ctx.env.SHELL.startsWith('/') ? ctx.env.SHELL : '/bin/sh';
  const decision = classifyShellLine(options.line, ctx, indexPacks(builtinPacks));
  if (decision.decision === 'confirm') {
    const refusal = denyReason({ deny: options.deny, env: process.env });
    const outcome = refusal ? 'denied' : await confirmOnTerminal([shell, '-c', options.line], decision);
    if (outcome !== 'confirmed') {
      if (outcome === 'interrupted') {
        process.stderr.write('guard: interrupted at the prompt; nothing was run.\n');
        return EXIT.interrupted;
      }
      if (outcome === 'denied' || outcome === 'no-terminal') process.stderr.write(`${lineRefusal(options.line, decision, refusal ?? 'no controlling terminal to ask a human')}\n`);
      else if (outcome === 'eof') process.stderr.write('guard: no confirmation typed; nothing was run.\n');
      return EXIT.refused;
    }
  }
  return runForeground(shell, ['-c', options.line], { argv0: shell });
}
