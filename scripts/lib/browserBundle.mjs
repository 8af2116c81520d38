// The browser bundle of the extension (dist/web/extension.js, package.json
// `browser`) and the check that keeps Node out of it. vscode.dev and
// github.dev run the extension in a web worker, where a Node built-in or the
// `process` global would fail only when that code path runs, in a user's
// browser. So the build fails instead: an import of a Node built-in is refused
// as esbuild resolves it (naming the importing file), and a free reference to
// a Node-only global (or the DOM's `document`/`window`, which a web worker
// lacks too) is renamed to a marker that the check then looks for in
// the output (naming the module it sits in). scripts/build.mjs builds with it;
// test/unit/packaging/browserBundle.test.ts proves that both checks fail.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';

// `document` and `window` too: the web-worker extension host has no DOM, and
// a package's `browser` build may assume one.
const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'document', 'window'];
const MARKER = '__weeklyReviewNodeGlobal_';
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]]));

/** `node:anything`, or a bare name Node ships (`fs`, `fs/promises`, `path`, `crypto`, `child_process`…). */
export function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '');
}

const refuseNodeBuiltins = {
  name: 'refuse-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || !isNodeBuiltin(args.path)) return undefined;
      return {
        errors: [{ text: `${args.importer} imports "${args.path}", a Node built-in, which the browser extension host does not have. Reach files through vscode.workspace.fs, or put the Node-only code behind src/extension/platform.ts and import it from src/extension/extension.ts only.` }],
      };
    });
  },
};

/** esbuild options for the browser bundle of `entry`. */
export function browserOptions({ entry = 'src/extension/web.ts', outfile = 'dist/web/extension.js', production = false, define = {} } = {}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    // A web worker, not a page: packages that export a `worker` build (before
    // their DOM-using `browser` one, as decode-named-character-reference does) give it.
    conditions: ['worker'],
    sourcemap: !production,
    minify: production,
    metafile: true,
    logLevel: 'silent',
    plugins: [refuseNodeBuiltins],
    // Only free references are renamed: a property or a local named `process` is untouched.
    define: { ...define, 'process.env.NODE_ENV': production ? '"production"' : '"development"', ...Object.fromEntries(NODE_GLOBALS.map((name) => [name, `${MARKER}${name}`])) },
  };
}

/** The Node (and DOM) globals left in a built bundle, each with the module it sits in (from esbuild's `// path` comments; builds with `minify` lose them). */
export function nodeGlobalsIn(code) {
  const modules = [...code.matchAll(/^\/\/ (\S+\.[cm]?[jt]sx?)$/gm)].map((m) => ({ at: m.index, path: m[1] }));
  const found = new Set();
  for (const match of code.matchAll(new RegExp(`${MARKER}(\\w+)`, 'g'))) {
    const module = modules.findLast((m) => m.at < match.index)?.path ?? 'the bundle';
    found.add(`${module} uses the global "${match[1]}"`);
  }
  return [...found];
}

/**
 * Builds the browser bundle; throws with every Node built-in or global that
 * would reach it. The global check reads an unminified build held in memory,
 * so its message names the module even when the file written is minified.
 */
export async function buildBrowserBundle(options = {}) {
  const base = browserOptions(options);
  let checked;
  try {
    checked = await esbuild.build({ ...base, minify: false, sourcemap: false, write: false });
  } catch (error) {
    throw new Error(`The browser bundle cannot be built:\n${(error.errors ?? []).map((e) => `  ${e.text}`).join('\n') || error.message}`);
  }
  const globals = nodeGlobalsIn(checked.outputFiles[0].text);
  if (globals.length > 0) throw new Error(`The browser bundle reaches globals a web worker does not have (Node's, or the DOM's):\n${globals.map((g) => `  ${g}`).join('\n')}\nUse a browser API, or move the code behind src/extension/platform.ts.`);
  return esbuild.build(base);
}
