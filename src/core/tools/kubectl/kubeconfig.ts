// Reads the current context and each context's namespace from kubeconfig files kubectl writes
// (block YAML or JSON), without a YAML library: only these keys matter and startup must stay fast.
import { posix } from 'node:path';
import type { Context } from '../../types.js';

export interface KubeconfigFacts {
  currentContext?: { name: string; file: string };
  /** context name → its namespace, from the first file defining the context. */
  namespaces: Map<string, string>;
  files: string[];
}

/** `--kubeconfig` > `KUBECONFIG` (colon list, first current-context wins) > ~/.kube/config. */
export function readKubeconfig(explicit: string | undefined, ctx: Context): KubeconfigFacts {
  const files = explicit
    ? [posix.resolve(ctx.cwd, explicit)]
    : ctx.env.KUBECONFIG
      ? ctx.env.KUBECONFIG.split(':')
          .filter(Boolean)
          .map((f) => posix.resolve(ctx.cwd, f))
      : [posix.join(ctx.home, '.kube/config')];
  const facts: KubeconfigFacts = { namespaces: new Map(), files };
  for (const file of files) {
    const text = ctx.fs.readText(file);
    if (text === undefined) continue;
    const parsed = text.trimStart().startsWith('{') ? readJson(text) : readYaml(text);
    if (!facts.currentContext && parsed.current) facts.currentContext = { name: parsed.current, file };
    for (const [name, ns] of parsed.contexts) if (!facts.namespaces.has(name)) facts.namespaces.set(name, ns);
  }
  return facts;
}

interface FileFacts {
  current?: string;
  contexts: Map<string, string>;
}

function readJson(text: string): FileFacts {
  try {
    const value = JSON.parse(text) as {
      'current-context'?: string;
      contexts?: { name?: string; context?: { namespace?: string } }[];
    };
    const contexts = new Map<string, string>();
    for (const c of value.contexts ?? []) if (c.name && c.context?.namespace) contexts.set(c.name, c.context.namespace);
    return { ...(value['current-context'] ? { current: value['current-context'] } : {}), contexts };
  } catch {
    return { contexts: new Map() };
  }
}

function readYaml(text: string): FileFacts {
  const current = /^current-context:[ \t]*(.*)$/m.exec(text);
  const contexts = new Map<string, string>();
  const block = /^contexts:[ \t]*\n((?:[ \t-].*\n?|\n)*)/m.exec(text);
  if (block) {
    for (const item of (block[1] as string).split(/^[ \t]*- /m).slice(1)) {
      const name = /^(?:[ \t]*)name:[ \t]*(.+)$/m.exec(item);
      const ns = /^[ \t]*namespace:[ \t]*(.+)$/m.exec(item);
      if (name && ns) contexts.set(unquote(name[1] as string), unquote(ns[1] as string));
    }
  }
  const value = current ? unquote(current[1] as string) : '';
  return { ...(value ? { current: value } : {}), contexts };
}

export function unquote(raw: string): string {
  const v = raw.replace(/\s+#.*$/, '').trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}
