// The built-in rubric's value, read from its YAML at build time, for the
// bundles' `define` (WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON in
// src/core/rubric/load.ts): a process then reads JSON instead of parsing YAML
// at start. The value comes from the engine's own loader (bundled here and
// run once), so it is exactly what the YAML gives, validated; a broken
// built-in rubric fails the build.
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * The exports of `contents` (TypeScript, imports relative to the repository
 * root), bundled as the build bundles the engine, with `define`, and run in
 * this process.
 */
export async function runBundled(contents, define = {}) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    define,
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return { exports: module.exports, code: result.outputFiles[0].text };
}

/** JSON text of the built-in rubric's value. */
export async function builtinRubricJson() {
  const { exports } = await runBundled("export { builtinRubricJson } from './src/core/rubric/load';");
  return exports.builtinRubricJson();
}

/** The `define` entry that puts it into a bundle. */
export async function builtinRubricDefine() {
  return { WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON: JSON.stringify(await builtinRubricJson()) };
}
