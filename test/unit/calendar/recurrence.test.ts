// Recurring events as Google, Outlook, Apple and Fastmail write them, in
// 2027-W12 in Berlin (Monday 22 March to Monday 29 March; the clocks go
// forward on Sunday 28 March): EXDATE in every form (several values on a
// line, several lines, with TZID, in UTC, floating, a DATE), RDATE with a
// PERIOD, UNTIL in UTC, floating and as a DATE, overrides before their
// master, moved and cancelled, and rules that never match or start a century
// ago. Each number is counted by hand next to it, and the review the import
// writes is read back by the analyzer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineItems, engineMinutes, fixture, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const BERLIN = { timeZone: 'Europe/Berlin' };
const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${body}END:VCALENDAR\r\n`;
const event = (lines: string, uid = 'series@test', summary = 'Standup') => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20270301T000000Z\r\nSUMMARY:${summary}\r\n${lines.replace(/\n/g, '\r\n')}END:VEVENT\r\n`;
/** Monday 22 March 10:00–11:00 in Berlin (09:00 UTC). */
const MONDAY_TEN = 'DTSTART;TZID=Europe/Berlin:20270322T100000\nDTEND;TZID=Europe/Berlin:20270322T110000\n';

function imported(calendar: string) {
  return ok(importInto(calendar, W12, templateOf(W12), BERLIN));
}

async function assertReadBack(text: string, minutes: number): Promise<void> {
  assert.equal(await engineMinutes(text, W12), minutes);
  for (const item of await engineItems(text, W12)) assert.equal(item.minutes, item.written, `${item.line}: the analyzer reads ${item.minutes} minutes`);
}

test('EXDATE in every form an export writes removes exactly its instances, and each counts as cancelled', async () => {
  // Daily 22–28 March: two on one line with TZID (23, 24), one in UTC (25), one as a DATE (26): 22, 27, 28 are left.
  const result = imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;COUNT=7\nEXDATE;TZID=Europe/Berlin:20270323T100000,20270324T100000\nEXDATE:20270325T090000Z\nEXDATE;VALUE=DATE:20270326\n`)));
  assert.equal(result.report.minutes, 180);
  assert.equal(result.report.skipped.cancelled, 4);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Standup →', '- [x] 1h Standup →', '- [x] 1h Standup →']);
  assert.match(result.text, /<!-- event: series@test\/20270328T080000Z ~/, 'Sunday after the clock change: 10:00 summer time');
  await assertReadBack(result.text, 180);
});

test('a floating EXDATE of a series with a TZID is read in the series\' zone and removes its instance', () => {
  // 10:00 floating on the 23rd is 10:00 Berlin, the instance; read as UTC it would match nothing.
  const result = imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;COUNT=5\nEXDATE:20270323T100000\n`)));
  assert.equal(result.report.minutes, 240);
  assert.equal(result.report.skipped.cancelled, 1);
});

test('an EXDATE that matches no instance cancels nothing', () => {
  const result = imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;COUNT=5\nEXDATE;TZID=Europe/Berlin:20270323T113000\n`)));
  assert.equal(result.report.minutes, 300);
  assert.equal(result.report.skipped.cancelled, 0);
});

test('RDATE with PERIOD values adds instances of their own length; RDATE with a TZID adds the series\' length', async () => {
  // DTSTART 1h + Wednesday 14:00–16:00 UTC (2h) + Thursday 14:00–14:30 UTC (30m) + Friday 15:00 Berlin (1h).
  const result = imported(wrap(event(`${MONDAY_TEN}RDATE;VALUE=PERIOD:20270324T140000Z/PT2H,20270325T140000Z/20270325T143000Z\nRDATE;TZID=Europe/Berlin:20270326T150000\n`)));
  assert.equal(result.report.minutes, 270);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Standup →', '- [x] 2h Standup →', '- [x] 30m Standup →', '- [x] 1h Standup →']);
  assert.match(result.text, /<!-- event: series@test\/20270324T140000Z ~/);
  await assertReadBack(result.text, 270);
});

test('UNTIL: in UTC it is inclusive; a floating one is read in the series\' zone; a DATE one takes in its whole day', () => {
  // 24 March 10:00 Berlin is 09:00 UTC: UNTIL at that instant keeps it (22, 23, 24).
  assert.equal(imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;UNTIL=20270324T090000Z\n`))).report.minutes, 180);
  // Floating 09:30 on the 24th, in Berlin: before that day's 10:00 (22, 23).
  assert.equal(imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;UNTIL=20270324T093000\n`))).report.minutes, 120);
  // "Until 24 March": the 24th is in (22, 23, 24).
  assert.equal(imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;UNTIL=20270324\n`))).report.minutes, 180);
});

