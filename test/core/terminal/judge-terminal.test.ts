import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeTerminal } from '../../../src/core/terminal/judge-terminal.js';
import {
  decodeDevice,
  ptyIndex,
  type ProcessEntry,
  type ProcessView,
} from '../../../src/core/terminal/process-view.js';

/** A fixture /proc: processes and the pty masters they hold. */
function view(entries: ProcessEntry[], masters: Record<number, number[]>, hidden: number[] = []): ProcessView {
  const byPid = new Map(entries.map((e) => [e.pid, e]));
  return {
    hiddenOwners: () => hidden,
    holdersOf: (index) => masters[index] ?? [],
    entry: (pid) => byPid.get(pid),
    runningExe: (exeId) => entries.filter((e) => e.exeId === exeId).map((e) => e.pid),
  };
}

const p = (pid: number, ppid: number, name: string, extra: Partial<ProcessEntry> = {}): ProcessEntry => ({
  pid,
  ppid,
  uid: 1000,
  name,
  stdin: 'null',
  ...extra,
});
const open = { trustedDriverUids: [] };

describe('judgeTerminal', () => {
  it('a terminal emulator started by the desktop is a human terminal', () => {
    const got = judgeTerminal(
      3,
      view([p(1, 0, 'systemd'), p(500, 1, 'gnome-terminal-server', { stdin: 'null' })], { 3: [500] }),
      open,
    );
    assert.equal(got.verdict, 'human');
  });

  for (const tool of ['script', 'expect', 'unbuffer', 'socat', 'python3.12', 'node', 'perl']) {
    it(`a pty held by ${tool} is driven, and the refusal names it with its pid`, () => {
      const got = judgeTerminal(4, view([p(1, 0, 'systemd'), p(700, 1, tool)], { 4: [700] }), open);
      assert.equal(got.verdict, 'driven');
      assert.deepEqual(got.verdict === 'driven' && got.driver, { name: tool, pid: 700 });
      assert.match(got.why, new RegExp(`${tool.replace('.', '\\.')} \\(pid 700\\)`));
    });
  }

  it('an unknown holder whose input is a pipe is driven', () => {
    const got = judgeTerminal(
      4,
      view([p(1, 0, 'systemd'), p(700, 1, 'mydriver', { stdin: 'pipe' })], { 4: [700] }),
      open,
    );
    assert.equal(got.verdict, 'driven');
    assert.match(got.why, /input is a pipe/);
  });

  it('a holder below an agent client, or with agent markers in an ancestor, is driven', () => {
    const procs = [p(1, 0, 'systemd'), p(600, 1, 'claude'), p(650, 600, 'bash'), p(700, 650, 'term-program')];
    assert.equal(judgeTerminal(4, view(procs, { 4: [700] }), open).verdict, 'driven');
    const marked = [p(1, 0, 'systemd'), p(600, 1, 'bash', { agent: 'codex' }), p(700, 600, 'term-program')];
    const got = judgeTerminal(4, view(marked, { 4: [700] }), open);
    assert.equal(got.verdict, 'driven');
    assert.deepEqual(got.verdict === 'driven' && got.driver, { name: 'bash', pid: 600 });
  });

  it('a detached tmux server is driven; with a client on a human terminal it is human; with a driven client it is driven', () => {
    const server = p(800, 1, 'tmux', { exeId: '8:1' });
    assert.match(judgeTerminal(5, view([p(1, 0, 'systemd'), server], { 5: [800] }), open).why, /no attached client/);
    const human = [
      p(1, 0, 'systemd'),
      server,
      p(500, 1, 'xterm'),
      p(810, 501, 'tmux', { exeId: '8:1', ctty: 2, stdin: 'tty', stdinPty: 2 }),
    ];
    assert.equal(judgeTerminal(5, view(human, { 5: [800], 2: [500] }), open).verdict, 'human');
    const driven = [
      p(1, 0, 'systemd'),
      server,
      p(900, 1, 'script', { stdin: 'pipe' }),
      p(810, 900, 'tmux', { exeId: '8:1', ctty: 2, stdin: 'tty', stdinPty: 2 }),
    ];
    const got = judgeTerminal(5, view(driven, { 5: [800], 2: [900] }), open);
    assert.equal(got.verdict, 'driven');
    assert.match(got.why, /client tmux \(pid 810\).*script \(pid 900\)/);
  });

  it("a process inside one of the server's own panes does not count as an attached client", () => {
    const server = p(800, 1, 'tmux', { exeId: '8:1' });
    const inPane = p(820, 1, 'tmux', { exeId: '8:1', ctty: 6 });
    assert.equal(
      judgeTerminal(5, view([p(1, 0, 'systemd'), server, inPane], { 5: [800], 6: [800] }), open).verdict,
      'driven',
    );
  });

  it('a terminal program inside a driven terminal is driven (the chain is followed)', () => {
    const procs = [p(1, 0, 'systemd'), p(900, 1, 'expect'), p(950, 900, 'xterm', { stdin: 'tty', stdinPty: 7 })];
    const got = judgeTerminal(8, view(procs, { 8: [950], 7: [900] }), open);
    assert.equal(got.verdict === 'driven' && got.driver.name, 'expect');
  });

  it('a cycle of terminals ends as unknown, not a loop', () => {
    const procs = [
      p(1, 0, 'systemd'),
      p(950, 1, 'a', { stdin: 'tty', stdinPty: 7 }),
      p(960, 1, 'b', { stdin: 'tty', stdinPty: 8 }),
    ];
    assert.equal(judgeTerminal(8, view(procs, { 8: [950], 7: [960] }), open).verdict, 'unknown');
  });

  it('no visible holder is unknown; a console is human; a trusted uid is human even for a pty tool', () => {
    assert.equal(judgeTerminal(9, view([], {}), open).verdict, 'unknown');
    assert.equal(judgeTerminal(undefined, view([], {}), open).verdict, 'human');
    const harness = [p(1, 0, 'systemd'), p(700, 1, 'python3', { uid: 0, stdin: 'pipe' })];
    assert.equal(judgeTerminal(4, view(harness, { 4: [700] }), { trustedDriverUids: [0] }).verdict, 'human');
    assert.equal(judgeTerminal(4, view(harness, { 4: [700] }), { trustedDriverUids: [1000] }).verdict, 'driven');
  });

  it('no visible holder: human only when every process guard may not inspect belongs to a trusted uid', () => {
    assert.equal(judgeTerminal(9, view([], {}, [0]), { trustedDriverUids: [0] }).verdict, 'human');
    assert.equal(judgeTerminal(9, view([], {}, [0, 999]), { trustedDriverUids: [0] }).verdict, 'unknown');
    assert.equal(judgeTerminal(9, view([], {}, [0]), open).verdict, 'unknown');
    assert.equal(judgeTerminal(9, view([], {}, []), { trustedDriverUids: [0] }).verdict, 'unknown');
  });

  it('decodes Linux device numbers: /dev/pts/N and consoles', () => {
    assert.deepEqual(decodeDevice(136 * 256 + 5), { major: 136, minor: 5 });
    assert.equal(ptyIndex(136 * 256 + 5), 5);
    assert.equal(ptyIndex(137 * 256 + 2), 258);
    assert.equal(ptyIndex(4 * 256 + 1), undefined);
    assert.equal(ptyIndex((136 << 8) | ((300 & 0xff) | ((300 & ~0xff) << 12))), 300);
    assert.equal(ptyIndex(0), undefined);
  });
});
