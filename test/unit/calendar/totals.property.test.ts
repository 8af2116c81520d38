// Random calendars with known per-week totals: single events, weekly series
// (endless, COUNT or UNTIL) with EXDATEs, moved and cancelled instances, and
// overlaps, in Berlin across the March clock change. The expected minutes of
// each week are computed here without ical.js or the import's zone code: EU
// summer time by its rule, occurrences by adding weeks to the wall clock, and
// the union of the intervals inside each week.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runs } from '../propertyRuns';
import fc from 'fast-check';
import { importInto, ok, templateOf } from './helpers';

const DAY = 86_400_000;
const MIN = 60_000;

/** Last Sunday of a month at 01:00 UTC: when the EU changes clocks. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Berlin wall clock (as Date.UTC fields) to UTC, for times away from the change hour. */
function berlin(wall: number): number {
  const year = new Date(wall).getUTCFullYear();
  const summer = wall - 2 * 3_600_000 >= lastSunday(year, 2) && wall - 2 * 3_600_000 < lastSunday(year, 9);
  return wall - (summer ? 2 : 1) * 3_600_000;
}

const MONDAY_W11 = Date.UTC(2027, 2, 15);
const WEEKS = 6;

interface Model {
  intervals: [number, number][];
  ics: string[];
}

const stamp = (utc: number) => new Date(utc).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const wallStamp = (wall: number) => stamp(wall).replace('Z', '');

const singleArb = fc.record({ day: fc.integer({ min: -2, max: 7 * WEEKS + 1 }), minute: fc.integer({ min: 6 * 60, max: 21 * 60 }), length: fc.integer({ min: 5, max: 240 }), utc: fc.boolean() });
const seriesArb = fc.record({
  firstWeek: fc.integer({ min: -60, max: 2 }),
  weekday: fc.integer({ min: 0, max: 6 }),
  minute: fc.integer({ min: 6 * 60, max: 21 * 60 }),
  length: fc.integer({ min: 15, max: 120 }),
  end: fc.constantFrom('none', 'count', 'until'),
  endAt: fc.integer({ min: 1, max: 70 }),
  exdates: fc.uniqueArray(fc.integer({ min: 0, max: 70 }), { maxLength: 4 }),
  moved: fc.uniqueArray(fc.record({ index: fc.integer({ min: 0, max: 70 }), shiftMinutes: fc.integer({ min: -3000, max: 3000 }), length: fc.integer({ min: 10, max: 180 }), cancel: fc.boolean() }), { maxLength: 3, selector: (m) => m.index }),
});

function addSingle(model: Model, s: { day: number; minute: number; length: number; utc: boolean }, n: number): void {
  const wall = MONDAY_W11 + s.day * DAY + s.minute * MIN;
  const start = berlin(wall);
  const end = start + s.length * MIN;
  model.intervals.push([start, end]);
  const dt = s.utc ? `DTSTART:${stamp(start)}\r\nDTEND:${stamp(end)}` : `DTSTART;TZID=Europe/Berlin:${wallStamp(wall)}\r\nDURATION:PT${s.length}M`;
  model.ics.push(`BEGIN:VEVENT\r\nUID:single-${n}\r\nDTSTAMP:20270101T000000Z\r\n${dt}\r\nSUMMARY:Single ${n}\r\nEND:VEVENT\r\n`);
}

type Series = typeof seriesArb extends fc.Arbitrary<infer T> ? T : never;

function addSeries(model: Model, s: Series, n: number): void {
  const first = MONDAY_W11 + s.firstWeek * 7 * DAY + s.weekday * DAY + s.minute * MIN;
  const count = s.end === 'count' ? s.endAt : s.end === 'until' ? s.endAt + 1 : 80;
  const moved = new Map(s.moved.map((m) => [m.index, m]));
  const exdates = new Set(s.exdates);
  const extra: string[] = [];
  for (let i = 0; i < count; i++) {
    const wall = first + i * 7 * DAY;
    const change = moved.get(i);
    if (exdates.has(i) && !change) continue;
    if (!change) {
      model.intervals.push([berlin(wall), berlin(wall) + s.length * MIN]);
      continue;
    }
    // A moved instance keeps within 06:00–21:00 so that no wall time falls in the change hour.
    const movedWall = wall - (wall % DAY) + Math.min(21 * 60, Math.max(6 * 60, ((wall % DAY) / MIN + change.shiftMinutes) % (24 * 60))) * MIN + Math.trunc(change.shiftMinutes / (24 * 60)) * DAY;
    if (!change.cancel) model.intervals.push([berlin(movedWall), berlin(movedWall) + change.length * MIN]);
    extra.push(`BEGIN:VEVENT\r\nUID:series-${n}\r\nDTSTAMP:20270101T000000Z\r\nRECURRENCE-ID;TZID=Europe/Berlin:${wallStamp(wall)}\r\nDTSTART;TZID=Europe/Berlin:${wallStamp(movedWall)}\r\nDTEND;TZID=Europe/Berlin:${wallStamp(movedWall + change.length * MIN)}\r\n${change.cancel ? 'STATUS:CANCELLED\r\n' : ''}SUMMARY:Series ${n} moved\r\nEND:VEVENT\r\n`);
  }
  const rule = s.end === 'count' ? `;COUNT=${s.endAt}` : s.end === 'until' ? `;UNTIL=${stamp(berlin(first + s.endAt * 7 * DAY))}` : '';
  const ex = [...exdates].map((i) => `EXDATE;TZID=Europe/Berlin:${wallStamp(first + i * 7 * DAY)}\r\n`).join('');
  model.ics.push(`BEGIN:VEVENT\r\nUID:series-${n}\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Berlin:${wallStamp(first)}\r\nDTEND;TZID=Europe/Berlin:${wallStamp(first + s.length * MIN)}\r\nRRULE:FREQ=WEEKLY${rule}\r\n${ex}SUMMARY:Series ${n}\r\nEND:VEVENT\r\n`, ...extra);
}

/** Minutes of the union of the intervals inside [from, to). */
function unionMinutes(intervals: readonly [number, number][], from: number, to: number): number {
  const clipped = intervals.map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [a, b] of clipped) {
    if (b > reach) total += b - Math.max(a, reach);
    reach = Math.max(reach, b);
  }
  return total / MIN;
}

test('random calendars imported week by week give each week its known total', () => {
  fc.assert(
    fc.property(fc.array(singleArb, { maxLength: 25 }), fc.array(seriesArb, { maxLength: 6 }), (singles, series) => {
      const model: Model = { intervals: [], ics: [] };
      singles.forEach((s, n) => addSingle(model, s, n));
      series.forEach((s, n) => addSeries(model, s, n));
      const calendar = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//property//EN\r\n${model.ics.join('')}END:VCALENDAR\r\n`;
      for (let w = 0; w < WEEKS; w++) {
        const week = { year: 2027, week: 11 + w };
        const from = berlin(MONDAY_W11 + w * 7 * DAY);
        const to = berlin(MONDAY_W11 + (w + 1) * 7 * DAY);
        const result = ok(importInto(calendar, week, templateOf(week), { timeZone: 'Europe/Berlin' }));
        assert.equal(result.report.minutes, unionMinutes(model.intervals, from, to), `week ${week.week}`);
      }
    }),
    { numRuns: runs(40) },
  );
});
