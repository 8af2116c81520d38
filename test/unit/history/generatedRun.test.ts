// Acceptance: a generated run of 60 weekly reviews over 70 calendar weeks
// (10 missing, across 2026-W53), renamed people and asks opened and closed.
// Every number is checked against a count this test makes its own way from the
// generator's ground truth, never through the history module's helpers.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  buildPeopleReport, categoryLastWeeks, computeTrends, createReviewIndex, loadPeopleFile, overdueFindings,
  type PeopleReport, type ReviewIndex, type TrendData,
} from '../../../src/core';
import { CALENDAR_WEEKS, CATEGORY_IDS, GAP_INDICES, GROUPS, PEOPLE_YAML, TARGETS, generateRun, runFiles, type WeekTruth } from '../../fixtures/history/generateRun';
import { memoryService, round1, round4 } from './helpers';

const run = generateRun();
const LAST = CALENDAR_WEEKS - 1;
const totalOf = (week: WeekTruth) => CATEGORY_IDS.reduce((sum, id) => sum + week.minutes[id], 0) + week.uncategorized;
const minutesOf = (week: WeekTruth, id: string) => (id in GROUPS ? (GROUPS[id]?.categories ?? []).reduce((sum, c) => sum + week.minutes[c], 0) : week.minutes[id as (typeof CATEGORY_IDS)[number]]);
const targetOf = (id: string) => (id in GROUPS ? (GROUPS[id]?.target as number) : TARGETS[id as (typeof CATEGORY_IDS)[number]]);
/** Exact share of `id` in calendar week `index`, or null for a gap. */
const exactShare = (id: string, index: number): number | null => {
  const week = run.calendar[index];
  return week ? minutesOf(week, id) / totalOf(week) : null;
};
/** Own rolling average: the present weeks among the 4 calendar weeks ending at `index`. */
const expectedRolling = (share: (index: number) => number | null, index: number): number | null => {
  const present: number[] = [];
  for (let i = index; i > index - 4 && i >= 0; i--) {
    const value = share(i);
    if (value !== null) present.push(value);
  }
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
};
const lowShare = (index: number): number | null => {
  const week = run.calendar[index];
  return week ? week.lowValue / totalOf(week) : null;
};

interface Indexed {
  index: ReviewIndex;
  trends: TrendData;
  people: PeopleReport;
}

/** Indexes the run once per call (the re-analysis test gets its own index). */
async function indexRun(): Promise<Indexed> {
  const index = createReviewIndex(memoryService(runFiles(run)));
  await index.setFiles([...runFiles(run)].filter(([path]) => path.endsWith('.md')).map(([path, text]) => ({ path, text })));
  const list = loadPeopleFile('/run/people.yaml', PEOPLE_YAML);
  assert.deepEqual(list.problems, []);
  return { index, trends: computeTrends(index.weekly()), people: buildPeopleReport(index.reviews(), list.people) };
}
const shared = indexRun();
let index: ReviewIndex;
let trends: TrendData;
let people: PeopleReport;
const load = async () => ({ index, trends, people } = await shared);

describe('a generated run of 60 reviews: the index', () => {
  before(load);

  it('indexes 60 reviews, one analysis each, in week order', () => {
    const present = run.calendar.filter((week): week is WeekTruth => week !== null);
    assert.equal(present.length, 60);
    assert.equal(index.analysisCount(), 60);
    assert.deepEqual(index.reviews().map((r) => r.path), present.map((week) => week.path));
    assert.deepEqual(index.duplicateWeekFindings(), []);
  });

  it('reads every review as the generator wrote it (minutes per category, low-value minutes)', () => {
    for (const review of index.weekly()) {
      const truth = run.calendar.find((week) => week?.path === review.path) as WeekTruth;
      assert.deepEqual(Object.fromEntries((review.summary?.categories ?? []).map((c) => [c.id, c.minutes])), truth.minutes, review.path);
      assert.equal(review.summary?.totalMinutes, totalOf(truth), review.path);
      assert.equal(review.summary?.lowValueMinutes, truth.lowValue, review.path);
    }
  });

});

