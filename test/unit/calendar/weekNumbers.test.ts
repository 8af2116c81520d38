// Yearly rules by ISO week number (BYWEEKNO), as rota and planning
// generators write them: ical.js reads them wrongly, so the import expands
// them itself (round 10).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture, importedLines, importInto, ok, templateOf } from './helpers';

const read = (year: number, week: number) => ok(importInto(fixture('generated-week-numbers.ics'), { year, week }, templateOf({ year, week }), { timeZone: 'Europe/Berlin' }));
const ids = (text: string) => [...text.matchAll(/<!-- event: (\S+) ~/g)].map((match) => match[1]);

test('a yearly rule by week number counts in its week only: week 53, week 12, week 1 across the year end, the last week with COUNT', () => {
  // By hand: the freeze review is Monday of week 53 (2026-W53 is 28 December 2026 to 3 January 2027; 2027 has no
  // week 53); the spring planning is Tuesday and Thursday of week 12, 14:00–16:00 (23 and 25 March 2027); the
  // kick-off is Monday of week 1, DTSTART's weekday (4 January 2027; 2026-W1 begins Monday 29 December 2025);
  // the retro is Thursday of each year's last week, five times from 2021 (the last 25 December 2025).
  assert.deepEqual(ids(read(2026, 53).text), ['freeze-review@rota.example/20261228T080000Z']);
  assert.equal(read(2026, 53).report.minutes, 60);
  assert.deepEqual(ids(read(2027, 12).text), ['spring-planning@rota.example/20270323T130000Z', 'spring-planning@rota.example/20270325T130000Z']);
  assert.deepEqual(importedLines(read(2027, 12).text), ['- [x] 2h Spring planning workshop →', '- [x] 2h Spring planning workshop →']);
  assert.equal(read(2027, 12).report.minutes, 240);
  assert.deepEqual(ids(read(2027, 1).text), ['kickoff@rota.example/20270104T090000Z']);
  assert.deepEqual(ids(read(2026, 1).text), ['kickoff@rota.example/20251229T090000Z']);
  assert.deepEqual(ids(read(2025, 52).text), ['last-week@rota.example/20251225T140000Z']);
  for (const [year, week] of [[2027, 11], [2027, 13], [2026, 52]] as const) assert.equal(read(year, week).report.minutes, 0, `${year}-W${week}`);
});
