/** Fills `{{name}}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function renderMessage(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([a-zA-Z]+)\s*\}\}/g)].map((m) => m[1] as string);
}