describe('a generated run of 60 reviews: trends', () => {
  before(load);

  it('has all 70 calendar weeks on its axis and the 10 missing ones as gaps', () => {
    assert.deepEqual(trends.weeks.map((w) => w.week), run.labels);
    assert.equal(trends.firstWeek, '2026-W10');
    assert.equal(trends.latestWeek, '2027-W26');
    assert.ok(trends.weeks.some((w) => w.week === '2026-W53'));
    assert.deepEqual(trends.gaps, GAP_INDICES.map((i) => run.labels[i]));
    assert.deepEqual(trends.weeks.map((w) => w.path), run.calendar.map((week) => week?.path ?? null));
  });

  it('gives each category and group its exact share per week, null (never 0) in gaps', () => {
    for (const series of [...trends.categories, ...trends.groups]) {
      const expected = run.labels.map((_, i) => {
        const share = exactShare(series.id, i);
        return share === null ? null : round4(share);
      });
      assert.deepEqual(series.shares, expected, series.id);
      assert.deepEqual(series.minutes, run.calendar.map((week) => (week ? minutesOf(week, series.id) : null)), series.id);
      assert.equal(series.target, targetOf(series.id));
    }
    assert.deepEqual(trends.categories.map((s) => s.id), [...CATEGORY_IDS]);
    assert.deepEqual(trends.groups.map((s) => s.id), Object.keys(GROUPS));
  });

  it('gives the rolling 4-week average (gaps skipped) and its gap to the target', () => {
    for (const series of [...trends.categories, ...trends.groups]) {
      const rolling = run.labels.map((_, i) => expectedRolling((j) => exactShare(series.id, j), i));
      assert.deepEqual(series.rolling, rolling.map((value) => (value === null ? null : round4(value))), series.id);
      assert.deepEqual(series.rollingDiffPp, rolling.map((value) => (value === null ? null : round1((value - targetOf(series.id)) * 100))), series.id);
    }
    // Four missing weeks in a row (indices 20–23): the window ending at 23 holds no review.
    assert.equal(trends.categories[0]?.rolling[23], null);
    assert.notEqual(trends.categories[0]?.rolling[22], null);
  });

});

describe('a generated run of 60 reviews: no-time weeks, low value, drift', () => {
  before(load);

  it('lists the weeks where a category with a target got no time (and none for the 0% category)', () => {
    for (const series of trends.categories) {
      const expected = series.target > 0 ? run.calendar.filter((week): week is WeekTruth => week !== null && week.minutes[series.id as (typeof CATEGORY_IDS)[number]] === 0).map((week) => week.label) : [];
      assert.deepEqual(series.noTimeWeeks, expected, series.id);
    }
    assert.ok((trends.categories.find((s) => s.id === 'sales')?.noTimeWeeks.length ?? 0) > 5);
    assert.deepEqual(trends.categories.find((s) => s.id === 'admin')?.noTimeWeeks, []);
  });

  it('gives the low-value share per week and its rolling average', () => {
    assert.deepEqual(trends.weeks.map((w) => w.lowValueShare), run.labels.map((_, i) => (lowShare(i) === null ? null : round4(lowShare(i) as number))));
    assert.deepEqual(trends.weeks.map((w) => w.lowValueRolling), run.labels.map((_, i) => {
      const value = expectedRolling(lowShare, i);
      return value === null ? null : round4(value);
    }));
  });

  it('gives the latest week\'s drift against its own 4-week average', () => {
    for (const series of trends.categories) {
      const share = exactShare(series.id, LAST) as number;
      const average = expectedRolling((j) => exactShare(series.id, j), LAST) as number;
      assert.deepEqual(series.drift, { week: '2027-W26', share: round4(share), rollingAverage: round4(average), driftPp: round1((share - average) * 100) }, series.id);
    }
  });

  it('gives a category heading its last 8 weeks, gaps included', () => {
    const history = categoryLastWeeks(trends, 'culture', run.labels[63] as string);
    assert.deepEqual(history?.weeks.map((w) => [w.week, w.share]), [56, 57, 58, 59, 60, 61, 62, 63].map((i) => {
      const share = exactShare('culture', i);
      return [run.labels[i], share === null ? null : round4(share)];
    }));
    assert.equal(history?.weeks[4]?.gap, true);
  });

});

