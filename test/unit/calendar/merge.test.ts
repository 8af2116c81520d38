// Merging a week into a review: importing twice changes nothing; every line
// the user wrote or edited comes out byte for byte (random edits); untouched
// imported lines follow their events, edited ones are reported; an imported
// 1:1 counts for the cadence report.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runs } from '../propertyRuns';
import fc from 'fast-check';
import { buildPeopleReport, builtinRubric, createReviewService, mergeImport, unifiedDiff, weekOrdinal, type ImportItem } from '../../../src/core';
import { engineMinutes, fixture, importInto, ok, PEOPLE, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const BERLIN = { timeZone: 'Europe/Berlin' };

test('importing twice changes nothing', () => {
  const first = ok(importInto(fixture('google.ics'), W12, templateOf(W12), BERLIN));
  const second = ok(importInto(fixture('google.ics'), W12, first.text, BERLIN));
  assert.equal(second.text, first.text);
  assert.equal(second.report.added, 0);
  assert.equal(second.report.unchanged, 11);
  assert.equal(unifiedDiff(first.text, second.text, 'a', 'b'), '');
});

test('an imported 1:1 with a known person is a 1:1 touchpoint in the people report', async () => {
  const text = ok(importInto(fixture('google.ics'), W12, templateOf(W12), BERLIN)).text;
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze('/reviews/2027-W12.md', text, { rubricPath: 'cto', memory: false });
  const report = buildPeopleReport([{ path: '/reviews/2027-W12.md', text, week: '2027-W12', weekOrdinal: weekOrdinal(W12), analysis }], PEOPLE);
  const ana = report.people.find((p) => p.handle === '@ana');
  assert.equal(ana?.lastOneOnOne?.line, text.split('\n').findIndex((l) => l.startsWith('- [x] 45m Ana / Me')) + 1);
});

/** Random edits a user makes: type an outcome after an arrow, add a line, delete a blank line, change a word. */
const editArb = fc.array(fc.record({ kind: fc.constantFrom('outcome', 'insert', 'word'), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')) }), { maxLength: 8 });

function applyEdits(text: string, edits: readonly { kind: string; at: number; text: string }[]): { text: string; userLines: string[] } {
  const lines = text.split('\n');
  const userLines: string[] = [];
  for (const edit of edits) {
    const at = edit.at % lines.length;
    const line = lines[at] as string;
    if (edit.kind === 'outcome' && line.includes(' → <!--')) lines[at] = line.replace(' → <!--', ` → ${edit.text.trim() || 'done'} <!--`);
    else if (edit.kind === 'insert') lines.splice(at + 1, 0, `- user note ${edit.text}`);
    else if (edit.kind === 'word' && line.includes('<!-- event:')) lines[at] = line.replace('- [x] ', `- [x] ${edit.text.trim() || 'x'} `);
  }
  // Every line that is not exactly an untouched imported line is the user's.
  const fresh = new Set(text.split('\n').filter((l) => l.includes('<!-- event:')));
  for (const line of lines) if (!fresh.has(line)) userLines.push(line);
  return { text: lines.join('\n'), userLines };
}

/** The Google fixture a day later: the design review runs 30 minutes longer, the database upgrade is cancelled, the standup series is deleted. */
function changedGoogle(): string {
  return fixture('google.ics')
    .replace('DTEND;TZID=Europe/Berlin:20270325T140000', 'DTEND;TZID=Europe/Berlin:20270325T143000')
    .replace('UID:db-upgrade@google.com', 'UID:db-upgrade@google.com\r\nSTATUS:CANCELLED')
    .replace('SUMMARY:Platform standup', 'SUMMARY:Platform standup\r\nSTATUS:CANCELLED');
}

test('importing into a review with random user edits keeps every user line byte for byte, in order', () => {
  const base = ok(importInto(fixture('google.ics'), W12, templateOf(W12), BERLIN)).text;
  fc.assert(
    fc.property(editArb, fc.constantFrom('changed', 'outlook.ics', 'icloud.ics', 'fastmail.ics'), (edits, other) => {
      const edited = applyEdits(base, edits);
      for (const calendar of ['google.ics', other]) {
        const merged = ok(importInto(calendar === 'changed' ? changedGoogle() : fixture(calendar), W12, edited.text, BERLIN)).text;
        const out = merged.split('\n');
        let cursor = 0;
        for (const line of edited.userLines) {
          while (cursor < out.length && out[cursor] !== line) cursor++;
          assert.ok(cursor < out.length, `lost or reordered: ${JSON.stringify(line)}`);
          cursor++;
        }
        // Importing again after that adds nothing.
        assert.equal(ok(importInto(calendar === 'changed' ? changedGoogle() : fixture(calendar), W12, merged, BERLIN)).text, merged);
      }
    }),
    { numRuns: runs(60) },
  );
});

test('CRLF and a missing last newline survive byte for byte', () => {
  const review = templateOf(W12).replace(/\n/g, '\r\n').replace(/\r\n$/, '') + '\r\n- stray user line without newline';
  const merged = ok(importInto(fixture('google.ics'), W12, review, BERLIN)).text;
  for (const line of review.split('\r\n')) assert.ok(merged.split('\r\n').includes(line), line);
  assert.ok(!/[^\r]\n/.test(merged), 'every line ends with CRLF');
});

const item = (id: string, line: string, hash: string): ImportItem => ({ id, line: `${line} <!-- event: ${id} ~${hash} -->`, hash, start: 0, minutes: 60, title: 'x', categoryId: 'operations' });

test('an untouched line follows its event; an edited one is kept and reported', async () => {
  const { lineHash } = await import('../../../src/core');
  const rubric = builtinRubric();
  const old = '- [x] 1h Release night →';
  const moved = '- [x] 2h Release night →';
  const review = `## Engineering operations\n${old} <!-- event: rel ~${lineHash(old)} -->\n${old} shipped <!-- event: rel2 ~${lineHash(old)} -->\n`;
  const uids = new Set(['rel', 'rel2']);
  const updated = mergeImport(review, [item('rel', moved, lineHash(moved)), item('rel2', moved, lineHash(moved))], rubric, uids);
  assert.equal(updated.text, `## Engineering operations\n${moved} <!-- event: rel ~${lineHash(moved)} -->\n${old} shipped <!-- event: rel2 ~${lineHash(old)} -->\n`);
  assert.deepEqual([updated.report.updated, updated.report.kept.map((k) => [k.id, k.why, k.line])], [1, [['rel2', 'changed', 3]]]);
  // Cancelled: the untouched line goes, the edited one stays and is reported.
  const cancelled = mergeImport(review, [], rubric, uids);
  assert.equal(cancelled.text, `## Engineering operations\n${old} shipped <!-- event: rel2 ~${lineHash(old)} -->\n`);
  assert.deepEqual(cancelled.report.kept.map((k) => [k.id, k.why, k.line]), [['rel2', 'gone', 2]]);
  // A line of an event this calendar does not hold (another calendar) is left alone.
  const other = mergeImport(review, [], rubric, new Set());
  assert.equal(other.text, review);
  assert.deepEqual(other.report.kept.map((k) => k.why), ['unknown', 'unknown']);
});

test('new items go after the last line of their section, with a blank line after a paragraph', () => {
  const rubric = builtinRubric();
  const review = '## Engineering operations\nSome prose.\n\n## Recruiting\n- [x] 1h mine\n';
  const merged = mergeImport(review, [item('a', '- [x] 1h A →', 'h1'), { ...item('b', '- [x] 1h B →', 'h2'), categoryId: 'recruiting' }, { ...item('c', '- [x] 1h C →', 'h3'), categoryId: 'marketing' }], rubric, new Set());
  assert.equal(merged.text, '## Engineering operations\nSome prose.\n\n- [x] 1h A → <!-- event: a ~h1 -->\n\n## Recruiting\n- [x] 1h mine\n- [x] 1h B → <!-- event: b ~h2 -->\n\n## Marketing & evangelism\n- [x] 1h C → <!-- event: c ~h3 -->\n');
});

test('unifiedDiff prints hunks with three lines of context', () => {
  const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
  const after = ['a', 'b', 'c', 'd', 'X', 'e', 'f', 'g', 'h'].join('\n') + '\n';
  assert.equal(unifiedDiff(before, after, 'old.md', 'new.md'), '--- old.md\n+++ new.md\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n');
  assert.equal(unifiedDiff('', 'a\n', '/dev/null', 'n.md'), '--- /dev/null\n+++ n.md\n@@ -0,0 +1,1 @@\n+a\n');
  assert.equal(unifiedDiff('a\nb\n', 'a\n', 'o', 'n'), '--- o\n+++ n\n@@ -1,2 +1,1 @@\n a\n-b\n');
});

test('a hand-written calendar with no UIDs (or blank ones): each event keeps one identity when events are added above it, and none is lost', async () => {
  const london = { timeZone: 'Europe/London' };
  const calendar = fixture('hand-written-no-uid.ics');
  const first = ok(importInto(calendar, W12, templateOf(W12), london));
  // By hand: board pack Mon 09:00–10:30 (90) + interview Tue 14:00–15:00 (60) + vendor call Wed 11:00 for 45
  // minutes (45) + the Q2 plan Thu 13:00–15:00 (120) = 315; the two with a blank UID are two events.
  assert.equal(first.report.minutes, 315);
  assert.equal(first.report.events, 4);
  // The user types an outcome; the calendar gains an event above the others.
  const edited = first.text.replace('- [x] 1h30m Board pack review →', '- [x] 1h30m Board pack review → two risks for the board');
  const grown = calendar.replace('BEGIN:VEVENT\n', 'BEGIN:VEVENT\nSUMMARY:Ops review\nDTSTART:20270322T140000\nDTEND:20270322T150000\nEND:VEVENT\nBEGIN:VEVENT\n');
  const second = ok(importInto(grown, W12, edited, london));
  assert.equal(second.report.added, 1);
  assert.equal(second.report.unchanged, 4);
  assert.deepEqual(second.report.kept, []);
  const lines = second.text.split('\n').filter((line) => line.includes('<!-- event: ')).map((line) => line.replace(/ <!-- event: .*$/, '')).sort();
  assert.deepEqual(lines, ['- [x] 1h Interview: staff engineer →', '- [x] 1h Ops review →', '- [x] 1h30m Board pack review → two risks for the board', '- [x] 2h Write the Q2 plan →', '- [x] 45m Vendor call →']);
  assert.equal(ok(importInto(grown, W12, second.text, london)).text, second.text);
  assert.equal(await engineMinutes(second.text, W12), 375);
});

test('events that share one UID without being copies of one event (VEVENTs copied by hand and given new times) each count, once per start', async () => {
  const calendar = fixture('hand-copied-one-uid.ics');
  assert.equal(calendar.match(/UID:20270315-office-hours@jo\.example/g)?.length, 4);
  const first = ok(importInto(calendar, W12, templateOf(W12), BERLIN));
  // By hand: office hours Mon 22 and Wed 24 March 16:00–17:00 (60 + 60) + mentoring Thu 25 11:00–12:00, written
  // twice at the same time (60 once) = 180. The same SEQUENCE and DTSTAMP at different times are not one event updated.
  assert.equal(first.report.minutes, 180);
  assert.equal(first.report.events, 3);
  const lines = first.text.split('\n').filter((line) => line.includes('<!-- event: '));
  assert.equal(new Set(lines.map((line) => /event: (\S+)/.exec(line)?.[1])).size, 3);
  assert.equal(ok(importInto(calendar, W12, first.text, BERLIN)).text, first.text);
  assert.equal(await engineMinutes(first.text, W12), 180);
});
