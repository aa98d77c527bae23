// A session judges in the world it was given; in a batch (cached file view), what was judged before
// the SQL parser loaded is judged again after it, never kept from the placeholder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession, processWorld } from '../../src/app/session.js';
import { cachedFileView } from '../../src/core/cached-file-view.js';
import type { JudgeInput } from '../../src/core/judgement/judge.js';

const line = (text: string): JudgeInput => ({ kind: 'line', line: text, stdin: { kind: 'terminal' } });

test('a batch line judged before the parser loaded is judged again with it', async () => {
  const home = mkdtempSync(join(tmpdir(), 'guard-session-'));
  try {
    const base = processWorld({ env: { HOME: home, PATH: '/usr/bin:/bin' }, cwd: home });
    const session = await openSession({ ...base, home, fs: cachedFileView(base.fs) });
    // The word "truncate" sends this to the parser; the placeholder's answer (unparseable) would confirm.
    const input = line('psql -c "SELECT \'truncate users\'"');
    assert.equal(session.judgeNow(input), undefined, 'no synchronous answer before the parser is loaded');
    assert.equal((await session.judge(input)).decision.decision, 'allow');
    assert.equal(session.judgeNow(input)?.decision.decision, 'allow');
    assert.equal((await session.judge(line("psql -c 'DROP TABLE users'"))).decision.decision, 'confirm');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
