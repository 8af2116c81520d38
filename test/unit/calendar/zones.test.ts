// Zones: the per-year reading of a zone's changes agrees with Intl at every
// instant (random instants in zones with summer time, half-hour zones and a
// zone that dropped summer time); wall times in a gap or a fold are read as
// RFC 5545 says; Windows names map to IANA ones.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runs } from '../propertyRuns';
import fc from 'fast-check';
import { ianaNameOf, intlZone } from '../../../src/core';
import { engineMinutes, fixture, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };

function intlOffset(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day as number, parts.hour, parts.minute, parts.second) - Math.floor(utcMs / 1000) * 1000;
}

test('offsets agree with Intl at random instants, 1990–2040', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'Africa/Casablanca', 'Pacific/Chatham'];
  fc.assert(
    fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }), (name, seconds) => {
      assert.equal(intlZone(name)?.offsetAt(seconds * 1000), intlOffset(name, seconds * 1000), `${name} at ${new Date(seconds * 1000).toISOString()}`);
    }),
    { numRuns: runs(3000) },
  );
});

test('a wall time in the spring gap takes the offset before it; one in the autumn fold is the first', () => {
  const berlin = intlZone('Europe/Berlin');
  // 2027-03-28 02:30 does not exist in Berlin: read with +01:00, it is 01:30 UTC (03:30 summer time).
  assert.equal(new Date(berlin?.toUtc(Date.UTC(2027, 2, 28, 2, 30)) ?? 0).toISOString(), '2027-03-28T01:30:00.000Z');
  // 2027-10-31 02:30 happens twice: the first is 00:30 UTC (+02:00).
  assert.equal(new Date(berlin?.toUtc(Date.UTC(2027, 9, 31, 2, 30)) ?? 0).toISOString(), '2027-10-31T00:30:00.000Z');
});

test('Windows zone names and tzdb paths map to IANA names; unknown names to nothing', () => {
  assert.deepEqual(['W. Europe Standard Time', 'Eastern Standard Time', '"Pacific Standard Time"', '/mozilla.org/20050126_1/Europe/Paris', 'Europe/Berlin', 'Mars/Olympus'].map(ianaNameOf), ['Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Europe/Paris', 'Europe/Berlin', undefined]);
});

