// Runs INSIDE the sandbox (bubblewrap, no network but loopback, as the unprivileged test user): starts the
// scripted model, writes the client's files, runs the set-up (`guard init …`) and then the client, and
// writes what happened (requests the model saw, exit codes, which watched files still exist) as JSON.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startModelServer, type LoggedRequest, type ToolCall } from './model-server.js';

export interface Job {
  project: string;
  env: Record<string, string>;
  /** path → content; `{{PORT}}` is replaced by the model server's port, here and in env and argv. */
  files: Record<string, string>;
  setup: string[][];
  call: ToolCall;
  client: string[];
  timeoutMs: number;
  watch: string[];
  out: string;
}

export interface Ran {
  argv: string[];
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface JobResult {
  setup: Ran[];
  client: Ran;
  requests: LoggedRequest[];
  exists: Record<string, boolean>;
}

function run(argv: string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0] ?? '', argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // The whole process group: a hook the client left running (a hanging guard) holds the pipes open.
    const killAll = (): void => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(killAll, timeoutMs);
    child.on('error', (error) =>
      resolve({
        argv,
        status: null,
        signal: null,
        stdout,
        stderr: `${stderr}${error.message}`,
        ms: Date.now() - started,
      }),
    );
    child.on('exit', (status, signal) => {
      clearTimeout(timer);
      killAll();
      // Output already written is kept; a grandchild still holding the pipes must not stall the run.
      setTimeout(() => resolve({ argv, status, signal, stdout, stderr, ms: Date.now() - started }), 200);
    });
  });
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Job;
  const server = await startModelServer(job.call);
  const fill = (text: string): string => text.replaceAll('{{PORT}}', String(server.port));
  const env = Object.fromEntries(Object.entries(job.env).map(([k, v]) => [k, fill(v)]));
  for (const [path, content] of Object.entries(job.files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fill(content));
  }
  const setup: Ran[] = [];
  for (const argv of job.setup) setup.push(await run(argv.map(fill), job.project, env, 60_000));
  const client = await run(job.client.map(fill), job.project, env, job.timeoutMs);
  await server.close().catch(() => undefined);
  const exists = Object.fromEntries(job.watch.map((p) => [p, existsSync(p)]));
  const result: JobResult = { setup, client, requests: server.requests, exists };
  writeFileSync(job.out, JSON.stringify(result));
  process.exit(0);
}

// `node --test dist/test/` loads every file under test/: only a job file starts a run.
if (process.argv[2]?.endsWith('.json')) void main();
