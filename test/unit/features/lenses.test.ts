// CodeLens content: one lens per category heading, with exact numbers.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryLenses } from '../../../src/core';
import { analyzed, at, REVIEW } from './helpers';

describe('categoryLenses', async () => {
  const { analysis, summary } = await analyzed(REVIEW);

  it('puts one lens on each category heading (none on "## Misc") with time, share, target and gap', () => {
    const lenses = categoryLenses(analysis, summary);
    assert.deepEqual(lenses.map((lens) => [at(lens.range), lens.categoryId, lens.title]), [
      [[6, 1, 6, 14], 'recruiting', '8h · 67% · target 10% (+57 pp)'],
      [[10, 1, 10, 23], 'culture', '3h · 25% · target 25% (±0 pp)'],
    ]);
    assert.equal(lenses[0]?.tooltip, "Recruiting: 8h of 12h logged — over target (±5 pp tolerance). Click for the week's summary.");
    assert.equal(lenses[1]?.tooltip, "Engineering culture: 3h of 12h logged — on target (±5 pp tolerance). Click for the week's summary.");
  });

  it('gives no lens without category headings', async () => {
    const { analysis: bare, summary: bareSummary } = await analyzed('---\nweek: 2026-W47\n---\n- 1h Something #recruiting\n');
    assert.deepEqual(categoryLenses(bare, bareSummary), []);
  });
});
