import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendAlert } from '../../src/io/alert.js';

async function waitFor(path: string, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!existsSync(path) || readFileSync(path, 'utf8') === '') {
    if (Date.now() - start > ms) throw new Error(`${path} never appeared`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('the alert command receives the event as JSON on stdin, without blocking the caller', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'guard-alert-'));
  try {
    const out = join(dir, 'event.json');
    const started = Date.now();
    sendAlert(
      { command: `sleep 0.2; cat > '${out}'` },
      { event: 'refused', findings: [{ rule: 'railway/volume-delete' }] },
    );
    assert.ok(Date.now() - started < 150, 'sendAlert must not wait for the command');
    await waitFor(out);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), {
      event: 'refused',
      findings: [{ rule: 'railway/volume-delete' }],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a hanging alert command is ended by its timeout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'guard-alert-'));
  try {
    const marker = join(dir, 'late');
    sendAlert({ command: `sleep 3; touch '${marker}'`, timeoutSeconds: 1 }, { event: 'refused' });
    await new Promise((r) => setTimeout(r, 3500));
    assert.equal(existsSync(marker), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
