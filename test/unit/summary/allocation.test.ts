// SPEC §3: the allocation summary, checked against the shared example and its
// labels, plus shares, statuses, groups, priorities and multi-week trends.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WeekSummary } from '../../../src/core';
import { byRule, exampleFile, fixture } from '../helpers';

const example = exampleFile('2026-W45.md');
const labels = JSON.parse(exampleFile('labels.json')) as { labels: Record<string, 'low' | 'worthy'>; minutes: Record<string, number> };

describe('the public example 2026-W45', async () => {
  const { service } = fixture();
  const analysis = await service.analyze('test/fixtures/example-w45/2026-W45.md', example);
  const summary = service.summarize(analysis) as WeekSummary;

  it('has exactly the per-category minutes of labels.json (total 1860, uncategorized 180)', () => {
    assert.equal(summary.totalMinutes, 1860);
    assert.equal(summary.uncategorizedMinutes, 180);
    const minutes = Object.fromEntries(summary.categories.map((c) => [c.id, c.minutes]));
    assert.deepEqual({ ...minutes, uncategorized: summary.uncategorizedMinutes }, labels.minutes);
    assert.equal(summary.week, '2026-W45');
    assert.equal(summary.rubric, 'cto');
    assert.equal(summary.expectedMinutes, 2700);
  });

  it('flags every line labelled low with low-value-item on that line, and no line labelled worthy', () => {
    const flagged = new Set(byRule(analysis, 'low-value-item').map((d) => d.range.start.line));
    for (const [line, label] of Object.entries(labels.labels)) {
      assert.equal(flagged.has(Number(line)), label === 'low', `line ${line} is labelled ${label}`);
    }
  });

  it('low-value diagnostics cover the item text from the duration to the line end', () => {
    const onLine11 = byRule(analysis, 'low-value-item').find((d) => d.range.start.line === 11);
    assert.deepEqual(onLine11?.range, { start: { line: 11, column: 7 }, end: { line: 11, column: 55 } });
  });

  it('rounds shares to 4 decimals and gives statuses by ±5 pp', () => {
    assert.deepEqual(summary.categories.map((c) => [c.id, c.share, c.target, c.diffPp, c.status]), [
      ['marketing', 0.0806, 0.1, -1.9, 'on'],
      ['recruiting', 0.129, 0.1, 2.9, 'on'],
      ['sales', 0.0484, 0.05, -0.2, 'on'],
      ['partners', 0.0323, 0.05, -1.8, 'on'],
      ['culture', 0.2097, 0.25, -4, 'on'],
      ['operations', 0.1532, 0.2, -4.7, 'on'],
      ['architecture', 0.1613, 0.15, 1.1, 'on'],
      ['departments', 0.0887, 0.1, -1.1, 'on'],
    ]);
    assert.deepEqual(summary.groups.map((g) => [g.id, g.minutes, g.share, g.target, g.status]), [
      ['external', 540, 0.2903, 0.3, 'on'],
      ['internal', 1140, 0.6129, 0.7, 'under'],
    ]);
    assert.deepEqual(summary.priorities.map((p) => [p.id, p.minutes, p.share]), [
      ['people', 630, 0.3387],
      ['technology', 585, 0.3145],
      ['business', 465, 0.25],
    ]);
  });

  it('lists the low-value items with line, text, minutes, score and failed criteria', () => {
    const entries = summary.lowValue.map((e) => [e.line, e.text, e.minutes]);
    assert.deepEqual(entries.filter(([line]) => labels.labels[String(line)] === 'low'), [
      [11, 'Reviewed two small PRs in the billing service', 60],
      [12, "Rearranged the team's Slack channels", 30],
      [16, 'Debugged a flaky integration test on my branch', 90],
      [17, 'Tweaked staging logging config', 45],
      [21, 'Compared two YAML linters for the monorepo', 60],
      [29, 'Fixed typos in an old blog post', 30],
      [39, 'Answered ad-hoc questions from sales in Slack', 45],
      [42, 'Cleaned up my inbox', 120],
      [43, 'Updated my laptop and dotfiles', 60],
    ]);
    const inbox = summary.lowValue.find((e) => e.line === 42);
    assert.ok(inbox && inbox.score < 0.5);
    assert.ok(inbox?.failed.includes('not-mired-in-details'));
    assert.ok(inbox?.failed.includes('clear-outcome'));
    assert.equal(summary.lowValueMinutes, summary.lowValue.reduce((sum, e) => sum + e.minutes, 0));
    assert.equal(summary.lowValueShare, Math.round((summary.lowValueMinutes / 1860) * 10_000) / 10_000);
  });
});

