// Hostile input 9: a long run of digits with stops or commas between them
// ("1.1.1.1…", "1,1,1,…") in an item that also holds a currency sign or a
// percent sign. A money or percentage's unit can only follow the end of the
// run, but the search tried a number at every digit after a stop, each read
// to the run's end: the cost grew with the square of the run (20 items of
// 19,000 characters: 0.72 s, 28 times the same items in words).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities } from '../../../src/core/analysis/signals';
import { fixture } from '../helpers';
import { assertLinear } from './timing';

const texts = (n: number) => [`→ 5% ${'1.'.repeat(n)} $`, `→ $5 ${'1,'.repeat(n)}%`];

describe('runs of digits and stops (hostile input 9)', () => {
  it('money and percentages are found as before, a match that ends inside a run included', () => {
    const found = (text: string) => findQuantities(text).map((q) => `${q.kind}:${q.text}`);
    assert.deepEqual(found('$2.5.5usd'), ['money:$2.5.', 'money:5usd']);
    assert.deepEqual(found('a1.5.7 usd and 1.2.3%'), ['money:5.7 usd', 'percent:1.2.3%']);
    assert.deepEqual(found('up 1,200.5 percent, $3.4m ARR'), ['money:$3.4m', 'percent:1,200.5 percent']);
    assert.deepEqual(found(`${'1.'.repeat(50)} $`).filter((q) => !q.startsWith('date')), []);
  });

  it('a run costs time linear in its length (was quadratic)', async () => {
    await assertLinear('findQuantities', (n) => texts(n).map(findQuantities), 1000);
  });

  it('items of such runs cost time linear in their length', async () => {
    const review = (n: number) => `# Ops\n${texts(n).map((text) => `- 1h x ${text}\n`).join('').repeat(10)}`;
    await assertLinear('items', (n) => fixture().service.analyze('/r/2026-W47.md', review(n)), 900);
  });
});
