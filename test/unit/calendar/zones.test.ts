// Zones: the per-year reading of a zone's changes agrees with Intl at every
// instant (random instants in zones with summer time, half-hour zones and a
// zone that dropped summer time); wall times in a gap or a fold are read as
// RFC 5545 says; Windows names map to IANA ones.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runs } from '../propertyRuns';
import fc from 'fast-check';
import { ianaNameOf, intlZone } from '../../../src/core';

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
