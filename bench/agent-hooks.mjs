// `node bench/agent-hooks.mjs [client…]`: the hook's added latency per shell call, for each real agent
// client (test/e2e/agents), against the same client with no hook. Each run is one benign tool call; the
// scripted model logs when the call went out and when its result came back, so client start-up and model
// time are outside the figure. Runs alternate hook / no hook; medians printed. BENCH_AGENT_RUNS (default 5).
import { rmSync } from 'node:fs';
import { CLIENTS, clientJob, installedClient } from '../dist/test/e2e/agents/clients.js';
import { runInSandbox } from '../dist/test/e2e/agents/sandbox.js';
import { makeAgentWorld } from '../dist/test/e2e/agents/world.js';

const RUNS = Number(process.env.BENCH_AGENT_RUNS ?? 5);
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : CLIENTS;

/** ms from the request that got the tool call to the request carrying its result. */
async function toolCallMs(client, hooked) {
  const world = makeAgentWorld('real');
  try {
    const job = clientJob(client, world.dir, {
      command: `echo benign > ${world.record}/benign.txt`,
      ...(hooked ? {} : { setup: [] }),
    });
    // Headless Gemini CLI refuses an untrusted folder; with no `guard init` nothing trusted it.
    if (!hooked && client.name === 'gemini') job.env.GEMINI_CLI_TRUST_WORKSPACE = 'true';
    const result = await runInSandbox(world.user, world.dir, job);
    const calls = result.requests.filter(
      (r) =>
        r.url.includes('messages') ||
        r.url.includes('responses') ||
        r.url.includes('chat/completions') ||
        r.url.includes('GenerateContent'),
    );
    const withTool = calls.findIndex(
      (r) =>
        /"tools"\s*:\s*\[\s*\{|functionDeclarations/.test(r.body) &&
        !/"tool_result"|function_call_output|"role"\s*:\s*"tool"|functionResponse/.test(r.body),
    );
    const back = calls.findIndex(
      (r, i) => i > withTool && /"tool_result"|function_call_output|"role"\s*:\s*"tool"|functionResponse/.test(r.body),
    );
    if (withTool === -1 || back === -1)
      throw new Error(
        `${client.name}: no tool round trip (exit ${result.client.status}): ${result.client.stderr.slice(-300)}`,
      );
    return calls[back].at - calls[withTool].at;
  } finally {
    rmSync(world.dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const name of wanted) {
  const client = installedClient(name);
  if (typeof client === 'string') {
    console.log(`${name}: skipped (${client})`);
    continue;
  }
  const hook = [];
  const none = [];
  for (let i = 0; i < RUNS; i++) {
    none.push(await toolCallMs(client, false));
    hook.push(await toolCallMs(client, true));
  }
  console.log(
    `${name} ${client.version}: tool call round trip, median of ${RUNS}: no hook ${median(none)} ms, guard's hook ${median(hook)} ms, added ${median(hook) - median(none)} ms  (no hook ${none.join('/')}; hook ${hook.join('/')})`,
  );
}
