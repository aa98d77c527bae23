// `npx [opts] TOOL …`, `pnpm [exec|dlx] TOOL …`, `yarn [dlx|exec|run] TOOL …`, `bunx TOOL …`, `bun x TOOL …`, `npm exec -- TOOL …`.

const RUNNER_VERBS = new Set(['exec', 'dlx', 'x', 'run']);
// Runner options that take a value (npx -p PKG, pnpm --filter X, pnpm -C DIR).
const VALUED = new Set([
  '-p',
  '--package',
  '-c',
  '--call',
  '--filter',
  '-F',
  '-C',
  '--dir',
  '--cwd',
  '--node-options',
  '--workspace',
  '-w',
]);

export interface RunnerCall {
  /** The tool name without a version (`prisma@5` → `prisma`, `@scope/x@1` → `@scope/x`). */
  tool: string;
  args: string[];
}

export function unwrapJsRunner(args: readonly string[]): RunnerCall | undefined {
  let i = 0;
  let sawVerb = false;
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!sawVerb && RUNNER_VERBS.has(arg)) {
      sawVerb = true;
      i++;
      continue;
    }
    if (!arg.startsWith('-')) break;
    i += VALUED.has(arg) ? 2 : 1;
  }
  const name = args[i];
  if (name === undefined) return undefined;
  return { tool: stripVersion(name), args: args.slice(i + 1) };
}

export function stripVersion(name: string): string {
  const at = name.indexOf('@', 1);
  return at === -1 ? name : name.slice(0, at);
}
