// Every piece of shell a file would run, by file kind, each with its line: what `guard scan` judges.
import { splitLines, type ScriptUnit } from './command-lines.js';
import { dockerfileUnits, justfileUnits, makefileUnits } from './extract-recipes.js';
import { composeUnits, githubActionsUnits, gitlabUnits } from './extract-yaml.js';
import type { FileKind } from './file-kind.js';

export function scriptUnits(kind: FileKind, text: string): ScriptUnit[] {
  switch (kind) {
    case 'shell':
      return [{ line: 1, lines: splitLines(text) }];
    case 'makefile':
      return makefileUnits(text);
    case 'justfile':
      return justfileUnits(text);
    case 'dockerfile':
      return dockerfileUnits(text);
    case 'package-json':
      return packageScriptUnits(text);
    case 'github-actions':
      return githubActionsUnits(text);
    case 'gitlab-ci':
      return gitlabUnits(text);
    case 'compose':
      return composeUnits(text);
  }
}

/** package.json `scripts`: each value, at the line of its key (npm runs each with `sh -c`). */
export function packageScriptUnits(text: string): ScriptUnit[] {
  let scripts: unknown;
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown }).scripts;
  } catch {
    return [];
  }
  if (!scripts || typeof scripts !== 'object') return [];
  const lines = splitLines(text);
  const from = Math.max(
    0,
    lines.findIndex((l) => /"scripts"\s*:/.test(l)),
  );
  return Object.entries(scripts as Record<string, unknown>).flatMap(([name, value]) => {
    if (typeof value !== 'string') return [];
    const at = lines.findIndex((l, i) => i >= from && l.includes(`${JSON.stringify(name)}`));
    return [{ line: at === -1 ? from + 1 : at + 1, lines: [value] }];
  });
}
