import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRailway } from '../../../../src/core/tools/railway/parse-railway.js';
import { destructiveRemoteTrigger, sshRemoteCommand } from '../../../../src/core/tools/railway/ssh-command.js';

const remote = (args: string[]) => sshRemoteCommand(args, parseRailway(args).readings[0]!);

test('the remote command starts at the first value after ssh, options of the command included', () => {
  assert.equal(remote(['ssh', '-s', 'api', 'rm', '-rf', '/data']), 'rm -rf /data');
  assert.equal(remote(['ssh', '-e', 'production', '--', 'ls', '-la']), 'ls -la');
  assert.equal(remote(['ssh', 'rm -rf /data']), 'rm -rf /data');
  assert.equal(remote(['ssh', '-s', 'api']), undefined);
  assert.equal(remote(['status']), undefined);
});

test('deleting programs count only where a program name stands', () => {
  assert.equal(destructiveRemoteTrigger('rm -rf /data'), 'rm');
  assert.equal(destructiveRemoteTrigger('/bin/rm -f x'), 'rm');
  assert.equal(destructiveRemoteTrigger('cd /data && rm -r old'), 'rm');
  assert.equal(destructiveRemoteTrigger('sudo shred -u key.pem'), 'shred');
  assert.equal(destructiveRemoteTrigger('sh -c "rm -rf /var/lib/postgresql/data"'), 'rm');
  assert.equal(destructiveRemoteTrigger('FORCE=1 dropdb app'), 'dropdb');
  assert.equal(destructiveRemoteTrigger('mkfs.ext4 /dev/sdb'), 'mkfs.ext4');
  assert.equal(destructiveRemoteTrigger('ls -la /data/rm'), undefined);
  assert.equal(destructiveRemoteTrigger('echo rm'), undefined);
  assert.equal(destructiveRemoteTrigger('cat /app/delete-me.txt'), undefined);
});

test('SQL and find -delete are caught in the text', () => {
  assert.equal(destructiveRemoteTrigger('psql -c "DROP TABLE users"'), 'DROP TABLE');
  assert.equal(destructiveRemoteTrigger('redis-cli FLUSHALL'), 'FLUSHALL');
  assert.equal(destructiveRemoteTrigger('find /data -name "*.log" -delete'), '-delete');
  assert.equal(destructiveRemoteTrigger('psql -c "select 1"'), undefined);
});