test("Outlook's display name of a zone, written as a TZID with no VTIMEZONE, is read by its first city or its US region", () => {
  const names = ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '(UTC-05:00) Eastern Time (US & Canada)', '(UTC) Coordinated Universal Time', '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '(UTC+09:00) Nowhere Land', '(UTC+01:00)'];
  // Only the first eight names are tried: a TZID of thousands of names costs no more than eight.
  assert.equal(ianaNameOf(`(UTC+01:00) ${Array.from({ length: 8 }, (_, i) => `Nowhere${i}`).join(', ')}, Amsterdam`), undefined);
  assert.equal(ianaNameOf(`(UTC+01:00) ${Array.from({ length: 7 }, (_, i) => `Nowhere${i}`).join(', ')}, Amsterdam`), 'Europe/Amsterdam');
  assert.deepEqual(names.map(ianaNameOf), ['Europe/Amsterdam', 'America/New_York', 'UTC', new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata' }).resolvedOptions().timeZone, undefined, undefined]);
});

test('east of UTC+12 too (New Zealand, Chatham), a wall time in the gap takes the offset before it and one in the fold is the first', async () => {
  const auckland = intlZone('Pacific/Auckland');
  // 2027-04-04 02:30 happens twice in Auckland: the first is 13:30 UTC (+13:00), not 14:30 (+12:00).
  assert.equal(new Date(auckland?.toUtc(Date.UTC(2027, 3, 4, 2, 30)) ?? 0).toISOString(), '2027-04-03T13:30:00.000Z');
  // 2027-09-26 02:30 does not exist: read with +12:00, it is 14:30 UTC.
  assert.equal(new Date(auckland?.toUtc(Date.UTC(2027, 8, 26, 2, 30)) ?? 0).toISOString(), '2027-09-25T14:30:00.000Z');
  // Chatham (+13:45 in summer) ends summer time at 03:45: 02:50 happens twice, first at 13:05 UTC.
  assert.equal(new Date(intlZone('Pacific/Chatham')?.toUtc(Date.UTC(2027, 3, 4, 2, 50)) ?? 0).toISOString(), '2027-04-03T13:05:00.000Z');
  // A Google export from Auckland: the cutover ends at the first 02:30 on the night the clocks go back.
  const week = { year: 2027, week: 13 };
  const result = ok(importInto(fixture('google-auckland-fold.ics'), week, templateOf(week), { timeZone: 'Pacific/Auckland' }));
  // By hand: sprint planning Mon 29 March 10:00–11:00 (60) + the cutover Sun 4 April 00:00 to the first 02:30 (150)
  // + the handover 03:00–03:30 (30) = 240.
  assert.equal(result.report.minutes, 240);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Sprint planning →', '- [x] 2h30m Datacentre cutover →', '- [x] 30m On-call handover →']);
  assert.equal(await engineMinutes(result.text, week), 240);
});

test("a zone only the file defines (Outlook's “Customized Time Zone”) reads a gap and a fold as RFC 5545 says, as its IANA twin does", async () => {
  const calendar = fixture('outlook-custom-zone-fold.ics');
  for (const [name, text] of [['custom', calendar], ['IANA', calendar.replace(/"Customized Time Zone"/g, 'Europe/Berlin')]]) {
    // W43: the release retro Wed 27 October 14:00–15:00 (60) + the batch watch Sun 31 October 01:30 to the first
    // 02:30, summer time, on the night the clocks go back (60) = 120; ical.js reads 02:30 as the second (120 more).
    const autumn = ok(importInto(text as string, { year: 2027, week: 43 }, templateOf({ year: 2027, week: 43 }), { timeZone: 'Europe/Berlin' }));
    assert.equal(autumn.report.minutes, 120, name);
    assert.deepEqual(importedLines(autumn.text).sort(), ['- [x] 1h Batch run watch →', '- [x] 1h Release retro →'], name);
    // W12: Sun 28 March 02:30 does not exist; with the offset before the gap it is 03:30 summer time, so the
    // watch until 04:00 is 30 minutes (ical.js took the offset after the gap: 90).
    const spring = ok(importInto(text as string, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
    assert.equal(spring.report.minutes, 30, name);
  }
});

test('every Windows zone name of CLDR’s table is read without a VTIMEZONE (an export built from Exchange data names zones only so)', async () => {
  const names = ['North Asia East Standard Time', 'Russia Time Zone 3', 'Central Brazilian Standard Time', 'Aleutian Standard Time', 'West Bank Standard Time', 'Chatham Islands Standard Time', 'UTC+12', 'Kamchatka Standard Time', 'Mexico Standard Time'];
  assert.deepEqual(names.map(ianaNameOf), ['Asia/Irkutsk', 'Europe/Samara', 'America/Cuiaba', 'America/Adak', 'Asia/Hebron', 'Pacific/Chatham', 'Etc/GMT-12', 'Asia/Kamchatka', 'America/Mexico_City']);
  const calendar = fixture('windows-zones-no-vtimezone.ics');
  assert.doesNotMatch(calendar, /VTIMEZONE/);
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Asia/Irkutsk' }));
  // By hand, in Irkutsk (+08:00): the plant review Mon 22 March 10:00–11:30 (90) + the supplier call Tue 09:00–10:00
  // in Samara (+04:00), 13:00–14:00 here (60) + the ops sync Mon 16:00–16:30 (30; Thursday's is removed by EXDATE) = 180.
  assert.equal(result.report.minutes, 180);
  assert.equal(result.report.skipped.cancelled, 1);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Supplier call (Samara) →', '- [x] 1h30m Plant review: Angarsk line 2 →', '- [x] 30m Weekly ops sync →']);
  assert.equal(await engineMinutes(result.text, W12), 180);
});

test("Outlook's display names of regions and of places no IANA zone is named after (Hawaii, Brasilia, Alaska), and older Outlook's “(GMT+01.00) … / …”, are zones", async () => {
  // An export built from Exchange data names its zones only so, with no VTIMEZONE: each was an unknown zone, an error.
  const calendar = fixture('exchange-flow-display-names.ics');
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Pacific/Honolulu' }));
  // By hand, in Honolulu: ops sync Mon 22 09:00–10:00 Hawaii (60); hiring debrief Tue 23 15:00–16:00 Brasilia, 08:00
  // in Honolulu (60); store visit review Wed 24 10:00–11:30 Alaska, summer time since 14 March (90); partner call Thu
  // 25 18:00–19:00 Berlin, still winter time (60) = 270.
  assert.equal(result.report.minutes, 270);
  assert.match(result.text, /AAMkAGI2TG93AAA=\/20270322T190000Z ~/);
  assert.match(result.text, /AAMkAGI2TG95AAA= ~/);
  assert.equal(await engineMinutes(result.text, W12), 270);
  const names = ['(UTC-10:00) Hawaii', '(UTC-09:00) Alaska', '(UTC-07:00) Arizona', '(UTC-04:00) Atlantic Time (Canada)', '(UTC-03:30) Newfoundland', '(UTC-06:00) Saskatchewan', '(UTC-03:00) City of Buenos Aires', '(UTC+06:30) Yangon (Rangoon)', '(UTC+12:45) Chatham Islands', '(GMT-05:00) Eastern Time (US & Canada)'];
  const zones = ['Pacific/Honolulu', 'America/Anchorage', 'America/Phoenix', 'America/Halifax', 'America/St_Johns', 'America/Regina', 'America/Argentina/Buenos_Aires', 'Asia/Yangon', 'Pacific/Chatham', 'America/New_York'];
  assert.deepEqual(names.map((name) => intlZone(ianaNameOf(name) ?? '')?.offsetAt(Date.UTC(2027, 0, 15))), zones.map((zone) => intlZone(zone)?.offsetAt(Date.UTC(2027, 0, 15))));
});

test('Outlook: a Windows-named zone whose VTIMEZONE turns daylight saving off ("Mountain Standard Time" at -07:00 all year, as in Arizona) is read from its VTIMEZONE', async () => {
  const calendar = fixture('outlook-dst-off-zone.ics');
  const week = { year: 2027, week: 29 };
  const result = ok(importInto(calendar, week, templateOf(week), { timeZone: 'America/Phoenix' }));
  // By hand, in Phoenix (-07:00): the site standup, weekdays 08:00–08:15 at -07:00 (the file's zone, not Denver's
  // summer -06:00), Mon 19–Fri 23 July; the vendor escalation Mon 15:00–15:30 UTC is 08:00–08:30, so Monday's
  // standup is inside it and counts nothing: 30 + 4 × 15 = 90. Read as Denver, each standup was an hour early,
  // 07:00, and nothing overlapped: 105.
  assert.equal(result.report.minutes, 90);
  assert.equal(result.report.doubleBookings, 1);
  assert.match(result.text, /- \[x\] Site standup · double-booked with “Vendor escalation: conveyor firmware”, its time counted there → <!-- event: 040000008200E00074C5B7101A82E00800000000B0A1E2F3D5DAD901000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6\/20270719T150000Z ~/);
  assert.equal(await engineMinutes(result.text, week), 90);
  // A VTIMEZONE that agrees with its Windows name changes nothing: the same file with Denver's rules reads as Denver.
  const denver = calendar.replace(/BEGIN:DAYLIGHT\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0700/, 'BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0600').replace(/BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:-0700/, 'BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nTZOFFSETFROM:-0600');
  assert.notEqual(denver, calendar);
  assert.equal(ok(importInto(denver, week, templateOf(week), { timeZone: 'America/Phoenix' })).report.minutes, 105);
});

test('a Windows zone by its summer name ("Eastern Daylight Time", as Exchange hands it out in summer) is that zone', async () => {
  // A sync script copies Exchange's names into the TZIDs, with no VTIMEZONE: each was an unknown zone, an error.
  const result = ok(importInto(fixture('ews-sync-daylight-names.ics'), W12, templateOf(W12), { timeZone: 'America/New_York' }));
  // By hand, in New York: planning Tue 23 13:00–15:00 (120); the London sync Wed 24 15:00–15:30 in London, still
  // GMT until the 28th, so 11:00–11:30 in New York (30) = 150.
  assert.equal(result.report.minutes, 150);
  assert.match(result.text, /AAMkADk0ZjNkYjE3LTg4ZDUtNDc2MS1iM2QwLTEwYzA2OWUzZjRmNQBGAAAAAAD2 ~/);
  assert.equal(await engineMinutes(result.text, W12), 150);
  assert.deepEqual(['Eastern Daylight Time', 'W. Europe Daylight Time', 'AUS Eastern Daylight Time', 'Nowhere Daylight Time'].map(ianaNameOf), ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', undefined]);
});

test('two joined Outlook exports that each define “Customized Time Zone” differently: each calendar\'s events are read in its own', async () => {
  // The first export's zone is +01:00 all year, the second's -05:00 (two computers, two settings); each VCALENDAR's
  // TZIDs name its own VTIMEZONE (RFC 5545: a TZID is unique within its iCalendar object, not across files).
  const result = ok(importInto(fixture('outlook-two-custom-zones.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: the Lagos sync Mon 22 March 10:00–11:00 +01:00 = 09:00–10:00 UTC (60); the Panama call 04:30–05:30
  // -05:00 = 09:30–10:30 UTC, 30 of it over the sync (30 more) = 90. Read both in the last zone (-05:00), the sync
  // was 15:00–16:00 UTC and nothing overlapped: 120.
  assert.equal(result.report.minutes, 90);
  assert.match(result.text, /Lagos office sync → <!-- event: 040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6000000000000000000001000000011111111\/20270322T090000Z ~/);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Lagos office sync →', '- [x] 30m Panama vendor call · double-booked with “Lagos office sync”: the overlap counts there →']);
  assert.equal(await engineMinutes(result.text, W12), 90);
});
