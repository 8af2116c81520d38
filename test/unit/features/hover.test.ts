// Hover content: exact markdown for a low-value item, a justified one, the
// range it applies to, and extra criterion evidence flowing through.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityHover, type CriterionResult } from '../../../src/core';
import { analyzed, at, REVIEW } from './helpers';

/** Fixed verdicts, so these tests check the rendering and not the scorer's current opinion. */
const CRITERIA: CriterionResult[] = [
  { id: 'aligned', name: 'Is aligned with core values', verdict: 'pass', weight: 1, evidence: 'category recruiting defaults to pass' },
  { id: 'vision', name: 'Gets the company closer to its vision', verdict: 'fail', weight: 1, evidence: '"cleaned up", "inbox"', words: ['cleaned up', 'inbox'] },
  { id: 'scope', name: 'Has company-wide scope', verdict: 'unknown', weight: 2, evidence: 'no signal either way' },
];

async function scored(score: number, lowValue: boolean, criteria = CRITERIA) {
  const { analysis } = await analyzed(REVIEW);
  for (const activity of analysis.document.activities) if (activity.score !== undefined) Object.assign(activity, { score, lowValue, criteria: criteria.map((c) => ({ ...c })) });
  return analysis;
}

describe('activityHover', () => {
  it('explains a low-value item: duration, category, priority, score, one line per criterion', async () => {
    const hover = activityHover(await scored(0.11, true), { line: 8, column: 10 });
    assert.ok(hover);
    assert.deepEqual(at(hover.range), [8, 3, 8, 25]);
    assert.deepEqual(hover.parts, [
      '**2h \\(2 h\\)**  \nCategory: **Recruiting** — from heading “Recruiting”  \nPriority: **People**  \nScore: **0.11** vs threshold 0.50 — **low value**',
      [
        '✓ Is aligned with core values — category recruiting defaults to pass',
        '✗ Gets the company closer to its vision — "cleaned up", "inbox"',
        '? Has company\\-wide scope ×2 — no signal either way',
      ].join('  \n'),
      // The rubric's advice comes after the table: the table is what a reader looks for first.
      "Delegate it, drop it, or note the outcome that made it worth a CTO's time; if it was, say why with \\<\\!\\-\\- worthy: reason \\-\\-\\>\\.",
    ]);
  });

  it('shows a worthy justification as its own part and says "accepted as worthy"', async () => {
    const hover = activityHover(await scored(0.13, false), { line: 12, column: 70 });
    assert.ok(hover);
    assert.deepEqual(at(hover.range), [12, 3, 12, 70]);
    assert.equal(hover.parts.length, 3);
    assert.equal(hover.parts[0], '**1h \\(1 h\\)**  \nCategory: **Engineering culture** — from heading “Engineering culture”  \nPriority: **People**  \nScore: **0.13** vs threshold 0.50 — accepted as worthy');
    assert.equal(hover.parts[2], 'Justified as worthy: mentoring a new hire');
  });

  it('says "worthy" for an item at or above the threshold', async () => {
    assert.match(activityHover(await scored(0.75, false), { line: 7, column: 5 })?.parts[0] ?? '', / {2}\nScore: \*\*0\.75\*\* vs threshold 0\.50 — worthy$/);
  });

  it('gives nothing off the item: on the bullet, past the line, on a heading', async () => {
    const analysis = await scored(0.11, true);
    assert.equal(activityHover(analysis, { line: 8, column: 2 }), undefined);
    assert.equal(activityHover(analysis, { line: 16, column: 26 }), undefined);
    assert.equal(activityHover(analysis, { line: 6, column: 4 }), undefined);
  });

  it('says why a parent is not counted and tells how to categorize an uncategorized item', async () => {
    const analysis = await scored(0, true);
    assert.equal(activityHover(analysis, { line: 17, column: 5 })?.parts[0], '**2h \\(2 h\\)** · _counted in its nested items_');
    assert.equal(activityHover(analysis, { line: 16, column: 5 })?.parts[0], '**1h \\(1 h\\)**  \nCategory: _uncategorized_ — add a tag such as `#recruiting` or move it under a category heading  \nScore: **0.00** vs threshold 0.50 — **low value**');
  });

  it('renders extra evidence fields a scorer attaches, unless the evidence already quotes them', async () => {
    const extra = { ...CRITERIA[1]!, weight: 2, confidence: 0.8, sources: ['keywords', 'outcome'] } as CriterionResult;
    const lines = activityHover(await scored(0.11, true, [extra]), { line: 8, column: 5 })?.parts[1]?.split('  \n');
    assert.deepEqual(lines, ['✗ Gets the company closer to its vision ×2 — "cleaned up", "inbox" (confidence: 0\\.8; sources: keywords, outcome)']);
  });
});
