// Hostile input 11: weeks of the years 0 to 99 (`0026-W47.md`, `week:
// 0000-W01`). Date.UTC reads those years as 1900 to 1999, so `0026-W47` was
// 1926's week 47: its summary said "26-W47", a week-mismatch said "Front
// matter says 0-W01", the trends placed it at 1926-W47, and `0026-W47.md`
// and `1926-W47.md` claimed one week (duplicate-week). The week readers
// build their dates for any year (src/core/parse/isoWeek.ts), and a week's
// year is written with four digits.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReviewIndex, createReviewService, formatIsoWeek, parseWeekValue, weekFromFileName } from '../../../src/core';
import { weeksInYear } from '../../../src/core/parse/isoWeek';
import { ordinalOfLabel, weekLabelOfOrdinal } from '../../../src/core/history/weeks';

const review = (week: string) => `---\nweek: ${week}\n---\n# Ops\n- 1h x\n`;

describe('weeks of the years 0 to 99 (hostile input 11)', () => {
  it('are read, written and counted as their own years', () => {
    assert.deepEqual([parseWeekValue('0026-W47'), weekFromFileName('/r/0026-W47.md')], [{ ok: true, week: { year: 26, week: 47 } }, { year: 26, week: 47 }]);
    assert.deepEqual(['0026-W47', '0000-W01', '0099-W53', '0004-W53'].map((label) => weekLabelOfOrdinal(ordinalOfLabel(label) as number)), ['0026-W47', '0000-W01', '0099-W53', '0004-W53']);
    // The years 4 and 26 began on a Thursday (Python's proleptic calendar agrees), so each has 53 weeks; 1926 began on a Friday.
    assert.deepEqual([weeksInYear(4), weeksInYear(26), weeksInYear(1926)], [53, 53, 52]);
    assert.deepEqual([parseWeekValue('0026-11-18'), formatIsoWeek({ year: 7, week: 3 })], [{ ok: true, week: { year: 26, week: 47 } }, '0007-W03']);
  });

  it('a review of 0026-W47 is not 1926-W47: its own week in the summary, and no duplicate', async () => {
    const service = createReviewService({ readFile: async () => undefined });
    const summary = service.summarize(await service.analyze('/r/0026-W47.md', review('0026-W47')));
    assert.equal(summary?.week, '0026-W47');
    const index = createReviewIndex(service);
    await index.setFiles([{ path: '/r/0026-W47.md', text: review('0026-W47') }, { path: '/r/1926-W47.md', text: review('1926-W47') }]);
    assert.deepEqual(index.duplicateWeekFindings(), []);
  });
});
