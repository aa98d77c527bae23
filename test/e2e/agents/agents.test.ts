// The real agent clients (pinned in clients.json, installed by scripts/install-agent-clients.sh), each run
// headless against a scripted model, configured only by `guard init <client>`, as an unprivileged user in
// bubblewrap. A client whose package could not be installed is skipped with the reason.
// It takes minutes of wall time (OpenCode, offline, stalls ~90 s per run), so it is `npm run test:agents`
// (GUARD_AGENT_E2E=1), run by .ci/run after `npm test`; inside `npm test` it is skipped with this message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENTS, installedClient, type ClientName, type Installed } from './clients.js';
import { runScenarios, type Name, type Outcome } from './scenarios.js';
import { AGENT_HOME } from './sandbox.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/e2e/agents/fixtures', import.meta.url));
const SSH_KEY = `${AGENT_HOME}/.ssh/id_ed25519`;
const skipped: string[] = [];

function ran(o: Outcome, file: string): boolean {
  return o.result.exists[file] === true;
}

function explain(o: Outcome): string {
  const { setup, client } = o.result;
  return `setup: ${JSON.stringify(setup.map((s) => [s.status, s.stdout, s.stderr.slice(-400)]))}\nclient exit ${client.status} ${client.signal ?? ''}\n${client.stdout.slice(-1500)}\n${client.stderr.slice(-1500)}`;
}

/** The tool result carrying guard's refusal reached the model: a request after the tool call holds it. */
function modelSawRefusal(o: Outcome, pattern = /guard: refused/): boolean {
  return o.bodies.some((b) => pattern.test(b));
}

function extraFor(name: ClientName): Name[] {
  if (name === 'codex') return ['interactive-opener', 'untrusted-old'];
  if (name === 'opencode') return ['home-workdir', 'home-workdir-old'];
  return [];
}

const OWN_RUN =
  process.env.GUARD_AGENT_E2E === '1'
    ? false
    : 'the agent-client suite runs in `npm run test:agents` (.ci/run runs it)';

