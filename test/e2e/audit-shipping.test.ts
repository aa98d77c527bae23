// Audit records shipped to a real rsyslog (unix socket, UDP, TCP) arrive intact and redacted; the
// shipped chain head lets `guard log verify` detect a truncated audit.jsonl; OTLP/HTTP JSON goes to a
// local collector stand-in (no OpenTelemetry collector installs from npm or Debian); failures are recorded locally.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { runGuard } from '../helpers/run-guard.js';
import { RSYSLOGD, startRsyslog, type Rsyslog } from '../helpers/rsyslog-server.js';
import { createTempWorld, type TempWorld } from '../helpers/temp-world.js';

const hasRsyslog = existsSync(RSYSLOGD) && process.getuid?.() === 0;
let world: TempWorld;
let rsyslog: Rsyslog;

before(async () => {
  world = createTempWorld();
  world.standIn('railway');
  world.standIn('psql');
  if (hasRsyslog) rsyslog = await startRsyslog(join(world.root, 'rsyslog'));
});
after(async () => {
  await rsyslog?.stop();
  world.dispose();
});

/** An env whose user config ships the audit as `audit` says; its own state dir (audit trail). */
function setUp(name: string, audit: object): NodeJS.ProcessEnv {
  const config = join(world.root, `config-${name}`);
  mkdirSync(join(config, 'guard'), { recursive: true });
  writeFileSync(join(config, 'guard', 'config.json'), JSON.stringify({ audit }));
  return world.env({ XDG_CONFIG_HOME: config, CI: 'true' });
}

const SECRET = 'hunter2-correct-horse';
const localRecords = (env: NodeJS.ProcessEnv) =>
  readFileSync(join(env.XDG_STATE_HOME as string, 'guard', 'audit.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const shipped = (line: string) => JSON.parse(line.slice(line.indexOf('{'))) as Record<string, unknown>;

async function refuseTwo(env: NodeJS.ProcessEnv): Promise<void> {
  const a = await runGuard(['railway', 'volume', 'delete', '-v', 'pg-data', '--yes'], { env });
  assert.equal(a.code, 77, a.stderr);
  const b = await runGuard(
    ['psql', `postgresql://admin:${SECRET}@db.prod.example.com/shop`, '-c', 'DROP TABLE users'],
    { env },
  );
  assert.equal(b.code, 77, b.stderr);
}

test(
  'unix socket: every record arrives intact (same hash chain) and redacted; verify checks the anchor; truncation is detected',
  { skip: !hasRsyslog && 'needs root and rsyslogd (Debian package rsyslog)' },
  async () => {
    const env = setUp('unix', { syslog: { to: `unix:${rsyslog.socket}`, readBack: rsyslog.output } });
    await refuseTwo(env);
    const local = localRecords(env);
    assert.equal(local.length, 2);
    const lines = await rsyslog.lines(2);
    assert.deepEqual(lines.map(shipped), local, 'syslog holds exactly the local records');
    assert.ok(
      lines.every((l) => / guard-audit \{/.test(l)),
      lines.join('\n'),
    );
    assert.ok(!readFileSync(rsyslog.output, 'utf8').includes(SECRET), 'the password reached syslog');
    assert.ok(readFileSync(rsyslog.output, 'utf8').includes('postgresql://admin:***@db.prod.example.com/shop'));

    const intact = await runGuard(['log', 'verify'], { env });
    assert.equal(intact.code, 0, intact.stdout);
    assert.match(intact.stdout, /chain verified, 2 record\(s\) anchored in .* all present/);
    // The agent's move: cut the last record off the trail (the chain of what is left still verifies on its own).
    const file = join(env.XDG_STATE_HOME as string, 'guard', 'audit.jsonl');
    truncateSync(file, readFileSync(file, 'utf8').indexOf('\n') + 1);
    const cut = await runGuard(['log', 'verify'], { env });
    assert.equal(cut.code, 1, cut.stdout);
    assert.match(
      cut.stdout,
      /^guard: .*audit\.jsonl: 1 record\(s\) that .* holds are missing from the local audit trail/m,
    );
    truncateSync(file, 0);
    const emptied = await runGuard(['log', 'verify'], { env });
    assert.equal(emptied.code, 1);
  },
);

for (const transport of ['udp', 'tcp'] as const) {
  test(
    `${transport} to a configured host: records arrive intact`,
    { skip: !hasRsyslog && 'needs root and rsyslogd' },
    async () => {
      const before = (await rsyslog.lines(0)).length;
      const port = transport === 'udp' ? rsyslog.udpPort : rsyslog.tcpPort;
      const env = setUp(transport, { syslog: { to: `${transport}://127.0.0.1:${port}` } });
      await refuseTwo(env);
      const lines = (await rsyslog.lines(before + 2)).slice(before);
      assert.deepEqual(lines.map(shipped), localRecords(env));
    },
  );
}

test('an unreachable syslog: the refusal is not held up, and the failure is recorded next to the audit trail', async () => {
  const env = setUp('unreachable', { syslog: { to: `unix:${join(world.root, 'no-such.sock')}` } });
  const started = Date.now();
  const refused = await runGuard(['railway', 'volume', 'delete', '-v', 'pg-data', '--yes'], { env });
  assert.equal(refused.code, 77);
  assert.ok(Date.now() - started < 5_000);
  const failures = join(env.XDG_STATE_HOME as string, 'guard', 'audit-shipping-failures.log');
  const until = Date.now() + 8_000;
  while (!existsSync(failures) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  assert.match(readFileSync(failures, 'utf8'), /guard: audit record not delivered to syslog unix:.*no-such\.sock/);
});

test('OTLP/HTTP JSON: one log record per audit record, body = the record, to a local collector stand-in', async () => {
  const received: Array<{ path: string; type: string; body: unknown }> = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        type: req.headers['content-type'] ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  try {
    const env = setUp('otlp', { otlp: { endpoint: `http://127.0.0.1:${port}/v1/logs` } });
    await refuseTwo(env);
    const until = Date.now() + 8_000;
    while (received.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.equal(received.length, 2);
    type Logs = {
      resourceLogs: Array<{
        resource: { attributes: Array<{ key: string }> };
        scopeLogs: Array<{
          logRecords: Array<{ body: { stringValue: string }; timeUnixNano: string; severityText: string }>;
        }>;
      }>;
    };
    const bodies = received.map((r) => {
      assert.equal(r.path, '/v1/logs');
      assert.equal(r.type, 'application/json');
      const logs = r.body as Logs;
      assert.ok(logs.resourceLogs[0]!.resource.attributes.some((a) => a.key === 'service.name'));
      const record = logs.resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!;
      assert.match(record.timeUnixNano, /^\d{19}$/);
      assert.equal(record.severityText, 'WARNING');
      return JSON.parse(record.body.stringValue) as Record<string, unknown>;
    });
    const local = localRecords(env);
    assert.deepEqual(
      bodies.sort((a, b) => String(a.hash).localeCompare(String(b.hash))),
      local.sort((a, b) => String(a.hash).localeCompare(String(b.hash))),
    );
    assert.ok(!JSON.stringify(received).includes(SECRET));
  } finally {
    server.close();
  }
});
