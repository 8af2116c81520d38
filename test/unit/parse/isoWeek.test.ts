// SPEC §2.1: ISO 8601 weeks with the ISO week-year, review detection, and
// front matter `week` against the file name.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addWeeks, formatIsoWeek, isoWeekOfDate, mondayOfIsoWeek, parseWeekValue, weekFromFileName } from '../../../src/core';
import { weeksInYear } from '../../../src/core/parse/isoWeek';
import { analyze, at, byRule, fixture } from '../helpers';

const week = (iso: string) => formatIsoWeek(isoWeekOfDate(new Date(`${iso}T12:00:00Z`)));

describe('ISO weeks', () => {
  it('knows which years have 53 weeks', () => {
    assert.equal(weeksInYear(2026), 53);
    assert.equal(weeksInYear(2020), 53);
    assert.equal(weeksInYear(2025), 52);
    assert.equal(weeksInYear(2027), 52);
  });

  it('uses the week-year at year boundaries', () => {
    assert.equal(week('2027-01-01'), '2026-W53');
    assert.equal(week('2027-01-03'), '2026-W53');
    assert.equal(week('2027-01-04'), '2027-W01');
    assert.equal(week('2024-12-30'), '2025-W01');
    assert.equal(week('2024-12-29'), '2024-W52');
    assert.equal(week('2026-12-31'), '2026-W53');
    assert.equal(week('2026-11-18'), '2026-W47');
  });

  it('finds the Monday of a week and steps across year ends', () => {
    assert.equal(mondayOfIsoWeek({ year: 2026, week: 53 }).toISOString().slice(0, 10), '2026-12-28');
    assert.equal(mondayOfIsoWeek({ year: 2025, week: 1 }).toISOString().slice(0, 10), '2024-12-30');
    assert.equal(formatIsoWeek(addWeeks({ year: 2026, week: 53 }, 1)), '2027-W01');
    assert.equal(formatIsoWeek(addWeeks({ year: 2027, week: 1 }, -1)), '2026-W53');
    assert.equal(formatIsoWeek(addWeeks({ year: 2026, week: 47 }, -47)), '2025-W52');
  });

  it('parses week values: ISO weeks and dates', () => {
    assert.deepEqual(parseWeekValue('2026-W47'), { ok: true, week: { year: 2026, week: 47 } });
    assert.deepEqual(parseWeekValue('2026-w05'), { ok: true, week: { year: 2026, week: 5 } });
    assert.deepEqual(parseWeekValue('2026W47'), { ok: true, week: { year: 2026, week: 47 } });
    assert.deepEqual(parseWeekValue('2026-W53'), { ok: true, week: { year: 2026, week: 53 } });
    assert.deepEqual(parseWeekValue('2026-11-18'), { ok: true, week: { year: 2026, week: 47 } });
    assert.deepEqual(parseWeekValue('2027-01-01'), { ok: true, week: { year: 2026, week: 53 } });
    assert.deepEqual(parseWeekValue('2026-W54'), { ok: false, reason: '2026 has weeks 1 to 53, not 54' });
    assert.deepEqual(parseWeekValue('2027-W53'), { ok: false, reason: '2027 has weeks 1 to 52, not 53' });
    assert.deepEqual(parseWeekValue('2026-W00'), { ok: false, reason: '2026 has weeks 1 to 53, not 0' });
    assert.deepEqual(parseWeekValue('2026-02-30'), { ok: false, reason: '2026-02-30 is not a calendar date' });
    assert.equal(parseWeekValue('next week').ok, false);
  });

  it('reads the week from a file name', () => {
    assert.deepEqual(weekFromFileName('reviews/2026-W47.md'), { year: 2026, week: 47 });
    assert.deepEqual(weekFromFileName('/a/b/review-2026-w47.md'), { year: 2026, week: 47 });
    assert.deepEqual(weekFromFileName('C:\\notes\\2026-W53.md'), { year: 2026, week: 53 });
    assert.equal(weekFromFileName('2027-W53.md'), undefined);
    assert.equal(weekFromFileName('2026-W470.md'), undefined);
    assert.equal(weekFromFileName('2026-W47/notes.md'), undefined);
    assert.equal(weekFromFileName('notes.md'), undefined);
  });
});

describe('review detection', () => {
  const { service } = fixture();
  it('by file name or front matter week, and nothing else', () => {
    assert.equal(service.isReview('reviews/2026-W47.md', '# Notes'), true);
    assert.equal(service.isReview('reviews/review-2026-w47.md', ''), true);
    assert.equal(service.isReview('notes/today.md', '---\nweek: 2026-W47\n---\n# Notes'), true);
    assert.equal(service.isReview('notes/today.md', '---\nweek: 2026-11-18\n---\n'), true);
    assert.equal(service.isReview('notes/today.md', '---\ntitle: x\n---\n# 2026-W47'), false);
    assert.equal(service.isReview('notes/today.md', '# Week 2026-W47\n- 2h x'), false);
  });
});

describe('front matter week against the file name', () => {
  it('front matter wins, with a week-mismatch warning on the week: line', async () => {
    const analysis = await analyze('---\ntitle: Week\nweek: 2026-W48\n---\n# Ops\n- 1h x\n', '/r/2026-W47.md');
    assert.equal(formatIsoWeek(analysis.document.week ?? { year: 0, week: 0 }), '2026-W48');
    const [mismatch, ...rest] = byRule(analysis, 'week-mismatch');
    assert.deepEqual(rest, []);
    assert.deepEqual(at(mismatch), [3, 1, 3, 15]);
    assert.equal(mismatch?.severity, 'warning');
    assert.equal(mismatch?.data?.replacement, '2026-W47');
  });

  it('a date in the same week is no mismatch', async () => {
    const analysis = await analyze('---\nweek: 2026-11-22\n---\n', '/r/2026-W47.md');
    assert.deepEqual(byRule(analysis, 'week-mismatch'), []);
    assert.deepEqual(analysis.document.week, { year: 2026, week: 47 });
  });

  it('the file name gives the week without front matter', async () => {
    const analysis = await analyze('# Ops\n', '/r/review-2026-w53.md');
    assert.deepEqual(analysis.document.week, { year: 2026, week: 53 });
  });

  it('an impossible front matter week is a front-matter-error on its line', async () => {
    const analysis = await analyze('---\nweek: 2026-W54\n---\n', '/r/2026-W47.md');
    const [error] = byRule(analysis, 'front-matter-error');
    assert.deepEqual(at(error), [2, 1, 2, 15]);
    assert.match(error?.message ?? '', /2026 has weeks 1 to 53, not 54/);
    assert.deepEqual(analysis.document.week, { year: 2026, week: 47 });
    assert.deepEqual(byRule(analysis, 'week-mismatch'), []);
  });
});
