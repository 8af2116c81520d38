// How long an event counts in 2027-W12 in Berlin (Monday 22 March to Monday
// 29 March; the clocks go forward at 02:00 on Sunday 28 March): across
// midnight and the week's edges, across the clock change (DTEND exact,
// DURATION in days nominal), all-day and day-long events, zero-length and
// backwards ones, and times in Windows zones and a file's own VTIMEZONE.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineItems, engineMinutes, fixture, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body}END:VCALENDAR\r\n`;
const event = (lines: string, summary = 'Thing') => `BEGIN:VEVENT\r\nUID:${summary}@test\r\nDTSTAMP:20270301T000000Z\r\nSUMMARY:${summary}\r\n${lines.replace(/\n/g, '\r\n')}END:VEVENT\r\n`;
const berlin = (calendar: string, zone = 'Europe/Berlin') => ok(importInto(calendar, W12, templateOf(W12), { timeZone: zone }));

test('events across the week\'s start and end count the part inside the week, and the line says so', async () => {
  const result = berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270321T230000\nDTEND;TZID=Europe/Berlin:20270322T013000\n', 'Early') + event('DTSTART;TZID=Europe/Berlin:20270328T230000\nDTEND;TZID=Europe/Berlin:20270329T013000\n', 'Late') + event('DTSTART:20270324T220000Z\nDTEND:20270325T003000Z\n', 'Midnight')));
  // Early: Monday 00:00–01:30 (90); Midnight: 23:00–01:30 Berlin (150); Late: Sunday 23:00–24:00 (60).
  assert.equal(result.report.minutes, 300);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h30m Early →', '- [x] 2h30m Midnight →', '- [x] 1h Late →']);
  assert.equal(await engineMinutes(result.text, W12), 300);
  for (const item of await engineItems(result.text, W12)) assert.equal(item.minutes, item.written);
});

test('across the clock change: DTEND is exact, a DURATION in hours is exact, a DURATION in days is nominal', () => {
  // 01:00–04:00 on the night 02:00 is skipped: 2 hours. PT3H from 01:00: 3 hours, to 05:00.
  assert.equal(berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270328T010000\nDTEND;TZID=Europe/Berlin:20270328T040000\n'))).report.minutes, 120);
  assert.equal(berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270328T010000\nDURATION:PT3H\n'))).report.minutes, 180);
  // Saturday noon to Sunday noon is 23 hours, but a day on the clock: a day-long event, skipped as all-day.
  const day = berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270327T120000\nDURATION:P1D\n')));
  assert.deepEqual([day.report.minutes, day.report.skipped.allDay], [0, 1]);
  const dtend = berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270327T120000\nDTEND;TZID=Europe/Berlin:20270328T120000\n')));
  assert.deepEqual([dtend.report.minutes, dtend.report.skipped.allDay], [0, 1]);
});

test('a series with DURATION in days keeps each instance a day on the clock', () => {
  const result = berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270325T120000\nDURATION:P1D\nRRULE:FREQ=DAILY;COUNT=4\n')));
  assert.deepEqual([result.report.minutes, result.report.skipped.allDay], [0, 4]);
});

test('all-day, multi-day, zero-length and backwards events are skipped and counted', () => {
  const result = berlin(wrap(
    event('DTSTART;VALUE=DATE:20270322\nDTEND;VALUE=DATE:20270325\n', 'Offsite') +
    event('DTSTART;VALUE=DATE:20270326\n', 'Holiday') +
    event('DTSTART;TZID=Europe/Berlin:20270323T090000\nDTEND;TZID=Europe/Berlin:20270323T090000\n', 'Reminder') +
    event('DTSTART;TZID=Europe/Berlin:20270323T100000\n', 'Deadline') +
    event('DTSTART;TZID=Europe/Berlin:20270324T100000\nDTEND;TZID=Europe/Berlin:20270324T090000\n', 'Backwards'),
  ));
  assert.equal(result.report.minutes, 0);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 0, allDay: 2, free: 0, outOfOffice: 0, zeroLength: 3 });
});

test('a backwards event that starts in the week and ends before it (a typo in DTEND\'s day or year) is skipped and counted', () => {
  const result = berlin(wrap(
    // Starts Wednesday 24 March 10:00, ends the Sunday before the week: 21 March.
    event('DTSTART;TZID=Europe/Berlin:20270324T100000\nDTEND;TZID=Europe/Berlin:20270321T110000\n', 'Day typo') +
    // Starts Thursday 25 March 10:00, ends a year earlier.
    event('DTSTART;TZID=Europe/Berlin:20270325T100000\nDTEND;TZID=Europe/Berlin:20260325T110000\n', 'Year typo') +
    event('DTSTART;TZID=Europe/Berlin:20270326T100000\nDTEND;TZID=Europe/Berlin:20270326T113000\n', 'Planning'),
  ));
  // By hand: only the planning counts (90); both typos are zero-length, as a DTEND before its DTSTART inside the
  // week is. They were dropped without a word (the summary said 0 zero-length).
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 2 });
  assert.deepEqual(importedLines(result.text), ['- [x] 1h30m Planning →']);
});

test('Windows zone names without a VTIMEZONE, quoted or not', () => {
  const result = berlin(wrap(event('DTSTART;TZID="Pacific Standard Time":20270322T090000\nDTEND;TZID="Pacific Standard Time":20270322T100000\n', 'Pacific') + event('DTSTART;TZID=W. Europe Standard Time:20270322T090000\nDTEND;TZID=W. Europe Standard Time:20270322T100000\n', 'Berlin')));
  assert.equal(result.report.minutes, 120);
  // 09:00 in Los Angeles (PDT since 14 March) is 16:00 UTC.
  assert.match(result.text, /- \[x\] 1h Pacific → <!-- event: Pacific@test ~/);
  assert.equal(result.report.doubleBookings, 0);
});

