// Writes docs/rules.md from the built-in rule packs: `npm run docs:rules`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinPacks } from '../../rules/index.js';
import { rulesMarkdown } from '../cli/rules-markdown.js';

// dist/src/scripts/ → repository root.
const target = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));
writeFileSync(target, rulesMarkdown(builtinPacks));
process.stdout.write(`guard: wrote ${target}\n`);
