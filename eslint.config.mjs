// Lint configuration. The one architectural rule that matters most lives here:
// src/core is pure TypeScript shared by the CLI, the extension and the tests, so
// it may import neither `vscode` nor any Node built-in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'process', 'stream', 'events', 'http', 'https', 'net'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'media/dist/**', 'node_modules/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is host-independent: adapt vscode in src/extension.' }],
        patterns: [{ group: nodeBuiltins, message: 'src/core is host-independent: reach files through the ReviewHost interface.' }],
      }],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/core/**/*.ts', 'media/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Only src/extension may import vscode.' }],
        patterns: [] }],
    },
    ignores: ['src/core/**/*.ts'],
  },
  {
    files: ['scripts/**/*.{mjs,js}', 'test/**/*.{mjs,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
