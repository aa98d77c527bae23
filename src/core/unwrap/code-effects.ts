// What interpreter code does beyond shell commands and file deletes: HTTP requests to known APIs
// (judged as the curl command that sends them), library deletes, SQL in execute(), raw sockets.
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { sdkDeleteFinding } from './code-rules.js';
import { httpEffects } from './code-http.js';
import { stringLiterals } from './code-literals.js';
import { sdkEffects } from './code-sdk.js';
import type { Language } from './interpreter-code.js';
import { deeper, type Invocation } from './invocation.js';
import { opaqueFinding } from './shell-findings.js';
import type { Recurse } from './simple-wrappers.js';

export function judgeEffects(
  code: string,
  language: Language,
  name: string,
  inv: Invocation,
  _index: PackIndex,
  recurse: Recurse,
): Finding[] {
  const literals = stringLiterals(code, language);
  const findings: Finding[] = [];
  for (const effect of httpEffects(code, language, literals)) {
    if (effect.kind === 'opaque') {
      findings.push(opaqueFinding(`${name}-http`, `${name} sends ${effect.text}, which guard cannot read`));
      continue;
    }
    const note = `${name}: an HTTP request judged as \`${effect.argv.slice(0, 4).join(' ')} …\``;
    findings.push(...recurse(deeper(inv, effect.argv)).map((f) => ({ ...f, details: [note, ...f.details] })));
  }
  for (const effect of sdkEffects(code, language, literals)) {
    if (effect.kind === 'delete') findings.push(sdkDeleteFinding(name, effect.call, effect.resource));
    else if (effect.kind === 'socket')
      findings.push(
        opaqueFinding(`${name}-socket`, `${name} opens a raw socket (${effect.text}); guard cannot read what it sends`),
      );
    else {
      const argv = ['psql', ...(effect.url ? [effect.url] : []), '-c', effect.sql];
      const note = `${name}: SQL passed to a database driver, judged as psql -c`;
      const found = recurse(deeper(inv, argv));
      // A write guard's SQL reading does not flag (an UPDATE with a WHERE) stays allowed, as in psql.
      findings.push(...found.map((f) => ({ ...f, details: [note, ...f.details] })));
    }
  }
  return findings;
}
