// How each real client is pointed at the scripted model and run headless (its documented settings for
// non-interactive runs). The hook itself comes ONLY from `guard init <client>`, run in the sandbox.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ToolCall } from './model-server.js';
import type { Job } from './sandbox-runner.js';
import { AGENT_HOME } from './sandbox.js';

export const CLIENTS = ['claude-code', 'codex', 'opencode', 'gemini'] as const;
export type ClientName = (typeof CLIENTS)[number];

interface Pinned {
  package: string;
  version: string;
  bin: string;
}

const pins = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../test/e2e/agents/clients.json', import.meta.url)), 'utf8'),
) as Record<ClientName, Pinned>;
export const GUARD_BIN = fileURLToPath(new URL('../../../../bin/guard.js', import.meta.url));
export const CLIENT_CACHE = process.env.GUARD_AGENT_CLIENTS ?? '/var/cache/guard-agent-clients';

export interface Installed {
  name: ClientName;
  version: string;
  binDir: string;
}

/** The installed client at its pinned version, or why it is not there (scripts/install-agent-clients.sh installs them). */
export function installedClient(name: ClientName): Installed | string {
  const pin = pins[name];
  const dir = join(CLIENT_CACHE, name);
  const marker = join(dir, '.installed');
  const spec = `${pin.package}@${pin.version}`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== spec)
    return `${spec} is not installed in ${dir} (run scripts/install-agent-clients.sh; it could not be installed if that failed)`;
  return { name, version: pin.version, binDir: join(dir, 'node_modules', '.bin') };
}

export interface Scenario {
  /** The shell line the model asks to run. */
  command: string;
  /** The tool call's own working directory, when the model sets one. */
  workdir?: string;
  /** What `guard` on the agent's PATH is. */
  guard?: 'real' | 'missing' | 'hanging' | 'crashing';
  /** Replaces `guard init` (to reproduce an older install). */
  setup?: string[][];
  files?: Record<string, string>;
  watch?: string[];
}

const PROMPT = 'Run the shell command you are given.';

/** The job for one client run in `world` (whose bin/ holds guard and the stand-ins). */
export function clientJob(client: Installed, world: string, scenario: Scenario): Omit<Job, 'out'> {
  const project = join(world, 'project');
  const env: Record<string, string> = {
    HOME: AGENT_HOME,
    PATH: `${world}/bin:${client.binDir}:/usr/local/bin:/usr/bin:/bin`,
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    NO_COLOR: '1',
    CI: '1',
  };
  const init = (agent: string): string[][] => scenario.setup ?? [[process.execPath, GUARD_BIN, 'init', agent]];
  const base = { project, watch: scenario.watch ?? [], timeoutMs: 120_000 };
  // Codex runs commands in a login shell (bash -lc), whose /etc/profile resets PATH: keep bin/ first there too.
  const files = { [`${AGENT_HOME}/.profile`]: `PATH="${world}/bin:$PATH"\n`, ...scenario.files };
  const at = (args: Record<string, unknown>, key: string): Record<string, unknown> =>
    scenario.workdir ? { ...args, [key]: scenario.workdir } : args;
  switch (client.name) {
    case 'claude-code':
      return {
        ...base,
        env: {
          ...env,
          ANTHROPIC_BASE_URL: 'http://127.0.0.1:{{PORT}}',
          ANTHROPIC_API_KEY: 'dummy',
          CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
          DISABLE_AUTOUPDATER: '1',
        },
        files,
        setup: init('claude-code'),
        call: { name: 'Bash', args: { command: scenario.command, description: 'Run the command' } },
        client: ['claude', '-p', PROMPT, '--output-format', 'json', '--permission-mode', 'bypassPermissions'],
      };
    case 'codex':
      return {
        ...base,
        env: { ...env, CODEX_HOME: `${AGENT_HOME}/.codex` },
        files: { ...files, [`${AGENT_HOME}/.codex/config.toml`]: codexConfig() },
        setup: init('codex'),
        call: { name: 'exec_command', args: at({ cmd: scenario.command }, 'workdir') },
        client: [
          'codex',
          'exec',
          '--skip-git-repo-check',
          '--dangerously-bypass-approvals-and-sandbox',
          '-C',
          project,
          PROMPT,
        ],
      };
    case 'opencode':
      return {
        ...base,
        env: {
          ...env,
          OPENCODE_DISABLE_AUTOUPDATE: '1',
          OPENCODE_DISABLE_MODELS_FETCH: '1',
          OPENCODE_DISABLE_DEFAULT_PLUGINS: '1',
        },
        files: { ...files, [join(project, 'opencode.json')]: opencodeConfig() },
        setup: init('opencode'),
        call: { name: 'bash', args: at({ command: scenario.command, description: 'Run the command' }, 'workdir') },
        client: [
          'opencode',
          'run',
          ...(process.env.OPENCODE_LOGS ? ['--print-logs', '--log-level', 'DEBUG'] : []),
          '-m',
          'mock/mock-model',
          PROMPT,
        ],
      };
    case 'gemini':
      return {
        ...base,
        env: { ...env, GEMINI_API_KEY: 'dummy', GOOGLE_GEMINI_BASE_URL: 'http://127.0.0.1:{{PORT}}' },
        files: {
          ...files,
          [`${AGENT_HOME}/.gemini/settings.json`]: JSON.stringify({
            security: { auth: { selectedType: 'gemini-api-key' } },
          }),
        },
        setup: init('gemini'),
        call: {
          name: 'run_shell_command',
          args: at({ command: scenario.command, description: 'Run the command' }, 'dir_path'),
        },
        client: ['gemini', '-m', 'gemini-2.5-flash', '-p', PROMPT, '--yolo', '--output-format', 'json'],
      };
  }
}

function codexConfig(): string {
  return [
    'model = "mock-model"',
    'model_provider = "mock"',
    '',
    '[model_providers.mock]',
    'name = "mock"',
    'base_url = "http://127.0.0.1:{{PORT}}/v1"',
    'wire_api = "responses"',
    '',
  ].join('\n');
}

function opencodeConfig(): string {
  return JSON.stringify({
    $schema: 'https://opencode.ai/config.json',
    provider: {
      mock: {
        npm: '@ai-sdk/openai-compatible',
        name: 'mock',
        options: { baseURL: 'http://127.0.0.1:{{PORT}}/v1', apiKey: 'dummy' },
        models: { 'mock-model': { name: 'mock-model' } },
      },
    },
    permission: { bash: 'allow', edit: 'allow', external_directory: 'allow' },
  });
}

export type { ToolCall };
