// House rules, set to the style the code already has (2 spaces, single quotes, semicolons, trailing commas in
// multi-line lists). Layers are rules too: src/core is editor- and file-system-free, the extension never reaches into
// the CLI, and Node-only shared code lives in src/node.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'test-output/**', 'bench-data/**', '.vscode-host/**', '.vscode-test/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    plugins: { '@stylistic': stylistic },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, ignoredNodes: ['TSUnionType > TSTypeLiteral', 'TSUnionType > TSTypeLiteral *'] }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1 }],
      // Messages and patterns may run long; code wraps before this.
      '@stylistic/max-len': ['error', { code: 200, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true, ignoreComments: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A closure may read a variable that is assigned once, later (a subscription it disposes).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Deliberate run-time requires: the engine bundle beside the adapter, and tinyglobby's CommonJS build.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^\\./engine\\.js$', '^tinyglobby$'] }],
      // NUL-separated git output and terminal escape codes are parsed on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode'], message: 'src/core never imports vscode.' },
        { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'worker_threads'], message: 'src/core never touches the file system or Node: use the workspace host.' },
        { group: ['**/cli/**', '**/extension/**', '**/node/**', '**/webview/**'], message: 'src/core depends on nothing outside it.' },
      ] }],
    },
  },
  {
    files: ['src/extension/**/*.ts', 'src/node/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'], message: 'Only the CLI imports src/cli; shared Node code lives in src/node.' }] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'node:*', '**/cli/**', '**/extension/**', '**/node/**'], message: 'The webview page runs in the browser: core and its own files only.' }] }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/**'],
    languageOptions: {
      globals: Object.fromEntries(['process', 'console', '__dirname', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL', 'fetch'].map((g) => [g, 'readonly'])),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Functions these scripts hand to the browser page (page.evaluate) run there.
    files: ['test/browser/**', 'scripts/start.mjs', 'scripts/vscode-host.mjs'],
    languageOptions: { globals: Object.fromEntries(['document', 'window', 'getComputedStyle'].map((g) => [g, 'readonly'])) },
  },
);
