// Compiles the integration suite (test/integration/index.ts and every
// test/integration/**/*.test.ts) to out/test/integration/ for VS Code's
// extension host: CommonJS, Node platform, sourcemaps.
//
// `vscode` is external because the extension host injects it. `mocha` is
// external too: out/ sits inside the repo, so the host's plain Node require
// finds /work/main/node_modules/mocha by walking up, and bundling Mocha drags
// in its dynamic reporter/interface requires that esbuild cannot follow.
// Each test file is its own bundle so it may import src/core directly.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'test', 'integration');
const outDir = path.join(root, 'out', 'test', 'integration');

const entryPoints = [
  path.join(srcDir, 'index.ts'),
  ...readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name)),
];

// Stale *.test.js from deleted sources would otherwise still be run.
rmSync(outDir, { recursive: true, force: true });

await esbuild.build({
  entryPoints,
  outbase: srcDir,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} file(s) into ${path.relative(root, outDir)}/`);