test('COUNT, INTERVAL and BYDAY together, begun weeks before the week', () => {
  // Every other week on Mon, Wed, Fri from 8 March: 8, 10, 12, then 22, 24, 26 (COUNT=5 stops at the 24th).
  const result = imported(wrap(event('DTSTART;TZID=Europe/Berlin:20270308T100000\nDTEND;TZID=Europe/Berlin:20270308T103000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=5\n')));
  assert.equal(result.report.minutes, 60);
  assert.equal(result.report.events, 2);
});

test('overrides before their master: one moved, one cancelled with STATUS:CANCELLED, one declined by me', async () => {
  const master = event(`${MONDAY_TEN}RRULE:FREQ=DAILY;COUNT=5\nORGANIZER:mailto:bo@corp.example\nATTENDEE;PARTSTAT=ACCEPTED:mailto:me@corp.example\n`);
  const override = (rid: string, lines: string) => event(`RECURRENCE-ID;TZID=Europe/Berlin:${rid}\n${lines}ORGANIZER:mailto:bo@corp.example\n`);
  const moved = override('20270323T100000', 'DTSTART;TZID=Europe/Berlin:20270323T160000\nDTEND;TZID=Europe/Berlin:20270323T164500\nATTENDEE;PARTSTAT=ACCEPTED:mailto:me@corp.example\n');
  const cancelled = override('20270324T100000', 'DTSTART;TZID=Europe/Berlin:20270324T100000\nDTEND;TZID=Europe/Berlin:20270324T110000\nSTATUS:CANCELLED\n');
  const declined = override('20270325T100000', 'DTSTART;TZID=Europe/Berlin:20270325T100000\nDTEND;TZID=Europe/Berlin:20270325T110000\nATTENDEE;PARTSTAT=DECLINED:mailto:me@corp.example\n');
  const result = ok(importInto(wrap(moved + cancelled + declined + master), W12, templateOf(W12), { ...BERLIN, owner: ['me@corp.example'] }));
  // 22nd (60) + the 23rd moved to 16:00–16:45 (45) + 26th (60) = 165.
  assert.equal(result.report.minutes, 165);
  assert.deepEqual([result.report.skipped.cancelled, result.report.skipped.declined], [1, 1]);
  // Bo organises the series, with only me invited: a 1:1 with @bo.
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Standup · 1:1 with @bo →', '- [x] 45m Standup · 1:1 with @bo →', '- [x] 1h Standup · 1:1 with @bo →']);
  assert.match(result.text, /- \[x\] 45m Standup · 1:1 with @bo → <!-- event: series@test\/20270323T090000Z ~/, 'the moved instance keeps its original identity');
  await assertReadBack(result.text, 165);
});

test('a rule that can never match (30 February, every day) ends at the week instead of running forever', () => {
  const started = performance.now();
  const result = imported(wrap(event(`${MONDAY_TEN}RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\n`)));
  // Only DTSTART itself, which RFC 5545 counts as the first instance.
  assert.equal(result.report.minutes, 60);
  assert.ok(performance.now() - started < 2000);
});

