/** Markers that agent environments set. Recorded for the trail only, never used to relax anything. */
const MARKERS: ReadonlyArray<{ agent: string; test: (name: string) => boolean }> = [
  { agent: 'claude-code', test: (n) => n === 'CLAUDECODE' || n.startsWith('CLAUDE_CODE_') },
  { agent: 'cursor', test: (n) => n.startsWith('CURSOR_') },
  { agent: 'codex', test: (n) => n.startsWith('CODEX_') },
  { agent: 'opencode', test: (n) => n.startsWith('OPENCODE') },
  { agent: 'aider', test: (n) => n.startsWith('AIDER_') },
  { agent: 'gemini-cli', test: (n) => n === 'GEMINI_CLI' },
  { agent: 'copilot', test: (n) => n.startsWith('COPILOT_AGENT') },
];

export function detectAgent(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const names = Object.keys(env).filter((n) => env[n] !== undefined);
  const found = MARKERS.filter((m) => names.some(m.test)).map((m) => m.agent);
  return found.length > 0 ? found.join(',') : undefined;
}
