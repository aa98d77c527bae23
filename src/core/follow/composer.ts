// composer run-script NAME / composer NAME / composer install|update: the scripts of composer.json,
// with `@other` references followed; a PHP callback (Class::method) is code guard cannot see.
import type { Finding } from '../types.js';
import type { WrapperHandler } from '../unwrap/simple-wrappers.js';
import { nearestJsonManifest, runNamedScripts, type Manifest } from './named-scripts.js';
import { opaqueFinding } from '../unwrap/shell-findings.js';

const EVENTS: Record<string, string[]> = {
  install: ['pre-install-cmd', 'post-install-cmd', 'pre-autoload-dump', 'post-autoload-dump'],
  update: ['pre-update-cmd', 'post-update-cmd', 'pre-autoload-dump', 'post-autoload-dump'],
  'dump-autoload': ['pre-autoload-dump', 'post-autoload-dump'],
};
const BUILTINS = new Set([
  'about',
  'archive',
  'audit',
  'browse',
  'bump',
  'check-platform-reqs',
  'clear-cache',
  'config',
  'create-project',
  'depends',
  'diagnose',
  'exec',
  'fund',
  'global',
  'help',
  'init',
  'licenses',
  'list',
  'outdated',
  'prohibits',
  'reinstall',
  'remove',
  'require',
  'search',
  'self-update',
  'show',
  'status',
  'suggests',
  'validate',
]);

/** Inlines `@name` references (bounded); `@php`/`@composer` become the commands they name. */
function flatten(manifest: Manifest, name: string, depth = 0): { lines: string[]; callbacks: string[] } {
  const out = { lines: [] as string[], callbacks: [] as string[] };
  if (depth > 8) return out;
  for (const line of manifest.scripts[name] ?? []) {
    const ref = /^@([\w:.-]+)(\s.*)?$/.exec(line);
    if (ref && ref[1] !== 'php' && ref[1] !== 'composer' && ref[1] !== 'putenv') {
      const inner = flatten(manifest, ref[1] as string, depth + 1);
      out.lines.push(...inner.lines);
      out.callbacks.push(...inner.callbacks);
    } else if (/^[A-Za-z_\\][\w\\]*::\w+$/.test(line)) out.callbacks.push(line);
    else if (!line.startsWith('@putenv')) out.lines.push(line.replace(/^@(php|composer)\b/, '$1'));
  }
  return out;
}

export const composerHandler: WrapperHandler = (inv, _recurse, index) => {
  const words = inv.argv.slice(1).filter((a) => !a.startsWith('-'));
  const [sub, ...rest] = words;
  if (sub === undefined || BUILTINS.has(sub)) return undefined;
  const names = sub === 'run-script' || sub === 'run' ? rest.slice(0, 1) : (EVENTS[sub] ?? [sub]);
  const manifest = nearestJsonManifest('composer.json', inv.ctx);
  if (manifest === undefined) return [];
  if (Array.isArray(manifest)) return manifest;
  const out: Finding[] = [];
  for (const name of names) {
    const { lines, callbacks } = flatten(manifest, name);
    for (const cb of callbacks)
      out.push(
        opaqueFinding(
          `composer.json:${name}`,
          `the composer script "${name}" calls the PHP callback ${cb}, which guard cannot read`,
        ),
      );
    out.push(...runNamedScripts({ ...manifest, scripts: { [name]: lines } }, [name], name, [], inv, index));
  }
  return out;
};
