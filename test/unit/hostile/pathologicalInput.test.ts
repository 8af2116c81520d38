// SPEC §7: no input crashes the service, and pathological input is read in
// reasonable time with a diagnostic saying what was skipped. Times are
// printed (not asserted tightly: these are robustness tests, not benchmarks).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReviewAnalysis } from '../../../src/core/analysis/analyze';
import { at, byRule, fixture } from '../helpers';

async function timed(name: string, text: string, limitMs = 20_000): Promise<ReviewAnalysis> {
  const { service } = fixture();
  const started = performance.now();
  const analysis = await service.analyze('/r/2026-W47.md', text);
  service.summarize(analysis);
  const elapsed = Math.round(performance.now() - started);
  console.log(`    ${name}: ${elapsed} ms, ${analysis.diagnostics.length} diagnostics`);
  assert.ok(elapsed < limitMs, `${name} took ${elapsed} ms`);
  return analysis;
}

function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('adversarial input', () => {
  it('100 KB of random bytes', async () => {
    await timed('random bytes', new TextDecoder().decode(randomBytes(100_000, 7)));
  });

  it('a 100 KB paragraph after an unbalanced "[" (quadratic in GFM autolink literals) stays fast', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `see www.example.com/${i} or mail a${i}@example.com and more words`);
    const analysis = await timed('unbalanced [ paragraph', `# Ops\n[ ${lines.join('\n')}\n\n- 1h Release → shipped 3.2\n`, 5_000);
    assert.equal(analysis.document.totalMinutes, 60);
  });

  it('a 5 MB single line is skipped with a parse-error on it', async () => {
    const analysis = await timed('5 MB line', `# Ops\n- 1h ${'word '.repeat(1_000_000)}\n- 1h Release → shipped 3.2\n`);
    const [error, ...rest] = byRule(analysis, 'parse-error');
    assert.deepEqual(rest, []);
    assert.deepEqual(at(error), [2, 1, 2, 5_000_006]);
    assert.match(error?.message ?? '', /this line is longer than 20,000 characters and was skipped/);
    assert.deepEqual(analysis.document.activities.map((a) => a.line), [3]);
  });

  it('a 5 MB line of HTML attributes does not overflow the regex stack, and is skipped without an error (it cannot hold an activity)', async () => {
    const analysis = await timed('5 MB html line', `<a ${'b=c '.repeat(1_250_000)}\n# Ops\n- 1h x\n`);
    assert.deepEqual(byRule(analysis, 'parse-error'), []);
    assert.equal(analysis.document.totalMinutes, 60);
  });

  it('3,000-deep list nesting: the first levels count, the rest is one parse-error', async () => {
    let text = '# Ops\n';
    for (let i = 0; i < 3000; i++) text += `${'  '.repeat(i)}- 1h x\n`;
    const analysis = await timed('3000-deep list', text);
    const [error, ...rest] = byRule(analysis, 'parse-error');
    assert.deepEqual(rest, []);
    assert.equal(error?.range.start.line, 34);
    assert.match(error?.message ?? '', /these 2,968 lines nest lists or quotes past column 64 and were skipped/);
    // Lines 2..33 are 32 nested activities; only the deepest one is a leaf.
    assert.equal(analysis.document.activities.length, 32);
    assert.deepEqual(analysis.document.activities.filter((a) => a.counted).map((a) => [a.line, a.minutes]), [[33, 60]]);
  });

  it('5,000 nested quotes and bullets on one line', async () => {
    const analysis = await timed('deep quote line', `${'> '.repeat(5000)}x\n${'- '.repeat(5000)}x\n`);
    assert.deepEqual(byRule(analysis, 'parse-error').map((d) => d.range.start.line), [1]);
  });

  it('broken front matter is a front-matter-error with its position', async () => {
    const analysis = await timed('broken front matter', '---\nweek: [2026\nhours: lots\n---\n# Ops\n- 1h x\n');
    const errors = byRule(analysis, 'front-matter-error');
    assert.ok(errors.length >= 1);
    assert.ok(errors.every((e) => e.range.start.line >= 2 && e.range.start.line <= 4), JSON.stringify(errors.map(at)));
    assert.equal(analysis.document.totalMinutes, 60);
  });

  it('unclosed front matter says so and does not hide the lists below it', async () => {
    const analysis = await timed('unclosed front matter', '---\nweek: 2026-W47\n# Ops\n- 1h Release → shipped 3.2\n');
    assert.deepEqual(byRule(analysis, 'front-matter-error').map(at), [[1, 1, 1, 4]]);
    assert.equal(analysis.document.totalMinutes, 60);
  });

  it('a bad hours value is a front-matter-error on its value', async () => {
    const analysis = await timed('bad hours', '---\nweek: 2026-W47\nhours: lots\n---\n');
    assert.deepEqual(byRule(analysis, 'front-matter-error').map(at), [[3, 8, 3, 12]]);
  });

  it('a broken rubric yields a rubric-error, not an exception', async () => {
    const { service } = fixture({ '/r/.weekly-review.yaml': 'extends: cto\ncategories: [oops\n' });
    const analysis = await service.analyze('/r/2026-W47.md', '# Ops\n- 1h x\n');
    assert.deepEqual(byRule(analysis, 'rubric-error').map((d) => d.data?.rubricFile), ['/r/.weekly-review.yaml']);
  });

  it('a rubric that is not a mapping, or is huge nonsense', async () => {
    for (const text of ['- a\n- b\n', '42', '', '&a [*a]', 'criteria: {x: {pass: {keywords: [1, 2, {a: b}]}}}']) {
      const { service } = fixture({ '/r/.weekly-review.yaml': text });
      const analysis = await service.analyze('/r/2026-W47.md', '# Ops\n- 1h x\n');
      assert.equal(byRule(analysis, 'rubric-error').length, 1, JSON.stringify(text));
    }
  });
});
