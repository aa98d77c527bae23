// `guard init codex`: records trust in guard's hook the way Codex's /hooks screen does, asking Codex for
// the hook's key and current hash, then checks with Codex that the hook is now trusted. Anything less is
// reported loudly: an untrusted Codex hook is skipped silently and every command runs.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTomlValue, trustCodexHook } from '../core/hooks/codex-trust.js';
import { listCodexHooks, type CodexHook } from '../io/codex-hooks-list.js';

export interface TrustOutcome {
  ok: boolean;
  message: string;
}

/** $CODEX_HOME, or ~/.codex. */
export function codexHome(env: NodeJS.ProcessEnv, home: string): string {
  return env.CODEX_HOME && env.CODEX_HOME !== '' ? env.CODEX_HOME : join(home, '.codex');
}

export async function trustGuardCodexHook(
  hooksFile: string,
  command: string,
  projectDir: string | undefined,
  cwd: string,
  env: NodeJS.ProcessEnv,
  home: string,
): Promise<TrustOutcome> {
  const configPath = join(codexHome(env, home), 'config.toml');
  const before = existsSync(configPath) ? readFileSync(configPath, 'utf8') : '';
  const codex = 'codex';
  const find = (hooks: CodexHook[]): CodexHook | undefined =>
    hooks.find((h) => h.sourcePath === hooksFile && h.command === command);
  // A project's hooks are listed only once the project is trusted: trust it first (the user asked for guard's hook there).
  if (projectDir !== undefined)
    write(configPath, setTomlValue(before, ['projects', projectDir], 'trust_level', 'trusted'));
  const listed = await listCodexHooks(codex, cwd, env);
  const hook = typeof listed === 'string' ? undefined : find(listed);
  if (!hook) {
    write(configPath, before);
    const why = typeof listed === 'string' ? listed : `Codex does not list guard's hook from ${hooksFile}`;
    return {
      ok: false,
      message: `installed but NOT trusted, so Codex skips it and runs every command (${why}). Run \`guard init codex\` again where \`codex\` is on PATH, or trust the hook in Codex's /hooks screen; \`guard doctor\` checks it.`,
    };
  }
  write(configPath, trustCodexHook(readFileSync(configPath, 'utf8'), hook.key, hook.currentHash, projectDir));
  const again = await listCodexHooks(codex, cwd, env);
  const now = typeof again === 'string' ? undefined : find(again);
  if (now?.trustStatus !== 'trusted') {
    write(configPath, before);
    return {
      ok: false,
      message: `installed but NOT trusted (Codex reports ${now?.trustStatus ?? (typeof again === 'string' ? again : 'no such hook')} after guard recorded the trust in ${configPath}; that file is as it was). Trust the hook in Codex's /hooks screen; \`guard doctor\` checks it.`,
    };
  }
  return {
    ok: true,
    message: `Codex trusts guard's hook (${hook.key}, ${hook.currentHash})${projectDir ? ` and the project ${projectDir}` : ''}, recorded in ${configPath}`,
  };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.guard-${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
