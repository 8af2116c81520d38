// Round 12: exports the earlier rounds had not seen, each in a fixture as its
// producer writes it, each number counted by hand beside it, and the review
// the import writes read back by the engine: one company on sibling hosts
// (eu.acme.com, us.acme.com) and the owner's alias, Outlook's zone names in
// Portuguese and Spanish and Exchange's `tzone://Microsoft/Utc`, Exchange's
// "working elsewhere" and rooms listed as non-participants, Webex, Zoom,
// Calendly and HubSpot invitations, a Google shared mailbox inviting a group,
// two downloads of a time-blocking feed, a Windows-1252 line in a UTF-8 file,
// a review whose week was typed by hand before the import, a week of Webex
// invitations only, and a Google export joined with a team calendar's.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodeCalendar, readOccurrences, unifiedDiff, weekWindow, zoneNamed } from '../../../src/core';
import { isOwnerAddress, sameOrganisation } from '../../../src/core/calendar/addresses';
import { engineItems, engineMinutes, FIXTURES, fixture, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };

async function assertReadBack(text: string, minutes: number): Promise<void> {
  assert.equal(await engineMinutes(text, W12), minutes);
  for (const item of await engineItems(text, W12)) assert.equal(item.minutes, item.written, `${item.line}: the analyzer reads ${item.minutes} minutes`);
}

/** The `## ` heading a line of the review sits under. */
function sectionOf(text: string, line: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(line));
  assert.ok(at >= 0, `no line ${line}`);
  return lines.slice(0, at).reverse().find((l) => l.startsWith('## '))?.slice(3);
}

/** Each occurrence's start and end in UTC, by UID. */
function instants(calendar: string, timeZone: string): Record<string, [string, string]> {
  const zone = zoneNamed(timeZone);
  assert.ok(zone);
  const read = readOccurrences('calendar.ics', calendar, weekWindow(new Date(Date.UTC(2027, 2, 22)), zone.toUtc), zone);
  if ('message' in read) throw new Error(`${read.line}: ${read.message}`);
  return Object.fromEntries(read.occurrences.map((o) => [o.uid, [new Date(o.start).toISOString(), new Date(o.end).toISOString()]]));
}

test('Google Workspace on sibling hosts: eu.acme.com is the company of us.acme.com, and me@acme.com is the owner me@us.acme.com', async () => {
  const result = ok(importInto(fixture('google-sibling-subdomains.ics'), W12, templateOf(W12), { timeZone: 'America/New_York' }));
  // By hand (New York, EDT, UTC-4): architecture sync Mon 10:00–11:00 with Li and Bo (60) + catch-up Tue 11:00–11:30
  // with Ana (30) = 90; the renewal call Wed is declined by me@acme.com, the owner's alias (was counted: 150).
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Architecture sync · with @li, @bo →', '- [x] 30m Catch-up · 1:1 with @ana →']);
  // Colleagues at eu.acme.com were customers: both meetings went to Sales.
  assert.equal(sectionOf(result.text, '- [x] 1h Architecture sync'), 'Long-term architecture & technology direction');
  assert.equal(sectionOf(result.text, '- [x] 30m Catch-up'), 'Engineering culture');
  await assertReadBack(result.text, 90);
});

test('Outlook in Portuguese and Spanish: "Brasília", "Bogotá", "Ámsterdam, Berlín" name their zones; TZID=UTC, VALUE=DATE-TIME and a Z time with a TZID', async () => {
  const calendar = fixture('outlook-localised-display-names.ics');
  // Each was an unknown zone, the whole import an error at line 6.
  assert.deepEqual(instants(calendar, 'UTC'), {
    br1: ['2027-03-22T13:00:00.000Z', '2027-03-22T14:00:00.000Z'], // 10:00 in São Paulo, UTC-3
    bo1: ['2027-03-22T15:00:00.000Z', '2027-03-22T15:30:00.000Z'], // 10:00 in Bogotá, UTC-5
    es1: ['2027-03-23T09:00:00.000Z', '2027-03-23T10:00:00.000Z'], // 10:00 in Amsterdam, CET before the change on the 28th
    utc1: ['2027-03-24T12:00:00.000Z', '2027-03-24T12:30:00.000Z'],
    zt1: ['2027-03-25T12:00:00.000Z', '2027-03-25T13:00:00.000Z'], // a Z time is UTC whatever its TZID says
    mx1: ['2027-03-26T15:00:00.000Z', '2027-03-26T16:00:00.000Z'], // Mexico City, UTC-6 all year since 2022
  });
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'America/Sao_Paulo' }));
  // By hand: 60 + 30 + 60 + 30 + 60 + 60 = 300.
  assert.equal(result.report.minutes, 300);
  await assertReadBack(result.text, 300);
});

