// Exports as real producers write them, each in a fixture, for what the four
// fixtures of fixtures.test.ts do not show: Outlook's display name of a zone
// folded inside its quotes, Apple's attendees named by an EMAIL parameter, a
// THISANDFUTURE override from Thunderbird, two exports joined into one file
// with a byte-order mark each, a Zoom invitation with its METHOD:CANCEL, and
// two Google calendars joined, each named after its owner. Each number is
// counted by hand next to it, and the review the import writes is read back.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodeCalendar } from '../../../src/core';
import { engineItems, engineMinutes, FIXTURES, fixture, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };

async function assertReadBack(text: string, week: { year: number; week: number }, minutes: number): Promise<void> {
  assert.equal(await engineMinutes(text, week), minutes);
  for (const item of await engineItems(text, week)) assert.equal(item.minutes, item.written, `${item.line}: the analyzer reads ${item.minutes} minutes`);
}

test('Outlook: a quoted display-name TZID that a fold cuts in two is read whole (RECURRENCE-ID line)', async () => {
  // The RECURRENCE-ID line is 95 octets, so Outlook folds it inside “…Stockholm, Vi” / “enna”.
  const calendar = fixture('outlook-display-name.ics');
  assert.match(calendar, /Stockholm, V\r\n ienna":20270324T100000/);
  for (const timeZone of ['Europe/Berlin', 'America/New_York']) {
    const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone }));
    // By hand: team sync Mon 22 10:00–10:30 (30), Wednesday's moved to Thu 25 15:00–16:00 (60); budget review Tue 23 13:00–14:00 (60) = 150.
    assert.equal(result.report.minutes, 150, timeZone);
    assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Budget review →', '- [x] 1h Team sync (moved) →', '- [x] 30m Team sync →'], timeZone);
    // The moved instance is named by its original start, Wednesday 10:00 in Amsterdam (09:00 UTC).
    assert.match(result.text, /AABBCCDD\/20270324T090000Z ~/);
    await assertReadBack(result.text, W12, 150);
  }
});

/** The `## ` heading a line of the review sits under. */
function sectionOf(text: string, line: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(line));
  return lines.slice(0, at).reverse().find((l) => l.startsWith('## '))?.slice(3);
}

test('Apple iCloud: an attendee or organizer is its EMAIL parameter, whether the value is a principal path or an iMIP relay address', async () => {
  const week = { year: 2027, week: 13 };
  for (const owner of [undefined, ['me@acme.com']]) {
    const result = ok(importInto(fixture('icloud-email-param.ics'), week, templateOf(week), { timeZone: 'Europe/London', ...(owner ? { owner } : {}) }));
    // By hand: the roadmap review is declined by me (my entry is /…/principal/ with EMAIL=me@acme.com);
    // hiring sync Wed 14:00–15:00 with Bo (60) + design crit Thu 9:00–9:30 with Ana (30) = 90.
    assert.equal(result.report.minutes, 90);
    assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
    const lines = importedLines(result.text);
    assert.deepEqual(lines.sort(), ['- [x] 1h Hiring sync · 1:1 with @bo →', '- [x] 30m Design crit · 1:1 with @ana →']);
    // Bo's invitation goes through Apple's relay (…@imip.me.com): not someone from outside the company.
    assert.notEqual(sectionOf(result.text, '- [x] 1h Hiring sync'), 'Sales & customers');
    await assertReadBack(result.text, week, 90);
  }
});

