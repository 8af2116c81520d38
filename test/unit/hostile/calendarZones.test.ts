// Hostile input 7: a calendar whose events each use a time zone only the
// file defines (VTIMEZONE from 1601, as Outlook writes them). ical.js reads
// each zone's rules from their start: 2,000 such zones took 13 s of CPU. A
// week may use at most 64; the next is an error at its line.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FILE_ZONES } from '../../../src/core/calendar/read';
import { importInto, templateOf } from '../calendar/helpers';

const W12 = { year: 2027, week: 12 };

/** `zones` VTIMEZONEs and one event in 2027-W12 in each. */
function calendar(zones: number): string {
  let text = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n';
  for (let i = 0; i < zones; i++) text += `BEGIN:VTIMEZONE\r\nTZID:Zone ${i}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n`;
  for (let i = 0; i < zones; i++) text += `BEGIN:VEVENT\r\nUID:e${i}@test\r\nDTSTAMP:20270301T000000Z\r\nSUMMARY:Sync ${i}\r\nDTSTART;TZID=Zone ${i}:20270322T${String(8 + (i % 10)).padStart(2, '0')}0000\r\nDTEND;TZID=Zone ${i}:20270322T${String(8 + (i % 10)).padStart(2, '0')}3000\r\nEND:VEVENT\r\n`;
  return `${text}END:VCALENDAR\r\n`;
}

const run = (zones: number) => importInto(calendar(zones), W12, templateOf(W12), { timeZone: 'Europe/Berlin' }, 'work.ics');

describe('time zones only the file defines (hostile input 7)', () => {
  it(`${MAX_FILE_ZONES} are read; the next is an error at the line that uses it`, () => {
    const ok = run(MAX_FILE_ZONES);
    assert.equal(ok.ok, true);
    const over = run(MAX_FILE_ZONES + 1);
    assert.equal(over.ok, false);
    const lines = calendar(MAX_FILE_ZONES + 1).split('\r\n');
    const line = lines.findIndex((l) => l.startsWith(`DTSTART;TZID=Zone ${MAX_FILE_ZONES}:`)) + 1;
    assert.deepEqual((over as Extract<typeof over, { ok: false }>).error, {
      file: 'work.ics',
      line,
      message: `TZID=Zone ${MAX_FILE_ZONES} is the 65th time zone of the week that only this file defines (VTIMEZONE), more than an import reads (64). Replace these TZIDs with IANA names such as Europe/Berlin, or export the calendar again`,
    });
  });

  it('2,000 such zones cost at most 3 times what 64 cost (was 30 times: 13 s of CPU)', () => {
    run(MAX_FILE_ZONES); // warm up
    const time = (zones: number) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        run(zones);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const few = time(MAX_FILE_ZONES);
    const many = time(2000);
    console.log(`    ${MAX_FILE_ZONES} zones: ${few.toFixed(0)} ms; 2,000 zones: ${many.toFixed(0)} ms`);
    assert.ok(many < 3 * few + 25, `${few.toFixed(0)} ms, ${many.toFixed(0)} ms`);
  });
});
