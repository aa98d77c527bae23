import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRemovals, readPlanJson } from '../../../../src/core/tools/terraform/plan-changes.js';

const plan = (changes: unknown[]) => JSON.stringify({ format_version: '1.2', resource_changes: changes });
const change = (address: string, actions: string[], mode = 'managed') => ({ address, mode, change: { actions } });

test('delete, replace (both orders) and forget are removals; create, update, no-op and data reads are not', () => {
  const reading = readPlanJson(
    plan([
      change('a.delete', ['delete']),
      change('b.replace', ['delete', 'create']),
      change('c.cbd', ['create', 'delete']),
      change('d.forget', ['forget']),
      change('e.create', ['create']),
      change('f.update', ['update']),
      change('g.noop', ['no-op']),
      change('data.h', ['delete'], 'data'),
    ]),
  );
  assert.deepEqual(reading, {
    ok: true,
    removals: [
      { address: 'a.delete', action: 'delete' },
      { address: 'b.replace', action: 'replace' },
      { address: 'c.cbd', action: 'replace' },
      { address: 'd.forget', action: 'forget' },
    ],
  });
});

test('anything that is not plan JSON is a failure (callers fail closed)', () => {
  assert.equal(readPlanJson('Plan: 0 to add').ok, false);
  assert.equal(readPlanJson('{"values":{}}').ok, false);
  assert.equal(readPlanJson('{"format_version":"1.2","resource_changes":{}}').ok, false);
  assert.equal(readPlanJson(plan([{ address: 'x' }])).ok, false);
  assert.deepEqual(readPlanJson('{"format_version":"1.2"}'), { ok: true, removals: [] });
});

test('the panel says how many resources each action touches and names the first few', () => {
  const removals = Array.from({ length: 7 }, (_, i) => ({ address: `r.n${i}`, action: i < 5 ? 'delete' : 'forget' }));
  assert.deepEqual(describeRemovals(removals), [
    'the plan removes 7 resources: delete 5, forget 2',
    'r.n0 (delete), r.n1 (delete), r.n2 (delete), r.n3 (delete), r.n4 (delete) and 2 more',
  ]);
});
