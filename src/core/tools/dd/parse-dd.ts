// dd's operands (`if=… of=…`), read as dd reads them: the last of each key wins.

export interface DdParsed {
  /** `key=value` operands by key (last wins, as in dd). */
  operands: Map<string, string>;
  help: boolean;
}

export function parseDd(args: readonly string[]): DdParsed {
  const operands = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) operands.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return { operands, help: args.includes('--help') || args.includes('--version') };
}
