// Commands that run another command somewhere else: railway run, heroku run, fly ssh console -C,
// kubectl exec, docker exec, docker compose exec/run, ssh. The inner command is classified and its
// findings take the runner's target as their environment (railway run -e production → production).
import { optionValue, parseOptions, type OptionSpec } from '../argv/parse-options.js';
import type { PackIndex } from '../classify.js';
import { resolveEnvironment, type EnvironmentSignal } from '../environment.js';
import { analyseLine } from '../shell/analyse-line.js';
import type { Context, Environment, Finding } from '../types.js';
import { splitCommand } from './command-start.js';
import { deeper, type Invocation } from './invocation.js';
import type { Recurse, WrapperHandler } from './simple-wrappers.js';

const v = (id: string, short: string[], long: string[] = []): OptionSpec => ({ id, short, long, value: true });

interface Remote {
  /** The inner command: an argv, or a line for a remote shell. */
  argv?: string[];
  line?: string;
  signals: EnvironmentSignal[];
  unknownWhy: string;
  /** Where the inner command runs, when not the current directory. */
  cwd?: string;
  /** The command runs on this machine with the target's variables (railway run): local files stay local. */
  runsHere?: boolean;
}

function runRemote(remote: Remote, inv: Invocation, index: PackIndex, recurse: Recurse): Finding[] {
  const ctx: Context = remote.cwd ? { ...inv.ctx, cwd: remote.cwd } : inv.ctx;
  const inner = remote.argv
    ? remote.argv.length === 0
      ? []
      : recurse(deeper(inv, remote.argv, ctx))
    : analyseLine(remote.line ?? '', ctx, index, { depth: inv.depth + 1 });
  if (inner.length === 0) return [];
  const environment = resolveEnvironment(remote.signals, inv.ctx, remote.unknownWhy);
  return inner.map((f) => (remote.runsHere && f.environment.kind === 'local' ? f : retarget(f, environment)));
}

/** The same finding, now in the runner's environment; the inner evidence stays, after it. */
export function retarget(finding: Finding, environment: Environment): Finding {
  const env: Environment = {
    ...environment,
    evidence: [
      ...environment.evidence,
      ...finding.environment.evidence.map((e) => ({ ...e, detail: `inner command: ${e.detail}` })),
    ],
  };
  return { ...finding, environment: env };
}

const RAILWAY_SPECS = [
  v('service', ['s'], ['service']),
  v('environment', ['e'], ['environment']),
  v('project', ['p'], ['project']),
];

/** railway run [-e ENV] [-s SVC] [-p PROJ] [--] CMD…; railway ssh [-e ENV] [--] CMD… */
const railway: WrapperHandler = (inv, recurse, index) => {
  const sub = inv.argv[1];
  if (sub !== 'run' && sub !== 'local' && sub !== 'ssh') return undefined;
  const { options, command } = splitCommand(inv.argv.slice(2), RAILWAY_SPECS, 'clap');
  if (command.length === 0) return undefined;
  const env = optionValue(options, 'environment');
  const signals: EnvironmentSignal[] = [];
  if (env !== undefined)
    signals.push({ kind: 'railway-environment', value: env, source: 'flag', detail: `railway ${sub} -e ${env}` });
  const token = inv.ctx.env.RAILWAY_TOKEN;
  const why = token
    ? `railway ${sub}: RAILWAY_TOKEN is set, so the token's environment is used`
    : `railway ${sub} without -e uses the linked environment`;
  const remote: Remote =
    sub === 'ssh'
      ? { line: command.join(' '), signals, unknownWhy: why }
      : { argv: command, signals, unknownWhy: why, runsHere: true };
  return runRemote(remote, inv, index, recurse);
};

const HEROKU_SPECS = [
  v('app', ['a'], ['app']),
  v('remote', ['r'], ['remote']),
  v('size', ['s'], ['size']),
  v('env', ['e'], ['env']),
  v('type', [], ['type']),
];