test('Exchange identifiers: TZID="tzone://Microsoft/Utc" is UTC', () => {
  // An unknown zone before: the import stopped at line 10.
  const result = ok(importInto(fixture('exchange-tzone-utc.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  assert.deepEqual(instants(fixture('exchange-tzone-utc.ics'), 'Europe/Berlin'), { '040000008200E00074C5B7101A82E0080000000011': ['2027-03-22T08:30:00.000Z', '2027-03-22T08:45:00.000Z'] });
  assert.equal(result.report.minutes, 15);
});

test('Exchange: "working elsewhere" is where you work, not what; a room listed as ROLE=NON-PARTICIPANT is no person; an alarm lends no length', async () => {
  const result = ok(importInto(fixture('exchange-working-elsewhere-rooms.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin', owner: ['me@acme.com'] }));
  // By hand: "Working from home" Mon 09:00–17:00 is WORKINGELSEWHERE (free; it counted 8h and swallowed the meeting inside it);
  // capacity planning Mon 10:00–11:00, tentative (60) + the weekly with Ana Wed 09:00–09:30 (30) = 90 (was 510).
  // The focus block has no DTEND (zero-length: its VALARM's DURATION is the alarm's), the pipeline review is TRANSPARENT,
  // the VTODO and VJOURNAL are no events.
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 0, allDay: 0, free: 2, outOfOffice: 0, zeroLength: 1 });
  // The weekly's room (Outlook: ROLE=NON-PARTICIPANT, no CUTYPE) made it a meeting of two others, not a 1:1 with Ana.
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Capacity planning · with @ana, @bo →', '- [x] 30m Weekly · 1:1 with @ana →']);
  assert.equal(sectionOf(result.text, '- [x] 30m Weekly'), 'Engineering culture');
  await assertReadBack(result.text, 90);
});

test('Webex, Zoom and Calendly send invitations from their own address: no customer, and the person its name gives', async () => {
  const result = ok(importInto(fixture('webex-zoom-calendly-hubspot.ics'), W12, templateOf(W12), { timeZone: 'America/New_York', owner: ['me@acme.com'] }));
  // By hand: postmortem Mon 11:00–12:00 (60) + Dana / me Tue 12:00–12:30 (30) + intro call Wed 13:00–13:45 (45)
  // + HubSpot demo Thu 10:00–10:30 (30) = 165.
  assert.equal(result.report.minutes, 165);
  assert.deepEqual(importedLines(result.text).sort(), [
    '- [x] 1h Incident postmortem: checkout latency · with @ana, @bo, @li →',
    '- [x] 30m Dana / me · 1:1 with @dana →',
    '- [x] 30m Demo: Acme analytics →',
    '- [x] 45m Intro call between Me and Li Wei · 1:1 with @li →',
  ]);
  // Webex's messenger@webex.com organiser (CN Ana Silva) made an internal postmortem Sales; Calendly's
  // notifications@calendly.com made the intro call Sales and no 1:1. The HubSpot demo has a customer.
  assert.equal(sectionOf(result.text, '- [x] 1h Incident postmortem'), 'Engineering operations');
  assert.equal(sectionOf(result.text, '- [x] 45m Intro call'), 'Engineering culture');
  assert.equal(sectionOf(result.text, '- [x] 30m Demo'), 'Sales & customers');
  await assertReadBack(result.text, 165);
});

test('Google shared mailbox: a group invited (CUTYPE=GROUP) makes a meeting no 1:1; the mailbox is the owner', async () => {
  const result = ok(importInto(fixture('google-shared-mailbox-group.ics'), W12, templateOf(W12), { timeZone: 'Europe/London' }));
  // By hand: escalation review Mon 10:00–11:00 UTC (60); queue triage is declined by support@acme.com, the calendar's owner.
  assert.equal(result.report.minutes, 60);
  assert.equal(result.report.skipped.declined, 1);
  // With Bo and eng-leads@acme.com (a group) it was "1:1 with @bo" under Engineering culture.
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Escalation review · with @bo →']);
  assert.notEqual(sectionOf(result.text, '- [x] 1h Escalation review'), 'Engineering culture');
  await assertReadBack(result.text, 60);
});

test('two downloads of a time-blocking feed joined: the copy with the later LAST-MODIFIED is the block', async () => {
  const calendar = fixture('timeblocking-two-downloads.ics');
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'UTC' }));
  // By hand: the handbook block moved from Tue 08:00–10:00 to Thu 12:00–14:00 (LAST-MODIFIED 19 → 22 March, same
  // SEQUENCE and DTSTAMP): 120 once, not twice; the budget review Wed 13:00–14:00 is the same in both (60) = 180 (was 300).
  assert.equal(result.report.minutes, 180);
  assert.equal(result.report.events, 2);
  assert.match(result.text, /- \[x\] 2h Draft the on-call handbook → <!-- event: motion-task-7Hq2 ~/);
  await assertReadBack(result.text, 180);
});

