// What a judgement considered, pack by pack: recorded by the classifier as it runs (never by a
// second loop), printed by `guard explain`. Pure data.
import type { Environment } from '../types.js';

export interface RuleTrace {
  rule: string;
  summary: string;
  matched: boolean;
  matches: { resource: string; environment: Environment; details: string[]; warnings: string[] }[];
  error?: string;
}

export interface PackTrace {
  tool: string;
  source: string;
  /** The command this pack judged: the argv itself, or what a wrapper or shell ran. */
  argv: readonly string[];
  /** The pack's own view of the environment (rules may override it per match). */
  environment?: Environment;
  error?: string;
  rules: RuleTrace[];
}

/** Receives each pack's trace as the classifier runs it; judging is the same with or without one. */
export type TraceSink = (entry: PackTrace) => void;
