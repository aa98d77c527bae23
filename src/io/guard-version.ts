import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardHome } from './guard-home.js';

/** This guard's version, from its package.json. */
export function readGuardVersion(): string {
  return (JSON.parse(readFileSync(join(guardHome(), 'package.json'), 'utf8')) as { version: string }).version;
}