const heroku: WrapperHandler = (inv, recurse, index) => {
  const sub = inv.argv[1];
  if (sub !== 'run' && sub !== 'run:detached') return undefined;
  const { options, command } = splitCommand(inv.argv.slice(2), HEROKU_SPECS);
  const app = optionValue(options, 'app') ?? inv.ctx.env.HEROKU_APP;
  const signals: EnvironmentSignal[] = app
    ? [
        {
          kind: 'heroku-app',
          value: app,
          source: optionValue(options, 'app') ? 'flag' : 'env',
          detail: `heroku run -a ${app}`,
        },
      ]
    : [];
  return runRemote(
    { line: command.join(' '), signals, unknownWhy: 'heroku run without -a: the app comes from the git remote' },
    inv,
    index,
    recurse,
  );
};

const FLY_SPECS = [
  v('app', ['a'], ['app']),
  v('command', ['C'], ['command']),
  v('config', ['c'], ['config']),
  v('machine', [], ['machine']),
  v('region', ['r'], ['region']),
  v('user', ['u'], ['user']),
  v('address', ['A'], ['address']),
];

/** fly|flyctl ssh console -C CMD [-a APP] */
const fly: WrapperHandler = (inv, recurse, index) => {
  if (inv.argv[1] !== 'ssh' || inv.argv[2] !== 'console') return undefined;
  const { options } = splitCommand(inv.argv.slice(3), FLY_SPECS, 'pflag');
  const line = optionValue(options, 'command');
  if (line === undefined) return [];
  const app = optionValue(options, 'app') ?? inv.ctx.env.FLY_APP;
  const signals: EnvironmentSignal[] = app
    ? [
        {
          kind: 'fly-app',
          value: app,
          source: optionValue(options, 'app') ? 'flag' : 'env',
          detail: `fly ssh console -a ${app}`,
        },
      ]
    : [];
  return runRemote(
    { line, signals, unknownWhy: 'fly ssh console without -a: the app comes from fly.toml' },
    inv,
    index,
    recurse,
  );
};

const KUBECTL_GLOBAL = [
  v('context', [], ['context']),
  v('namespace', ['n'], ['namespace']),
  v('kubeconfig', [], ['kubeconfig']),
  v('cluster', [], ['cluster']),
  v('user', [], ['user']),
  v('server', ['s'], ['server']),
  v('container', ['c'], ['container']),
  v('filename', ['f'], ['filename']),
  v('as', [], ['as']),
];

const kubectl: WrapperHandler = (inv, recurse, index) => {
  const args = inv.argv.slice(1);
  const dash = args.indexOf('--');
  const parsed = parseOptions(dash === -1 ? args : args.slice(0, dash), KUBECTL_GLOBAL, { style: 'pflag' });
  if (parsed.positionals[0] !== 'exec') return undefined;
  const inner = dash === -1 ? parsed.positionals.slice(2) : args.slice(dash + 1);
  const context = optionValue(parsed, 'context');
  const namespace = optionValue(parsed, 'namespace');
  const signals: EnvironmentSignal[] = [];
  if (context)
    signals.push({ kind: 'kube-context', value: context, source: 'flag', detail: `kubectl exec --context ${context}` });
  if (namespace)
    signals.push({ kind: 'kube-namespace', value: namespace, source: 'flag', detail: `kubectl exec -n ${namespace}` });
  return runRemote(
    { argv: inner, signals, unknownWhy: 'kubectl exec without --context: the current kubeconfig context' },
    inv,
    index,
    recurse,
  );
};

