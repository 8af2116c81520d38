// Hostile input 9: YAML collections nested thousands deep (`[[[[…`, `{a: {a:
// …`, `? ? ? …`, or a line indented one more column per level) in a rubric,
// people.yaml, the verdicts file or front matter. The `yaml` package
// composes a document by recursion and ran out of stack about 800 levels
// down; the overflow was caught as a YAML error, except when it struck while
// V8 compiled a regular expression, which ends the process: a verdicts file
// of 100,000 `[` read three times took the process down ("RegExpCompiler
// Allocation failed - process out of memory"). Past MAX_YAML_DEPTH levels the
// text is an error at its line, found by a walk with its own stack.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { teachRubric } from '../../../src/core/features/teach';
import { parseVerdicts, rememberVerdict } from '../../../src/core/memory/verdicts';
import { MAX_YAML_DEPTH } from '../../../src/core/parse/yamlDocument';
import { loadPeopleFile } from '../../../src/core/rubric/peopleFile';
import { analyze, byRule, fixture } from '../helpers';

const MESSAGE = `collections nested more than ${MAX_YAML_DEPTH} deep`;
const flow = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const shapes: Record<string, (n: number) => string> = {
  brackets: flow,
  'brackets with a quoted "]" between': (n) => `[${'"]", ['.repeat(n)}${']'.repeat(n)}`,
  maps: (n) => `${'{a: '.repeat(n)}${'}'.repeat(n)}`,
};

describe('YAML nested too deep (hostile input 9)', () => {
  for (const [shape, make] of Object.entries(shapes)) {
    it(`${shape}, 100,000 deep, is one error at its line in the verdicts file, a rubric and people.yaml, every time it is read`, async () => {
      const deep = make(100_000);
      for (let time = 0; time < 3; time++) {
        const verdicts = parseVerdicts('/w/.weekly-review/verdicts.yaml', `# mine\nverdicts: ${deep}\n`).problems;
        assert.deepEqual(verdicts.map((p) => p.line), [2]);
        assert.match(verdicts[0]?.message ?? '', new RegExp(MESSAGE));
      }
      const rubric = await fixture().service.checkRubricFile('/w/.weekly-review.yaml', `extends: cto\nvocabulary: ${deep}\n`);
      assert.deepEqual(rubric.map((p) => [p.line, p.message.includes(MESSAGE)]), [[2, true]]);
      const people = loadPeopleFile('/w/people.yaml', `people:\n  - ${deep}\n`).problems;
      assert.deepEqual(people.map((p) => [p.line, p.message.includes(MESSAGE)]), [[2, true]]);
    });
  }

  it('teaching such a rubric, or remembering a verdict in such a file, is refused with the reason', () => {
    const lesson = { kind: 'heading' as const, text: 'Ops', categoryId: 'culture', title: '', preferred: true };
    assert.throws(() => teachRubric('/w/.weekly-review.yaml', `extends: cto\nx: ${flow(100_000)}\n`, lesson), new RegExp(MESSAGE));
    assert.throws(() => rememberVerdict(`verdicts: ${flow(100_000)}\n`, { verdict: 'low', text: 'x', stems: ['x'] }), new RegExp(MESSAGE));
  });

  it('a line indented one more column per level, and chained `? `, are the same error', () => {
    const block = `verdicts:\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i + 2)}- `).join('\n')}x\n`;
    assert.deepEqual(parseVerdicts('/w/v.yaml', block).problems.map((p) => [p.line, p.message.includes(MESSAGE)]), [[MAX_YAML_DEPTH + 1, true]]);
    assert.deepEqual(parseVerdicts('/w/v.yaml', `${'? '.repeat(10_000)}x\n`).problems.map((p) => p.message.includes(MESSAGE)), [true]);
  });

  it('front matter nested too deep is a front-matter-error at its line; the review is still read', async () => {
    const analysis = await analyze(`---\nweek: 2026-W47\nx: ${flow(20_000)}\n---\n# Ops\n- 1h x\n`);
    assert.deepEqual(byRule(analysis, 'front-matter-error').map((d) => [d.range.start.line, d.message.includes(MESSAGE)]), [[3, true]]);
    assert.equal(analysis.document.totalMinutes, 60);
  });

  it(`${MAX_YAML_DEPTH} levels are read as before`, async () => {
    // The document's map is the first level.
    const analysis = await analyze(`---\nweek: 2026-W47\nx: ${flow(MAX_YAML_DEPTH - 1)}\n---\n# Ops\n- 1h x\n`);
    assert.deepEqual(byRule(analysis, 'front-matter-error'), []);
    const read = parseVerdicts('/w/v.yaml', `verdicts:\n  - verdict: low\n    text: x\n    stems: ${flow(MAX_YAML_DEPTH - 3)}\n`);
    assert.deepEqual(read.problems, []);
  });
});