describe('a generated run of 60 reviews: people and asks', () => {
  before(load);

  it('finds who is overdue for a 1:1, by how many weeks, and who never had one', () => {
    const expected = new Map<string, { since: number; by: number }>();
    const cadence: Record<string, number> = { ana: 2, bo: 4, cy: 26, dana: 3, eve: 3, finn: 8 };
    for (const [handle, weeks] of Object.entries(cadence)) {
      const last = run.oneOnOnes.get(handle)?.at(-1);
      if (last !== undefined && LAST - last > weeks) expected.set(`@${handle}`, { since: LAST - last, by: LAST - last - weeks });
    }
    assert.ok(expected.has('@cy') && expected.has('@eve'), 'the run makes Cy and Eve overdue');
    const actual = new Map(people.people.filter((p) => p.state === 'overdue').map((p) => [p.handle, { since: p.weeksSinceOneOnOne, by: p.overdueByWeeks }]));
    assert.deepEqual(actual, expected);
    assert.deepEqual(people.overdue, [...expected].sort((a, b) => b[1].by - a[1].by).map(([handle]) => handle));
    assert.deepEqual(people.never, ['@finn']);
    assert.equal(people.people.find((p) => p.handle === '@gus')?.state, 'no-cadence');
  });

  it('counts 1:1 and touchpoint weeks per person, old names only where the list knows them', () => {
    for (const person of people.people) {
      const handle = person.handle.slice(1);
      const oneOnOnes = run.oneOnOnes.get(handle) ?? [];
      assert.equal(person.oneOnOneWeeks, oneOnOnes.length, `${handle} 1:1 weeks`);
      assert.equal(person.touchpointWeeks, run.touchpoints.get(handle)?.size ?? 0, `${handle} touchpoint weeks`);
      assert.equal(person.lastOneOnOne?.week ?? null, oneOnOnes.length ? run.labels[oneOnOnes.at(-1) as number] : null, handle);
    }
  });

  it('lists the open asks with their age in weeks and the review they came from', () => {
    const open = run.asks.filter((ask) => ask.closeIndex === null).sort((a, b) => a.openIndex - b.openIndex);
    assert.deepEqual(people.openAsks.map((ask) => ({ handles: ask.handles, age: ask.ageWeeks, path: ask.opened.path, line: ask.opened.line, week: ask.opened.week })),
      open.map((ask) => ({ handles: [`@${ask.handle}`], age: LAST - ask.openIndex, path: ask.openPath, line: ask.openLine, week: run.labels[ask.openIndex] })));
    const done = run.asks.filter((ask) => ask.closeIndex !== null).sort((a, b) => (a.closeIndex as number) - (b.closeIndex as number));
    assert.deepEqual(people.doneAsks.map((ask) => [ask.handles[0], ask.ageWeeks, ask.done?.week]), done.map((ask) => [`@${ask.handle}`, (ask.closeIndex as number) - ask.openIndex, run.labels[ask.closeIndex as number]]));
    assert.equal(people.people.find((p) => p.handle === '@ana')?.openAsks, open.filter((ask) => ask.handle === 'ana').length);
  });

});

describe('a generated run of 60 reviews: findings and updates', () => {
  before(load);

  it('puts one information finding per overdue person on the latest review\'s title, with the planned 1:1', () => {
    const latest = index.latest();
    assert.ok(latest);
    assert.equal(latest.path, run.calendar[LAST]?.path);
    const findings = overdueFindings(people, latest);
    assert.deepEqual(findings.map((f) => [f.handle, f.severity, f.range.start.line, f.path]), people.overdue.map((handle) => [handle, 'info', 1 + latest.text.split('\n').indexOf(`# Weekly review ${run.labels[LAST]}`), latest.path]));
    for (const finding of findings) {
      assert.match(finding.message, new RegExp(`${people.people.find((p) => p.handle === finding.handle)?.weeksSinceOneOnOne} weeks since the last one`));
      assert.equal(finding.fix?.edit.newText, `- [ ] 30m 1:1 with ${finding.handle}\n`);
    }
  });

  it('re-analyses only a changed older review, and the trends and people follow it', async () => {
    const { index } = await indexRun();
    const old = run.calendar[30] as WeekTruth;
    const changed = old.text.replace('## Recruiting\n', '## Recruiting\n- 10h Plan the hiring loop → 3 hires by June\n- 30m 1:1 with @eve\n');
    const before = index.analysisCount();
    await index.upsert(old.path, changed);
    await index.upsert(old.path, changed);
    await index.setFiles(index.reviews().map((r) => ({ path: r.path, text: r.text })));
    assert.equal(index.analysisCount(), before + 1);
    const after = computeTrends(index.weekly());
    const recruiting = after.categories.find((s) => s.id === 'recruiting');
    const truthTotal = totalOf(old) + 630;
    assert.equal(recruiting?.shares[30], round4((old.minutes.recruiting + 630) / truthTotal));
    const report = buildPeopleReport(index.reviews(), loadPeopleFile('/run/people.yaml', PEOPLE_YAML).people);
    const eve = report.people.find((p) => p.handle === '@eve');
    const eveWeeks = new Set([...(run.oneOnOnes.get('eve') ?? []), 30]);
    assert.equal(eve?.oneOnOneWeeks, eveWeeks.size);
  });
});
