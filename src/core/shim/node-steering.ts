// Variables that make Node (or the dynamic loader) load other code or change how modules resolve.
// Shims and the `guard` launcher start guard's Node with them cleared, so an earlier
// `export NODE_OPTIONS=--require agent.cjs` cannot run code inside guard's check. Their values are
// kept as GUARD_KEEP_<NAME> and put back for the real tool (bin/guard-shim-loader.cjs), so what
// the tool sees is unchanged.
export const NODE_STEERING_VARS = [
  'NODE_OPTIONS',
  'NODE_PATH',
  'NODE_REPL_EXTERNAL_MODULE',
  'NODE_COMPILE_CACHE',
  'NODE_CHANNEL_FD',
  'NODE_CHANNEL_SERIALIZATION_MODE',
  'NODE_UNIQUE_ID',
  'NODE_PRESERVE_SYMLINKS',
  'NODE_PRESERVE_SYMLINKS_MAIN',
  'NODE_ICU_DATA',
  'NODE_EXTRA_CA_CERTS',
  'NODE_V8_COVERAGE',
  'NODE_REDIRECT_WARNINGS',
  'NODE_DEBUG_NATIVE',
  'NODE_TEST_CONTEXT',
  'LD_PRELOAD',
  'LD_AUDIT',
  'LD_LIBRARY_PATH',
] as const;

export const KEEP_PREFIX = 'GUARD_KEEP_';

/** Shell code (sh and bash) that moves each steering variable aside before Node starts. */
export function clearSteeringScript(): string {
  return `for guard_v in ${NODE_STEERING_VARS.join(' ')}; do
  eval "if [ -n \\"\\\${$guard_v+x}\\" ]; then ${KEEP_PREFIX}$guard_v=\\\$$guard_v; export ${KEEP_PREFIX}$guard_v; unset $guard_v; fi"
done`;
}
