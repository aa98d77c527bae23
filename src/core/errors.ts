import { EXIT } from './exit-codes.js';

/** A malfunction (never a verdict). Caught only at the entry points. */
export class GuardError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GuardError';
    this.exitCode = options.exitCode ?? EXIT.internal;
    this.hint = options.hint;
  }
}

export class UsageError extends GuardError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: EXIT.usage, hint });
    this.name = 'UsageError';
  }
}

export class ConfigError extends GuardError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super(message, { exitCode: EXIT.config, hint, cause });
    this.name = 'ConfigError';
  }
}

export class ToolNotFoundError extends GuardError {
  constructor(tool: string, hint?: string) {
    super(`the real \`${tool}\` was not found on PATH`, { exitCode: EXIT.notFound, hint });
    this.name = 'ToolNotFoundError';
  }
}
