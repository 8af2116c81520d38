// The built-in rubric as the bundles carry it: JSON read from the YAML at
// build time (scripts/lib/builtinRubricJson.mjs). A bundle built with that
// value must compile the same rubric as the YAML read at run time, on its own
// and under `extends: cto`.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import test from 'node:test';
import * as esbuild from 'esbuild';
import { builtinRubricDefine, builtinRubricJson } from '../../../scripts/lib/builtinRubricJson.mjs';
import { BUILTIN_CTO_RUBRIC_YAML } from '../../../src/core/rubric/builtinCto';
import { builtinRubric, loadRubric } from '../../../src/core/rubric/load';

const require = createRequire(import.meta.url);
const EXTENDS = 'extends: cto\ncategories:\n  recruiting:\n    aliases: [Talent]\n';

interface Bundled {
  builtinRubric: typeof builtinRubric;
  loadRubric: typeof loadRubric;
  BUILTIN_CTO_RUBRIC_YAML: string;
}

/** The engine bundled with `define`, as scripts/build.mjs bundles it. */
async function bundled(define: Record<string, string>): Promise<{ engine: Bundled; code: string }> {
  const result = await esbuild.build({
    stdin: { contents: "export { builtinRubric, loadRubric } from './src/core/rubric/load'; export { BUILTIN_CTO_RUBRIC_YAML } from './src/core/rubric/builtinCto';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    define,
  });
  const code = result.outputFiles[0]?.text ?? '';
  const module = { exports: {} as Bundled };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return { engine: module.exports, code };
}

test('the bundled built-in rubric is the one its YAML gives', async () => {
  const define = await builtinRubricDefine();
  const { engine, code } = await bundled(define);
  assert.ok(code.includes('"categories"'), 'the value is in the bundle');
  assert.equal(engine.BUILTIN_CTO_RUBRIC_YAML, BUILTIN_CTO_RUBRIC_YAML);
  assert.deepEqual(engine.builtinRubric(), builtinRubric());
  const read = async () => undefined;
  assert.deepEqual(await engine.loadRubric('/w/.weekly-review.yaml', EXTENDS, read), await loadRubric('/w/.weekly-review.yaml', EXTENDS, read));
});

test('the bundle reads JSON, not YAML, for the built-in rubric', async () => {
  // A value that differs from the YAML in one visible place shows which one was read.
  const value = JSON.parse(await builtinRubricJson()) as { threshold?: number };
  value.threshold = 0.25;
  const { engine } = await bundled({ WEEKLY_REVIEW_BUILTIN_RUBRIC_JSON: JSON.stringify(JSON.stringify(value)) });
  assert.equal(engine.builtinRubric().threshold, 0.25);
  assert.equal(builtinRubric().threshold, 0.5);
});
