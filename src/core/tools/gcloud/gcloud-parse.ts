// gcloud's command line, read once for the hand-written pack and the catalogue: global options,
// the release track (`gcloud alpha|beta|preview GROUP …` runs the same command), and the project
// with its evidence (--project > CLOUDSDK_CORE_PROJECT > the active configuration's project).
import { optionValue, parseOptions, type OptionSpec, type ParsedArgs } from '../../argv/parse-options.js';
import { resolveEnvironment, type EnvironmentSignal } from '../../environment.js';
import type { Context, Environment } from '../../types.js';
import { configuredProject } from './active-project.js';

const valued = (...names: string[]): OptionSpec[] => names.map((n) => ({ id: n, long: [n], value: true }));
const SPECS: OptionSpec[] = [
  ...valued(
    'project',
    'configuration',
    'account',
    'format',
    'verbosity',
    'impersonate-service-account',
    'billing-project',
    'flags-file',
    'zone',
    'region',
    'location',
    'async-flags',
    'filter',
    'limit',
  ),
  { id: 'instance', long: ['instance'], short: ['i'], value: true },
  { id: 'quiet', long: ['quiet'], short: ['q'] },
  { id: 'help', long: ['help'], short: ['h'] },
];

/** Release tracks: the same command, newer or older surface (https://cloud.google.com/sdk/gcloud#release_levels). */
export const GCLOUD_TRACKS: readonly string[] = ['alpha', 'beta', 'preview'];

export interface GcloudParsed {
  args: ParsedArgs;
  /** Command words without the release track (alpha/beta). */
  words: string[];
}

export function parseGcloud(argv: readonly string[]): GcloudParsed {
  const args = parseOptions(argv, SPECS, { style: 'pflag' });
  const words =
    args.positionals[0] && GCLOUD_TRACKS.includes(args.positionals[0]) ? args.positionals.slice(1) : args.positionals;
  return { args, words };
}

export function gcloudSignals(p: GcloudParsed, ctx: Context): EnvironmentSignal[] {
  const flag = optionValue(p.args, 'project');
  if (flag) return [{ kind: 'gcloud-project', value: flag, source: 'flag', detail: `--project ${flag}` }];
  const env = ctx.env.CLOUDSDK_CORE_PROJECT;
  if (env) return [{ kind: 'gcloud-project', value: env, source: 'env', detail: `CLOUDSDK_CORE_PROJECT=${env}` }];
  const configured = configuredProject(ctx, optionValue(p.args, 'configuration'));
  return configured ? [configured] : [];
}

export function gcloudEnvironment(p: GcloudParsed, ctx: Context): Environment {
  return resolveEnvironment(
    gcloudSignals(p, ctx),
    ctx,
    'no --project, CLOUDSDK_CORE_PROJECT or project in the active gcloud configuration',
  );
}
