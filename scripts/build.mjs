// Bundles the shipped programs with esbuild: the VS Code extension for Node
// (CommonJS, `vscode` external), the same extension for the browser's web
// worker (dist/web/extension.js, which fails the build if a Node built-in or
// `process` reaches it: scripts/lib/browserBundle.mjs), the command-line tool
// (Node, with a shebang) and the summary webview's script (browser IIFE, into
// media/dist).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { browserOptions, buildBrowserBundle } from './lib/browserBundle.mjs';
import { builtinRubricDefine } from './lib/builtinRubricJson.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// ESM dependencies (fdir, via tinyglobby) read import.meta.url, which a
// CommonJS bundle does not have: derive it from __filename instead.
const importMetaShim = {
  banner: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;",
  define: { 'import.meta.url': '__importMetaUrl' },
};

// The built-in rubric goes in as JSON read at build time, not parsed from YAML
// at each start (src/core/rubric/load.ts). A watch build reads the YAML at run
// time instead, so an edit to the rubric is never shadowed by a stale value.
const rubricDefine = watch ? {} : await builtinRubricDefine().catch((error) => {
  console.error(`The built-in rubric (src/core/rubric/builtinCto.ts) is broken: ${error.message}`);
  process.exit(1);
});

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
};

const builds = [
  existsSync('src/extension/extension.ts') && {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    banner: { js: importMetaShim.banner },
    define: { ...importMetaShim.define, ...rubricDefine },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: `#!/usr/bin/env node\n${importMetaShim.banner}` },
    define: { ...importMetaShim.define, ...rubricDefine, WEEKLY_REVIEW_VERSION: JSON.stringify(version) },
  },
  existsSync('media/src/summary.ts') && {
    ...common,
    entryPoints: ['media/src/summary.ts'],
    outfile: 'media/dist/summary.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
  },
].filter(Boolean);

const web = existsSync('src/extension/web.ts');

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  if (web) (await esbuild.context({ ...browserOptions({ production }), logLevel: 'warning' })).watch();
} else {
  try {
    await Promise.all([...builds.map((options) => esbuild.build(options)), web && buildBrowserBundle({ production, define: rubricDefine })]);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
