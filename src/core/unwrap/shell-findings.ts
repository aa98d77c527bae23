import { unknownEnvironment } from '../environment.js';
import { SHELL_RULES, type ShellRule } from '../shell/shell-rules.js';
import type { Environment, Finding } from '../types.js';
import { displayArg } from './invocation.js';

function shellFinding(rule: ShellRule, resource: string, environment: Environment, details: string[] = []): Finding {
  const shown = displayArg(resource);
  return {
    kind: 'rule',
    rule: rule.id,
    tool: 'shell',
    resource: shown,
    environment,
    message: rule.message,
    details: details.map(displayArg),
    warnings: [],
  };
}

/** Content guard cannot see. The environment is unknown: the hidden command could target anything. */
export function opaqueFinding(resource: string, why: string): Finding {
  return shellFinding(SHELL_RULES.opaque, resource, unknownEnvironment(why), [why]);
}

export function tooDeepFinding(resource: string): Finding {
  return shellFinding(SHELL_RULES.tooDeep, resource, unknownEnvironment('nesting deeper than guard follows'));
}

export function unparsableFinding(line: string, why: string): Finding {
  return shellFinding(SHELL_RULES.unparsable, shortLabel(line), unknownEnvironment(`the line does not parse: ${why}`), [
    `parse error: ${why}`,
  ]);
}

export function unknownOperandsFinding(command: string, environment: Environment, probeRule: string): Finding {
  return shellFinding(SHELL_RULES.unknownOperands, `${command}-operands`, environment, [
    `with a worst-case operand it matches ${probeRule}`,
  ]);
}

/** A short, single-line label for a piece of shell text. */
export function shortLabel(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
