// Bad calendars get one error naming the file and the line, and nothing is
// written: truncated, not iCalendar, an unknown zone, a value ical.js cannot
// read (at that value's own line), a rule that would take too long to reach
// the week, a VTIMEZONE whose rule is not yearly, over 50 MB; and a damaged
// export, cut or spliced anywhere, is an import or such an error, never a
// crash. An endless weekly rule begun a century ago is not bad: it is read in
// a moment.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_CALENDAR_BYTES } from '../../../src/core';
import { runs } from '../propertyRuns';
import { fixture, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const BERLIN = { timeZone: 'Europe/Berlin' };
const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body}END:VCALENDAR\r\n`;
const event = (lines: string) => `BEGIN:VEVENT\r\nUID:x@test\r\nSUMMARY:Thing\r\n${lines}END:VEVENT\r\n`;

function error(calendar: string): { file: string; line: number; message: string } {
  const result = importInto(calendar, W12, templateOf(W12), BERLIN, 'work.ics');
  assert.equal(result.ok, false, 'expected an error');
  return (result as Extract<typeof result, { ok: false }>).error;
}

test('a truncated export names the component it cuts', () => {
  const text = fixture('google.ics');
  const cut = text.slice(0, text.indexOf('SUMMARY:Platform standup'));
  const at = error(cut);
  const begin = cut.slice(0, cut.lastIndexOf('BEGIN:VEVENT')).split('\n').length;
  assert.deepEqual([at.file, at.line], ['work.ics', begin]);
  assert.match(at.message, /^the file is truncated: BEGIN:VEVENT at line \d+ is never closed \(the file ends at line \d+\)/);
});

test('a file that is not iCalendar is named at line 1; a stray END at its line', () => {
  assert.deepEqual([error('Subject,Start Date\nStandup,2027-03-22\n').line, /not an iCalendar file/.test(error('Subject,Start Date\n').message)], [1, true]);
  assert.equal(error('\n\n').line, 1);
  const stray = error(wrap('END:VEVENT\r\n'));
  assert.equal(stray.line, 4);
  assert.match(stray.message, /END:VEVENT where BEGIN:VCALENDAR from line 1 is still open/);
});

test('an unknown TZID is named at the line that uses it', () => {
  const at = error(wrap(event('DTSTAMP:20270301T000000Z\r\nDTSTART;TZID=Mars/Olympus_Mons:20270322T100000\r\nDTEND;TZID=Mars/Olympus_Mons:20270322T110000\r\n')));
  assert.equal(at.line, 8);
  assert.match(at.message, /^unknown time zone TZID=Mars\/Olympus_Mons/);
});

test('a zone defined only by its VTIMEZONE is read from it', () => {
  const tz = 'BEGIN:VTIMEZONE\r\nTZID:Office time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n';
  const result = ok(importInto(wrap(tz + event('DTSTART;TZID=Office time:20270322T100000\r\nDTEND;TZID=Office time:20270322T113000\r\n')), W12, templateOf(W12), BERLIN));
  assert.equal(result.report.minutes, 90);
  assert.match(result.text, /- \[x\] 1h30m Thing →/);
});

test('a value ical.js cannot read is named at its own line, with the property', () => {
  const at = error(wrap(event('DTSTART:2027-03-22 at ten\r\n')));
  assert.equal(at.line, 7);
  assert.equal(at.message, 'the DTSTART “2027-03-22 at ten” of the event that starts at line 4 cannot be read (Could not extract integer from "at"). Correct or remove that line, or export the calendar again');
});

test('a broken RRULE, EXDATE or DURATION, and a line that is no property, are named at their line', () => {
  const broken = (lines: string) => error(wrap(event(`DTSTART;TZID=Europe/Berlin:20270322T100000\r\nDURATION:PT1H\r\n${lines}`)));
  assert.deepEqual([broken('RRULE:FREQ=SOMETIMES\r\n').line, broken('RRULE:FREQ=WEEKLY;BYDAY=XX\r\n').line, broken('RRULE:FREQ=DAILY\r\nEXDATE:garbage\r\n').line, broken('THIS IS NOT A PROPERTY\r\n').line], [9, 9, 10, 9]);
  assert.match(broken('RRULE:FREQ=SOMETIMES\r\n').message, /^the RRULE “FREQ=SOMETIMES” of the event that starts at line 4 cannot be read \(invalid frequency/);
  assert.match(broken('THIS IS NOT A PROPERTY\r\n').message, /^the line “THIS IS NOT A PROPERTY” of the event that starts at line 4 cannot be read/);
  const duration = error(wrap(event('DTSTART;TZID=Europe/Berlin:20270322T100000\r\nDURATION:1 hour\r\n')));
  assert.deepEqual([duration.line, /^the DURATION “1 hour”/.test(duration.message)], [8, true]);
});

test('an endless weekly series begun in 1927 is read in well under a second', () => {
  const started = performance.now();
  const result = ok(importInto(wrap(event('DTSTART;TZID=Europe/Berlin:19270103T100000\r\nDTEND;TZID=Europe/Berlin:19270103T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n')), W12, templateOf(W12), BERLIN));
  assert.equal(result.report.minutes, 120);
  assert.ok(performance.now() - started < 1000);
});

test('a rule that would take more steps than an import expands is an error at its RRULE line', () => {
  const at = error(wrap(event('DTSTART:19270103T100000Z\r\nDURATION:PT5M\r\nRRULE:FREQ=MINUTELY;COUNT=900000000\r\n')));
  assert.equal(at.line, 9);
  assert.match(at.message, /repeats more than 100,000 times before the week asked for/);
});

test('an export over 50 MB is refused before it is parsed', () => {
  const at = error('BEGIN:VCALENDAR\r\n' + 'X'.repeat(MAX_CALENDAR_BYTES));
  assert.deepEqual([at.line, /larger than 50 MB/.test(at.message)], [1, true]);
});

test('an unknown --tz is an error', () => {
  const result = importInto(fixture('google.ics'), W12, templateOf(W12), { timeZone: 'Mars/Base' });
  assert.equal(result.ok, false);
});

test('a damaged export (cut anywhere, or a piece of syntax pasted anywhere) is imported or refused at a line, never a crash', () => {
  const junk = [':', ';', '\r\n', '\r\n ', 'BEGIN:VEVENT', 'END:VEVENT', 'RRULE:FREQ=DAILY', 'Z', 'T', '9', '"', ',', '=', 'TZID=', 'VALUE=DATE:', '\\', 'BYDAY=', 'UNTIL=1', 'COUNT=0', 'INTERVAL=0', 'PT', '-'];
  fc.assert(
    fc.property(fc.constantFrom('google.ics', 'outlook.ics', 'icloud.ics', 'fastmail.ics'), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...junk, ''), fc.integer({ min: 0, max: 6 }), (name, where, piece, removed) => {
      const text = fixture(name);
      const at = Math.floor(where * text.length);
      const damaged = piece === '' && removed === 0 ? text.slice(0, at) : text.slice(0, at) + piece + text.slice(at + removed);
      const result = importInto(damaged, W12, templateOf(W12), BERLIN, 'work.ics');
      if (!result.ok) {
        assert.equal(result.error.file, 'work.ics');
        assert.ok(result.error.line >= 1 && result.error.line <= damaged.split('\n').length, `line ${result.error.line}`);
        assert.match(result.error.message, /[.:] (?:export|download|check|correct|give|replace)\b/i, result.error.message);
      }
    }),
    { numRuns: runs(3000) },
  );
});

test('a VTIMEZONE whose clock changes are not yearly (or can never happen) is refused at its rule, instead of expanding for minutes', () => {
  const zone = (rule: string) => `BEGIN:VTIMEZONE\r\nTZID:Office time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:${rule}\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n`;
  const uses = event('DTSTART;TZID=Office time:20270322T100000\r\nDTEND;TZID=Office time:20270322T110000\r\n');
  const started = performance.now();
  for (const rule of ['FREQ=DAILY', 'FREQ=MINUTELY', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=SOMETIMES']) {
    const at = error(wrap(zone(rule) + uses));
    assert.equal(at.line, 10, rule);
    assert.match(at.message, /^the (?:time zone Office time changes its clocks by the rule RRULE:|RRULE “FREQ=SOMETIMES” of the time zone that starts at line 4 cannot be read)/);
  }
  assert.ok(performance.now() - started < 3000);
  for (const rule of ['FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU']) assert.equal(ok(importInto(wrap(zone(rule) + uses), W12, templateOf(W12), BERLIN)).report.minutes, 60, rule);
});
