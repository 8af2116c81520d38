// Exports in the shapes of Google Calendar, Outlook/Exchange (Windows zone
// names), Apple iCloud and Fastmail: each week's minutes against a count made
// by hand from the fixture (written next to each number), the skipped counts,
// and the lines for moved, cancelled, overlapping and clock-change events.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineItems, engineMinutes, fixture, importedLines, importInto, ok, templateOf } from './helpers';

test('Google Calendar, 2027-W12 in Berlin (clocks go forward on Sunday 28 March)', async () => {
  const week = { year: 2027, week: 12 };
  const result = ok(importInto(fixture('google.ics'), week, templateOf(week), { timeZone: 'Europe/Berlin' }));
  // By hand: Ana's 1:1 moved to Tue 16:00–16:45 (45) + standups Mon–Thu 4×15 (60; Friday's is inside the
  // private 9:00–10:00) + design review 13:00–14:00 (60) + Globex 13:30–14:30 less the 30 shared (30)
  // + database upgrade 01:00–04:00 on the night the clocks skip 02:00–03:00 (120) + private (60)
  // + release night 23:00–00:30 cut at the week's end (60) = 435.
  assert.equal(result.report.minutes, 435);
  assert.equal(await engineMinutes(result.text, week), 435);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 1, allDay: 1, free: 1, outOfOffice: 0, zeroLength: 1 });
  assert.equal(result.report.doubleBookings, 2);
  const lines = importedLines(result.text);
  assert.ok(lines.includes('- [x] 45m Ana / Me · 1:1 with @ana →'), lines.join('\n'));
  assert.ok(lines.includes('- [x] 2h Database upgrade window →'));
  assert.ok(lines.includes('- [x] 1h Private event →'), 'a private event keeps its time, not its title');
  assert.ok(lines.includes('- [x] 30m Globex weekly check-in · double-booked with “Design review: billing service”: the overlap counts there →'));
  assert.ok(lines.includes('- [x] Platform standup · double-booked with “Private event”, its time counted there →'));
  assert.ok(!result.text.includes('Dentist'));
  assert.ok(!result.text.includes('1:1 Bo'), 'the cancelled instance (EXDATE) is not imported');
  assert.match(result.text, /## Engineering culture\n- \[x\] 45m Ana \/ Me · 1:1 with @ana → <!-- event: 1on1-ana-series@google\.com\/20270322T090000Z ~[0-9a-z]+ -->\n/);
  assert.match(result.text, /## Sales & customers\n- \[x\] 30m Globex weekly check-in/);
});

test('Google Calendar: a private event shows its title with includePrivate', () => {
  const week = { year: 2027, week: 12 };
  const result = ok(importInto(fixture('google.ics'), week, templateOf(week), { timeZone: 'Europe/Berlin', includePrivate: true }));
  assert.ok(importedLines(result.text).includes('- [x] 1h Dentist →'));
});

test('Outlook/Exchange with Windows zone names, 2027-W10 in New York (clocks go forward on Sunday 14 March)', async () => {
  const week = { year: 2027, week: 10 };
  const result = ok(importInto(fixture('outlook.ics'), week, templateOf(week), { timeZone: 'America/New_York' }));
  // By hand: Dana's 1:1 moved to Wed 14:00–14:30 (30) + war room 01:00–05:00 across the skipped hour (180)
  // + interview (60) + sprint planning 9:00–11:00 (120) + the vendor sync inside it (0) = 390.
  assert.equal(result.report.minutes, 390);
  assert.equal(await engineMinutes(result.text, week), 390);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 1, allDay: 1, free: 1, outOfOffice: 1, zeroLength: 0 });
  const lines = importedLines(result.text);
  assert.ok(lines.includes('- [x] 30m Dana / Me · 1:1 with @dana →'), lines.join('\n'));
  assert.ok(lines.includes('- [x] 3h Incident war room →'));
  assert.match(result.text, /## Recruiting\n- \[x\] 1h Interview: staff engineer candidate →/);
  assert.match(result.text, /- \[x\] Initech vendor sync · double-booked with “Sprint planning”, its time counted there →/);
  // The folded 110-character Outlook UID is read whole.
  assert.match(result.text, /<!-- event: 040000008200E00074C5B7101A82E00800000000D0B2A1C3E4F5D6010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0\/20270309T160000Z ~/);
});

