// Hostile input 8: an event property with a great many parameters
// (`X-A;P=v;P=v;…:x`). ical.js looks for the value's `:` again from each
// parameter on, so its time grew with the square of their number: 160,000
// took 1.2 s, 640,000 (2.5 MB, far below the 50 MB an import reads) 16 s.
// A property may have at most 100; one with more is an error at its line.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PARAMETERS } from '../../../src/core/calendar/read';
import { importInto, templateOf } from '../calendar/helpers';
import { assertLinear } from './timing';

const W47 = { year: 2026, week: 47 };

/** One event in 2026-W47 whose line 8 is `line`. */
const calendar = (line: string) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u1@x\r\nDTSTART:20261117T080000Z\r\nDTEND:20261117T090000Z\r\nSUMMARY:Roadmap review\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
const run = (line: string) => importInto(calendar(line), W47, templateOf(W47), { timeZone: 'UTC' }, 'work.ics');

describe('a property with many parameters (hostile input 8)', () => {
  it(`${MAX_PARAMETERS} are read, quoted semicolons and folds included; one more is an error at its line`, () => {
    const ok = run(`ATTENDEE;CN="a;b;c"${';X-P=v'.repeat(MAX_PARAMETERS - 1)}:mailto:a@b.c`);
    assert.equal(ok.ok, true);
    assert.equal(ok.ok && ok.report.events, 1);
    const over = run(`ATTENDEE;CN="a;b;c"${';X-P=v\r\n '.repeat(MAX_PARAMETERS)}:mailto:a@b.c`);
    assert.deepEqual(over.ok ? 'imported' : over.error, {
      file: 'work.ics',
      line: 8,
      message: 'the ATTENDEE of the event that starts at line 3 has 101 parameters, more than an import reads (100). Correct or remove that line, or export the calendar again',
    });
  });

  it('the cost stays linear in the parameters (it was quadratic)', async () => {
    await assertLinear('parameters', (n) => run(`X-A${';P=v'.repeat(n)}:x`), 40_000);
  });
});