test('Thunderbird: a RANGE=THISANDFUTURE override moves every later instance by its shift, with its title and length (RFC 5545, as ical.js)', async () => {
  const calendar = fixture('thunderbird-thisandfuture.ics');
  const week = (n: number) => ({ year: 2027, week: n });
  const read = (n: number) => ok(importInto(calendar, week(n), templateOf(week(n)), { timeZone: 'Europe/Berlin' }));
  // The forum, Tuesdays 10:00–11:00, became 14:00–15:30 “(afternoons)” from 9 February on; the wrap-up,
  // Sundays 17:00–17:30, moved to Mondays 09:00 from 21 February on.
  // W06: the override's own instance, Tue 9 Feb 14:00–15:30 (90) + the wrap-up Sun 14 Feb 17:00, before its move (30) = 120.
  const six = read(6);
  assert.equal(six.report.minutes, 120);
  assert.deepEqual(importedLines(six.text).sort(), ['- [x] 1h30m Architecture forum (afternoons) →', '- [x] 30m Weekly wrap-up →']);
  // W09: Tue 2 March is removed by EXDATE (cancelled); Sunday 28 February's wrap-up is Monday 1 March 09:00 (30).
  const nine = read(9);
  assert.equal(nine.report.minutes, 30);
  assert.equal(nine.report.skipped.cancelled, 1);
  assert.match(nine.text, /- \[x\] 30m Weekly wrap-up → <!-- event: wrapup@lightning\/20270228T160000Z ~/);
  // W11: an override of one instance after the range wins: Wed 17 March 09:00–10:00 (60) + wrap-up Mon 15 March (30) = 90.
  const eleven = read(11);
  assert.equal(eleven.report.minutes, 90);
  assert.deepEqual(importedLines(eleven.text).sort(), ['- [x] 1h Architecture forum (moved) →', '- [x] 30m Weekly wrap-up →']);
  // W12: Tue 23 March 14:00–15:30 (90) + Sunday 21 March's wrap-up on Monday 22 March (30) = 120; Sunday 28 March's
  // wrap-up is Monday 29 March, the next week. Each instance keeps its original start as its id.
  const twelve = read(12);
  assert.equal(twelve.report.minutes, 120);
  assert.deepEqual(importedLines(twelve.text).sort(), ['- [x] 1h30m Architecture forum (afternoons) →', '- [x] 30m Weekly wrap-up →']);
  assert.match(twelve.text, /tf-series@lightning\/20270323T090000Z ~/);
  assert.match(twelve.text, /wrapup@lightning\/20270321T160000Z ~/);
  await assertReadBack(twelve.text, week(12), 120);
  // W13: Monday 29 March 09:00 (30) + Tuesday 30 March 14:00–15:30 (90) = 120.
  assert.equal(read(13).report.minutes, 120);
});

test('two exports joined into one file, each with its byte-order mark (Outlook, then Google), are both read, and a meeting in both counts once', async () => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'concatenated-with-boms.ics')));
  assert.equal(bytes.filter((byte, at) => byte === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf).length, 2);
  for (const calendar of [decodeCalendar(bytes), fixture('concatenated-with-boms.ics')]) {
    const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
    // By hand: Globex QBR Tue 10:00–11:30, in both calendars with one UID (90) + hiring plan Wed 14:00–16:00 (120)
    // + run club Thu 17:00 UTC, 18:00 in Berlin (60) = 270.
    assert.equal(result.report.minutes, 270);
    assert.equal(result.report.events, 3);
    // The Google copy counts (SEQUENCE 2): Ana organises it and lists only me (Google hides a guest list the
    // organiser hid), so it reads as a 1:1 with @ana.
    assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Run club →', '- [x] 1h30m Globex QBR · 1:1 with @ana →', '- [x] 2h Write the hiring plan →']);
    await assertReadBack(result.text, W12, 270);
  }
});

