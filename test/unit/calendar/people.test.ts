// Who an imported event is with: the people file's handles match the local
// part of an address in the company's own domain only (round 10).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPeopleReport, createReviewService, weekOrdinal } from '../../../src/core';
import { fixture, importedLines, importInto, ok, PEOPLE, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };

test('a customer whose address starts with a handle of the people file (ana@globex.com) is not that colleague: no mention, no 1:1, the category stays sales', async () => {
  const text = ok(importInto(fixture('google-customer-namesake.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' })).text;
  // By hand: the pricing review is with Ana Müller of Globex (a customer), the integration roadmap with Li Wu of
  // Initech and our Dana; the catch-up is with our Bo (bo@acme.com, no name given), a 1:1.
  assert.deepEqual(importedLines(text), ['- [x] 1h Pricing review →', '- [x] 1h Integration roadmap · with @dana →', '- [x] 30m Catch-up · 1:1 with @bo →']);
  const section = (line: string) => text.slice(0, text.indexOf(line)).match(/^## .*$/gm)?.pop();
  assert.equal(section('- [x] 1h Pricing review'), '## Sales & customers');
  assert.equal(section('- [x] 30m Catch-up'), '## Engineering culture');
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze('/reviews/2027-W12.md', text, { rubricPath: 'cto', memory: false });
  const report = buildPeopleReport([{ path: '/reviews/2027-W12.md', text, week: '2027-W12', weekOrdinal: weekOrdinal(W12), analysis }], PEOPLE);
  assert.equal(report.people.find((p) => p.handle === '@ana')?.lastOneOnOne ?? undefined, undefined);
  assert.equal(report.people.find((p) => p.handle === '@bo')?.lastOneOnOne?.line, text.split('\n').findIndex((l) => l.startsWith('- [x] 30m Catch-up')) + 1);
});

test('Outlook lists the organiser only as ORGANIZER: an invitation from Ana is a 1:1 with @ana, and a customer\'s three-person review is Sales, not a 1:1', () => {
  const text = ok(importInto(fixture('outlook-organized-by-others.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' })).text;
  // By hand: Ana (ana.silva@contoso.com, known by her name) invites me alone, a 1:1; Pat Kim of Fabrikam invites me
  // and Dana, a customer meeting; I organise the planning with Bo and Li; the dentist has no attendees.
  const section = (line: string) => text.slice(0, text.indexOf(line)).match(/^## .*$/gm)?.pop();
  assert.deepEqual(importedLines(text), ['- [x] 1h Quarterly review · with @dana →', '- [x] 30m Weekly check-in · 1:1 with @ana →', '- [x] 1h Planning · with @bo, @li →', '- [x] 1h Dentist →']);
  assert.equal(section('- [x] 1h Quarterly review'), '## Sales & customers');
  assert.equal(section('- [x] 30m Weekly check-in'), '## Engineering culture');
  assert.equal(section('- [x] 1h Dentist'), '## From your calendar');
});

test('Google writes a colleague as CN=ana.silva@acme.com: an address of the company that spells a name is that person, so a 1:1 is a 1:1', async () => {
  const text = ok(importInto(fixture('google-first-last-addresses.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' })).text;
  // By hand: Ana / Kai Tue 09:30–10:00 (30) with ana.silva@acme.com, a 1:1; the design review Wed 14:00–15:00 (60)
  // with bo.chen, ana.silva and dana.ortiz; the catch-up Thu 16:30–17:00 (30) with li.wei alone, a 1:1 = 120.
  // Before: no one was known (CN is the address), so neither 1:1 was one and both went to “From your calendar”.
  assert.deepEqual(importedLines(text), ['- [x] 30m Ana / Kai · 1:1 with @ana →', '- [x] 30m Catch-up · 1:1 with @li →', '- [x] 1h Design review: search ranking v2 · with @bo, @ana, @dana →']);
  const section = (line: string) => text.slice(0, text.indexOf(line)).match(/^## .*$/gm)?.pop();
  assert.equal(section('- [x] 30m Ana / Kai'), '## Engineering culture');
  assert.equal(section('- [x] 30m Catch-up'), '## Engineering culture');
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze('/reviews/2027-W12.md', text, { rubricPath: 'cto', memory: false });
  const report = buildPeopleReport([{ path: '/reviews/2027-W12.md', text, week: '2027-W12', weekOrdinal: weekOrdinal(W12), analysis }], PEOPLE);
  assert.equal(report.people.find((p) => p.handle === '@ana')?.lastOneOnOne?.line, text.split('\n').findIndex((l) => l.startsWith('- [x] 30m Ana / Kai')) + 1);
  // A customer's address that spells a colleague's name (ana.silva@globex.com) is still not her.
  const customer = fixture('google-first-last-addresses.ics').replace(/ana\.silva@acme\.com/g, 'ana.silva@globex.com');
  assert.deepEqual(importedLines(ok(importInto(customer, W12, templateOf(W12), { timeZone: 'Europe/Berlin' })).text)[0], '- [x] 30m Ana / Kai →');
});