test('a rule with COUNT that can never match, begun in 1970, is refused at its RRULE line, quickly', () => {
  const started = performance.now();
  const result = importInto(wrap(event('DTSTART:19700101T000000Z\nDURATION:PT1S\nRRULE:FREQ=SECONDLY;COUNT=3;BYMONTH=2;BYMONTHDAY=30\n')), W12, templateOf(W12), BERLIN, 'work.ics');
  assert.ok(performance.now() - started < 3000);
  assert.equal(result.ok, false);
  const error = (result as Extract<typeof result, { ok: false }>).error;
  assert.deepEqual([error.file, error.line], ['work.ics', 10]);
  assert.match(error.message, /^the recurring event “Standup” takes more than [\d,]+ steps of its rule to reach the week asked for/);
});

test('an endless monthly rule with BYSETPOS begun in 1900 is read quickly', () => {
  const started = performance.now();
  // The last weekday of each month: Wednesday 31 March 2027, in 2027-W13.
  const week = { year: 2027, week: 13 };
  const result = ok(importInto(wrap(event('DTSTART;TZID=Europe/Berlin:19000131T100000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\n')), week, templateOf(week), BERLIN));
  assert.equal(result.report.minutes, 60);
  assert.match(result.text, /<!-- event: series@test\/20270331T080000Z ~/);
  assert.ok(performance.now() - started < 1500, `${Math.round(performance.now() - started)} ms`);
});

test('an endless yearly rule begun on 29 February 1904 still falls on leap days only', () => {
  const week = { year: 2028, week: 9 };
  const result = ok(importInto(wrap(event('DTSTART;TZID=Europe/Berlin:19040229T100000\nDURATION:PT1H\nRRULE:FREQ=YEARLY\n')), week, templateOf(week), BERLIN));
  assert.equal(result.report.minutes, 60);
  assert.match(result.text, /<!-- event: series@test\/20280229T090000Z ~/);
});

test('the same event twice (two exports pasted into one file) counts once: the copy with the higher SEQUENCE wins', async () => {
  const copy = (sequence: number, end: string, summary: string) => event(`SEQUENCE:${sequence}\nDTSTART;TZID=Europe/Berlin:20270322T100000\nDTEND;TZID=Europe/Berlin:${end}\n`, 'once@test', summary);
  const series = (sequence: number) => event(`SEQUENCE:${sequence}\n${MONDAY_TEN}RRULE:FREQ=DAILY;COUNT=2\n`, 'twice@test', `Series ${sequence}`);
  const moved = (sequence: number, start: string) => event(`SEQUENCE:${sequence}\nRECURRENCE-ID;TZID=Europe/Berlin:20270323T100000\nDTSTART;TZID=Europe/Berlin:${start}\nDURATION:PT1H\n`, 'twice@test', `Moved ${sequence}`);
  const result = imported(wrap(copy(2, '20270322T113000', 'Review v2') + series(1) + moved(1, '20270323T150000')) + wrap(copy(1, '20270322T110000', 'Review v1') + series(0) + moved(2, '20270323T160000')));
  // Review v2 10:00–11:30 (90) + Series 1 on Monday inside it (0) + Moved 2 at 16:00 (60) = 150.
  assert.equal(result.report.minutes, 150);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h30m Review v2 →', '- [x] Series 1 · double-booked with “Review v2”, its time counted there →', '- [x] 1h Moved 2 →']);
  await assertReadBack(result.text, 150);
});

test('an override that gives only its new time keeps the series\' title, attendees and privacy', () => {
  const master = event(`${MONDAY_TEN}RRULE:FREQ=DAILY;COUNT=2\nCLASS:PUBLIC\nATTENDEE;CN=Ana Silva;PARTSTAT=ACCEPTED:mailto:ana@corp.example\n`, 'bare@test', 'Planning');
  const bare = 'BEGIN:VEVENT\r\nUID:bare@test\r\nDTSTAMP:20270301T000000Z\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270323T100000\r\nDTSTART;TZID=Europe/Berlin:20270323T140000\r\nDTEND;TZID=Europe/Berlin:20270323T143000\r\nEND:VEVENT\r\n';
  const result = ok(importInto(wrap(master + bare), W12, templateOf(W12), { ...BERLIN, owner: ['me@corp.example'] }));
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Planning · 1:1 with @ana →', '- [x] 30m Planning · 1:1 with @ana →']);
});

