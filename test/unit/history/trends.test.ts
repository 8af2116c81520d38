// Trends on small hand-made runs: gaps stay null, rolling averages skip them,
// weeks without time, drift, a heading's last 8 weeks, and the renderers.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  categoryLastWeeks, computeTrends, createReviewIndex, renderTrendsJson, renderTrendsMarkdown, renderTrendsText,
  rollingMeans, seriesLastWeeks, type TrendData,
} from '../../../src/core';
import { HISTORY_RUBRIC, memoryService, review } from './helpers';

async function trendsOf(reviews: Record<string, string>, extraFiles: Record<string, string> = {}): Promise<TrendData> {
  const service = memoryService(new Map([['/r/.weekly-review.yaml', HISTORY_RUBRIC], ...Object.entries(extraFiles)]));
  const index = createReviewIndex(service);
  await index.setFiles(Object.entries(reviews).map(([path, text]) => ({ path, text })));
  return computeTrends(index.weekly());
}

describe('rollingMeans', () => {
  it('averages the non-null values of each 4-wide window, null when there is none', () => {
    assert.deepEqual(rollingMeans([0.1, null, 0.3, null, null, null, null, 0.5]), [0.1, 0.1, 0.2, 0.2, 0.3, 0.3, null, 0.5]);
    assert.deepEqual(rollingMeans([1, 2, 3, 4, 5], 2), [1, 1.5, 2.5, 3.5, 4.5]);
    assert.deepEqual(rollingMeans([]), []);
  });
});

/** W01, W02 and W05 (W03, W04 missing). */
const threeWeeks = trendsOf({
  '/r/2026-W01.md': review('2026-W01', { Recruiting: 60, 'Engineering culture': 60 }),
  '/r/2026-W02.md': review('2026-W02', { Recruiting: 30, Operations: 90 }, '## Misc\n- 1h Weekly chore\n'),
  '/r/2026-W05.md': review('2026-W05', { Recruiting: 120, 'Engineering culture': 40, Operations: 40 }),
});
let trends: TrendData;

describe('computeTrends over W01, W02 and W05 (W03, W04 missing)', () => {
  before(async () => (trends = await threeWeeks));

  it('puts every calendar week on the axis, the missing ones as null gaps', () => {
    assert.deepEqual(trends.weeks.map((w) => [w.week, w.gap, w.path, w.totalMinutes]), [
      ['2026-W01', false, '/r/2026-W01.md', 120],
      ['2026-W02', false, '/r/2026-W02.md', 180],
      ['2026-W03', true, null, null],
      ['2026-W04', true, null, null],
      ['2026-W05', false, '/r/2026-W05.md', 200],
    ]);
    assert.deepEqual(trends.gaps, ['2026-W03', '2026-W04']);
  });

  it('gives shares per week and rolling averages that skip the gaps', () => {
    const recruiting = trends.categories.find((s) => s.id === 'recruiting');
    assert.deepEqual(recruiting?.minutes, [60, 30, null, null, 120]);
    assert.deepEqual(recruiting?.shares, [0.5, 0.1667, null, null, 0.6]);
    // W05's window is W02–W05: W02 (1/6) and W05 (0.6) have reviews.
    assert.deepEqual(recruiting?.rolling, [0.5, 0.3333, 0.3333, 0.3333, 0.3833]);
    assert.deepEqual(recruiting?.rollingDiffPp, [10, -6.7, -6.7, -6.7, -1.7]);
    assert.deepEqual(recruiting?.rollingStatus, ['over', 'under', 'under', 'under', 'on']);
  });

  it('lists weeks where a category with a target got no time', () => {
    assert.deepEqual(trends.categories.map((s) => [s.id, s.noTimeWeeks]), [
      ['recruiting', []],
      ['culture', ['2026-W02']],
      ['operations', ['2026-W01']],
    ]);
  });

  it('gives groups the same series', () => {
    assert.deepEqual(trends.groups.map((s) => [s.id, s.shares]), [
      ['external', [0.5, 0.1667, null, null, 0.6]],
      ['internal', [0.5, 0.5, null, null, 0.4]],
    ]);
  });

});

