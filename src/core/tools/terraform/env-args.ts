/** One TF_CLI_ARGS* variable and the words it injects. */
export interface InjectedArgs {
  variable: string;
  args: string[];
}

/**
 * Splits a TF_CLI_ARGS value into words the way terraform does (go-shellwords, no expansion): blanks
 * separate words; single quotes are literal; double quotes keep \\ \" \$ escapes; a backslash
 * outside quotes escapes the next character. `$HOME`, `*` and `#` are plain text.
 */
export function splitEnvArgs(value: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && i + 1 < value.length && '\\"$`'.includes(value[i + 1] as string)) word += value[++i];
      else word += c;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\' && i + 1 < value.length) word += value[++i];
      else word += c;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * The variables terraform reads for this subcommand, in the order their words end up after the
 * subcommand: TF_CLI_ARGS_<sub> first, then TF_CLI_ARGS (terraform inserts TF_CLI_ARGS right after the
 * subcommand, then TF_CLI_ARGS_<sub> right after the subcommand again; main.go mergeEnvArgs).
 */
export function injectedArgs(
  subcommand: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): InjectedArgs[] {
  const suffix = subcommand.join('_').replace(/-/g, '_');
  const out: InjectedArgs[] = [];
  for (const variable of [`TF_CLI_ARGS_${suffix}`, 'TF_CLI_ARGS']) {
    const value = env[variable];
    if (value !== undefined && value.trim() !== '' && subcommand.length > 0)
      out.push({ variable, args: splitEnvArgs(value) });
  }
  return out;
}