test('Zoom: an invitation and its cancellation (METHOD:CANCEL, no STATUS) saved into one file: the cancelled event and instance are skipped', async () => {
  const calendar = fixture('zoom-request-then-cancel.ics');
  const read = (week: { year: number; week: number }) => ok(importInto(calendar, week, templateOf(week), { timeZone: 'America/New_York' }));
  // W11: the webinar Wed 17 March and the onboarding of Tue 16 March are both cancelled: nothing counts.
  const eleven = read({ year: 2027, week: 11 });
  assert.equal(eleven.report.minutes, 0);
  assert.deepEqual(eleven.report.skipped, { declined: 0, cancelled: 2, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
  // W12: the series itself was not cancelled: Tue 23 March 10:00–11:00 (60).
  const twelve = read({ year: 2027, week: 12 });
  assert.equal(twelve.report.minutes, 60);
  assert.deepEqual(importedLines(twelve.text), ['- [x] 1h Customer onboarding: Initech →']);
  await assertReadBack(twelve.text, { year: 2027, week: 12 }, 60);
});

test('Google: two exports joined (work, then personal), each named after its owner: a decline counts in either, judged by its own calendar\'s owner', async () => {
  const result = ok(importInto(fixture('google-two-calendars.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: roadmap sync Tue 10:00–10:30 (30) + gym Sat 10:00–11:00 (60) = 90; the vendor pitch (declined as
  // me@acme.com, in the work calendar) and the book club (declined as me.personal@gmail.com) are skipped.
  assert.equal(result.report.minutes, 90);
  assert.equal(result.report.skipped.declined, 2);
  // The work address attends most of the week's events: it is “you”, so Ana alone makes the roadmap sync a 1:1.
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Gym →', '- [x] 30m Roadmap sync · 1:1 with @ana →']);
  await assertReadBack(result.text, W12, 90);
});

test('a Google export joined with the Outlook update of one moved instance (RECURRENCE-ID in “Europe/Berlin” and in “W. Europe Standard Time”): the instance counts once', async () => {
  const calendar = fixture('google-with-outlook-update.ics');
  assert.match(calendar, /RECURRENCE-ID;TZID=Europe\/Berlin:20270322T100000/);
  assert.match(calendar, /RECURRENCE-ID;TZID=W\. Europe Standard Time:20270322T100000/);
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: the platform weekly of Mon 22 March moved to Tue 23 March 15:00–16:00 (60) + the hiring plan
  // Wed 24 March 13:00–14:00 UTC (60) = 120. Both copies of the moved instance name Monday 10:00 in Berlin.
  assert.equal(result.report.minutes, 120);
  assert.equal(result.report.events, 2);
  assert.equal(result.report.doubleBookings, 0);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Platform weekly (moved to Tuesday) · with @ana, @bo →', '- [x] 1h Write the Q2 hiring plan →']);
  assert.equal(result.text.match(/F1E2D3C4B5A69788\/20270322T090000Z ~/g)?.length, 1);
  await assertReadBack(result.text, W12, 120);
});

test('Thunderbird: an invitation you delegated (your PARTSTAT=DELEGATED, DELEGATED-TO a colleague) is skipped like a declined one', async () => {
  const calendar = fixture('thunderbird-delegated.ics');
  assert.match(calendar.replace(/\r\n[ \t]/g, ''), /PARTSTAT=DELEGATED;.*DELEGATED-TO="mailto:ana@acme\.com":mailto:me@acme\.com/);
  for (const owner of [undefined, ['me@acme.com']]) {
    const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin', ...(owner ? { owner } : {}) }));
    // By hand: the supplier review Mon 13:00–14:00 went to Ana in my place (skipped); the guild Tue 10:00–11:00 (60)
    // + the 1:1 with Bo Wed 15:00–15:30 (30) + focus Thu 09:00–11:00 (120) = 210.
    assert.equal(result.report.minutes, 210);
    assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
    assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Architecture guild · with @bo, @dana →', '- [x] 2h Focus: pricing model →', '- [x] 30m 1:1 Bo / me →']);
    await assertReadBack(result.text, W12, 210);
  }
});

test("a calendar's X-WR-TIMEZONE reads its own floating times only: a hand-written rota joined with a Google export set to New York stays on the user's clock", async () => {
  const calendar = fixture('floating-rota-with-google.ics');
  for (const text of [calendar, calendar.replace(/^(BEGIN:VCALENDAR[\s\S]*?END:VCALENDAR\r\n)([\s\S]*)$/, '$2$1')]) {
    const result = ok(importInto(text, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
    // By hand, in Berlin: the rota Mon 22 March 09:00–10:00 (60) and Sun 28 March 20:00–22:00 (120), floating times of a
    // calendar without X-WR-TIMEZONE, so the user's clock; board prep Tue 14:00–15:00 UTC (60); the investor call
    // Thu 11:00–12:00 in New York (60) = 300. Read in New York, Sunday's rota would fall on Monday 29 March.
    assert.equal(result.report.minutes, 300);
    assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Board prep with the CEO →', '- [x] 1h Investor update call →', '- [x] 1h Support rota →', '- [x] 2h Support rota →']);
    await assertReadBack(result.text, W12, 300);
  }
});

test("Thunderbird: an invitation's X-MOZ-INVITED-ATTENDEE names you, so a decline counts in a week with one meeting", async () => {
  const calendar = fixture('thunderbird-declined-invitation.ics');
  assert.match(calendar, /X-MOZ-INVITED-ATTENDEE:mailto:me@acme\.com/);
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: focus Mon 09:00–11:30 (150) + the debrief Thu 10:00–11:00 (60) = 210; the pricing workshop Tue
  // 14:00–16:00 is declined by me@acme.com, the attendee Thunderbird marks as the calendar's owner. Without that
  // mark the one meeting of the week has three people on it once each, and its organiser would be taken for you.
  assert.equal(result.report.minutes, 210);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Write interview loop debrief →', '- [x] 2h30m Focus: Q2 architecture doc →']);
  await assertReadBack(result.text, W12, 210);
});

test("Thunderbird's Google provider: X-GOOGLE-EVENT-TYPE outOfOffice is out of office and workingLocation is free, whatever their titles", async () => {
  const calendar = fixture('thunderbird-google-event-types.ics');
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: architecture review Mon 10:00–11:30 (90) + focus time Wed 09:00–12:00 (180, work) = 270; the dentist
  // Tue 14:00–16:30 is Google's out-of-office event, and “Home” Thu 09:00–17:00 says where I work, not what.
  assert.equal(result.report.minutes, 270);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 0, allDay: 0, free: 1, outOfOffice: 1, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h30m Architecture review →', '- [x] 3h Focus: pricing memo →']);
  await assertReadBack(result.text, W12, 270);
});

test('Apple Calendar on an Exchange account: “Show as Free” is X-APPLE-EWS-BUSYSTATUS:FREE beside TRANSP:OPAQUE, and the event is free', async () => {
  const calendar = fixture('apple-exchange-busystatus.ics');
  assert.match(calendar, /TRANSP:OPAQUE\r\n[\s\S]*X-APPLE-EWS-BUSYSTATUS:FREE/);
  const week = W12;
  const result = ok(importInto(calendar, week, templateOf(week), { timeZone: 'Europe/Vienna' }));
  // By hand: the QBR Mon 10:00–12:00 (120) + the vendor demo Wed 15:00–16:00, tentative, which holds the time (60)
  // = 180; the lunch Tue 12:00–13:30 is shown as free.
  assert.equal(result.report.minutes, 180);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 0, allDay: 0, free: 1, outOfOffice: 0, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Vendor demo (maybe) →', '- [x] 2h Quarterly business review →']);
  await assertReadBack(result.text, week, 180);
});

test("a calendar's X-WR-TIMEZONE written after its events reads their floating times too", () => {
  const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hand//EN', 'BEGIN:VEVENT', 'UID:call@hand', 'DTSTAMP:20270301T000000Z', 'DTSTART:20270328T200000', 'DTEND:20270328T210000', 'SUMMARY:Call with the New York office', 'END:VEVENT', 'X-WR-TIMEZONE:America/New_York', 'END:VCALENDAR', ''].join('\r\n');
  const read = (week: number) => ok(importInto(calendar, { year: 2027, week }, templateOf({ year: 2027, week }), { timeZone: 'Europe/Berlin' })).report.minutes;
  // Sunday 28 March 20:00 in New York is Monday 29 March 02:00 in Berlin: week 13, not 12.
  assert.deepEqual([read(12), read(13)], [0, 60]);
});

test('Google: a shared team calendar organises its events as c_…@group.calendar.google.com: no person, no customer, not the owner', async () => {
  // A secondary calendar's export is named after the calendar, so the owner is guessed: the team calendar
  // organises all four events, and was taken for the owner (my decline of the vendor demo was missed) and for a
  // customer (every meeting went to Sales).
  const calendar = fixture('google-team-calendar.ics');
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: incident review Mon 10:00–11:00 (60) + architecture sync Tue 14:00–15:30 (90) + Ana / me Wed
  // 09:00–09:30 (30) = 180; the vendor demo Thu 16:00–17:00 is declined by me.
  assert.equal(result.report.minutes, 180);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
  // The room is CUTYPE=RESOURCE; with the calendar left out, Ana is the one other person: a 1:1.
  assert.equal(sectionOf(result.text, '- [x] 30m Ana / me · 1:1 with @ana →'), 'Engineering culture');
  assert.equal(sectionOf(result.text, '- [x] 1h Incident review · with @ana, @bo →'), 'Engineering operations');
  await assertReadBack(result.text, W12, 180);
});

test('a tool that converts Google events to .ics leaves out CUTYPE: a room at resource.calendar.google.com is still no person or customer', () => {
  const calendar = fixture('converted-google-rooms.ics');
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: roadmap review with Bo Thu 11:00–12:00 (60), in a room: a 1:1 with Bo, not a meeting with a customer.
  assert.equal(result.report.minutes, 60);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Platform roadmap · 1:1 with @bo →']);
  assert.equal(sectionOf(result.text, '- [x] 1h Platform roadmap'), 'Engineering culture');
});

test("a colleague at a subdomain of the company's domain (li.wei@eng.acme.com beside me@acme.com) is no customer", async () => {
  // The team calendar's architecture sync has Li at eng.acme.com and Dana at acme.com: an engineering meeting.
  const calendar = fixture('google-team-calendar.ics');
  for (const owner of [undefined, ['me@acme.com']]) {
    const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin', ...(owner ? { owner } : {}) }));
    assert.equal(sectionOf(result.text, '- [x] 1h30m Architecture sync: event bus · with @li, @dana →'), 'Long-term architecture & technology direction');
  }
  // And the other way round: my address at the subdomain, Ana's at the parent domain (a handle there is hers).
  const reversed = calendar.replace(/mailto:me@acme\.com/g, 'mailto:me@eng.acme.com').replace(/CN=me@acme\.com/g, 'CN=me@eng.acme.com');
  const result = ok(importInto(reversed, W12, templateOf(W12), { timeZone: 'Europe/Berlin', owner: ['me@eng.acme.com'] }));
  assert.equal(result.report.minutes, 180);
  assert.equal(sectionOf(result.text, '- [x] 30m Ana / me · 1:1 with @ana →'), 'Engineering culture');
  await assertReadBack(result.text, W12, 180);
});

test('Apple iCloud: the attendee written as the account’s principal path is the owner, so a decline counts in a week of two invitations from one organiser', async () => {
  const calendar = fixture('icloud-single-invitation.ics');
  const week = { year: 2027, week: 13 };
  const result = ok(importInto(calendar, week, templateOf(week), { timeZone: 'Europe/London' }));
  // By hand: Ana organises both invitations, so she was on as many events as I was and, organising more, was
  // taken for the owner. Me (/…/principal/, EMAIL=me@acme.com) declined the roadmap review Mon 29 10:00–11:00;
  // the design crit Wed 31 14:00–14:30 (30) with Ana + the hiring plan Thu 1 April 09:00–10:00 (60) = 90.
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
  assert.equal(sectionOf(result.text, '- [x] 30m Design crit · 1:1 with @ana →'), 'Engineering culture');
  await assertReadBack(result.text, week, 90);
});

test('ownCloud: attendees added by address are written without mailto: (me@acme.com), and are read as addresses all the same', async () => {
  const calendar = fixture('owncloud-attendees-without-mailto.ics');
  assert.match(calendar.replace(/\r\n /g, ''), /PARTSTAT=DECLINED;RSVP=TRUE:me@acme\.com\r\n/);
  for (const owner of [undefined, ['me@acme.com']]) {
    const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin', ...(owner ? { owner } : {}) }));
    // By hand: I declined the hiring committee Mon 14:00–15:00; Ana / me Tue 09:00–09:30 (30) is a 1:1 with Ana;
    // the check-in with Sam of Globex Wed 16:00–17:00 (60) is a customer's = 90. Before: 150, the decline and
    // every attendee lost.
    assert.equal(result.report.minutes, 90);
    assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
    assert.equal(sectionOf(result.text, '- [x] 30m Ana / me · 1:1 with @ana →'), 'Engineering culture');
    assert.equal(sectionOf(result.text, '- [x] 1h Quarterly check-in →'), 'Sales & customers');
    await assertReadBack(result.text, W12, 90);
  }
});
