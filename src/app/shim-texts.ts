import { join } from 'node:path';
import { indexPacks, packsFor } from '../core/classify.js';
import { UsageError } from '../core/errors.js';
import type { RulePack } from '../core/rule.js';
import { LAUNCHER_NAME, renderLauncher } from '../core/shim/launcher-script.js';
import { renderPrefilters } from '../core/shim/prefilter-script.js';
import { isShimmableName, renderShim, type ShimPlan } from '../core/shim/shim-script.js';
import type { GuardConfig } from '../core/types.js';
import { guardHome } from '../io/guard-home.js';

export interface ShimSetting {
  /** Real path of the shim directory. */
  dir: string;
  node: string;
  entry: string;
  interpreter: ShimPlan['interpreter'];
  config: GuardConfig;
}

/** Every command guard has rules for, in registry order. */
export function guardedTools(packs: readonly RulePack<any>[]): string[] {
  return [...new Set(packs.flatMap((p) => p.commands))];
}

/** The node binary and shim entry of this guard installation. */
export function thisGuard(): { node: string; entry: string } {
  return { node: process.execPath, entry: join(guardHome(), 'bin', 'guard-shim.cjs') };
}

/** The shim text for each tool; a tool without rules is a usage error (its shim would only cost time). */
export function shimTexts(
  tools: readonly string[],
  allPacks: readonly RulePack<any>[],
  setting: ShimSetting,
): Map<string, string> {
  const index = indexPacks(allPacks);
  const texts = new Map<string, string>();
  for (const tool of tools) {
    const packs = packsFor(index, tool).filter((pack) => pack.commands.includes(tool));
    if (packs.length === 0 || !isShimmableName(tool)) {
      throw new UsageError(
        `guard has no rules for "${tool}"`,
        `guard can shim: ${guardedTools(allPacks).join(', ') || '(no tools: no rule packs are built in)'}`,
      );
    }
    const prefilter = renderPrefilters(
      packs.map((pack) => pack.prefilter),
      { protectedPaths: setting.config.protectedPaths },
    );
    texts.set(
      tool,
      renderShim({
        tool,
        dir: setting.dir,
        node: setting.node,
        entry: setting.entry,
        interpreter: setting.interpreter,
        prefilter,
      }),
    );
  }
  return texts;
}

/** The shims plus the `guard` launcher, which puts guard's own command on PATH with its shims. */
export function withLauncher(texts: Map<string, string>, guard = thisGuard()): Map<string, string> {
  return new Map([...texts, [LAUNCHER_NAME, renderLauncher(guard.node, join(guardHome(), 'bin', 'guard.js'))]]);
}