const DOCKER_GLOBAL = [
  v('host', ['H'], ['host']),
  v('context', ['c'], ['context']),
  v('config', [], ['config']),
  v('log-level', ['l'], ['log-level']),
];
const DOCKER_EXEC = [
  v('env', ['e'], ['env']),
  v('env-file', [], ['env-file']),
  v('user', ['u'], ['user']),
  v('workdir', ['w'], ['workdir']),
  v('detach-keys', [], ['detach-keys']),
];
const COMPOSE_GLOBAL = [
  v('file', ['f'], ['file']),
  v('project', ['p'], ['project-name']),
  v('profile', [], ['profile']),
  v('env-file', [], ['env-file']),
  v('project-directory', [], ['project-directory']),
];
const COMPOSE_RUN = [
  ...DOCKER_EXEC,
  v('label', ['l'], ['label']),
  v('name', [], ['name']),
  v('publish', ['p'], ['publish']),
  v('volume', ['v'], ['volume']),
  v('entrypoint', [], ['entrypoint']),
  v('index', [], ['index']),
];

const docker: WrapperHandler = (inv, recurse, index) => {
  const isCompose = inv.argv[0]?.endsWith('docker-compose') === true;
  const global = splitCommand(inv.argv.slice(1), isCompose ? COMPOSE_GLOBAL : DOCKER_GLOBAL, 'pflag');
  let rest = global.command;
  let compose = isCompose;
  if (!compose && rest[0] === 'compose') {
    compose = true;
    rest = splitCommand(rest.slice(1), COMPOSE_GLOBAL, 'pflag').command;
  }
  const sub = rest[0];
  if (sub !== 'exec' && !(compose && sub === 'run')) return undefined;
  const parsed = splitCommand(rest.slice(1), compose && sub === 'run' ? COMPOSE_RUN : DOCKER_EXEC, 'pflag');
  const [target, ...inner] = parsed.command;
  if (target === undefined) return [];
  const context = optionValue(global.options, 'context') ?? inv.ctx.env.DOCKER_CONTEXT;
  const host = optionValue(global.options, 'host') ?? inv.ctx.env.DOCKER_HOST;
  const signals: EnvironmentSignal[] = [];
  if (host)
    signals.push({
      kind: 'docker-context',
      value: host,
      source: optionValue(global.options, 'host') ? 'flag' : 'env',
      detail: `docker -H ${host}`,
    });
  if (context)
    signals.push({
      kind: 'docker-context',
      value: context,
      source: optionValue(global.options, 'context') ? 'flag' : 'env',
      detail: `docker context ${context}`,
    });
  const what = compose ? `docker compose ${sub} ${target}` : `docker exec ${target}`;
  return runRemote(
    { argv: inner, signals, unknownWhy: `${what}: the container's environment is not known` },
    inv,
    index,
    recurse,
  );
};

const SSH_VALUES = [
  'b',
  'c',
  'D',
  'E',
  'e',
  'F',
  'I',
  'i',
  'J',
  'L',
  'l',
  'm',
  'O',
  'o',
  'p',
  'Q',
  'R',
  'S',
  'W',
  'w',
  'B',
];
const SSH_SPECS = SSH_VALUES.map((s) => v(s, [s]));

/** ssh [OPTIONS] HOST [COMMAND…]: the words are joined and run by the remote shell, in the remote home. */
const ssh: WrapperHandler = (inv, recurse, index) => {
  const { command } = splitCommand(inv.argv.slice(1), SSH_SPECS);
  const [host, ...words] = command;
  if (host === undefined || words.length === 0) return [];
  const name = host.includes('@') ? host.slice(host.indexOf('@') + 1) : host;
  const signals: EnvironmentSignal[] = [{ kind: 'other', value: name, source: 'target', detail: `ssh ${host}` }];
  return runRemote({ line: words.join(' '), signals, unknownWhy: 'ssh host', cwd: inv.ctx.home }, inv, index, recurse);
};

export const RUNNERS: Record<string, WrapperHandler> = {
  railway,
  heroku,
  fly,
  flyctl: fly,
  kubectl,
  docker,
  'docker-compose': docker,
  ssh,
};
