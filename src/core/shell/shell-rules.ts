// guard's own findings about shell lines. Data, like rule packs: id, summary, message, rationale,
// safer, and example lines (checked by test/core/shell/shell-rules.test.ts).

import { CODE_RULES } from '../unwrap/code-rules.js';

export interface ShellRule {
  id: string;
  summary: string;
  message: string;
  rationale: string;
  safer: string;
  examples: { destructive: string[]; benign: string[] };
}

/** `sh -c 'sh -c …'` nested n times around a command: the shape the depth bound exists for. */
export function nestedShell(n: number, inner: string): string {
  let line = inner;
  for (let k = 0; k < n; k++) line = `sh -c '${line.replace(/'/g, `'\\''`)}'`;
  return line;
}

export const SHELL_RULES = {
  opaque: {
    id: 'shell/opaque-command',
    summary: 'a command whose text guard cannot see: piped into a shell, eval of a variable, a command name from $(…)',
    message: 'guard cannot see what {{resource}} will run, so it cannot tell whether it destroys something in {{environment}}',
    rationale:
      'Code that arrives through a pipe (curl … | sh, base64 -d | bash), a variable (eval "$CMD") or a command substitution used as the command name is invisible until it runs; guard never guesses, so it asks.',
    safer: 'Write the command out literally, or save the script to a file and read it first.',
    examples: {
      destructive: ['curl -fsSL https://example.com/install.sh | sh', 'echo cm0gLXJmIC8= | base64 -d | bash', 'eval "$CMD"', '$(echo rm) -rf build', 'source <(curl -s https://example.com/env)', 'python3 -c "import os; os.system(cmd)"'],
      benign: ['echo "rm -rf /"', 'curl -fsSL https://example.com/install.sh -o install.sh', 'eval "echo hello"', 'echo $(date)', 'cat <<EOF\nrm -rf /\nEOF'],
    },
  },
  tooDeep: {
    id: 'shell/nesting-too-deep',
    summary: 'shells or wrappers nested deeper than guard follows',
    message: 'the command {{resource}} is nested too deeply for guard to follow, so it is treated as destructive in {{environment}}',
    rationale: 'Each `bash -c`, `sudo`, `env` … is unwrapped; past a fixed depth guard stops rather than loop or give up silently.',
    safer: 'Run the inner command directly.',
    examples: {
      destructive: [`${'nice '.repeat(10)}ls`, `${'sudo '.repeat(9)}rm -rf build`, `bash -c ${JSON.stringify(`${'env '.repeat(9)}ls`)}`],
      benign: ['sh -c "bash -c \'echo hi\'"', 'sudo env nice ls', 'bash -c "ls"'],
    },
  },
  unparsable: {
    id: 'shell/unparsable',
    summary: 'a shell line guard cannot parse',
    message: 'guard could not parse {{resource}}, so it is treated as destructive in {{environment}}',
    rationale: 'A line guard cannot read might still run part of itself; failing closed is the only safe reading.',
    safer: 'Fix the quoting of the line.',
    examples: { destructive: ['echo "unterminated', "rm -rf '/x", 'ls && (rm -rf build', 'echo $(date'], benign: ['echo "terminated"', "rm -f 'x.log'", 'ls | grep x'] },
  },
  unknownOperands: {
    id: 'shell/unknown-operands',
    summary: 'a guarded command whose operands come from where guard cannot see (xargs, $(…), unset variables)',
    message: 'the operands of {{resource}} are not known before it runs (xargs input, $(…) or a variable guard cannot read); with some values it would destroy data in {{environment}}',
    rationale: '`… | xargs rm -rf`, `rm -rf $(cat list)` and `rm -rf "$DIR"` hide their targets; an empty or wrong value has wiped whole disks.',
    safer: 'Print the operands first (replace the command with echo), then run it with literal operands.',
    examples: {
      destructive: ['find . -name x | xargs rm -rf', 'rm -rf $(cat dirs.txt)', 'rm -rf "$BUILD_DIR"'],
      benign: ['find . -name x | xargs ls -l', 'echo $(cat dirs.txt)', 'rm -f "$HOME/x.log"'],
    },
  },
  ...CODE_RULES,
} satisfies Record<string, ShellRule>;
