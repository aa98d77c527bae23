// A real rsyslogd (Debian package rsyslog), run in the foreground with its own temp config and work
// dir: a unix socket, UDP and TCP on loopback, guard's records written raw to one file.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Rsyslog {
  socket: string;
  udpPort: number;
  tcpPort: number;
  /** Where records tagged guard-audit land: `HOSTNAME APP-NAME MSG` per line. */
  output: string;
  /** Lines of the output file (waits until at least `count` are there, up to a few seconds). */
  lines(count: number): Promise<string[]>;
  stop(): Promise<void>;
}

export const RSYSLOGD = '/usr/sbin/rsyslogd';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startRsyslog(dir: string): Promise<Rsyslog> {
  mkdirSync(join(dir, 'work'), { recursive: true });
  const socket = join(dir, 'log.sock');
  const output = join(dir, 'guard.log');
  const [udpPort, tcpPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'rsyslog.conf');
  writeFileSync(
    conf,
    `global(workDirectory="${join(dir, 'work')}" maxMessageSize="64k")
module(load="imuxsock" SysSock.Use="off")
input(type="imuxsock" Socket="${socket}" UseSpecialParser="off" ParseHostname="on")
module(load="imudp")
input(type="imudp" address="127.0.0.1" port="${udpPort}")
module(load="imtcp")
input(type="imtcp" address="127.0.0.1" port="${tcpPort}")
template(name="guardRaw" type="string" string="%hostname% %app-name% %msg%\\n")
if $app-name == "guard-audit" then {
  action(type="omfile" file="${output}" template="guardRaw" flushOnTXEnd="on" asyncWriting="off")
  stop
}
`,
  );
  const child: ChildProcess = spawn(RSYSLOGD, ['-n', '-f', conf, '-i', join(dir, 'rsyslogd.pid')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`rsyslogd did not start: ${errors}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 300)); // UDP/TCP inputs come up with the socket; give them a moment
  return {
    socket,
    udpPort,
    tcpPort,
    output,
    async lines(count) {
      const until = Date.now() + 8_000;
      for (;;) {
        const lines = existsSync(output) ? readFileSync(output, 'utf8').split('\n').filter(Boolean) : [];
        if (lines.length >= count || Date.now() > until) return lines;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