test('an Outlook "Customized Time Zone" is read from its VTIMEZONE, clock change included', () => {
  const tz = 'BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n';
  const result = berlin(wrap(tz + event('DTSTART;TZID=Customized Time Zone:20270328T010000\nDTEND;TZID=Customized Time Zone:20270328T040000\n', 'Window') + event('DTSTART;TZID=Customized Time Zone:20270327T100000\nDTEND;TZID=Customized Time Zone:20270327T110000\nRRULE:FREQ=DAILY;COUNT=3\n', 'Daily')));
  // Window: 2 hours across the skipped hour; Daily: Saturday and Sunday 10:00 (Monday is the next week).
  assert.equal(result.report.minutes, 240);
  assert.match(result.text, /<!-- event: Daily@test\/20270328T080000Z ~/);
});

test('what the owner answered and how the event is marked: declined and cancelled are skipped, free is skipped, tentative and unanswered count', async () => {
  const at = (hour: number) => `DTSTART;TZID=Europe/Berlin:20270323T${String(hour).padStart(2, '0')}0000\nDTEND;TZID=Europe/Berlin:20270323T${String(hour).padStart(2, '0')}3000\nORGANIZER:mailto:bo@corp.example\n`;
  const me = (partstat: string) => `ATTENDEE;CN=Me;PARTSTAT=${partstat}:MAILTO:Me@Corp.Example\n`;
  const result = ok(importInto(wrap(
    event(at(8) + me('DECLINED'), 'Declined') +
    event(at(9) + me('TENTATIVE'), 'Tentative') +
    event(at(10) + me('NEEDS-ACTION'), 'Unanswered') +
    event(at(11) + me('ACCEPTED') + 'STATUS:CANCELLED\n', 'Cancelled') +
    event(at(12) + me('ACCEPTED') + 'TRANSP:TRANSPARENT\n', 'Transparent') +
    event(at(13) + me('ACCEPTED') + 'X-MICROSOFT-CDO-BUSYSTATUS:FREE\n', 'Free') +
    event(at(14) + me('ACCEPTED') + 'STATUS:TENTATIVE\n', 'Maybe') +
    event(at(15) + me('ACCEPTED') + 'X-MICROSOFT-CDO-BUSYSTATUS:OOF\n', 'Away'),
  ), W12, templateOf(W12), { timeZone: 'Europe/Berlin', owner: ['me@corp.example'] }));
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 1, allDay: 0, free: 2, outOfOffice: 1, zeroLength: 0 });
  // Bo organises each, with only me invited: a 1:1 with @bo.
  assert.deepEqual(importedLines(result.text), ['- [x] 30m Tentative · 1:1 with @bo →', '- [x] 30m Unanswered · 1:1 with @bo →', '- [x] 30m Maybe · 1:1 with @bo →']);
  assert.equal(await engineMinutes(result.text, W12), 90);
});

test("an all-day event is a day on the calendar's clock, not UTC's: in New York, Monday's spring break is not skipped in the week before", () => {
  const calendar = fixture('icloud.ics');
  const skipped = (week: number) => ok(importInto(calendar, { year: 2027, week }, templateOf({ year: 2027, week }), { timeZone: 'America/New_York' })).report.skipped.allDay;
  // “Spring break (kids)” is Monday 8 to Friday 12 March (DTEND 13 March): week 10 only. Read as UTC days it began
  // on Sunday 7 March at 19:00 in New York, inside week 9.
  assert.deepEqual([skipped(9), skipped(10), skipped(11)], [0, 1, 0]);
});

test("Outlook's EXDATE of an all-day series is its zone's midnight (TZID=W. Europe Standard Time:20270322T000000): it removes that day", () => {
  const calendar = fixture('outlook-allday-series-exdate.ics');
  const read = (week: number, timeZone: string) => ok(importInto(calendar, { year: 2027, week }, templateOf({ year: 2027, week }), { timeZone })).report;
  // The weekly all-day “Homeoffice” of Monday 22 March is removed; the supplier call Tue 10:00–11:00 (60) counts.
  for (const zone of ['Europe/Berlin', 'America/New_York']) {
    const twelve = read(12, zone);
    assert.equal(twelve.minutes, 60, zone);
    assert.deepEqual([twelve.skipped.cancelled, twelve.skipped.allDay], [1, 0], zone);
  }
  assert.deepEqual([read(13, 'Europe/Berlin').skipped.cancelled, read(13, 'Europe/Berlin').skipped.allDay], [0, 1]);
});

test('a generated feed that writes a day as 00:00 to 23:59 or 23:59:59 (in UTC or on its clock): the day is skipped as all-day, not 24 hours of work', async () => {
  const result = berlin(fixture('generated-day-as-times.ics'));
  // By hand: the go/no-go Mon 13:00–14:00 UTC (60) counts; the offsite 00:00–23:59:59 UTC on Tuesday, the team
  // day 00:00–23:59 on Thursday and SRECon Friday 00:00 to Saturday 23:59:59 (Berlin, the feed's X-WR-TIMEZONE)
  // are days. Before: 60 + 1440 + 1439 = 2939 minutes, one all-day.
  assert.equal(result.report.minutes, 60);
  assert.equal(result.report.skipped.allDay, 3);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Release go/no-go →']);
  assert.equal(await engineMinutes(result.text, W12), 60);
  // 23 hours 58 minutes is still time: a migration from 00:01 to 23:59 counts.
  assert.equal(berlin(wrap(event('DTSTART;TZID=Europe/Berlin:20270322T000100\nDTEND;TZID=Europe/Berlin:20270322T235900\n', 'Migration'))).report.minutes, 1438);
});
