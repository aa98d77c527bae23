import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfigData } from '../../../src/core/config/validate.js';
import { describeProblem } from '../../../src/core/config/problem.js';

const FILE = '/p/guard.config.yaml';

function problems(data: unknown): string[] {
  const r = validateConfigData(data, FILE, 'project');
  return r.ok ? [] : r.problems.map(describeProblem);
}

test('a valid config passes', () => {
  const r = validateConfigData(
    {
      environments: [{ name: 'production', production: true, match: { 'db-host': ['*.rds.amazonaws.com'] } }],
      protectedPaths: ['data/'],
      cooldownSeconds: 10,
    },
    FILE,
    'user',
  );
  assert.equal(r.ok, true);
});

test('an empty file is an empty config', () => {
  assert.equal(validateConfigData(undefined, FILE, 'project').ok, true);
});

test('wrong type names the file, the key path and what was expected', () => {
  const [p] = problems({ environments: [{ name: 'prod', production: 'yes' }] });
  assert.match(p ?? '', /^\/p\/guard\.config\.yaml: environments\[0\]\.production: expected boolean, received string$/);
});

test('an unknown key is an error (typos never pass silently)', () => {
  const [p] = problems({ protectedPath: ['x'] });
  assert.match(p ?? '', /unknown key "protectedPath"/);
});

test('an unknown signal kind in match is named', () => {
  const all = problems({ environments: [{ name: 'x', production: true, match: { 'railway-env': ['p'] } }] });
  assert.ok(
    all.some((p) => p.includes('environments[0].match') && p.includes('railway-env')),
    all.join('\n'),
  );
});

test('a malformed rule id, resource spec and flag are each reported', () => {
  const all = problems({
    rules: [
      {
        id: 'My Rule',
        when: { flags: ['force'] },
        resource: { position: 1 },
        summary: 's',
        message: 'm',
        rationale: 'r',
        safer: 's',
        examples: { destructive: [], benign: [{ argv: ['x'] }] },
      },
    ],
  });
  const text = all.join('\n');
  assert.match(text, /rules\[0\]\.id: expected a rule id like "tool\/kebab-case"/);
  assert.match(text, /rules\[0\]\.when\.flags\[0\]: expected a flag/);
  assert.match(text, /rules\[0\]\.resource: expected \{positional: N\}, \{flag: "--name"\} or \{value: "name"\}/);
  assert.match(text, /rules\[0\]\.examples\.destructive: expected at least one destructive example/);
});

test('cooldown must be a whole number of seconds', () => {
  assert.match(problems({ cooldownSeconds: -1 }).join(), /cooldownSeconds: /);
  assert.match(problems({ cooldownSeconds: 'long' }).join(), /cooldownSeconds: expected number, received string/);
});

test('a config that is not an object is reported at the top', () => {
  const [p] = problems(['a', 'list']);
  assert.match(p ?? '', /^\/p\/guard\.config\.yaml: expected object, received array$/);
});
