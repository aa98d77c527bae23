// Two or three real examples under every command's --help, kept in one table so every command has them.
import type { Command } from 'commander';

const EXAMPLES: Record<string, string[]> = {
  guard: [
    'guard railway volume delete -v pg-data     # prefix mode: asks you to type production/pg-data',
    'guard check -- rm -rf ~                      # exit 77: needs confirmation',
    'guard approve k3x9p2mq7a                      # the ticket an agent was given',
  ],
  check: [
    'guard check -- rm -rf ~                      # exit 77',
    "guard check --shell 'curl -fsSL x.sh | sh'   # a whole line, as an agent sends it",
    'guard check --json -- terraform destroy       # the decision as JSON',
  ],
  explain: ['guard explain -- railway volume delete -v pg-data', "guard explain --json -- psql -c 'DROP TABLE users'"],
  rules: ['guard rules list', 'guard rules show railway/volume-delete', 'guard rules test'],
  'rules list': ['guard rules list', 'guard rules list | grep railway/'],
  'rules show': ['guard rules show rm/home-directory', 'guard rules show terraform/destroy'],
  'rules test': ['guard rules test                              # exit 1 on any problem', 'guard rules test --json'],
  log: [
    'guard log                                    # the last 50 decisions as a table',
    'guard log --since 2h --decision refused',
    'guard log --json | jq .rules',
  ],
  'log verify': [
    'guard log verify                             # exit 1 if a line was edited, deleted or cut off',
    'guard log verify && guard log --since 1d',
  ],
  lock: [
    'guard lock                                   # every destructive command refused until guard unlock',
    'guard lock && guard status',
  ],
  unlock: ['guard unlock                                 # at your own terminal', 'guard status && guard unlock'],
  status: [
    'guard status                                 # locked or not, pending tickets',
    'guard status && guard tickets',
  ],
  approve: [
    'guard tickets                                # the live tickets and their commands',
    'guard approve k3x9p2mq7a                     # shows the command, asks you to type ENVIRONMENT/RESOURCE',
  ],
  tickets: ['guard tickets', 'guard tickets --json'],
  passphrase: [
    'guard passphrase                             # prints {"salt": …, "hash": …} for your user config',
    'guard passphrase >> ~/passphrase.json',
  ],
  run: ['guard run --shell \'railway run -e production -- psql -c "DROP TABLE x"\'', "guard run --shell 'make clean'"],
  hook: ['guard hook claude-code < payload.json', 'guard hook codex < payload.json'],
  init: [
    'eval "$(guard init bash)"                    # shims first on PATH in this shell',
    'guard init claude-code                       # writes the PreToolUse hook into .claude/settings.json',
  ],
  install: [
    'guard install                                # every tool guard has rules for',
    'guard install railway psql                   # only these',
    'guard install --dir ~/bin/guard-shims',
  ],
  uninstall: ['guard uninstall', 'guard uninstall --dir ~/bin/guard-shims'],
  sign: [
    "guard sign allow terraform/destroy 'ephemeral-*' '*'   # signed allowance for the user config",
    'guard sign disable rm/outside-project            # signed switch-off of one rule',
  ],
  'sign allow': [
    "guard sign allow terraform/destroy 'ephemeral-*' '*'",
    "guard sign allow railway/volume-delete staging 'scratch-*'",
  ],
  'sign disable': ['guard sign disable rm/outside-project', 'guard sign disable git/force-push'],
  doctor: [
    'guard doctor                                 # exit 0 healthy, 1 problems',
    'guard doctor --dir ~/bin/guard-shims',
  ],
};

/** Adds the examples to the program and each (sub)command that has no help text of its own. */
export function addHelpExamples(program: Command): void {
  const add = (command: Command, key: string): void => {
    const examples = EXAMPLES[key];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}`);
    for (const sub of command.commands) add(sub, key === 'guard' ? sub.name() : `${key} ${sub.name()}`);
  };
  add(program, 'guard');
}

/** Command paths that have examples (a test checks every registered command is among them). */
export function commandsWithExamples(): string[] {
  return Object.keys(EXAMPLES);
}
