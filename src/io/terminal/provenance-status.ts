import { existsSync, readdirSync } from 'node:fs';
import { terminalProvenance } from './provenance.js';
import { terminalPolicy } from './provenance-policy.js';

/** `guard doctor` lines: whether guard can tell a human's terminal from one a program drives, here. */
export function provenanceStatus(): string[] {
  if (process.platform !== 'linux' || !existsSync('/proc/self/fdinfo')) {
    return [
      `warning: terminal provenance cannot be established on this system (no Linux /proc): guard cannot tell a human's terminal from one a program (script, expect, tmux send-keys) drives${terminalPolicy().requireProvenance ? '; the system policy requires it, so every prompt is refused' : '; a system policy with "requireTerminalProvenance": true refuses such prompts'} (see SECURITY.md)`,
    ];
  }
  const lines = [
    "terminal provenance: available (the holder of a pseudo-terminal's master is found through /proc/*/fdinfo)",
  ];
  try {
    readdirSync('/proc/1/fd');
  } catch {
    lines.push(
      "warning: terminal provenance: other users' processes cannot be inspected; a terminal held by one of them counts as unknown (refused under an agent, or when the system policy requires provenance)",
    );
  }
  const here = terminalProvenance();
  lines.push(
    `this terminal: ${here.verdict === 'driven' ? `driven by a program: ${here.why}` : here.verdict === 'human' ? `a human's (${here.why})` : `provenance unknown (${here.why})`}`,
  );
  return lines;
}
