// The text of an export as the exporters write it and as a person edits it:
// a byte-order mark, LF-only and CR-only line ends, folds (CRLF and a space
// or tab, also inside a multi-byte UTF-8 character), escapes, several
// VCALENDARs in one file; and titles full of markdown that the review must
// read back as the calendar says: the same minutes per item, the same words.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodeCalendar } from '../../../src/core';
import { engineItems, engineMinutes, FIXTURES, fixture, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const BERLIN = { timeZone: 'Europe/Berlin' };
const calendar = (summary: string, eol = '\r\n') => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:t@test', 'DTSTAMP:20270301T000000Z', `SUMMARY:${summary}`, 'DTSTART;TZID=Europe/Berlin:20270322T100000', 'DTEND;TZID=Europe/Berlin:20270322T110000', 'END:VEVENT', 'END:VCALENDAR', ''].join(eol);

const imported = (text: string) => ok(importInto(text, W12, templateOf(W12), BERLIN));

test('a byte-order mark at the start is not part of the calendar', () => {
  assert.deepEqual(importedLines(imported(`\uFEFF${calendar('Standup')}`).text), ['- [x] 1h Standup →']);
});

test('LF-only and CR-only line ends read like CRLF, folds included', () => {
  const folded = calendar('Quarterly pl\n anning with\n\t the team', '\n');
  assert.deepEqual(importedLines(imported(folded).text), ['- [x] 1h Quarterly planning with the team →']);
  assert.deepEqual(importedLines(imported(calendar('Standup', '\r')).text), ['- [x] 1h Standup →']);
});

test('a fold that splits a UTF-8 character is joined before the bytes are decoded, keeping every line', () => {
  const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
  // "Größe → 🎉": ö split after its first byte, → after its first, 🎉 after its second.
  const text = decodeCalendar(bytes('\uFEFF', 'SUMMARY:Gr', [0xc3], '\r\n ', [0xb6], 'ße ', [0xe2], '\r\n\t', [0x86, 0x92], ' ', [0xf0, 0x9f], '\r\n ', [0x8e, 0x89], '\r\nUID:x\r\n'));
  assert.equal(text, 'SUMMARY:Grö\r\n ße →\r\n\t 🎉\r\n \r\nUID:x\r\n');
  assert.equal(decodeCalendar(bytes(calendar('Müller'))), calendar('Müller'));
  const full = decodeCalendar(bytes(calendar('Gr__').split('Gr__')[0] as string, 'Gr', [0xc3], '\r\n ', [0xb6], 'ße an M', [0xc3, 0xbc], 'ller', calendar('Gr__').split('Gr__')[1] as string));
  assert.deepEqual(importedLines(imported(full).text), ['- [x] 1h Größe an Müller →']);
  assert.equal(full.split('\n').length, calendar('x').split('\n').length + 1, 'the fold stays a line, so errors keep their line numbers');
});

test('escaped commas, semicolons, backslashes and newlines in SUMMARY come out as one line of plain words', () => {
  assert.deepEqual(importedLines(imported(calendar('Plan\\, review\\; then\\nnext steps \\\\ done')).text), ['- [x] 1h Plan, review; then next steps \\ done →']);
});

test('bidirectional overrides and isolates in a title are dropped, so the line shows what it says; the letters of any script stay', () => {
  assert.deepEqual(importedLines(imported(calendar('Budget \u202Eweiver\u202C with \u2067שרה\u2069 \uFEFFand Ana')).text), ['- [x] 1h Budget weiver with שרה and Ana →']);
  assert.deepEqual(importedLines(imported(calendar('\u202E1h standup')).text), ['- [x] 1h “1h standup” →']);
});

test('several VCALENDARs in one file are all read', () => {
  const two = calendar('One') + calendar('Two').replace('UID:t@test', 'UID:u@test').replace(/20270322T1/g, '20270323T1');
  assert.deepEqual(importedLines(imported(two).text), ['- [x] 1h One →', '- [x] 1h Two →']);
});

test('titles full of markdown are read back by the analyzer with the calendar\'s minutes and the calendar\'s words', async () => {
  const titles: [string, string][] = [
    ['# Heading *bold* [link](x) | pipe `code` <b>html</b>', '# Heading *bold* [link](x) | pipe `code` <b>html</b>'],
    ['1h sync', '“1h sync”'],
    ['9:30 standup', '“9:30 standup”'],
    ['Workshop (2h)', 'Workshop 2h'],
    ['Planning → roadmap', 'Planning to roadmap'],
    ['[ ] todo', '[ ] todo'],
    ['- [x] done', '- [x] done'],
    ['', '(no title)'],
    ['1:1 Bo', '1:1 Bo'],
    ['a <!-- hidden --> b', 'a hidden b'],
    ['`unclosed', '`unclosed'],
    ['> quote | table |', '> quote | table |'],
    ['Standup @30m', 'Standup @30m'],
    ['x'.repeat(2000), 'x'.repeat(2000)],
  ];
  const events = titles.map(([summary], i) => `BEGIN:VEVENT\r\nUID:t${i}@test\r\nDTSTAMP:20270301T000000Z\r\nSUMMARY:${summary}\r\nDTSTART;TZID=Europe/Berlin:202703${22 + (i % 5)}T${String(8 + Math.floor(i / 5) * 2).padStart(2, '0')}0000\r\nDURATION:PT${15 + i}M\r\nEND:VEVENT\r\n`).join('');
  const result = imported(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${events}END:VCALENDAR\r\n`);
  const total = titles.reduce((sum, _, i) => sum + 15 + i, 0);
  assert.equal(result.report.minutes, total);
  assert.equal(await engineMinutes(result.text, W12), total);
  const items = await engineItems(result.text, W12);
  assert.equal(items.length, titles.length);
  for (const item of items) assert.equal(item.minutes, item.written, `line ${item.line}: ${item.text}`);
  assert.deepEqual(items.map((item) => item.text).sort(), titles.map(([, shown]) => shown).sort());
});

test('lines ended by CR CR LF (a script on Windows writing "\\r\\n" in text mode) read like CRLF, folds included', async () => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'python-windows-crcrlf.ics')));
  const text = decodeCalendar(bytes);
  assert.equal(text.split('\r\r\n').length, text.split('\n').length);
  const result = imported(text);
  // By hand: the incident review Mon 22 March 15:00–16:00 (60) + the handover Wed 09:30–10:00 (30) = 90.
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Incident review →', '- [x] 30m On-call handover →']);
  assert.equal(await engineMinutes(result.text, W12), 90);
  // A fold there that cuts a UTF-8 character is joined too; a long run of CRs before an LF is one line end.
  const cut = Uint8Array.from([...new TextEncoder().encode(calendar('M__').split('M__')[0] as string), 0x4d, 0xc3, 0x0d, 0x0d, 0x0a, 0x20, 0xbc, ...new TextEncoder().encode(`ller${calendar('M__').split('M__')[1] as string}`)]);
  assert.deepEqual(importedLines(imported(decodeCalendar(cut)).text), ['- [x] 1h Müller →']);
  assert.deepEqual(importedLines(imported(calendar('Standup', `${'\r'.repeat(50_000)}\n`)).text), ['- [x] 1h Standup →']);
});

test('a hand-edited calendar: rule and duration values in lower case (RFC 5545 reads them case-insensitively) and blanks around time values', async () => {
  const result = imported(fixture('hand-edited-values.ics'));
  // By hand: the standup Mon 22 and Fri 26 March 09:30–09:45 (15 + 15; Wednesday's is removed by EXDATE) + the retro
  // Thu 25 March 14:00–15:00 (60) = 90.
  assert.equal(result.report.minutes, 90);
  assert.equal(result.report.skipped.cancelled, 1);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 15m Team standup →', '- [x] 15m Team standup →', '- [x] 1h Sprint retro →']);
  assert.equal(await engineMinutes(result.text, W12), 90);
});

test('a generated calendar writes all-day events as DTSTART:20270326, without VALUE=DATE: they are days, skipped as all-day', async () => {
  const calendar = fixture('generated-dates-without-value.ics');
  assert.match(calendar, /\r\nDTSTART:20270326\r\n/);
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/London' }));
  // By hand: payroll review Mon 22 March 14:00–15:00 UTC (60) + quarter planning Tue 09:00–11:30 UTC (150) = 210;
  // the offsite (Wed–Thu) and Good Friday are all-day.
  assert.equal(result.report.minutes, 210);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 0, allDay: 2, free: 0, outOfOffice: 0, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Payroll cut-off review →', '- [x] 2h30m Quarter planning →']);
  assert.equal(await engineMinutes(result.text, W12), 210);
});

test('a calendar written in Windows-1252 (Notepad on an older Windows) keeps its umlauts and dashes; a UTF-8 file with a stray byte stays UTF-8', () => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'notepad-windows-1252.ics')));
  assert.ok(bytes.includes(0xfc) && bytes.includes(0x96), 'ü and – as single bytes');
  const result = imported(decodeCalendar(bytes));
  assert.equal(result.report.minutes, 90);
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Jour fixe mit Müller – Budget für Q2 →', '- [x] 30m Kaffee im Café Größenwahn →']);
  const damaged = Uint8Array.from([...new TextEncoder().encode(calendar('Müller').replace('Müller', 'Müller \u0000')).map((byte) => (byte === 0 ? 0xff : byte))]);
  assert.deepEqual(importedLines(imported(decodeCalendar(damaged)).text), ['- [x] 1h Müller \uFFFD →']);
});

test('a generated calendar writes an EXDATE list with a trailing comma and an empty RDATE line: the dates it has are read, the empty items left out', async () => {
  const calendar = fixture('script-empty-list-items.ics');
  assert.match(calendar, /20270329T180000,\r\nRDATE:\r\n/);
  const result = imported(calendar);
  // By hand: the training Mon 22 March 18:00–19:30 (90); Wednesday 24 March's is removed by the EXDATE list (cancelled).
  assert.equal(result.report.minutes, 90);
  assert.equal(result.report.skipped.cancelled, 1);
  assert.deepEqual(importedLines(result.text), ['- [x] 1h30m Coaching: U12 training →']);
  assert.equal(await engineMinutes(result.text, W12), 90);
});

test('a SUMMARY of 24,000 characters (a converter that pastes the agenda into it) is cut to 4,000, a line the review still reads, its minutes kept', async () => {
  const result = imported(fixture('converter-long-summary.ics'));
  // By hand: the planning Tue 23 March 08:00–11:30 UTC (210) + the design crit Thu 13:00–14:00 UTC (60) = 270.
  assert.equal(result.report.minutes, 270);
  const lines = importedLines(result.text);
  const planning = lines.find((line) => line.startsWith('- [x] 3h30m Quarterly planning')) ?? '';
  assert.ok(planning.length > 3900 && planning.length < 4100, `${planning.length} characters`);
  assert.match(planning, /Review last quarter's OKRs and what slipped; 2\. Capacity plan for the platform team;.*… →$/);
  for (const item of await engineItems(result.text, W12)) assert.equal(item.minutes, item.written, item.text.slice(0, 40));
  assert.equal(await engineMinutes(result.text, W12), 270);
  // An emoji at the cut is never split in two.
  assert.doesNotMatch(importedLines(imported(calendar(`${'a'.repeat(3999)}🎉 and more words after it`)).text)[0] ?? '', /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
});
