// Asks Codex itself which hooks it sees and whether each is trusted: the JSON-RPC `hooks/list` of
// `codex app-server` (what Codex's own /hooks screen uses). Its hash scheme is Codex's business, so guard
// reads the current hash from Codex rather than recomputing it.
import { spawn } from 'node:child_process';

export interface CodexHook {
  key: string;
  command: string;
  source: string;
  sourcePath: string;
  currentHash: string;
  trustStatus: string;
  enabled: boolean;
  timeoutSec?: number | null;
}

/** Codex's view of the hooks for `cwd`, or a sentence saying why it could not be asked. */
export function listCodexHooks(
  codex: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 20_000,
): Promise<CodexHook[] | string> {
  return new Promise((resolve) => {
    const child = spawn(codex, ['app-server'], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
    let buffer = '';
    const finish = (result: CodexHook[] | string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(`\`${codex} app-server\` did not answer within ${timeoutMs / 1000} s`),
      timeoutMs,
    );
    child.on('error', (error) => finish(`cannot run \`${codex} app-server\`: ${error.message}`));
    child.on('exit', () => finish(`\`${codex} app-server\` exited before answering`));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        const message = parse(line);
        if (message?.id !== 2) continue;
        const data = (message.result as { data?: { cwd: string; hooks: CodexHook[] }[] } | undefined)?.data;
        finish(
          data
            ? data.flatMap((d) => d.hooks)
            : `Codex answered hooks/list with an error: ${JSON.stringify(message.error ?? message)}`,
        );
      }
    });
    child.stdin.on('error', () => undefined);
    const send = (value: unknown): boolean => child.stdin.write(`${JSON.stringify(value)}\n`);
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { clientInfo: { name: 'guard', version: '1' } } });
    send({ jsonrpc: '2.0', method: 'initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'hooks/list', params: { cwds: [cwd] } });
  });
}

function parse(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
