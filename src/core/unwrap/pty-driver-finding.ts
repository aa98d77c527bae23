// A program that drives a terminal (script, expect, tmux send-keys …) around a guarded command is
// how an agent would type the answer to guard's own prompt: it is reported on top of what it runs.
import { SHELL_RULES } from '../shell/shell-rules.js';
import type { Finding } from '../types.js';

export function withPtyDriver(driver: string, inner: Finding[]): Finding[] {
  const first = inner[0];
  if (!first) return inner;
  const resource = driver.slice(driver.lastIndexOf('/') + 1);
  const finding: Finding = {
    kind: 'rule',
    rule: SHELL_RULES.ptyDriver.id,
    tool: 'shell',
    resource,
    environment: first.environment,
    message: SHELL_RULES.ptyDriver.message,
    details: [`${resource} runs ${first.rule} (${first.resource}) on a terminal it controls`],
    warnings: [],
  };
  return [...inner, finding];
}
