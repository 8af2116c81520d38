// Status bar content: the week, compact hours and the low-value count.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusContent } from '../../../src/core';
import { analyzed, REVIEW } from './helpers';

describe('statusContent', () => {
  it('summarizes the week with the tooltip spelled out', async () => {
    const { summary } = await analyzed(REVIEW);
    // Which items are low-value is the scorer's business; the status only counts them.
    const lowValue = [{ line: 8, text: 'Cleaned up my inbox', minutes: 120, score: 0.1, failed: [] }, { line: 16, text: 'Cleaned up my inbox', minutes: 60, score: 0.1, failed: [] }];
    assert.deepEqual(statusContent({ ...summary, lowValue, lowValueMinutes: 180 }), {
      text: 'W46 · 12h · 2 low-value',
      tooltip: '**Weekly Review 2026-W46**  \nLogged 12h of 40h expected  \n2 low-value items (3h)  \n1h uncategorized  \nClick to summarize the week',
      accessibilityLabel: 'Weekly review 2026-W46: 12h logged, 2 low-value items. Open the summary.',
    });
  });

  it('says "Review" without a week, singular for one item, and leaves out empty lines', async () => {
    const { summary } = await analyzed('## Recruiting\n- 90m Cleaned up my inbox\n', '/notes/review.md');
    const content = statusContent({ ...summary, lowValue: [{ line: 2, text: 'Cleaned up my inbox', minutes: 90, score: 0.1, failed: [] }], lowValueMinutes: 90 });
    assert.equal(content.text, 'Review · 1h 30m · 1 low-value');
    assert.equal(content.tooltip, '**Weekly Review **  \nLogged 1h 30m of 40h expected  \n1 low-value item (1h 30m)  \nClick to summarize the week');
  });

  it('shows the exact total: 33h 10m, not 33h (issue 22)', async () => {
    const { summary } = await analyzed('## Recruiting\n- 33h10m Hiring committee\n', '/r/2026-W47.md');
    assert.equal(statusContent({ ...summary, lowValue: [] }).text, 'W47 · 33h 10m · 0 low-value');
  });
});
