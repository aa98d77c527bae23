import { readFileSync } from 'node:fs';
import { agentAncestor, judgeTerminal, type Provenance } from '../../core/terminal/judge-terminal.js';
import { ptyIndex } from '../../core/terminal/process-view.js';
import { procView } from './proc-view.js';
import { terminalPolicy } from './provenance-policy.js';

/** Who drives this process's controlling terminal: a human, a program (which one), or unknown. */
export function terminalProvenance(): Provenance {
  if (process.platform !== 'linux')
    return { verdict: 'unknown', why: `terminal provenance needs Linux's /proc; this is ${process.platform}` };
  let ttyNr: number;
  try {
    // /dev/tty itself is device 5:0 whatever the terminal; /proc/self/stat names the real one.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    ttyNr = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[4]);
  } catch (error) {
    return { verdict: 'unknown', why: `/proc/self/stat cannot be read (${(error as Error).message})` };
  }
  if (ttyNr === 0) return { verdict: 'unknown', why: 'no controlling terminal' };
  return judgeTerminal(ptyIndex(ttyNr), procView(), terminalPolicy());
}

/** Why guard must not read a human's answer from this terminal, or undefined when it may. */
export function drivenTerminalReason(): string | undefined {
  const found = terminalProvenance();
  if (found.verdict === 'human') return undefined;
  if (found.verdict === 'driven') return `${found.why}; guard reads answers only from a terminal a human types into`;
  if (terminalPolicy().requireProvenance)
    return `who drives this terminal cannot be established (${found.why}) and the system policy requires it`;
  // Unknown provenance with an agent among guard's own ancestors (whose initial environment the
  // agent cannot rewrite) is the case an agent would engineer: refused. Without one, a human asked.
  const view = procView();
  const self = view.entry(process.pid);
  const agent = self ? agentAncestor(self, view) : undefined;
  return agent
    ? `who drives this terminal cannot be established (${found.why}), and guard was started under ${agent.name} (pid ${agent.pid}), an agent`
    : undefined;
}
