// Codex runs a hook only once it is trusted, and a project's hooks only in a trusted project; an untrusted
// hook is skipped without a word. Its /hooks screen records trust in config.toml as
//   [projects."DIR"] trust_level = "trusted"      and      [hooks.state."KEY"] trusted_hash = "sha256:…"
// These functions add exactly those entries to the config text, leaving every other line as it was.

/** A TOML basic string. */
function tomlString(text: string): string {
  return JSON.stringify(text);
}

function tableHeader(path: string[]): string {
  return `[${path.map((p) => (/^[A-Za-z0-9_-]+$/.test(p) ? p : tomlString(p))).join('.')}]`;
}

/** Sets `key = value` in the table `path`, adding the table at the end when it is not there. */
export function setTomlValue(text: string, path: string[], key: string, value: string): string {
  const header = tableHeader(path);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === header);
  const assignment = `${key} = ${tomlString(value)}`;
  if (start === -1) {
    const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return `${body}${body === '' ? '' : '\n'}${header}\n${assignment}\n`;
  }
  let end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  if (end === -1) end = lines.length;
  const at = lines.findIndex((l, i) => i > start && i < end && new RegExp(`^\\s*${key}\\s*=`).test(l));
  if (at !== -1) lines[at] = assignment;
  else lines.splice(start + 1, 0, assignment);
  return lines.join('\n');
}

/** config.toml with `dir` trusted (only when guard's hook is a project hook) and the hook `key` trusted at `hash`. */
export function trustCodexHook(config: string, key: string, hash: string, projectDir?: string): string {
  const withProject =
    projectDir === undefined ? config : setTomlValue(config, ['projects', projectDir], 'trust_level', 'trusted');
  return setTomlValue(withProject, ['hooks', 'state', key], 'trusted_hash', hash);
}
