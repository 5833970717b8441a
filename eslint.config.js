// ESLint (flat config) with typescript-eslint's type-aware rules. The choice, for a security tool whose
// every error path must end in a decision: promises are awaited or handled (a floating one can let a
// check finish after the verdict, or crash the process), no `any` where a type can be written, strict
// equality, no string-to-code (eval and friends), exhaustive switches over unions (a new verdict or
// tier must not fall through), only Error objects thrown, nothing unused, no `.only` left in a test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The globals Node scripts here use (ESLint's no-undef on .js/.mjs files; TypeScript checks .ts).
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'performance', 'structuredClone', 'TextDecoder', 'TextEncoder', 'fetch', 'AbortController', 'globalThis'].map((name) => [name, 'readonly']),
);

const SHARED_RULES = {
  eqeqeq: ['error', 'always', { null: 'ignore' }],
  'no-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
  // Matching control characters is what the sanitizers and path checks are for.
  'no-control-regex': 'off',
  // `test.only` / `describe.only` silently skip the rest of a suite.
  'no-restricted-syntax': ['error', { selector: "CallExpression > MemberExpression.callee[property.name='only']", message: 'No .only: it skips every other test.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'schemas/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: NODE_GLOBALS },
    rules: {
      ...SHARED_RULES,
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...SHARED_RULES,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Async functions without await are common behind interfaces (a reader that may do I/O).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests reach into untyped fixtures (webhook payloads, CommonJS interop); the unsafe-* family would
    // flag every such read without making a test safer. The promise and equality rules still apply.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // A test reading a parsed third-party document (a Codex config, a workflow) names it `any`.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
