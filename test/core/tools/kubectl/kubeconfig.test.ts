import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleContext } from '../../../../src/core/example-context.js';
import { readKubeconfig } from '../../../../src/core/tools/kubectl/kubeconfig.js';
import { manifestObjects } from '../../../../src/core/tools/kubectl/manifest-objects.js';

test('KUBECONFIG colon list: the first file with a current-context wins; namespaces from any file', () => {
  const ctx = exampleContext({
    argv: [],
    env: { KUBECONFIG: '/k/a.yaml:/k/b.yaml:/k/missing' },
    files: {
      '/k/a.yaml': 'contexts:\n- context:\n    cluster: c\n    namespace: "team-a"\n  name: a-ctx\n',
      '/k/b.yaml': "current-context: 'b-ctx' # chosen\ncontexts:\n- name: b-ctx\n  context:\n    namespace: web\n",
    },
  });
  const facts = readKubeconfig(undefined, ctx);
  assert.deepEqual(facts.currentContext, { name: 'b-ctx', file: '/k/b.yaml' });
  assert.equal(facts.namespaces.get('a-ctx'), 'team-a');
  assert.equal(facts.namespaces.get('b-ctx'), 'web');
});

test('--kubeconfig overrides KUBECONFIG; JSON kubeconfigs are read', () => {
  const ctx = exampleContext({
    argv: [],
    env: { KUBECONFIG: '/k/a.yaml' },
    files: {
      '/home/user/project/kc.json': '{"current-context":"j","contexts":[{"name":"j","context":{"namespace":"n"}}]}',
    },
  });
  const facts = readKubeconfig('kc.json', ctx);
  assert.equal(facts.currentContext?.name, 'j');
  assert.equal(facts.namespaces.get('j'), 'n');
});

test('manifest objects: multi-document YAML, JSON List; unnamed objects give up', () => {
  assert.deepEqual(
    manifestObjects(
      '# c\n---\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  name: not-this\n---\n',
    ),
    [{ kind: 'Service', name: 'web', namespace: 'shop' }],
  );
  assert.deepEqual(manifestObjects('{"kind":"List","items":[{"kind":"Pod","metadata":{"name":"p"}}]}'), [
    { kind: 'Pod', name: 'p' },
  ]);
  assert.equal(manifestObjects('kind: Pod\nmetadata:\n  generateName: x-\n'), undefined);
});