for (const name of CLIENTS) {
  const client = OWN_RUN || installedClient(name);
  describe(`agent client ${name}`, { skip: typeof client === 'string' ? client : false }, () => {
    const installed = client as Installed;
    let outcomes = new Map<Name, Outcome>();
    const get = (n: Name): Outcome => outcomes.get(n) as Outcome;
    before(async () => {
      process.stdout.write(`# ${name} ${installed.version}\n`);
      outcomes = await runScenarios(
        installed,
        ['destructive', 'benign', 'guard-missing', 'guard-crashing', 'guard-hanging', ...extraFor(name)],
        FIXTURES,
      );
    });
    after(() => {
      for (const o of outcomes.values()) rmSync(o.world.dir, { recursive: true, force: true });
    });

    test(`${name}: a destructive call never ran and its files survive (real rm, stand-in railway)`, () => {
      const o = get('destructive');
      assert.ok(ran(o, join(o.world.victim, 'data.txt')), `rm deleted the repository\n${explain(o)}`);
      assert.ok(!ran(o, join(o.world.record, 'railway.argv')), `railway ran\n${explain(o)}`);
    });

    test(`${name}: the model received guard's reason in the tool result`, () => {
      const o = get('destructive');
      assert.ok(o.bodies.length >= 2, `the client made ${o.bodies.length} request(s)\n${explain(o)}`);
      assert.ok(!/guard: refused/.test(o.bodies[0] ?? ''), 'the first request carries no refusal yet');
      assert.ok(
        modelSawRefusal(o, /guard: refused .*railway\/down would destroy/),
        `no request carried guard's refusal\n${explain(o)}`,
      );
    });

    test(`${name}: a benign call ran`, () => {
      const o = get('benign');
      assert.ok(ran(o, join(o.world.record, 'benign.txt')), `the benign command did not run\n${explain(o)}`);
      assert.ok(!modelSawRefusal(o), 'guard refused a benign command');
    });

    test(`${name}: guard missing from PATH still blocks`, () => {
      const o = get('guard-missing');
      assert.ok(ran(o, join(o.world.victim, 'data.txt')), `rm ran without guard\n${explain(o)}`);
      assert.ok(!ran(o, join(o.world.record, 'railway.argv')), `railway ran without guard\n${explain(o)}`);
    });

    test(`${name}: guard crashing (exit 70) still blocks`, () => {
      const o = get('guard-crashing');
      assert.ok(ran(o, join(o.world.victim, 'data.txt')), `rm ran while guard crashed\n${explain(o)}`);
      assert.ok(!ran(o, join(o.world.record, 'railway.argv')), `railway ran while guard crashed\n${explain(o)}`);
    });

    test(`${name}: guard hanging still blocks (the hook's deadline)`, () => {
      const o = get('guard-hanging');
      assert.ok(ran(o, join(o.world.victim, 'data.txt')), `rm ran while guard hung\n${explain(o)}`);
      assert.ok(!ran(o, join(o.world.record, 'railway.argv')), `railway ran while guard hung\n${explain(o)}`);
    });

    test(`${name}: guard doctor finds guard's hook present, first, fail-closed, with a timeout`, () => {
      const doctor = get('destructive').result.setup.at(-1)?.stdout ?? '';
      assert.match(
        doctor,
        name === 'opencode'
          ? /opencode: guard's plugin .* is current/
          : new RegExp(`${name}: guard's hook in .* is present, first, fail-closed, with a timeout`),
        doctor,
      );
      // (Codex also gets the write_stdin advice to install the shims, which this sandbox has not.)
      assert.doesNotMatch(
        doctor
          .split('\n')
          .filter((l) => !l.includes('write_stdin'))
          .join('\n'),
        new RegExp(`problem: ${name}:`),
        doctor,
      );
      if (name === 'codex') assert.match(doctor, /codex: Codex trusts guard's hook/);
    });

    if (name === 'codex') {
      test('codex: guard doctor says loudly that the old, untrusted hook is inactive', () => {
        assert.match(
          get('untrusted-old').result.setup.at(-1)?.stdout ?? '',
          /problem: codex: INSTALLED BUT NOT (TRUSTED|LOADED).*INACTIVE/,
        );
      });
      test('codex: the hook written before issue 17 (untrusted) never ran: the hole, reproduced', () => {
        const o = get('untrusted-old');
        assert.ok(
          ran(o, join(o.world.record, 'railway.argv')),
          `the old, untrusted hook blocked after all\n${explain(o)}`,
        );
        assert.ok(!ran(o, join(o.world.victim, 'data.txt')), 'the old hook let rm run too');
      });
      test('codex: guard init now records the trust, so the same call is blocked', () => {
        const o = get('destructive');
        assert.match(o.result.setup[0]?.stdout ?? '', /Codex trusts guard's hook/);
        assert.ok(!ran(o, join(o.world.record, 'railway.argv')));
      });
      test('codex: an interactive shell opened for write_stdin is refused as opaque', () => {
        const o = get('interactive-opener');
        assert.ok(
          modelSawRefusal(o, /guard: refused `bash`.*interactive session/),
          `the opener was not refused\n${explain(o)}`,
        );
      });
    }

    if (name === 'opencode') {
      test('opencode: guard doctor reports the old plugin that judged the project directory', () => {
        assert.match(
          get('home-workdir-old').result.setup.at(-1)?.stdout ?? '',
          /problem: opencode: .* older guard plugin/,
        );
      });
      test('opencode: the plugin written before issue 17 judged `rm -rf .ssh` in the project, not the workdir: ~/.ssh deleted (the hole, reproduced)', () => {
        const o = get('home-workdir-old');
        assert.ok(!ran(o, SSH_KEY), `the old plugin kept ~/.ssh after all\n${explain(o)}`);
      });
      test("opencode: the plugin now judges the call's workdir, so ~/.ssh survives", () => {
        const o = get('home-workdir');
        assert.ok(ran(o, SSH_KEY), `~/.ssh was deleted\n${explain(o)}`);
        assert.ok(modelSawRefusal(o, /rm\/home-directory/), `no refusal reached the model\n${explain(o)}`);
      });
    }
  });
  if (typeof client === 'string' && !OWN_RUN) skipped.push(`${name}: ${client}`);
}

after(() => {
  process.stdout.write(
    skipped.length === 0 ? '# agent clients: none skipped\n' : `# agent clients SKIPPED: ${skipped.join('; ')}\n`,
  );
});