describe('statuses and edge cases', () => {
  it('over, on and under by the tolerance; an empty week has zero shares', async () => {
    const { service } = fixture();
    const summary = service.summarize(await service.analyze('/r/2026-W47.md', '## Recruiting\n- 3h Interviews → 2 offers\n## Ops\n- 1h Release → shipped 3.2\n')) as WeekSummary;
    const row = (id: string) => summary.categories.find((c) => c.id === id);
    assert.deepEqual([row('recruiting')?.share, row('recruiting')?.status, row('recruiting')?.diffPp], [0.75, 'over', 65]);
    assert.deepEqual([row('operations')?.share, row('operations')?.status], [0.25, 'on']); // exactly +5 pp is on
    assert.deepEqual([row('culture')?.share, row('culture')?.status, row('culture')?.diffPp], [0, 'under', -25]);
    assert.deepEqual([row('sales')?.share, row('sales')?.status], [0, 'on']);
    const empty = service.summarize(await service.analyze('/r/2026-W47.md', '# Nothing yet\n')) as WeekSummary;
    assert.equal(empty.totalMinutes, 0);
    assert.ok(empty.categories.every((c) => c.share === 0));
  });

  it('over-expected-hours when logging more than front matter hours', async () => {
    const { service } = fixture();
    const analysis = await service.analyze('/r/2026-W47.md', '---\nhours: 1\n---\n# Ops\n- 2h Release → shipped 3.2\n');
    const [over] = byRule(analysis, 'over-expected-hours');
    assert.deepEqual(over?.range, { start: { line: 2, column: 1 }, end: { line: 2, column: 9 } });
    assert.match(over?.message ?? '', /Logged 2h, more than the 1h expected/);
  });
});

describe('several weeks', () => {
  it('orders weeks and gives each category its trend', async () => {
    const { service } = fixture();
    const week = async (name: string, text: string) => service.summarize(await service.analyze(`/r/${name}.md`, text)) as WeekSummary;
    const w47 = await week('2026-W47', '## Recruiting\n- 1h a\n## Ops\n- 3h b\n');
    const w45 = await week('2026-W45', '## Recruiting\n- 3h a\n## Ops\n- 1h b\n');
    const w01 = await week('2027-W01', '## Recruiting\n- 2h a\n## Ops\n- 2h b\n');
    const multi = service.summarizeWeeks([w47, w01, w45]);
    assert.deepEqual(multi.weeks.map((w) => w.week), ['2026-W45', '2026-W47', '2027-W01']);
    const recruiting = multi.trends.find((t) => t.id === 'recruiting');
    assert.deepEqual(recruiting?.weeks, ['2026-W45', '2026-W47', '2027-W01']);
    assert.deepEqual(recruiting?.minutes, [180, 60, 120]);
    assert.deepEqual(recruiting?.shares, [0.75, 0.25, 0.5]);
    assert.equal(recruiting?.changePp, -25);
    assert.equal(recruiting?.direction, 'down');
    const ops = multi.trends.find((t) => t.id === 'operations');
    assert.deepEqual([ops?.changePp, ops?.direction], [25, 'up']);
    assert.equal(multi.trends.find((t) => t.id === 'sales')?.direction, 'flat');
    assert.equal(multi.trends.length, 8);
  });
});
