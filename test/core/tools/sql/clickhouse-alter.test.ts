// ClickHouse's ALTER TABLE mutations and partition drops, as the lexical analysis reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseLexically } from '../../../../src/core/tools/sql/analyse-lexical.js';

const effects = (sql: string) => analyseLexically(sql, 'mysql').map((e) => `${e.kind} ${e.resource}`);

test('a mutation over every row is found, one that names rows is not', () => {
  assert.deepEqual(effects('ALTER TABLE events DELETE WHERE 1=1'), ['delete-all events']);
  assert.deepEqual(effects('alter table db.events on cluster main delete where true'), ['delete-all db.events']);
  assert.deepEqual(effects('ALTER TABLE events UPDATE status = 0 WHERE 1'), ['update-all events']);
  assert.deepEqual(effects('ALTER TABLE events DELETE WHERE user_id = 42'), []);
  assert.deepEqual(effects('ALTER TABLE events UPDATE x = 1 WHERE id IN (SELECT id FROM t WHERE 1=1)'), []);
});

test('partition and part drops, with or without ON CLUSTER, numeric or quoted, once each', () => {
  assert.deepEqual(effects('ALTER TABLE logs DROP PARTITION 202401'), ['alter-drop logs.202401']);
  assert.deepEqual(effects("ALTER TABLE logs ON CLUSTER c DROP PARTITION '2024-01'"), ['alter-drop logs.2024-01']);
  assert.deepEqual(effects("ALTER TABLE logs DROP PARTITION '2024-01'"), ['alter-drop logs.2024-01']);
  assert.deepEqual(effects("ALTER TABLE hits DROP DETACHED PART 'all_1_1_0'"), ['alter-drop hits.all_1_1_0']);
  assert.deepEqual(effects("ALTER TABLE hits DROP PARTITION ID '2024'"), ['alter-drop hits.2024']);
  assert.deepEqual(effects('ALTER TABLE hits ADD COLUMN c String, DROP PARTITION 7'), ['alter-drop hits.7']);
});

test('ordinary ALTER TABLE is unchanged: adding is benign, a column drop is found once', () => {
  assert.deepEqual(effects('ALTER TABLE events ADD COLUMN region String'), []);
  assert.deepEqual(effects('ALTER TABLE events DROP COLUMN region'), ['alter-drop events.region']);
  assert.deepEqual(effects("ALTER TABLE events COMMENT COLUMN x 'DELETE WHERE 1'"), []);
});
