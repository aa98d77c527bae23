// Small stand-in packs for shell-line tests, so they do not depend on the real rules' details.
import { resolve } from 'node:path';
import { hasOption, optionValue, parseOptions } from '../../src/core/argv/parse-options.js';
import { indexPacks } from '../../src/core/classify.js';
import { localEnvironment, resolveEnvironment, type EnvironmentSignal } from '../../src/core/environment.js';
import { definePack, type RulePack } from '../../src/core/rule.js';
import type { Context } from '../../src/core/types.js';

const noExamples = { destructive: [], benign: [] };
const meta = { summary: 's', rationale: 'r', safer: 's', examples: noExamples };

function isCritical(path: string, ctx: Context): boolean {
  if (path === '/' || /^\/[^/]+$/.test(path)) return true;
  if (path === ctx.home || (path.startsWith(`${ctx.home}/`) && !path.slice(ctx.home.length + 1).includes('/')))
    return true;
  if (ctx.cwd === path || ctx.cwd.startsWith(`${path}/`)) return true;
  return !path.startsWith(`${ctx.cwd}/`) && !path.startsWith(`${ctx.tmpdir}/`);
}

export const fakeRm = definePack({
  tool: 'rm',
  commands: ['rm'],
  prefilter: { always: true },
  parse: (args) =>
    parseOptions(
      args,
      [
        { id: 'recursive', short: ['r', 'R'], long: ['recursive'] },
        { id: 'force', short: ['f'], long: ['force'] },
      ],
      { style: 'gnu' },
    ),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'rm/recursive-critical',
      message: 'removes {{resource}} in {{environment}}',
      ...meta,
      match: (p, ctx) => {
        if (!hasOption(p, 'recursive')) return null;
        const hits = p.positionals
          .map((op) => resolve(ctx.cwd, op === '*' ? '.' : op.endsWith('/*') ? op.slice(0, -2) || '/' : op))
          .filter((path) => isCritical(path, ctx));
        return hits.map((resource) => ({ resource }));
      },
    },
  ],
});

export const fakeTerraform = definePack({
  tool: 'terraform',
  commands: ['terraform', 'tofu'],
  prefilter: { always: true },
  parse: (args) => ({ sub: args[0], chdir: undefined as string | undefined }),
  environment: (_p, ctx) => {
    const signals: EnvironmentSignal[] = [];
    if (ctx.env.TF_WORKSPACE)
      signals.push({
        kind: 'tf-workspace',
        value: ctx.env.TF_WORKSPACE,
        source: 'env',
        detail: `TF_WORKSPACE=${ctx.env.TF_WORKSPACE}`,
      });
    signals.push({ kind: 'tf-workspace', value: 'default', source: 'default', detail: 'no workspace selected' });
    return resolveEnvironment(signals, ctx);
  },
  rules: [
    {
      id: 'terraform/destroy',
      message: 'destroys {{resource}} in {{environment}}',
      ...meta,
      match: (p, ctx) => (p.sub === 'destroy' ? { resource: ctx.cwd.slice(ctx.cwd.lastIndexOf('/') + 1) } : null),
    },
  ],
});

export const fakePsql = definePack({
  tool: 'psql',
  commands: ['psql'],
  prefilter: { always: true },
  parse: (args, ctx) => {
    const p = parseOptions(
      args,
      [
        { id: 'command', short: ['c'], long: ['command'], value: true },
        { id: 'host', short: ['h'], long: ['host'], value: true },
      ],
      { style: 'gnu' },
    );
    return { sql: optionValue(p, 'command') ?? ctx.stdin?.text ?? '', host: optionValue(p, 'host') ?? ctx.env.PGHOST };
  },
  environment: (p, ctx) =>
    resolveEnvironment(p.host ? [{ kind: 'db-host', value: p.host, source: 'flag', detail: `-h ${p.host}` }] : [], ctx),
  rules: [
    {
      id: 'psql/drop',
      message: 'drops {{resource}} in {{environment}}',
      ...meta,
      match: (p) => {
        const m = /\bdrop\s+(?:table|database|schema)\s+(\w+)/i.exec(p.sql);
        return m ? { resource: m[1] as string } : null;
      },
    },
  ],
});

export const fakeRailway = definePack({
  tool: 'railway',
  commands: ['railway'],
  prefilter: { always: true },
  parse: (args) =>
    parseOptions(
      args,
      [
        { id: 'environment', short: ['e'], long: ['environment'], value: true },
        { id: 'volume', short: ['v'], long: ['volume'], value: true },
      ],
      { style: 'clap' },
    ),
  environment: (p, ctx) => {
    const e = optionValue(p, 'environment');
    return resolveEnvironment(
      e ? [{ kind: 'railway-environment', value: e, source: 'flag', detail: `-e ${e}` }] : [],
      ctx,
    );
  },
  rules: [
    {
      id: 'railway/volume-delete',
      message: 'deletes volume {{resource}} in {{environment}}',
      ...meta,
      match: (p) =>
        p.positionals[0] === 'volume' && p.positionals[1] === 'delete'
          ? { resource: optionValue(p, 'volume') ?? 'unknown-volume' }
          : null,
    },
  ],
});

export const fakeFind = definePack({
  tool: 'find',
  commands: ['find'],
  prefilter: { always: true },
  parse: (args) => ({ args }),
  environment: (_p, ctx) => localEnvironment(ctx),
  rules: [
    {
      id: 'find/delete',
      message: 'deletes under {{resource}} in {{environment}}',
      ...meta,
      match: (p) => (p.args.includes('-delete') ? { resource: p.args[0] ?? '.' } : null),
    },
  ],
});

export const FAKE_PACKS: RulePack<any>[] = [fakeRm, fakeTerraform, fakePsql, fakeRailway];
export const fakeIndex = indexPacks(FAKE_PACKS);
