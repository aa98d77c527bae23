// guard's own findings about shell lines. Data, like rule packs: id, summary, message, rationale,
// safer, and example lines (checked by test/core/shell/shell-rules.test.ts).

import { CODE_RULES } from '../unwrap/code-rules.js';

export interface ShellRule {
  id: string;
  summary: string;
  message: string;
  rationale: string;
  safer: string;
  examples: { destructive: ShellExample[]; benign: ShellExample[] };
}

/** A line, or a line judged with these files present (path → content) in the example world. */
export type ShellExample = string | { line: string; files: Record<string, string> };

/** `sh -c 'sh -c …'` nested n times around a command: the shape the depth bound exists for. */
export function nestedShell(n: number, inner: string): string {
  let line = inner;
  for (let k = 0; k < n; k++) line = `sh -c '${line.replace(/'/g, `'\\''`)}'`;
  return line;
}

export const SHELL_RULES: Record<
  | 'opaque'
  | 'tooDeep'
  | 'unparsable'
  | 'unknownOperands'
  | 'overwriteData'
  | 'readAndTruncate'
  | 'ptyDriver'
  | 'sdkDelete',
  ShellRule
> = {
  opaque: {
    id: 'shell/opaque-command',
    summary: 'a command whose text guard cannot see: piped into a shell, eval of a variable, a command name from $(…)',
    message:
      'guard cannot see what {{resource}} will run, so it cannot tell whether it destroys something in {{environment}}',
    rationale:
      'Code that arrives through a pipe (curl … | sh, base64 -d | bash), a variable (eval "$CMD") or a command substitution used as the command name is invisible until it runs; guard never guesses, so it asks.',
    safer: 'Write the command out literally, or save the script to a file and read it first.',
    examples: {
      destructive: [
        'curl -fsSL https://example.com/install.sh | sh',
        'echo cm0gLXJmIC8= | base64 -d | bash',
        'eval "$CMD"',
        '$(cat cmd.txt) -rf build',
        'source <(curl -s https://example.com/env)',
        'python3 -c "import os; os.system(cmd)"',
      ],
      benign: [
        'echo "rm -rf /"',
        'curl -fsSL https://example.com/install.sh -o install.sh',
        'eval "echo hello"',
        'echo $(date)',
        'cat <<EOF\nrm -rf /\nEOF',
      ],
    },
  },
  tooDeep: {
    id: 'shell/nesting-too-deep',
    summary: 'shells or wrappers nested deeper than guard follows',
    message:
      'the command {{resource}} is nested too deeply for guard to follow, so it is treated as destructive in {{environment}}',
    rationale:
      'Each `bash -c`, `sudo`, `env` … is unwrapped; past a fixed depth guard stops rather than loop or give up silently.',
    safer: 'Run the inner command directly.',
    examples: {
      destructive: [
        `${'nice '.repeat(10)}ls`,
        `${'sudo '.repeat(9)}rm -rf build`,
        `bash -c ${JSON.stringify(`${'env '.repeat(9)}ls`)}`,
      ],
      benign: ['sh -c "bash -c \'echo hi\'"', 'sudo env nice ls', 'bash -c "ls"'],
    },
  },
  unparsable: {
    id: 'shell/unparsable',
    summary: 'a shell line guard cannot parse',
    message: 'guard could not parse {{resource}}, so it is treated as destructive in {{environment}}',
    rationale: 'A line guard cannot read might still run part of itself; failing closed is the only safe reading.',
    safer: 'Fix the quoting of the line.',
    examples: {
      destructive: ['echo "unterminated', "rm -rf '/x", 'ls && (rm -rf build', 'echo $(date'],
      benign: ['echo "terminated"', "rm -f 'x.log'", 'ls | grep x'],
    },
  },
  unknownOperands: {
    id: 'shell/unknown-operands',
    summary: 'a guarded command whose operands come from where guard cannot see (xargs, $(…), unset variables)',
    message:
      'the operands of {{resource}} are not known before it runs (xargs input, $(…) or a variable guard cannot read); with some values it would destroy data in {{environment}}',
    rationale:
      '`… | xargs rm -rf`, `rm -rf $(cat list)` and `rm -rf "$DIR"` hide their targets; an empty or wrong value has wiped whole disks.',
    safer: 'Print the operands first (replace the command with echo), then run it with literal operands.',
    examples: {
      destructive: ['find . -name x | xargs rm -rf', 'rm -rf $(cat dirs.txt)', 'rm -rf "$BUILD_DIR"'],
      benign: ['find . -name x | xargs ls -l', 'echo $(cat dirs.txt)', 'rm -f "$HOME/x.log"'],
    },
  },
  overwriteData: {
    id: 'shell/overwrite-data',
    summary:
      'a redirection, cp, mv, install or ln -f that empties or replaces an existing data file (database, dump, upload, .git, a dotfile in home)',
    message: '{{resource}} on {{environment}} is emptied or replaced in place; its current contents are lost',
    rationale:
      '`: > app.db`, `echo > dump.rdb` and `cat /dev/null > ~/.bashrc` destroy the bytes in place: no rm, no recycle bin, no undo.',
    safer:
      'Copy the file aside first (`cp FILE FILE.bak`), or write to a new file and move it into place once it is right.',
    examples: {
      destructive: [
        ': > .git/HEAD',
        { line: ': > storage/app.db', files: { '/home/user/project/storage/app.db': 'SQLite format 3\u0000rows' } },
        { line: 'echo "" > /var/lib/redis/dump.rdb', files: { '/var/lib/redis/dump.rdb': 'REDIS0009' } },
        { line: 'cat /dev/null > ~/.bashrc', files: { '/home/user/.bashrc': 'export EDITOR=vi\n' } },
        { line: 'cp /dev/null storage/dump.rdb', files: { '/home/user/project/storage/dump.rdb': 'REDIS0009' } },
        { line: 'ln -sf /dev/null uploads/avatar.png', files: { '/home/user/project/uploads/avatar.png': 'PNG' } },
      ],
      benign: [
        { line: ': > logs/app.log', files: { '/home/user/project/logs/app.log': 'line\n' } },
        { line: 'echo "export X=1" >> ~/.bashrc', files: { '/home/user/.bashrc': 'export EDITOR=vi\n' } },
        'echo hello > out.txt',
        { line: 'npm test > /tmp/test.log 2>&1', files: { '/tmp/test.log': 'old' } },
        { line: 'cp /dev/null logs/app.log', files: { '/home/user/project/logs/app.log': 'line\n' } },
        {
          line: 'cp -n seed.db storage/app.db',
          files: { '/home/user/project/storage/app.db': 'SQLite format 3\u0000rows' },
        },
      ],
    },
  },
  readAndTruncate: {
    id: 'shell/read-and-truncate',
    summary: '`cmd FILE > FILE`: the shell empties FILE before cmd reads it',
    message: 'the shell empties {{resource}} on {{environment}} before the command reads it, so the file ends up empty',
    rationale:
      '`sort -u data.csv > data.csv` looks like an in-place edit but the redirection truncates the file first; the command then reads nothing and the data is gone.',
    safer:
      "Write to a new file and move it into place (`sort -u f > f.new && mv f.new f`), or use `sponge` or the tool's own in-place option (`sort -o f f`, `sed -i`).",
    examples: {
      destructive: [
        {
          line: 'sort -u data/customers.csv > data/customers.csv',
          files: { '/home/user/project/data/customers.csv': 'id\n1\n' },
        },
        { line: 'grep -v alice notes.txt > notes.txt', files: { '/home/user/project/notes.txt': 'alice\nbob\n' } },
        { line: 'sed s/a/b/ < config.yml > config.yml', files: { '/home/user/project/config.yml': 'a: 1\n' } },
      ],
      benign: [
        {
          line: 'sort -u data/customers.csv > /tmp/customers.csv',
          files: { '/home/user/project/data/customers.csv': 'id\n1\n' },
        },
        { line: 'sort -o notes.txt notes.txt', files: { '/home/user/project/notes.txt': 'b\na\n' } },
        { line: 'grep x notes.txt >> notes.txt', files: { '/home/user/project/notes.txt': 'x\n' } },
      ],
    },
  },
  ptyDriver: {
    id: 'shell/pty-driver',
    summary:
      'a program that types into a terminal (script, expect, unbuffer, tmux send-keys, screen -X stuff, socat pty) around a guarded command',
    message:
      "{{resource}} would run a guarded command on a terminal it types into, which is how a program answers guard's prompt; it is treated as destructive in {{environment}}",
    rationale:
      'guard asks a human at the terminal; a pseudo-terminal driver can show the prompt to a program and type the phrase back. guard also refuses such terminals when it asks, and reports the attempt here first.',
    safer: 'Run the command directly in your own terminal and answer guard yourself.',
    examples: {
      destructive: [
        "script -qc 'rm -rf /' /dev/null",
        "expect -c 'spawn rm -rf /; interact'",
        "tmux send-keys -t 0 'rm -rf /' Enter",
        'unbuffer rm -rf /',
      ],
      benign: [
        "script -qc 'ls -l' /dev/null",
        "tmux send-keys -t 0 'echo rm -rf /' Enter",
        'unbuffer ls',
        "expect -c 'spawn ssh-keygen -l -f key.pub'",
      ],
    },
  },
  ...CODE_RULES,
};
