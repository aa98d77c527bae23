// Lint: typescript-eslint's recommended rules (syntax only, no type information: it stays fast),
// tuned so the current tree passes; formatting is prettier's job (.prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bin/', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Rule packs are generic over their parse result; `RulePack<any>` is the registry's element type.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Control characters and invisible joiners are what the display and look-alike code exists to find.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // TypeScript resolves names (and knows Node's globals); the plain .js/.mjs scripts run under Node.
      'no-undef': 'off',
      // Handlers that read a variable before its one assignment (signal forwarding) need `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Escaped quotes inside rule texts read as intended; not worth touching rules/ for.
      'no-useless-escape': 'off',
    },
  },
  // Injected into the CommonJS shim bundle, where require and __filename exist.
  { files: ['scripts/import-meta-url.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
