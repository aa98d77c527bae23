// A client that types into a session it opened (Codex write_stdin, tmux tools) shows the hook only the opener.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interactiveOpener } from '../../../src/core/hooks/interactive-opener.js';

const openers = [
  'bash',
  'bash -i',
  'sh',
  'zsh -l',
  'exec bash',
  'psql',
  'psql postgres://prod-db/app',
  'python3',
  'node',
  'mysql -h db',
  'redis-cli -h cache',
  'railway ssh',
  'railway connect postgres',
  'kubectl exec -it api-0 -- sh',
  'docker exec -ti web bash',
  'ssh prod-box',
  'cd /srv && psql',
];
const programs = [
  'bash script.sh',
  'bash -c "ls"',
  "psql -c 'select 1'",
  'psql -f migrate.sql',
  'python3 app.py',
  'python3 -m pytest',
  "node -e 'console.log(1)'",
  'ssh prod-box uptime',
  'kubectl exec api-0 -- ls',
  'psql < dump.sql',
  'echo "select 1" | psql',
  'cat <<EOF | bash\nls\nEOF',
  'ls -la',
  'git status',
  'railway status',
];

for (const line of openers) {
  test(`opens an interactive session: ${line}`, () => {
    const finding = interactiveOpener(line);
    assert.ok(finding, 'judged as an opener');
    assert.equal(finding.environment.name, 'unknown');
    assert.equal(finding.environment.production, true);
    assert.match(finding.details.join(' '), /interactive session/);
  });
}

for (const line of programs) {
  test(`runs a program and exits (not an opener): ${line.split('\n')[0]}`, () => {
    assert.equal(interactiveOpener(line), undefined);
  });
}
