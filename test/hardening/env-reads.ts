import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface EnvRead {
  file: string;
  line: number;
  /** The variable name, or undefined for a dynamic access (`env[name]`, `Object.keys(env)`). */
  name?: string;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

// `env.NAME`, `env?.NAME`, `env['NAME']` on any env object (process.env, ctx.env, env).
const STATIC = /\benv\??\.([A-Z_][A-Z0-9_]*)\b|\benv\??\.?\[\s*(['"`])([A-Za-z_][A-Za-z0-9_]*)\2\s*\]/g;
// `env[expr]` with a computed key.
const DYNAMIC_INDEX = /\benv\??\.?\[\s*(?!['"`][A-Za-z_][A-Za-z0-9_]*['"`]\s*\])/g;
// `{ A, B } = process.env`, `Object.keys(env)`, `Object.entries(ctx.env)`.
const DESTRUCTURE = /\{([^{}]*)\}\s*=\s*(?:process\.|ctx\.|options\.)?env\b/g;
const ENUMERATE = /Object\.(?:keys|entries|values)\(\s*(?:process\.|ctx\.|options\.)?env\s*\)/g;

/** Every place guard's own code (src/, rules/, bin/) reads an environment variable. */
export function scanEnvReads(): EnvRead[] {
  const reads: EnvRead[] = [];
  for (const root of ['src', 'rules', 'bin']) {
    for (const path of sourceFiles(join(REPO, root))) {
      const file = relative(REPO, path);
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const line = i + 1;
          if (/^\s*(\/\/|\*)/.test(text)) return;
          for (const m of text.matchAll(STATIC)) reads.push({ file, line, name: m[1] ?? m[3], text: text.trim() });
          for (const _ of text.matchAll(DYNAMIC_INDEX)) reads.push({ file, line, text: text.trim() });
          for (const m of text.matchAll(DESTRUCTURE))
            for (const n of (m[1] as string).split(','))
              reads.push({ file, line, name: n.split(':')[0]?.trim(), text: text.trim() });
          for (const _ of text.matchAll(ENUMERATE)) reads.push({ file, line, text: text.trim() });
        });
    }
  }
  return reads;
}
