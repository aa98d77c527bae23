// Names the objects in a manifest file (`kubectl delete -f`): kind + metadata.name (+ namespace).
import { unquote } from './kubeconfig.js';

export interface ManifestObject {
  kind: string;
  name: string;
  namespace?: string;
}

/** Block-YAML or JSON manifests; undefined when an object cannot be named (the caller names the file). */
export function manifestObjects(text: string): ManifestObject[] | undefined {
  if (text.trimStart().startsWith('{')) {
    try {
      const value = JSON.parse(text) as {
        kind?: string;
        metadata?: { name?: string; namespace?: string };
        items?: unknown[];
      };
      const items = (value.kind?.endsWith('List') ? value.items : [value]) ?? [];
      const objects = items.map((o) => o as { kind?: string; metadata?: { name?: string; namespace?: string } });
      if (objects.some((o) => !o.kind || !o.metadata?.name)) return undefined;
      return objects.map((o) => ({
        kind: o.kind as string,
        name: o.metadata?.name as string,
        ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}),
      }));
    } catch {
      return undefined;
    }
  }
  const objects: ManifestObject[] = [];
  for (const doc of text.split(/^---.*$/m)) {
    if (doc.replace(/^\s*#.*$/gm, '').trim() === '') continue;
    const kind = /^kind:[ \t]*(.+)$/m.exec(doc);
    const metadata = /^metadata:[ \t]*\n((?:[ \t]+.*\n?|\s*\n)*)/m.exec(doc);
    const name = metadata && /^[ \t]{1,4}name:[ \t]*(.+)$/m.exec(metadata[1] as string);
    const namespace = metadata && /^[ \t]{1,4}namespace:[ \t]*(.+)$/m.exec(metadata[1] as string);
    if (!kind || !name || /List$/.test(unquote(kind[1] as string))) return undefined;
    objects.push({
      kind: unquote(kind[1] as string),
      name: unquote(name[1] as string),
      ...(namespace ? { namespace: unquote(namespace[1] as string) } : {}),
    });
  }
  return objects.length > 0 ? objects : undefined;
}
