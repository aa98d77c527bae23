// `guard doctor`: credentials written in files the agent can read (the project's .env files, CLI
// logins under HOME), each with its kind and reach. Values are never read out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeCredential, findCredentials } from '../core/credentials/find-credentials.js';
import { isProductionName } from '../core/environment.js';
import { HOME_CREDENTIAL_FILES } from '../core/scan/credential-files.js';
import type { Context } from '../core/types.js';

const MAX_BYTES = 1024 * 1024;

/** One warning line per credential found (file:line, kind, reach, what to use instead). */
export function credentialFileWarnings(ctx: Context): string[] {
  const files = new Set<string>([...projectEnvFiles(ctx.cwd), ...HOME_CREDENTIAL_FILES.map((f) => join(ctx.home, f))]);
  const keyFile = ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (keyFile) files.add(keyFile);
  const lines: string[] = [];
  for (const file of files) {
    const text = readSmall(file);
    if (text === undefined) continue;
    for (const find of findCredentials(file, text, (host) => isProductionName(host, ctx)))
      lines.push(describeCredential(`${file}:${find.line}`, find));
  }
  return lines;
}

/** `.env`, `.env.local`, `.env.production`, … in the working directory. */
function projectEnvFiles(cwd: string): string[] {
  try {
    return readdirSync(cwd)
      .filter((n) => /^\.env(\.|$)/.test(n))
      .sort()
      .map((n) => join(cwd, n));
  } catch {
    return [];
  }
}

function readSmall(path: string): string | undefined {
  try {
    const buffer = readFileSync(path);
    return buffer.length > MAX_BYTES || buffer.subarray(0, 8192).includes(0) ? undefined : buffer.toString('utf8');
  } catch {
    return undefined;
  }
}