test('a Windows-1252 line in a UTF-8 calendar reads as Windows-1252; the UTF-8 lines stay UTF-8', () => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'outlook-legacy-line-1252.ics')));
  assert.ok(bytes.includes(0xfc) && bytes.includes(0xe4), 'ü and ä as single bytes');
  const result = ok(importInto(decodeCalendar(bytes), W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: 60 + 30 = 90. The second title was "Abstimmung M\uFFFDller / B\uFFFDcker".
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Gespräch mit Jürgen – Roadmap →', '- [x] 30m Abstimmung Müller / Bäcker →']);
});

const TYPED = [
  '---',
  'week: 2027-W12',
  '---',
  '# Week 12',
  '',
  '## Ops',
  '',
  '- [x] 1h Sprint planning → scope agreed for 3.2',
  '- [x] 30m Ana / me · 1:1 with @ana → promo case drafted',
  '',
  '## Hiring',
  '',
  '- [x] 1h Interview: backend candidate (Sam) → strong yes',
].join('\n');

test('--into a review whose week was typed by hand: an event whose title an item already has is not added again', async () => {
  const calendar = fixture('google-week-typed-by-hand.ics');
  const result = ok(importInto(calendar, W12, TYPED, { timeZone: 'Europe/Berlin' }));
  // By hand: the calendar holds 60 + 30 + 60 + 60 = 210 minutes; the review already counts the first three (150) under the
  // writer's own headings, so only the architecture review is added: 150 + 60 = 210 (was 360, three events twice).
  assert.equal(result.report.minutes, 210);
  assert.deepEqual({ added: result.report.added, unchanged: result.report.unchanged }, { added: 1, unchanged: 3 });
  assert.deepEqual(importedLines(result.text), ['- [x] 1h Architecture review →']);
  assert.ok(result.text.startsWith(TYPED), 'every line typed by hand is kept');
  await assertReadBack(result.text, 210);
  // Again: nothing changes.
  assert.equal(ok(importInto(calendar, W12, result.text, { timeZone: 'Europe/Berlin' })).text, result.text);
  // An unchecked item (a plan carried over) counts no time: the event is added, 60 minutes read where there were none.
  const planned = ok(importInto(calendar, W12, `${TYPED}\n- [ ] 1h Architecture review`, { timeZone: 'Europe/Berlin' }));
  assert.deepEqual(importedLines(planned.text), ['- [x] 1h Architecture review →']);
});

