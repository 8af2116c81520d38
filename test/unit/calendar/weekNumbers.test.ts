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

test('a rule by week number with times of day (BYHOUR, BYMINUTE) counts each time, COUNT counting each', () => {
  const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rota//EN\r\n${body}END:VCALENDAR\r\n`;
  const event = (uid: string, summary: string, lines: string) => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:${summary}\r\n${lines.replace(/\n/g, '\r\n')}END:VEVENT\r\n`;
  const calendar = wrap(
    // Monday of week 12 at 09:00 and 14:00 Berlin, 30 minutes each.
    event('checkin@rota.example', 'Rota check-in', 'DTSTART;TZID=Europe/Berlin:20270104T090000\nDURATION:PT30M\nRRULE:FREQ=YEARLY;BYWEEKNO=12;BYDAY=MO;BYHOUR=9,14\n') +
      // Tuesday of week 12 at 10:00 and 10:30 Berlin, 15 minutes each; three from Tuesday 17 March 2026 (two that day, one in 2027).
      event('handover@rota.example', 'Rota handover', 'DTSTART;TZID=Europe/Berlin:20260317T100000\nDURATION:PT15M\nRRULE:FREQ=YEARLY;BYWEEKNO=12;BYDAY=TU;BYHOUR=10;BYMINUTE=0,30;COUNT=3\n'),
  );
  const result = ok(importInto(calendar, { year: 2027, week: 12 }, templateOf({ year: 2027, week: 12 }), { timeZone: 'Europe/Berlin' }));
  // By hand: the check-in Monday 22 March 09:00 and 14:00 (08:00, 13:00 UTC), 30 + 30; the handover's third is
  // Tuesday 23 March 10:00 (09:00 UTC), 15 = 75. ical.js gave no date at all for either rule (0).
  assert.deepEqual(ids(result.text), ['checkin@rota.example/20270322T080000Z', 'checkin@rota.example/20270322T130000Z', 'handover@rota.example/20270323T090000Z']);
  assert.equal(result.report.minutes, 75);
});
