// The built-in rubric as the bundles carry it: JSON read from the YAML at
// build time (scripts/lib/builtinRubricJson.mjs). A bundle built with that
// value must compile the same rubric as the YAML read at run time, on its own
// and under `extends: cto`.

import assert from 'node:assert/strict';
import test from 'node:test';
import { builtinRubricDefine, builtinRubricJson, runBundled } from '../../../scripts/lib/builtinRubricJson.mjs';
import { BUILTIN_CTO_RUBRIC_YAML } from '../../../src/core/rubric/builtinCto';
import { builtinRubric, loadRubric } from '../../../src/core/rubric/load';

const EXTENDS = 'extends: cto\ncategories:\n  recruiting:\n    aliases: [Talent]\n';

interface Bundled {
  builtinRubric: typeof builtinRubric;
  loadRubric: typeof loadRubric;
  BUILTIN_CTO_RUBRIC_YAML: string;
}

/** The engine bundled with `define`, as scripts/build.mjs bundles it. */
async function bundled(define: Record<string, string>): Promise<{ engine: Bundled; code: string }> {
  const { exports, code } = await runBundled<Bundled>("export { builtinRubric, loadRubric } from './src/core/rubric/load'; export { BUILTIN_CTO_RUBRIC_YAML } from './src/core/rubric/builtinCto';", define);
  return { engine: exports, code };
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
