// python -c, node -e, perl -e, ruby -e, php -r (and framework consoles): the shell commands their code runs are classified as
// shell lines; library tree deletes (shutil.rmtree, fs.rmSync recursive, FileUtils.rm_rf) are judged
// as `rm -rf PATH`; a call guard cannot read is opaque.
import type { PackIndex } from '../classify.js';
import type { Finding } from '../types.js';
import { analyseLine } from '../shell/analyse-line.js';
import { overwriteFindings } from '../shell/in-place.js';
import { judgeEffects } from './code-effects.js';
import { consoleCode } from './consoles.js';
import { scanCode, type Language } from './interpreter-code.js';
import { deeper, hasUnknown, MAX_DEPTH, type Invocation } from './invocation.js';
import { opaqueFinding, tooDeepFinding } from './shell-findings.js';
import { isProcessSubstitution, scriptOnStdin } from './shells.js';
import type { Recurse, WrapperHandler } from './simple-wrappers.js';

export function languageOf(name: string): Language | undefined {
  // Every name starts with p, n, b or r (most commands do not: no pattern to run for them).
  const first = name.charCodeAt(0);
  if (first !== 0x70 && first !== 0x6e && first !== 0x62 && first !== 0x72) return undefined;
  if (/^python(\d+(\.\d+)?)?$|^pypy3?$/.test(name)) return 'python';
  if (name === 'node' || name === 'nodejs' || name === 'bun') return 'node';
  if (/^perl(\d[\d.]*)?$/.test(name)) return 'perl';
  if (/^ruby(\d[\d.]*)?$/.test(name)) return 'ruby';
  if (/^php(\d[\d.]*)?$/.test(name)) return 'php';
  return undefined;
}

interface Program {
  code?: string;
  readsStdin: boolean;
}

const PY_VALUE = new Set(['-W', '-X', '-Q']);
const NODE_VALUE = new Set([
  '-r',
  '--require',
  '--import',
  '--loader',
  '--experimental-loader',
  '-C',
  '--conditions',
  '--input-type',
  '--env-file',
  '--title',
]);

export function programOf(args: readonly string[], language: Language): Program {
  const pieces: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-') return { readsStdin: true };
    if (arg === '--' || !arg.startsWith('-')) break;
    if (language === 'python') {
      if (arg === '-m' || arg.startsWith('-m')) return { readsStdin: false };
      if (/^-[A-Za-z]*c/.test(arg))
        return { code: arg.slice(arg.indexOf('c') + 1) || (args[i + 1] ?? ''), readsStdin: false };
      if (PY_VALUE.has(arg)) i++;
      continue;
    }
    if (language === 'node') {
      if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print' || /^-[pe]{2}$/.test(arg))
        return { code: args[i + 1] ?? '', readsStdin: false };
      if (arg.startsWith('--eval=') || arg.startsWith('--print='))
        return { code: arg.slice(arg.indexOf('=') + 1), readsStdin: false };
      if (NODE_VALUE.has(arg)) i++;
      continue;
    }
    if (language === 'php') {
      if (arg === '-r') return { code: args[i + 1] ?? '', readsStdin: false };
      // Information and lint options run no program (php -v, php -m, php -l FILE).
      if (/^-[vmihlsSa]$|^--(?:version|help|info|modules|ini)$/.test(arg)) return { readsStdin: false };
      if (arg === '-d' || arg === '-c' || arg === '-z') i++;
      continue;
    }
    // perl and ruby: -e may repeat, and may end a bundle (-ne, -lpe).
    if (/^-[a-zA-Z0-9]*[eE]$/.test(arg) && !/^-[iIMmrx0]/.test(arg)) {
      pieces.push(args[i + 1] ?? '');
      i++;
      continue;
    }
    if (arg === '-r' || arg === '-I') i++;
  }
  if (pieces.length > 0) return { code: pieces.join('\n'), readsStdin: false };
  const operands = args.filter((a) => !a.startsWith('-'));
  return { readsStdin: operands.length === 0 };
}

export const interpreterHandler: WrapperHandler = (inv, recurse, index) => {
  const name = (inv.argv[0] ?? '').slice((inv.argv[0] ?? '').lastIndexOf('/') + 1);
  const language = languageOf(name);
  if (!language) return undefined;
  const program = programOf(inv.argv.slice(1), language);
  if (program.code !== undefined) return judgeCode(program.code, language, name, inv, index, recurse);
  if (program.readsStdin)
    return scriptOnStdin(inv, name, index, (text) => judgeCode(text, language, name, inv, index, recurse));
  const console = consoleCode(inv.argv.slice(1), language);
  if (console !== undefined) return judgeCode(console, language, name, inv, index, recurse);
  const script = inv.argv.slice(1).find((a) => !a.startsWith('-'));
  if (script !== undefined && isProcessSubstitution(script))
    return [opaqueFinding(`${name}-script`, `${name} runs the output of another command, which guard cannot see`)];
  // A script file or module: the packs for the command judge it (python manage.py flush, php artisan migrate:fresh).
  return undefined;
};

export function judgeCode(
  code: string,
  language: Language,
  name: string,
  inv: Invocation,
  index: PackIndex,
  recurse: Recurse,
): Finding[] {
  if (hasUnknown(code))
    return [opaqueFinding(`${name}-code`, `the ${name} program comes from a variable or $(…), which guard cannot see`)];
  const findings: Finding[] = [];
  for (const action of scanCode(code, language)) {
    switch (action.kind) {
      case 'shell':
        findings.push(...analyseLine(action.line, inv.ctx, index, { depth: inv.depth + 1 }));
        break;
      case 'argv':
        findings.push(...recurse(deeper(inv, action.argv)));
        break;
      case 'remove': {
        const argv = action.recursive ? ['rm', '-rf', '--', action.path] : ['rm', '-f', '--', action.path];
        const note = `${name}: ${action.call}(${JSON.stringify(action.path)}) judged as \`${argv.join(' ')}\``;
        findings.push(...recurse(deeper(inv, argv)).map((f) => ({ ...f, details: [note, ...f.details] })));
        break;
      }
      case 'overwrite':
        findings.push(
          ...overwriteFindings(
            action.path,
            inv.ctx,
            `${name}: ${action.call}(${JSON.stringify(action.path)}) replaces its contents`,
          ),
        );
        break;
      case 'opaque':
        findings.push(
          opaqueFinding(`${name}-code`, `${name} calls ${action.call} with ${action.text}, which guard cannot read`),
        );
        break;
      case 'code': {
        // Evaluated code is one level deeper, so nested exec("exec(…)") stays bounded.
        const inner = deeper(inv, inv.argv);
        findings.push(
          ...(inner.depth > MAX_DEPTH
            ? [tooDeepFinding(`${name}-code`)]
            : judgeCode(action.text, language, name, inner, index, recurse)),
        );
        break;
      }
    }
  }
  findings.push(...judgeEffects(code, language, name, inv, index, recurse));
  return findings;
}
