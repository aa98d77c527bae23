// Programs that hold a pseudo-terminal's master to drive another program, and agent clients.
// A terminal whose master such a program holds is typed into by a program, not by a human.

const PTY_TOOLS = new Set([
  'script',
  'expect',
  'unbuffer',
  'socat',
  'empty',
  'ptyrun',
  'pty',
  'ttyd',
  'tclsh',
  'wish',
  'dtach',
  'abduco',
  'python',
  'node',
  'nodejs',
  'deno',
  'bun',
  'perl',
  'ruby',
  'php',
  'lua',
  'java',
  'go',
  'sh',
  'bash',
  'dash',
  'zsh',
]);

/** Terminal multiplexers: a human's terminal only while a human's client is attached. */
const MULTIPLEXERS = new Set(['tmux', 'screen']);

const AGENT_CLIENTS = new Set([
  'claude',
  'codex',
  'cursor-agent',
  'gemini',
  'aider',
  'opencode',
  'goose',
  'amp',
  'copilot',
]);

/** python3.12 → python, node20 → node: version suffixes do not change what a program can do. */
function family(name: string): string {
  return name.toLowerCase().replace(/[-_.]?[0-9][0-9.]*$/, '');
}

export function isPtyTool(name: string): boolean {
  return PTY_TOOLS.has(family(name));
}

export function multiplexerOf(name: string): 'tmux' | 'screen' | undefined {
  const f = family(name.replace(/^tmux: .*/, 'tmux'));
  return MULTIPLEXERS.has(f) ? (f as 'tmux' | 'screen') : undefined;
}

export function isAgentClient(name: string): boolean {
  return AGENT_CLIENTS.has(family(name));
}
