/** Which layer a config file belongs to. Project files are data only and may only tighten. */
export type ConfigLayer = 'system' | 'user' | 'project';

/** One reason a config file was (partly) rejected. Any problem refuses destructive commands. */
export interface ConfigProblem {
  file: string;
  layer: ConfigLayer;
  /** Key path inside the file, e.g. "environments[1].production"; empty for the whole file. */
  key: string;
  message: string;
}

export function describeProblem(p: ConfigProblem): string {
  return `${p.file}${p.key ? `: ${p.key}` : ''}: ${p.message}`;
}

/** The one-paragraph refusal for a destructive command while the config is broken or tampered with. */
export function configRefusalParagraph(problems: readonly ConfigProblem[]): string {
  const listed = problems.slice(0, 5).map(describeProblem).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  return (
    `guard: refused: the guard configuration did not load (${listed}${more}). ` +
    'While a config file is invalid or tries to loosen the rules, destructive commands are refused and benign ones still run. ' +
    'Fix or remove the file named above (a project config may only tighten: allowances and disabled rules belong in your user config), then run the command again. Nothing was run.'
  );
}
