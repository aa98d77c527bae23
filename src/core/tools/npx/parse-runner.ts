// npx / pnpm dlx / yarn / bunx running prisma, sequelize or cdk: the inner tool's arguments and environment.
import type { ParsedArgs } from '../../argv/parse-options.js';
import { unknownEnvironment } from '../../environment.js';
import { awsEnvironment } from '../aws/aws-environment.js';
import { parseCdk } from '../cdk/cdk-parse.js';
import { parsePrisma, prismaDatabase } from '../framework/prisma.js';
import { parseSequelize, sequelizeDatabase } from '../framework/sequelize.js';
import { unwrapJsRunner } from '../framework/unwrap-js-runner.js';
import type { Context, Environment } from '../../types.js';

type Inner = 'prisma' | 'sequelize' | 'cdk';
const TOOLS: Record<string, Inner> = {
  prisma: 'prisma',
  sequelize: 'sequelize',
  'sequelize-cli': 'sequelize',
  cdk: 'cdk',
  'aws-cdk': 'cdk',
};

export interface RunnerParsed {
  tool?: Inner;
  args: ParsedArgs;
}

export function parseRunner(argv: readonly string[]): RunnerParsed {
  const call = unwrapJsRunner(argv);
  const tool = call ? TOOLS[call.tool] : undefined;
  const inner = call?.args ?? [];
  if (tool === 'prisma') return { tool, args: parsePrisma(inner) };
  if (tool === 'sequelize') return { tool, args: parseSequelize(inner) };
  if (tool === 'cdk') return { tool, args: parseCdk(inner) };
  return { args: { options: [], positionals: [], positionalIndexes: [], unknown: [], sawDoubleDash: false } };
}

export function runnerEnvironment(p: RunnerParsed, ctx: Context): Environment {
  if (p.tool === 'prisma') return prismaDatabase(p.args, ctx).environment;
  if (p.tool === 'sequelize') return sequelizeDatabase(p.args, ctx).environment;
  if (p.tool === 'cdk') return awsEnvironment(p.args, ctx);
  return unknownEnvironment('not a guarded tool');
}
