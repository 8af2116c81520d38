// Hover content: exact markdown for a low-value item, a justified one, the
// range it applies to, and extra criterion evidence flowing through.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityHover } from '../../../src/core';
import { analyzed, at, REVIEW } from './helpers';

describe('activityHover', async () => {
  const { analysis } = await analyzed(REVIEW);

  it('explains a low-value item: duration, category, priority, score, one line per criterion', () => {
    const hover = activityHover(analysis, { line: 8, column: 10 });
    assert.ok(hover);
    assert.deepEqual(at(hover.range), [8, 3, 8, 25]);
    assert.deepEqual(hover.parts, [
      '**2h \\(2 h\\)**  \nCategory: **Recruiting** — from heading “Recruiting”  \nPriority: **People**  \nScore: **0.11** vs threshold 0.50 — **low value**',
      [
        '✓ Is aligned with core values — category recruiting defaults to pass',
        '✗ Gets the company closer to its vision — "cleaned up", "inbox"',
        '✗ Helps achieve the company mission in a big way — "cleaned up", "inbox"',
        '✗ Has company\\-wide scope — "my inbox"',
        '✗ Has long\\-term impact — "cleaned up", "inbox"',
        '✗ Has large\\-scale impact — "cleaned up", "my inbox"',
        '✗ Is strategic — "cleaned up", "inbox"',
        '✗ Is not mired in small details — "cleaned up", "inbox"',
        '✗ Has a clearly defined outcome — no outcome: add "→ what changed" or a nested "Outcome:" item',
        '? Has a measurable outcome — no outcome to measure',
      ].join('  \n'),
    ]);
  });

  it('shows a worthy justification as its own part and says "accepted as worthy"', () => {
    const hover = activityHover(analysis, { line: 12, column: 70 });
    assert.ok(hover);
    assert.deepEqual(at(hover.range), [12, 3, 12, 70]);
    assert.equal(hover.parts.length, 3);
    assert.equal(hover.parts[0], '**1h \\(1 h\\)**  \nCategory: **Engineering culture** — from heading “Engineering culture”  \nPriority: **People**  \nScore: **0.13** vs threshold 0.50 — accepted as worthy');
    assert.equal(hover.parts[2], 'Justified as worthy: mentoring a new hire');
  });

  it('gives nothing off the item: on the bullet, past the line, on a heading', () => {
    assert.equal(activityHover(analysis, { line: 8, column: 2 }), undefined);
    assert.equal(activityHover(analysis, { line: 16, column: 26 }), undefined);
    assert.equal(activityHover(analysis, { line: 6, column: 4 }), undefined);
  });

  it('says why a parent is not counted and tells how to categorize an uncategorized item', () => {
    assert.equal(activityHover(analysis, { line: 17, column: 5 })?.parts[0], '**2h \\(2 h\\)** · _counted in its nested items_');
    assert.equal(activityHover(analysis, { line: 16, column: 5 })?.parts[0], '**1h \\(1 h\\)**  \nCategory: _uncategorized_ — add a tag such as `#recruiting` or move it under a category heading  \nScore: **0.00** vs threshold 0.50 — **low value**');
  });

  it('renders extra evidence fields a scorer attaches, unless the evidence already quotes them', async () => {
    const { analysis: fresh } = await analyzed(REVIEW);
    const activity = fresh.document.activities.find((a) => a.line === 8);
    const criterion = activity?.criteria?.[1];
    assert.ok(criterion);
    Object.assign(criterion, { weight: 2, confidence: 0.8, sources: ['keywords', 'outcome'] });
    const lines = activityHover(fresh, { line: 8, column: 5 })?.parts[1]?.split('  \n');
    assert.equal(lines?.[1], '✗ Gets the company closer to its vision ×2 — "cleaned up", "inbox" (confidence: 0\\.8; sources: keywords, outcome)');
  });
});
