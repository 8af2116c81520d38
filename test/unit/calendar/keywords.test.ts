// Keyword values as a script or a hand edit writes them: a blank after STATUS,
// TRANSP, CLASS or a busy status means nothing (as it means nothing around a
// time, a rule or a duration). Read with it, a cancelled meeting counted, a
// free block counted, and a private event showed its title.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineMinutes, importedLines, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//script//EN\r\n${body}END:VCALENDAR\r\n`;
/** 10:00–11:00 in Berlin on the day of March given. */
const event = (day: number, summary: string, extra: string) =>
  `BEGIN:VEVENT\r\nUID:${summary.toLowerCase().replace(/\W+/g, '-')}@script\r\nDTSTAMP:20270301T000000Z\r\nSUMMARY:${summary}\r\nDTSTART;TZID=Europe/Berlin:202703${day}T100000\r\nDTEND;TZID=Europe/Berlin:202703${day}T110000\r\n${extra}END:VEVENT\r\n`;

test('STATUS, TRANSP, CLASS and a busy status with a blank after them are read as without it', async () => {
  const calendar = wrap(
    event(22, 'Budget review', 'STATUS:CANCELLED \r\n') +
      event(23, 'Focus block', 'TRANSP:TRANSPARENT\t\r\n') +
      event(24, 'Therapy appointment', 'CLASS:PRIVATE \r\n') +
      event(25, 'Dentist', 'X-MICROSOFT-CDO-BUSYSTATUS:OOF \r\n') +
      event(26, 'Hiring sync', 'STATUS:CONFIRMED \r\nCLASS:PUBLIC \r\n'),
  );
  const result = ok(importInto(calendar, W12, templateOf(W12), { timeZone: 'Europe/Berlin' }));
  // By hand: the budget review is cancelled, the focus block free, the dentist out of office; the therapy
  // appointment counts as "Private event" (60) and the hiring sync counts (60) = 120.
  assert.equal(result.report.minutes, 120);
  assert.deepEqual(result.report.skipped, { declined: 0, cancelled: 1, allDay: 0, free: 1, outOfOffice: 1, zeroLength: 0 });
  assert.deepEqual(importedLines(result.text).sort(), ['- [x] 1h Hiring sync →', '- [x] 1h Private event →']);
  assert.doesNotMatch(result.text, /Therapy/);
  assert.equal(await engineMinutes(result.text, W12), 120);
});
