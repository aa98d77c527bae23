import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGraphqlBody } from '../../../../src/core/tools/graphql/graphql-body.js';
import { railwayDestruction } from '../../../../src/core/tools/railway/railway-api.js';

function destroyed(body: string): string[] {
  const reading = readGraphqlBody(body);
  assert.ok(reading.ok, reading.ok ? '' : reading.why);
  return reading.calls
    .map(railwayDestruction)
    .filter((d) => d !== null)
    .map((d) => d.resource);
}

test('aliases, variables and several root fields', () => {
  const body = JSON.stringify({
    query:
      'mutation M($v: String!) { a: volumeDelete(volumeId: $v) b: serviceCreate(input: {}) { id } c: environmentDelete(id: "env-1") }',
    variables: { v: 'vol-1' },
  });
  assert.deepEqual(destroyed(body), ['volumeDelete:vol-1', 'environmentDelete:env-1']);
});

test('names in comments, strings, block strings and nested selections are not mutations', () => {
  const query =
    '# volumeDelete(volumeId: "x")\nmutation { serviceUpdate(input: {note: """volumeDelete(volumeId: "y")""", name: "projectDelete"}) { volumeDelete } }';
  assert.deepEqual(destroyed(JSON.stringify({ query })), []);
  assert.deepEqual(destroyed('query { volumeDelete }'), []);
});

test('fragments spread at the mutation root count', () => {
  assert.deepEqual(destroyed('mutation { ...F } fragment F on Mutation { projectDelete(id: "p1") }'), [
    'projectDelete:p1',
  ]);
});

test('unbound variables and unknown delete-like mutations fail closed', () => {
  assert.deepEqual(destroyed(JSON.stringify({ query: 'mutation($id: String!) { volumeDelete(volumeId: $id) }' })), [
    'volumeDelete:$id',
  ]);
  assert.deepEqual(destroyed('mutation { somethingNewDelete(id: "z") }'), ['somethingNewDelete:z']);
  assert.deepEqual(
    destroyed(
      JSON.stringify({ query: 'mutation($i: VariableCollectionUpsertInput!) { variableCollectionUpsert(input: $i) }' }),
    ),
    ['variableCollectionUpsert:(no-id)'],
  );
  assert.deepEqual(
    destroyed(
      JSON.stringify({
        query: 'mutation { variableCollectionUpsert(input: {serviceId: "s", replace: false, variables: {}}) }',
      }),
    ),
    [],
  );
});

test('batches, forms and broken bodies', () => {
  assert.deepEqual(
    destroyed(JSON.stringify([{ query: '{ me { id } }' }, { query: 'mutation { deploymentRemove(id: "d1") }' }])),
    ['deploymentRemove:d1'],
  );
  assert.deepEqual(destroyed(`query=${encodeURIComponent('mutation { tcpProxyDelete(id: "t1") }')}`), [
    'tcpProxyDelete:t1',
  ]);
  assert.equal(readGraphqlBody('{"query": "mutation {"').ok, false);
  assert.equal(readGraphqlBody('{"id": "persisted"}').ok, false);
  assert.equal(readGraphqlBody('mutation { volumeDelete(').ok, false);
});
