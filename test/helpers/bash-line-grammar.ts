// Generated shell lines for the bash-oracle property test: the shapes agents send (quotes, expansions,
// heredocs inside $(…), functions, control structures, redirections), combined at random.
import fc from 'fast-check';

const word = fc.constantFrom(
  'echo',
  'ls',
  'x',
  'a.txt',
  '-la',
  '"a b"',
  "'c d'",
  '$HOME',
  '"$1"',
  '${X:-y}',
  '${#X}',
  '${X%.txt}',
  '$(echo hi)',
  '"$(pwd)"',
  '`pwd`',
  'a\\ b',
  '~/x',
  '*.txt',
  '{a,b}',
  '$((1+2))',
  '"${arr[@]}"',
  '$?',
  '$$',
  'a=b',
  '--opt=v',
  '"it\'s"',
  "$'a\\tb'",
  '"(x)"',
  "'$(not)'",
  '\\$HOME',
  '"a\\"b"',
  'x#y',
  '!',
);
const subst = fc.constantFrom(
  "\"$(cat <<'EOF'\nFix (parser)\n\nIt's done.\nEOF\n)\"",
  '"$(cat <<EOF\n## Summary\n- one (two)\n- it\'s "quoted"\nEOF\n)"',
  "$(cat <<-'X'\n\tbody ) here\n\tX\n)",
  '"$(printf \'%s\\n\' a b)"',
  '"$(git log -1 --format=%s)"',
  '$(echo "a (b)")',
  '"$(case x in a) echo a;; esac)"',
  '$( { echo a; } )',
);
const redirect = fc.constantFrom(
  '> out.txt',
  '2>&1',
  '>> log',
  '< in.txt',
  '<<< "text"',
  '&> /dev/null',
  '2>/dev/null',
  '>| f',
  '1>&2',
  '3>&-',
  '<> f',
);
const name = fc.constantFrom('f', 'cleanup', 'do_it', 'build_all');

const simple = fc
  .tuple(
    fc.constantFrom('echo', 'ls', 'rm', 'git', 'cat', 'printf', 'grep', 'X=1 echo', 'local', 'export Y=2', 'cd'),
    fc.array(fc.oneof(word, word, subst), { maxLength: 4 }),
    fc.array(redirect, { maxLength: 2 }),
  )
  .map(([cmd, args, redirs]) => [cmd, ...args, ...redirs].join(' '));

const joiner = fc.constantFrom('; ', ' && ', ' || ', ' | ', ' & ', '\n', ' |& ', " # a comment (it's)\n", '\r\n');

export const shellLine: fc.Arbitrary<string> = fc.letrec<{ list: string; command: string }>((tie) => ({
  list: fc
    .array(tie('command'), { minLength: 1, maxLength: 3 })
    .chain((cmds) =>
      fc
        .array(joiner, { minLength: cmds.length - 1, maxLength: cmds.length - 1 })
        .map((js) => cmds.map((c, k) => (k === 0 ? c : `${js[k - 1]}${c}`)).join('')),
    ),
  command: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: simple },
    { weight: 1, arbitrary: tie('list').map((l) => `if ${l}; then ${l}; fi`) },
    { weight: 1, arbitrary: tie('list').map((l) => `if true; then ${l}; elif false; then :; else ${l}; fi`) },
    { weight: 1, arbitrary: tie('list').map((l) => `while false; do ${l}; done`) },
    { weight: 1, arbitrary: tie('list').map((l) => `for i in a b "c d"; do ${l}; done`) },
    { weight: 1, arbitrary: tie('list').map((l) => `for ((i=0; i<3; i++)); do ${l}; done`) },
    { weight: 1, arbitrary: tie('list').map((l) => `case "$x" in a|b) ${l};; *) ${l};; esac`) },
    { weight: 1, arbitrary: tie('list').map((l) => `{ ${l}; }`) },
    { weight: 1, arbitrary: tie('list').map((l) => `( ${l} )`) },
    { weight: 1, arbitrary: fc.tuple(name, tie('list')).map(([n, l]) => `${n}() { ${l}; }; ${n} a`) },
    { weight: 1, arbitrary: fc.tuple(name, tie('list')).map(([n, l]) => `function ${n} {\n  ${l}\n}`) },
    { weight: 1, arbitrary: tie('list').map((l) => `[[ -n "$x" && -f y ]] && ${l}`) },
    { weight: 1, arbitrary: tie('list').map((l) => `(( i++ )); ${l}`) },
    { weight: 1, arbitrary: tie('list').map((l) => `cat <<'EOF' > f\n${l.replace(/\nEOF/g, '')}\nEOF\n`) },
    { weight: 1, arbitrary: tie('list').map((l) => `time ${l}`) },
    { weight: 1, arbitrary: tie('list').map((l) => `! ${l}`) },
    { weight: 1, arbitrary: tie('list').map((l) => `x=$(${l})`) },
    { weight: 1, arbitrary: tie('list').map((l) => `echo <(${l}) >(cat)`) },
  ),
})).list;