test('--dry-run of a review without a last line ending: the diff says so, as diff -u does, and applies to what is written', () => {
  const result = ok(importInto(fixture('google-week-typed-by-hand.ics'), W12, TYPED, { timeZone: 'Europe/Berlin' }));
  assert.ok(!result.text.endsWith('\n'));
  assert.equal(
    unifiedDiff(TYPED, result.text, 'a.md', 'a.md'),
    [
      '--- a.md',
      '+++ a.md',
      '@@ -10,4 +10,7 @@',
      ' ',
      ' ## Hiring',
      ' ',
      '-- [x] 1h Interview: backend candidate (Sam) → strong yes',
      '\\ No newline at end of file',
      '+- [x] 1h Interview: backend candidate (Sam) → strong yes',
      '+',
      '+## Long-term architecture & technology direction',
      `+${result.text.split('\n').at(-1) ?? ''}`,
      '\\ No newline at end of file',
      '',
    ].join('\n'),
  );
  // A review that ends with its line ending: no marker.
  assert.doesNotMatch(unifiedDiff(`${TYPED}\n`, `${result.text}\n`, 'a.md', 'a.md'), /No newline/);
});

test('one company: hosts of one registered domain, three labels under a country, one tenant of Microsoft 365', () => {
  assert.ok(sameOrganisation('eu.acme.com', 'us.acme.com'));
  assert.ok(sameOrganisation('acme.com', 'eng.acme.com'));
  assert.ok(sameOrganisation('mail.acme.co.uk', 'acme.co.uk'));
  assert.ok(!sameOrganisation('acme.co.uk', 'globex.co.uk'));
  assert.ok(!sameOrganisation('acme.com.au', 'globex.com.au'));
  assert.ok(!sameOrganisation('acme.onmicrosoft.com', 'globex.onmicrosoft.com'));
  assert.ok(!sameOrganisation('acme.com', 'acme.io'));
  // The owner's name at another host of the company is the owner; another name, or the same name elsewhere, is not.
  const owner = new Set(['me@us.acme.com']);
  assert.deepEqual(['me@acme.com', 'me@eu.acme.com', 'ana@acme.com', 'me@globex.com'].map((a) => isOwnerAddress(a, owner)), [true, true, false, false]);
});

test('a week of Webex invitations only: messenger@webex.com organises each, and is not taken for the owner', async () => {
  const result = ok(importInto(fixture('webex-invitations-only.ics'), W12, templateOf(W12), { timeZone: 'America/New_York' }));
  // By hand: the roadmap readout Mon 11:00–12:00 is declined by me@acme.com; the go/no-go Tue 11:00–11:30 with Bo (30).
  // Webex's sender was the owner (on both, organising both), so my decline counted: 90 minutes, and no 1:1 with Bo.
  assert.equal(result.report.minutes, 30);
  assert.equal(result.report.skipped.declined, 1);
  assert.deepEqual(importedLines(result.text), ['- [x] 30m Release go/no-go · 1:1 with @bo →']);
  await assertReadBack(result.text, 30);
});

test('my Google export joined with a team calendar named otherwise, last in the file: the address-named one is the owner', async () => {
  const result = ok(importInto(fixture('google-with-team-calendar-last.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: the incident review Mon 10:00–11:00 is in both calendars with one UID and SEQUENCE (60, once); its copy under
  // another UID Mon 10:30–11:30 adds 30; the vendor call's SEQUENCE 3 copy, Tue 10:00–11:00, wins over the later-stamped
  // SEQUENCE 1 copy (60); the on-call handover Thu is declined by me@acme.com = 150.
  // The file's last name, "Platform on-call", is no address, so Bo (on the most events, organising) was taken for the
  // owner: the handover counted (210) as a 1:1 with Li, and Bo was no mention of the incident review.
  assert.equal(result.report.minutes, 150);
  assert.deepEqual(result.report.skipped, { declined: 1, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), [
    '- [x] 1h Incident review · with @bo, @li →',
    '- [x] 1h Vendor call (moved) →',
    '- [x] 30m Incident review · double-booked with “Incident review”: the overlap counts there →',
  ]);
  await assertReadBack(result.text, 150);
});
