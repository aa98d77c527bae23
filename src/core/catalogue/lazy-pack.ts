// A catalogue tool known by its commands only until a command of it is judged: the index holds
// names, the data is compiled on first use, so start-up does not grow with the number of tools.
import type { RulePack } from '../rule.js';
import { compileTool } from './compile-tool.js';
import type { CatalogueTool } from './operation-spec.js';

export interface CatalogueEntry {
  tool: string;
  commands: string[];
  /** Returns the tool's data; called at most once. */
  load: () => CatalogueTool;
}

export function lazyPack(entry: CatalogueEntry): RulePack<any> {
  let pack: RulePack<any> | undefined;
  const get = (): RulePack<any> => {
    if (pack) return pack;
    const tool = entry.load();
    if (tool.tool !== entry.tool || tool.commands.join() !== entry.commands.join())
      throw new Error(
        `catalogue entry ${entry.tool} does not match its data (${tool.tool}: ${tool.commands.join(', ')})`,
      );
    return (pack = compileTool(tool));
  };
  return {
    tool: entry.tool,
    commands: entry.commands,
    get prefilter() {
      return get().prefilter;
    },
    get rules() {
      return get().rules;
    },
    readsStdin: (args) => get().readsStdin?.(args) ?? false,
    parse: (args, ctx, command) => get().parse(args, ctx, command),
    environment: (parsed, ctx) => get().environment(parsed, ctx),
  };
}
