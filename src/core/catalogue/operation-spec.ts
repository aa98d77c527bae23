// The one declarative shape of a destructive operation, shared by built-in catalogue tools and
// users' custom rules (the config schema is its source of truth).
import type { CustomRuleSpec } from '../config/schema.js';
import type { Context, Environment } from '../types.js';

export type OperationSpec = CustomRuleSpec;

/** A catalogued tool: what every operation of it shares, and its operations. */
export interface CatalogueTool {
  tool: string;
  commands: string[];
  /** Where the syntax was checked. */
  docs: string;
  style?: OperationSpec['style'];
  /** Global options that take a value (so their value is not read as a word of the command path). */
  valueFlags?: string[];
  /** Words dropped from the front of the command path when present (gcloud's release tracks `alpha`, `beta`). */
  leadingWords?: readonly string[];
  /** The option, variable or operand that names the environment, for every operation without its own. */
  environment?: OperationSpec['environment'];
  /** Built-in only: a hand-written resolver (aws's credential chain) for operations that name no environment of their own. */
  environmentOf?: (args: readonly string[], ctx: Context) => Environment;
  /** First match wins: a later, broader operation (a verb grammar) never repeats an earlier one. */
  operations: Omit<OperationSpec, 'tool' | 'commands'>[];
}

/** Each operation as a complete spec, with the tool's shared fields filled in. */
export function operationSpecs(tool: CatalogueTool): OperationSpec[] {
  return tool.operations.map((op) => ({
    ...op,
    tool: tool.tool,
    commands: tool.commands,
    ...(tool.style && !op.style ? { style: tool.style } : {}),
    valueFlags: [...(tool.valueFlags ?? []), ...(op.valueFlags ?? [])],
    ...((op.environment ?? tool.environment) ? { environment: op.environment ?? tool.environment } : {}),
  }));
}