test('Apple iCloud, 2027-W10 in Los Angeles: VTIMEZONE, EXDATE, RDATE and a moved instance', async () => {
  const week = { year: 2027, week: 10 };
  const result = ok(importInto(fixture('icloud.ics'), week, templateOf(week), { timeZone: 'America/Los_Angeles' }));
  // By hand: coffee with Li moved to Tue 17:00–17:45 (45) + deploy window 00:30–03:30 across the skipped
  // hour (120) + board prep 10:00–12:00 (120) + escalation 11:00–12:30 less the 60 shared (30)
  // + quarterly planning on its RDATE Fri 9:00–10:00 (60) = 375.
  assert.equal(result.report.minutes, 375);
  assert.equal(await engineMinutes(result.text, week), 375);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 1, allDay: 1, free: 0, outOfOffice: 0, zeroLength: 0 });
  const lines = importedLines(result.text);
  assert.ok(lines.includes('- [x] 45m Coffee with Li · 1:1 with @li →'), lines.join('\n'));
  assert.ok(lines.includes('- [x] 30m Customer escalation: Hooli · double-booked with “Board prep”: the overlap counts there →'));
});

test('Fastmail, 2027-W11 and 2027-W12 in London: one series, one instance cancelled and one moved; floating time', async () => {
  const w11 = { year: 2027, week: 11 };
  const w12 = { year: 2027, week: 12 };
  const eleven = ok(importInto(fixture('fastmail.ics'), w11, templateOf(w11), { timeZone: 'Europe/London' }));
  // By hand: the Tuesday 1:1 is cancelled (EXDATE); hiring sync 10:00–11:00 (60).
  assert.equal(eleven.report.minutes, 60);
  assert.equal(eleven.report.skipped.cancelled, 1);
  const twelve = ok(importInto(fixture('fastmail.ics'), w12, templateOf(w12), { timeZone: 'Europe/London' }));
  // By hand: the 1:1 moved to Wed 10:00–10:30 (30) + cutover 00:30 GMT to 03:00 BST (90)
  // + the RFC, a floating 9:00–11:00 read in London (120) = 240.
  assert.equal(twelve.report.minutes, 240);
  assert.equal(await engineMinutes(twelve.text, w12), 240);
  assert.deepEqual(twelve.report.skipped, { declined: 0, cancelled: 0, allDay: 0, free: 1, outOfOffice: 0, zeroLength: 1 });
  assert.ok(importedLines(twelve.text).includes('- [x] 1h30m Migration cutover →'));
  assert.ok(importedLines(twelve.text).includes('- [x] 30m 1:1 Ana →'), importedLines(twelve.text).join('\n'));
});

test('the same calendar read in another zone moves the week: Tokyo sees a different set', () => {
  const week = { year: 2027, week: 12 };
  const berlin = ok(importInto(fixture('google.ics'), week, templateOf(week), { timeZone: 'Europe/Berlin' }));
  const tokyo = ok(importInto(fixture('google.ics'), week, templateOf(week), { timeZone: 'Asia/Tokyo' }));
  // In Tokyo (UTC+9) the week ends at Sunday 15:00 UTC, before the release night (21:00 UTC): it drops out;
  // and Monday 00:00 Tokyo is Sunday 16:00 Berlin, so nothing new comes in from the week before.
  assert.equal(berlin.report.minutes - tokyo.report.minutes, 60);
});

test('a floating time is read in the calendar\'s X-WR-TIMEZONE, else in the user\'s zone', () => {
  const week = { year: 2027, week: 12 };
  const event = 'BEGIN:VEVENT\r\nUID:float@test\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270328T200000\r\nDTEND:20270328T210000\r\nSUMMARY:Sunday call\r\nEND:VEVENT\r\n';
  const calendar = (header: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n${header}${event}END:VCALENDAR\r\n`;
  // Sunday 20:00 in New York is Monday 02:00 in Berlin: the next week.
  assert.equal(ok(importInto(calendar('X-WR-TIMEZONE:America/New_York\r\n'), week, templateOf(week), { timeZone: 'Europe/Berlin' })).report.minutes, 0);
  assert.equal(ok(importInto(calendar(''), week, templateOf(week), { timeZone: 'Europe/Berlin' })).report.minutes, 60);
});

test('every line imported from the four exports is read back by the analyzer with the minutes the import wrote', async () => {
  const cases: [string, { year: number; week: number }, string][] = [['google.ics', { year: 2027, week: 12 }, 'Europe/Berlin'], ['outlook.ics', { year: 2027, week: 10 }, 'America/New_York'], ['icloud.ics', { year: 2027, week: 10 }, 'America/Los_Angeles'], ['fastmail.ics', { year: 2027, week: 12 }, 'Europe/London']];
  for (const [name, week, timeZone] of cases) {
    const result = ok(importInto(fixture(name), week, templateOf(week), { timeZone }));
    const items = await engineItems(result.text, week);
    assert.equal(items.length, result.report.events, name);
    for (const item of items) assert.equal(item.minutes, item.written, `${name}:${item.line} ${item.text}`);
    assert.equal(items.reduce((sum, item) => sum + item.minutes, 0), result.report.minutes, name);
  }
});