test('"every Saturday of December" (MONTHLY with BYMONTH) finds its first December, begun in October or decades ago', () => {
  const december = (start: string) => wrap(event(`DTSTART;TZID=Europe/Berlin:${start}\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=SA;BYMONTH=12\n`));
  // Saturday 19 December 2026 is in 2026-W51; ical.js alone, started in October, skips that December.
  const week = { year: 2026, week: 51 };
  const firstYear = ok(importInto(december('20261017T100000'), week, templateOf(week), BERLIN));
  assert.equal(firstYear.report.minutes, 60);
  assert.match(firstYear.text, /<!-- event: series@test\/20261219T090000Z ~/);
  const longAgo = ok(importInto(december('20010818T100000'), week, templateOf(week), BERLIN));
  assert.match(longAgo.text, /<!-- event: series@test\/20261219T090000Z ~/);
  // DTSTART itself (a Saturday in October) is an instance; no date before it is.
  const october = ok(importInto(december('20261017T100000'), { year: 2026, week: 42 }, templateOf({ year: 2026, week: 42 }), BERLIN));
  assert.equal(october.report.events, 1);
});

test('a rule ical.js refuses from a moved start is walked from its DTSTART instead ("the 31st of July when it is a Saturday")', () => {
  const calendar = wrap(event('DTSTART:19960102T100000Z\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=-1;BYMONTH=7;BYSETPOS=1\n'));
  const week = { year: 2027, week: 30 };
  const result = ok(importInto(calendar, week, templateOf(week), { timeZone: 'UTC' }));
  assert.match(result.text, /<!-- event: series@test\/20270731T100000Z ~/);
  assert.equal(ok(importInto(calendar, { year: 2025, week: 45 }, templateOf({ year: 2025, week: 45 }), { timeZone: 'UTC' })).report.events, 0);
});

test('an override of an all-day series replaces its day, whether its RECURRENCE-ID is a DATE or a DATE-TIME', () => {
  const master = event('DTSTART;VALUE=DATE:20270322\nDTEND;VALUE=DATE:20270323\nRRULE:FREQ=DAILY;COUNT=4\n', 'days@test', 'Conference');
  const asDate = event('RECURRENCE-ID;VALUE=DATE:20270323\nDTSTART;TZID=Europe/Berlin:20270323T100000\nDTEND;TZID=Europe/Berlin:20270323T110000\n', 'days@test', 'Talk');
  const asTime = event('RECURRENCE-ID:20270324T000000\nDTSTART;TZID=Europe/Berlin:20270324T100000\nDTEND;TZID=Europe/Berlin:20270324T103000\n', 'days@test', 'Panel');
  const result = imported(wrap(master + asDate + asTime));
  // The 22nd and 25th stay all-day; the 23rd and 24th became a talk (60) and a panel (30).
  assert.deepEqual([result.report.minutes, result.report.skipped.allDay], [90, 2]);
});

test('Thunderbird: a UTC UNTIL of a floating series is an instant, read on the floating clock, so its last instance stays (and none after it is added)', async () => {
  const calendar = fixture('thunderbird-floating-until.ics');
  const result = imported(calendar);
  // By hand, in Berlin: sprint planning, Mondays 09:00–10:30 until 08:00 UTC on 22 March (09:00 in Berlin, its last
  // start): Mon 22 (90); the walkthrough, daily 13:00–13:45 until 12:00 UTC on the 24th (13:00 in Berlin): 22, 23, 24
  // (3 × 45) = 225. Held against the wall clock as if it were UTC, both last instances were lost (90).
  assert.equal(result.report.minutes, 225);
  assert.match(result.text, /- \[x\] 1h30m Sprint planning → <!-- event: 5f1c2b7e-3a9d-4e8f-b6c1-0d2e4f6a8b9c\/20270322T080000Z ~/);
  await assertReadBack(result.text, 225);
  // West of UTC the wall clock read as UTC is too early: 10:00 daily in New York until 12:00 UTC on the 24th (08:00
  // there) ends on the 23rd: 2 × 60, not 3.
  const newYork = wrap(event('DTSTART:20270322T100000\nDTEND:20270322T110000\nRRULE:FREQ=DAILY;UNTIL=20270324T120000Z\n'));
  assert.equal(ok(importInto(newYork, W12, templateOf(W12), { timeZone: 'America/New_York' })).report.minutes, 120);
});

