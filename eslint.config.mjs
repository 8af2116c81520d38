// Lint configuration. The one architectural rule that matters most lives here:
// src/core is pure TypeScript shared by the CLI, the extension and the tests, so
// it may import neither `vscode` nor any Node built-in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const deepCore = { group: ['**/core/*', '!**/core/index', '!**/core/index.ts'], message: 'Import the engine through src/core/index.ts, its one public surface.' };
const extensionFromMedia = { group: ['**/extension', '**/extension/**'], message: 'The webview shares only src/shared/protocol.ts with the extension.' };
const onlyExtensionVscode = { name: 'vscode', message: 'Only src/extension may import vscode.' };
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
    // Functions short enough to read at once (docs/ARCHITECTURE.md).
    files: ['src/**/*.ts', 'media/src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
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
  // Outside src/core the engine is reached through its index only; the
  // webview (media/) talks to the extension through src/shared/protocol.ts,
  // never by importing it; only src/extension may import vscode.
  {
    files: ['src/extension/**/*.ts', 'test/integration/**/*.ts', 'test/unit/features/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [deepCore] }] },
  },
  {
    files: ['src/cli/**/*.ts', 'src/shared/**/*.ts', 'src/lsp/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [onlyExtensionVscode], patterns: [deepCore] }] },
  },
  {
    files: ['media/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [onlyExtensionVscode], patterns: [deepCore, extensionFromMedia] }] },
  },
  {
    files: ['scripts/**/*.{mjs,js}', 'test/**/*.{mjs,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
