// A large export stays quick: thirteen years of daily events (5,000) and 40
// endless weekly series begun between 1990 and 2029, plus one series whose
// rule never matches, read for one week; the total is known by
// construction (nothing overlaps) and the review reads it back.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineMinutes, importInto, ok, templateOf } from './helpers';

const DAY = 86_400_000;
const stamp = (wall: number) => new Date(wall).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, '');

function largeCalendar(): string {
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//scale//EN', 'X-WR-TIMEZONE:Europe/Berlin'];
  const first = Date.UTC(2014, 0, 1, 9);
  for (let i = 0; i < 5000; i++) out.push('BEGIN:VEVENT', `UID:day-${i}@scale`, 'DTSTAMP:20270101T000000Z', `DTSTART;TZID=Europe/Berlin:${stamp(first + i * DAY)}`, 'DURATION:PT30M', `SUMMARY:Daily ${i}`, 'END:VEVENT');
  const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
  for (let i = 0; i < 40; i++) {
    // Monday 1 January 1990 plus i years (to 2029, after the week: it adds nothing), on its weekday and hour.
    const start = Date.UTC(1990 + i, 0, 1, 10 + Math.floor(i / 5));
    out.push('BEGIN:VEVENT', `UID:series-${i}@scale`, 'DTSTAMP:20270101T000000Z', `DTSTART;TZID=Europe/Berlin:${stamp(start)}`, 'DURATION:PT30M', `RRULE:FREQ=WEEKLY;BYDAY=${days[i % 5]}`, `SUMMARY:Series ${i}`, 'END:VEVENT');
  }
  out.push('BEGIN:VEVENT', 'UID:never@scale', 'DTSTAMP:20270101T000000Z', 'DTSTART;TZID=Europe/Berlin:19900101T200000', 'DURATION:PT30M', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', 'SUMMARY:Never', 'END:VEVENT');
  out.push('END:VCALENDAR', '');
  return out.join('\r\n');
}

test('5,000 events and 41 endless series: one week in well under three seconds, with its known total', async () => {
  const calendar = largeCalendar();
  const week = { year: 2027, week: 12 };
  const started = performance.now();
  const result = ok(importInto(calendar, week, templateOf(week), { timeZone: 'Europe/Berlin' }));
  const elapsed = performance.now() - started;
  // Daily: 7 × 30 = 210. Series begun by 2027 (i ≤ 37): 38 × 30 = 1,140.
  assert.equal(result.report.minutes, 1350);
  assert.equal(result.report.events, 45);
  assert.ok(elapsed < 3000, `${Math.round(elapsed)} ms`);
  assert.equal(await engineMinutes(result.text, week), 1350);
});