test('BYSETPOS on a weekly rule and on a monthly rule by days of the month picks its positions (ical.js gave every date of the set)', async () => {
  const calendar = fixture('generated-bysetpos.ics');
  const week = (n: number) => ({ year: 2027, week: n });
  const read = (n: number) => ok(importInto(calendar, week(n), templateOf(week(n)), BERLIN));
  // W13 (29 March–4 April), by hand: the last business day among the month's last three (Mon 29, Tue 30, Wed 31):
  // Wed 31 16:00–17:00 (60); the last workday of the week, Fri 2 April 17:00–17:30 (30); the first business day
  // among the 1st–3rd (Thu 1, Fri 2): Thu 1 April 10:00–10:45 (45) = 135. Before: 270, every date of each set
  // (3 × 60 + 2 × 45), and no wrap-up at all: COUNT=20 had counted five a week and ran out in W04.
  const thirteen = read(13);
  assert.equal(thirteen.report.minutes, 135);
  assert.deepEqual(importedLines(thirteen.text).sort(), ['- [x] 1h Month-end close review →', '- [x] 30m Weekly wrap-up →', '- [x] 45m Payroll sign-off →']);
  assert.match(thirteen.text, /month-end-close@close-calendar\.acme\.com\/20270331T140000Z ~/);
  await assertReadBack(thirteen.text, 135);
  // W05: payroll Mon 1 February (45) + wrap-up Fri 5 February (30) = 75. COUNT=20 counts the picks: the 20th
  // wrap-up is Fri 21 May (W20), none in W21.
  assert.equal(read(5).report.minutes, 75);
  assert.equal(read(20).report.minutes, 30);
  assert.equal(read(21).report.minutes, 0);
});

test('a yearly rule with times of day (BYHOUR, BYMINUTE) counts each time, COUNT and UNTIL applied to the times', () => {
  const yearly = (uid: string, summary: string, lines: string) => event(`DURATION:PT30M\n${lines}`, uid, summary);
  const result = imported(wrap(
    // 23 March at 09:00 and 15:00 Berlin every year since 2020 (08:00 and 14:00 UTC in 2027): 30 + 30.
    yearly('fair@test', 'Career fair', 'DTSTART;TZID=Europe/Berlin:20200323T090000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23;BYHOUR=9,15\n') +
      // 24 March at 09:00 and 09:30, three times from 2026: both in 2026, the first in 2027: 30.
      yearly('audit@test', 'Audit slot', 'DTSTART;TZID=Europe/Berlin:20260324T090000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=24;BYMINUTE=0,30;COUNT=3\n') +
      // 25 March at 10:00 and 16:00, until 25 March 2027 12:00 UTC: the 10:00 only: 30.
      yearly('filing@test', 'Filing window', 'DTSTART;TZID=Europe/Berlin:20250325T100000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25;BYHOUR=10,16;UNTIL=20270325T120000Z\n'),
  ));
  // By hand: 60 + 30 + 30 = 120. ical.js kept DTSTART's time alone (09:00, 09:00, 10:00): 90.
  assert.equal(result.report.minutes, 120);
  assert.deepEqual([...result.text.matchAll(/<!-- event: (\S+) ~/g)].map((match) => match[1]).sort(), ['audit@test/20270324T080000Z', 'fair@test/20270323T080000Z', 'fair@test/20270323T140000Z', 'filing@test/20270325T090000Z']);
});
