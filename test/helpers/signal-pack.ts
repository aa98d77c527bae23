// A fake pack for environment tests: `fake drop NAME --signal KIND=VALUE@SOURCE …` emits the
// signals in the order given (strongest first), the way a real pack would rank them.
import { resolveEnvironment, type EnvironmentSignal, type SignalKind } from '../../src/core/environment.js';
import { definePack } from '../../src/core/rule.js';
import type { EvidenceSource } from '../../src/core/types.js';

interface Parsed {
  words: string[];
  signals: EnvironmentSignal[];
}

export const signalPack = definePack<Parsed>({
  tool: 'fake',
  commands: ['fake'],
  prefilter: { always: true },
  parse(args) {
    const parsed: Parsed = { words: [], signals: [] };
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg !== '--signal') {
        parsed.words.push(arg);
        continue;
      }
      const spec = args[++i] ?? '';
      const m = /^([a-z-]+)=(.*)@([a-z-]+)$/.exec(spec);
      if (!m) throw new Error(`bad --signal ${spec}`);
      parsed.signals.push({
        kind: m[1] as SignalKind,
        value: m[2] as string,
        source: m[3] as EvidenceSource,
        detail: `${m[1]} ${m[2]} from ${m[3]}`,
      });
    }
    return parsed;
  },
  environment: (parsed, ctx) => resolveEnvironment(parsed.signals, ctx),
  rules: [
    {
      id: 'fake/drop',
      summary: 'drops a thing',
      message: 'drops {{resource}} in {{environment}}',
      rationale: 'gone for good',
      safer: 'do not',
      match: (parsed) => (parsed.words[0] === 'drop' && parsed.words[1] ? { resource: parsed.words[1] } : null),
      examples: {
        destructive: [
          { argv: ['fake', 'drop', 'a', '--signal', 'other=staging@flag'], resource: 'a', environment: 'staging' },
        ],
        benign: [{ argv: ['fake', 'list'] }],
      },
    },
  ],
});