describe('computeTrends over W01, W02 and W05: low value, drift, last weeks, renderers', () => {
  before(async () => (trends = await threeWeeks));

  it('gives the low-value share per week, null in gaps', () => {
    assert.deepEqual(trends.weeks.map((w) => w.lowValueShare), [0, 0.3333, null, null, 0]);
    assert.deepEqual(trends.weeks.map((w) => w.lowValueRolling), [0, 0.1667, 0.1667, 0.1667, 0.1667]);
  });

  it('gives the latest week\'s drift against its own 4-week average', () => {
    assert.deepEqual(trends.categories.find((s) => s.id === 'recruiting')?.drift, { week: '2026-W05', share: 0.6, rollingAverage: 0.3833, driftPp: 21.7 });
  });

  it('gives a heading its last 8 weeks, before the first review as gaps', () => {
    const history = categoryLastWeeks(trends, 'recruiting', '2026-W05');
    assert.deepEqual(history?.weeks.map((w) => [w.week, w.gap, w.share]), [
      ['2025-W50', true, null], ['2025-W51', true, null], ['2025-W52', true, null],
      ['2026-W01', false, 0.5], ['2026-W02', false, 0.1667], ['2026-W03', true, null], ['2026-W04', true, null], ['2026-W05', false, 0.6],
    ]);
    assert.deepEqual(categoryLastWeeks(trends, 'recruiting', '2026-W07', 3)?.weeks.map((w) => [w.week, w.gap]), [['2026-W05', false], ['2026-W06', true], ['2026-W07', true]]);
    assert.equal(seriesLastWeeks(trends, 'external', '2026-W02', 1, 'group')?.weeks[0]?.share, 0.1667);
    assert.equal(categoryLastWeeks(trends, 'nope', '2026-W05'), undefined);
    assert.equal(categoryLastWeeks(trends, 'recruiting', 'not a week'), undefined);
  });

  it('renders a week-by-category table in text and markdown, and the data as JSON', () => {
    const text = renderTrendsText(trends);
    assert.match(text, /^Trends 2026-W01 … 2026-W05: 5 weeks, 3 reviews, 2 gaps\./);
    assert.match(text, /\nWeek +recruiting +culture +operations +external +internal +Low-value\n/);
    assert.match(text, /\n2026-W03 +— +— +— +— +— +—\n/);
    assert.match(text, /\n4-wk avg +38% +/);
    assert.match(text, /\ndrift +\+22 pp/);
    const markdown = renderTrendsMarkdown(trends);
    assert.match(markdown, /\| Week \| Recruiting \| Engineering culture \| Operations \| External \| Internal \| Low-value \|\n\| --- \| ---: \|/);
    assert.match(markdown, /\| 2026-W02 \| 17% \| 0% \| 50% \| 17% \| 50% \| 33% \|/);
    assert.deepEqual(JSON.parse(renderTrendsJson(trends)), trends);
  });
});

describe('computeTrends edge cases', () => {
  it('has nothing to trend without dated reviews', async () => {
    const trends = await trendsOf({ '/r/notes.md': '# notes\n' });
    assert.deepEqual(trends, { version: 1, window: 4, firstWeek: null, latestWeek: null, weeks: [], gaps: [], categories: [], groups: [] });
    assert.equal(renderTrendsText(trends), 'No dated reviews: nothing to trend.');
  });

  it('runs across a 53-week year without a false gap', async () => {
    const trends = await trendsOf({ '/r/2026-W53.md': review('2026-W53', { Recruiting: 10 }), '/r/2027-W01.md': review('2027-W01', { Recruiting: 10 }) });
    assert.deepEqual(trends.weeks.map((w) => w.week), ['2026-W53', '2027-W01']);
    assert.deepEqual(trends.gaps, []);
  });

  it('gives a review without logged time null shares (not a gap) and a no-time week', async () => {
    const trends = await trendsOf({ '/r/2026-W01.md': review('2026-W01', { Recruiting: 10 }), '/r/2026-W02.md': '# empty\n' });
    const recruiting = trends.categories[0];
    assert.deepEqual([trends.weeks[1]?.gap, trends.weeks[1]?.totalMinutes, recruiting?.shares[1], recruiting?.rolling[1]], [false, 0, null, 1]);
    assert.deepEqual(recruiting?.noTimeWeeks, ['2026-W02']);
    assert.equal(recruiting?.drift, null);
    assert.match(renderTrendsText(trends), /\n2026-W02 +· +/);
  });

  it('keeps a review whose rubric is broken on the axis with null values', async () => {
    const trends = await trendsOf({
      '/r/2026-W01.md': review('2026-W01', { Recruiting: 10 }),
      '/r/2026-W02.md': '---\nrubric: broken.yaml\n---\n# two\n## Recruiting\n- 1h x\n',
    }, { '/r/broken.yaml': 'categories: [' });
    assert.deepEqual([trends.weeks[1]?.gap, trends.weeks[1]?.path, trends.weeks[1]?.totalMinutes, trends.categories[0]?.shares[1]], [false, '/r/2026-W02.md', null, null]);
  });
});
