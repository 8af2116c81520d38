// Lint configuration. The one architectural rule that matters most lives here:
// src/core is pure TypeScript shared by the CLI, the extension and the tests, so
// it may import neither `vscode` nor any Node built-in.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const deepCore = { group: ['**/core/*', '!**/core/index', '!**/core/index.ts'], message: 'Import the engine through src/core/index.ts, its one public surface.' };
const extensionFromMedia = { group: ['**/extension', '**/extension/**'], message: 'The webview shares only src/shared/protocol.ts with the extension.' };
const onlyExtensionVscode = { name: 'vscode', message: 'Only src/extension may import vscode.' };
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'process', 'stream', 'events', 'http', 'https', 'net'];

/**
 * The layers of src/core, bottom first (docs/ARCHITECTURE.md draws them): a
 * folder or top-level file may import only what an earlier layer holds. The
 * rubric's model (rubric/model.ts) is plain data like types.ts, so it sits at
 * the bottom while the rest of rubric/ (loader, resolver, people) sits above
 * the analysis whose keyword checks it uses. A folder not listed here may be
 * imported by none of these: place it before it is used.
 */
const CORE_LAYERS = [
  ['types.ts', 'text.ts'],
  ['rubric/model.ts'],
  ['parse'],
  ['memory'],
  ['analysis'],
  ['rubric'],
  ['rules'],
  ['summary'],
  ['report'],
  ['service.ts'],
  ['history'],
  ['template', 'features', 'calendar'],
  // The workspace engine (issue 19: runs, findings and features behind one factory) sits on top.
  ['workspace'],
];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * no-restricted-imports for a file of src/core: never vscode nor a Node
 * built-in; in a layer, no import of src/core outside `below` (the same
 * folder is free). A top-level file imports `./x`, a folder's file `../x`.
 */
function coreImports(layer, below) {
  const options = {
    paths: [{ name: 'vscode', message: 'src/core is host-independent: adapt vscode in src/extension.' }],
    patterns: [{ group: nodeBuiltins, message: 'src/core is host-independent: reach files through the ReviewHost interface.' }],
  };
  if (!layer) return options;
  const allowed = below.map((name) => escapeRegex(name.replace(/\.ts$/, '')) + (name.endsWith('.ts') ? '$' : '(?:/|$)'));
  const message = `src/core imports downward only (${CORE_LAYERS.map((l) => l.join(' ')).join(' → ')}): ${layer.join(', ')} may import ${below.length ? below.join(', ') : 'nothing else in src/core'}. Move the shared piece down, or hand it in from above (docs/ARCHITECTURE.md, "Layers").`;
  const notBelow = allowed.length ? `(?!(?:${allowed.join('|')}))` : '';
  const topLevelFiles = layer.some((name) => name.endsWith('.ts') && !name.includes('/'));
  // From src/core/x.ts the engine is `./…`; from src/core/folder/x.ts it is `../…`.
  options.patterns.push({ regex: topLevelFiles ? `^\\./${notBelow}` : `^\\.\\./${notBelow}`, message });
  return options;
}

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
      'no-restricted-imports': ['error', coreImports()],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  // Layers: a core folder imports only the folders below it (type-only imports
  // included), so the engine reads bottom-up and has no cycle between folders.
  ...CORE_LAYERS.map((layer, rank) => ({
    files: layer.map((name) => (name.endsWith('.ts') ? `src/core/${name}` : `src/core/${name}/**/*.ts`)),
    ignores: CORE_LAYERS.flat().filter((name) => layer.some((folder) => name.startsWith(`${folder}/`))).map((name) => `src/core/${name}`),
    rules: { 'no-restricted-imports': ['error', coreImports(layer, CORE_LAYERS.slice(0, rank).flat())] },
  })),
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
