import type { PrefilterSpec } from '../rule.js';
import { isShellName, shQuote } from './sh-quote.js';

export interface PrefilterWorld {
  /** Protected paths from the configuration at install time (`~/` = HOME). */
  protectedPaths: readonly string[];
}

/**
 * The shim's pre-filter as a POSIX sh function, `guard_prefilter "$@"`: status 0 = "maybe
 * destructive, run the full check", 1 = "certainly benign". Builtins only (case, [ ]), so the
 * common case starts no process. It reads guard_pwd, guard_home and guard_stdin_tty, which the
 * shim sets from $PWD, $HOME and `[ -t 0 ]` (tests set them to an example's world).
 */
export function renderPrefilter(spec: PrefilterSpec, world: PrefilterWorld, name = 'guard_prefilter'): string {
  const body = [
    ...clearChecks(spec),
    ...(spec.always ? ['  return 0'] : [...headChecks(spec, world), ...argumentLoop(spec), '  return 1']),
  ];
  return [`${name}() {`, ...body, '}'].join('\n');
}

/** Several packs claim the command (e.g. custom rules): the full check when any of their pre-filters asks for it. */
export function renderPrefilters(specs: readonly PrefilterSpec[], world: PrefilterWorld): string {
  if (specs.length === 1) return renderPrefilter(specs[0] as PrefilterSpec, world);
  if (specs.length === 0) return renderPrefilter({ always: true }, world);
  const parts = specs.map((spec, i) => renderPrefilter(spec, world, `guard_prefilter_${i + 1}`));
  const calls = specs.map((_, i) => `  guard_prefilter_${i + 1} "$@" && return 0`);
  return [...parts, 'guard_prefilter() {', ...calls, '  return 1', '}'].join('\n');
}

/** `tool --version` alone: certainly benign, decided before anything else. */
function clearChecks(spec: PrefilterSpec): string[] {
  if (!spec.clears || spec.clears.length === 0) return [];
  return [`  [ $# -eq 1 ] && case $1 in ${spec.clears.map(shQuote).join('|')}) return 1 ;; esac`];
}

function headChecks(spec: PrefilterSpec, world: PrefilterWorld): string[] {
  const lines: string[] = [];
  if (spec.stdinNotTty) lines.push('  [ "$guard_stdin_tty" = 1 ] || return 0');
  for (const name of spec.envVars ?? []) {
    if (!isShellName(name)) throw new Error(`prefilter envVars: "${name}" is not a variable name`);
    lines.push(`  [ -n "\${${name}+set}" ] && return 0`);
  }
  const places = [...(spec.cwdPaths ?? []), ...(spec.pathOperands ? world.protectedPaths : [])];
  if (spec.pathOperands) lines.push(...sensitiveCwdChecks());
  for (const place of places) lines.push(...cwdNearChecks(place));
  const markers = markerTest(spec.markerFiles ?? [], '$guard_d');
  if (markers) {
    // Walk up with `..` (not $PWD's spelling): the directories that really hold the working directory.
    lines.push(
      '  guard_d=.',
      '  guard_n=0',
      '  while [ "$guard_n" -lt 64 ]; do',
      `    ${markers} && return 0`,
      '    [ "$guard_d" -ef / ] && break',
      '    guard_d=$guard_d/..',
      '    guard_n=$((guard_n + 1))',
      '  done',
      '  [ "$guard_d" -ef / ] || return 0',
    );
  }
  return lines;
}

/** `[ -e DIR/M1 ] || [ -e DIR/M2 ]…`, or undefined without markers. */
function markerTest(markers: readonly string[], dir: string): string | undefined {
  if (markers.length === 0) return undefined;
  const tests = markers.map((m) => {
    if (m.includes('/')) throw new Error(`prefilter markerFiles: "${m}" must be a file name`);
    return `[ -e "${dir}"/${shQuote(m)} ]`;
  });
  return tests.length === 1 ? (tests[0] as string) : `{ ${tests.join(' || ')}; }`;
}

/** A working directory where a relative operand can mean `/`, a system directory, HOME or its children. */
function sensitiveCwdChecks(): string[] {
  return [
    '  case $guard_pwd in /*/*) ;; *) return 0 ;; esac',
    '  [ "$guard_pwd" = "$guard_home" ] && return 0',
    '  [ -n "$guard_home" ] && [ . -ef "$guard_home" ] && return 0',
    '  case $guard_home in "$guard_pwd"/*) return 0 ;; esac',
  ];
}

/** The working directory is the place, inside it, or above it. */
function cwdNearChecks(place: string): string[] {
  const spelled = place.startsWith('~/')
    ? `"$guard_home"${shQuote(place.slice(1).replace(/\/+$/, ''))}`
    : shQuote(place.replace(/\/+$/, '') || '/');
  return [
    `  case $guard_pwd in ${spelled}|${spelled}/*) return 0 ;; esac`,
    `  case ${spelled} in "$guard_pwd"/*) return 0 ;; esac`,
  ];
}

function argumentLoop(spec: PrefilterSpec): string[] {
  const patterns = [
    ...(spec.words ?? []).map(shQuote),
    ...(spec.wordsAnyCase ?? []).map(anyCase),
    ...(spec.prefixes ?? []).map((p) => `${shQuote(p)}*`),
    ...(spec.suffixes ?? []).map((s) => `*${shQuote(s)}`),
  ];
  const inner: string[] = [];
  if (patterns.length > 0) inner.push(`    case $guard_a in ${patterns.join('|')}) return 0 ;; esac`);
  const chars = [...new Set(spec.shortFlagChars ?? '')];
  if (chars.length > 0)
    inner.push(`    case $guard_a in --*) ;; ${chars.map((c) => `-*${shQuote(c)}*`).join('|')}) return 0 ;; esac`);
  if (spec.pathOperands) inner.push(...pathChecks());
  const markers = markerTest(spec.markerFiles ?? [], '$guard_d');
  if (markers) {
    inner.push(
      '    guard_d=$guard_a',
      '    while :; do',
      '      case $guard_d in */*) guard_d=${guard_d%/*} ;; *) break ;; esac',
      `      [ -n "$guard_d" ] && ${markers} && return 0`,
      '    done',
    );
  }
  return inner.length === 0 ? [] : ['  for guard_a in "$@"; do', ...inner, '  done'];
}

/** A glob matching the word in any letter case: `[Ff][Ll][Uu][Ss][Hh]`. */
function anyCase(word: string): string {
  return [...word]
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : shQuote(c)))
    .join('');
}

/** Spellings whose target cannot be judged without resolving them: the full check resolves them. */
function pathChecks(): string[] {
  const unclear = ['/*', '*..*', "'~'*", '*=/*', "*='~'*", '*[*?[]*', '.git', '.git/*', '*/.git', '*/.git/*'];
  return [
    `    case $guard_a in ${unclear.join('|')}) return 0 ;; *[!./]*) ;; *) return 0 ;; esac`,
    '    [ -h "$guard_a" ] && return 0',
    '    [ -h "${guard_a%/}" ] && return 0',
    '    [ -e "$guard_a/.git" ] && return 0',
  ];
}
