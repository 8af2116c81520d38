// Hostile input 11: reviews named for weeks millennia apart (1000-W01.md and
// 9999-W52.md, two files of 40 bytes). The trends' week axis runs over every
// week from the first review to the latest, so it held 469,598 weeks: 0.96 s,
// 568 MB of heap and 184 MB of JSON (4 ms, 1 MB now), remade each time the editor’s runs
// settled. The axis is at most MAX_TREND_WEEKS long, ending at the latest
// review; the reviews before it are left out, as the weeks before the first.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeTrends, createReviewIndex, createReviewService } from '../../../src/core';
import { MAX_TREND_WEEKS } from '../../../src/core/history/trends';
import { ordinalOfLabel, weekLabelOfOrdinal } from '../../../src/core/history/weeks';

async function trendsOf(weeks: readonly string[]) {
  const index = createReviewIndex(createReviewService({ readFile: async () => undefined }));
  await index.setFiles(weeks.map((week) => ({ path: `/r/${week}.md`, text: `---\nweek: ${week}\n---\n# Ops\n- 1h x\n` })));
  return computeTrends(index.weekly());
}

describe('reviews millennia apart (hostile input 11)', () => {
  it(`the week axis is the latest ${MAX_TREND_WEEKS} weeks; older reviews are left out`, async () => {
    const trends = await trendsOf(['1000-W01', '2026-W46', '9999-W52']);
    const first = weekLabelOfOrdinal((ordinalOfLabel('9999-W52') as number) - MAX_TREND_WEEKS + 1);
    assert.deepEqual([trends.weeks.length, trends.firstWeek, trends.latestWeek, trends.gaps.length], [MAX_TREND_WEEKS, first, '9999-W52', MAX_TREND_WEEKS - 1]);
    assert.deepEqual(trends.weeks.filter((week) => !week.gap).map((week) => week.path), ['/r/9999-W52.md']);
  });

  it('a run shorter than the axis keeps every week, as before', async () => {
    const trends = await trendsOf(['1980-W01', '2026-W46']);
    assert.equal(trends.weeks.length, (ordinalOfLabel('2026-W46') as number) - (ordinalOfLabel('1980-W01') as number) + 1);
    assert.deepEqual([trends.firstWeek, trends.latestWeek, trends.weeks.filter((week) => !week.gap).length], ['1980-W01', '2026-W46', 2]);
  });
});
