// `weekly-review import` (issue 18): a new review from the template of `new`,
// a merge into an existing one, --dry-run's unified diff, a second import that
// changes nothing, bad input at its file and line, and a write that refuses a
// file changed on disk.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImportProblem, writeReview } from '../../src/cli/commands/import';
import { cli, workspace } from './harness';

const FIXTURES = path.join(__dirname, '../fixtures/calendar');
const SUMMARY = '2027-W12: 11 events (7h 15m): 11 events added; skipped 1 declined, 1 cancelled, 1 all-day, 1 free, 0 out of office, 1 zero-length; 2 double bookings counted once.';

function calendarWorkspace(files: Record<string, string> = {}): string {
  const dir = workspace({ '.weekly-review.yaml': 'extends: cto\npeople:\n  - { name: Ana Silva, handle: ana, cadence: 2w }\n', ...files });
  copyFileSync(path.join(FIXTURES, 'google.ics'), path.join(dir, 'google.ics'));
  return dir;
}

describe('weekly-review import', () => {
  it('creates the week\'s review from the template and says what it skipped', async () => {
    const dir = calendarWorkspace();
    const run = await cli(['import', 'google.ics', '--week', '2027-W12', '--tz', 'Europe/Berlin'], dir);
    assert.deepEqual(run, { code: 0, stdout: `Created 2027-W12.md. ${SUMMARY}`, stderr: '' });
    const text = readFileSync(path.join(dir, '2027-W12.md'), 'utf8');
    assert.match(text, /^---\nweek: 2027-W12\nhours: 40\n---\n\n# Week 12 review\n\n## Marketing & evangelism\n/);
    assert.match(text, /## Engineering culture\n- \[x\] 45m Ana \/ Me · 1:1 with @ana → <!-- event: 1on1-ana-series@google\.com\/20270322T090000Z ~[0-9a-z]+ -->\n/);
    const again = await cli(['import', 'google.ics', '--into', '2027-W12.md', '--tz', 'Europe/Berlin'], dir);
    assert.equal(again.code, 0);
    assert.equal(again.stdout, `2027-W12.md is up to date. ${SUMMARY.replace('11 events added', '0 events added, 11 already there')}`);
    assert.equal(readFileSync(path.join(dir, '2027-W12.md'), 'utf8'), text);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });

  it('merges into an existing review, keeping its lines, and --dry-run prints the diff and writes nothing', async () => {
    const mine = '---\nweek: 2027-W12\n---\n\n## Engineering operations\n- [x] 2h Wrote the incident runbook → runbook v1 published\n';
    const dir = calendarWorkspace({ 'reviews/mine.md': mine });
    const dry = await cli(['import', 'google.ics', '--into', 'reviews/mine.md', '--tz', 'Europe/Berlin', '--dry-run'], dir);
    assert.equal(dry.code, 0);
    assert.equal(dry.stderr, `Dry run, nothing written. ${SUMMARY}`);
    const diff = dry.stdout.split('\n');
    assert.deepEqual(diff.slice(0, 4), ['--- reviews/mine.md', '+++ reviews/mine.md', '@@ -4,3 +4,22 @@', ' ']);
    assert.equal(diff.filter((line) => line.startsWith('+- [x]')).length, 11);
    assert.equal(diff.filter((line) => line.startsWith('-')).length, 1, 'only the --- header');
    assert.equal(readFileSync(path.join(dir, 'reviews/mine.md'), 'utf8'), mine);
    const run = await cli(['import', 'google.ics', '--into', 'reviews/mine.md', '--tz', 'Europe/Berlin'], dir);
    assert.equal(run.stdout, `Updated reviews/mine.md. ${SUMMARY}`);
    const merged = readFileSync(path.join(dir, 'reviews/mine.md'), 'utf8');
    assert.ok(merged.startsWith(mine), 'the user\'s lines first, untouched; the operations items after them');
  });

  it('makes the folder of a new review named with --into', async () => {
    const dir = calendarWorkspace();
    const run = await cli(['import', 'google.ics', '--week', '2027-W12', '--into', 'reviews/2027/W12.md', '--tz', 'Europe/Berlin'], dir);
    assert.equal(run.stdout, `Created reviews/2027/W12.md. ${SUMMARY}`);
    assert.match(readFileSync(path.join(dir, 'reviews/2027/W12.md'), 'utf8'), /^---\nweek: 2027-W12\n/);
  });

  it('names the file and line of a bad calendar and writes nothing', async () => {
    const dir = calendarWorkspace();
    const text = readFileSync(path.join(dir, 'google.ics'), 'utf8');
    writeFileSync(path.join(dir, 'cut.ics'), text.slice(0, text.indexOf('SUMMARY:Platform standup')));
    const run = await cli(['import', 'cut.ics', '--week', '2027-W12', '--tz', 'Europe/Berlin'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^weekly-review: cut\.ics:70: the file is truncated: BEGIN:VEVENT at line 70 is never closed \(the file ends at line 78\)\. Download or export the calendar again\. Nothing was written\.$/);
    assert.equal(existsSync(path.join(dir, '2027-W12.md')), false);
  });

  it('reads an export whose fold cuts a UTF-8 character in two, behind a byte-order mark, and names a broken value at its own line', async () => {
    const dir = calendarWorkspace();
    const head = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:m@test\r\nDTSTAMP:20270301T000000Z\r\nDTSTART;TZID=Europe/Berlin:20270322T100000\r\nDTEND;TZID=Europe/Berlin:20270322T110000\r\nSUMMARY:Review with M';
    const tail = 'ller\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    writeFileSync(path.join(dir, 'cut.ics'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(head), Buffer.from([0xc3, 0x0d, 0x0a, 0x20, 0xbc]), Buffer.from(tail)]));
    const run = await cli(['import', 'cut.ics', '--week', '2027-W12', '--tz', 'Europe/Berlin', '--dry-run'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /\n\+- \[x\] 1h Review with Müller → <!-- event: m@test ~[0-9a-z]+ -->(?:\n|$)/);
    writeFileSync(path.join(dir, 'bad.ics'), head.replace('DTEND;TZID=Europe/Berlin:20270322T110000', 'DTEND;TZID=Europe/Berlin:2027-03-22 11:00') + tail);
    const bad = await cli(['import', 'bad.ics', '--week', '2027-W12', '--tz', 'Europe/Berlin'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^weekly-review: bad\.ics:8: the DTEND “2027-03-22 11:00” of the event that starts at line 4 cannot be read \(.*\)\. Correct or remove that line, or export the calendar again\. Nothing was written\.$/);
  });

  it('refuses a --week that is not the review\'s, an unknown --tz, and import flags on other commands', async () => {
    const dir = calendarWorkspace({ '2027-W11.md': '---\nweek: 2027-W11\n---\n' });
    assert.deepEqual(await cli(['import', 'google.ics', '--into', '2027-W11.md', '--week', '2027-W12'], dir), { code: 2, stdout: '', stderr: 'weekly-review: --week 2027-W12, but 2027-W11.md is the review of 2027-W11. Name the review of that week with --into, or leave out --week.' });
    assert.equal((await cli(['import', 'google.ics', '--tz', 'Mars/Base'], dir)).stderr, 'weekly-review: --tz Mars/Base is not a time zone: use an IANA name such as Europe/Berlin or America/New_York.');
    assert.equal((await cli(['check', '--dry-run', '2027-W11.md'], dir)).code, 2);
    assert.equal((await cli(['import'], dir)).code, 2);
  });

  it('does not overwrite a review that changed on disk since it was read, nor one created meanwhile', async () => {
    const dir = workspace({ 'r.md': 'changed by someone else\n' });
    await assert.rejects(writeReview(path.join(dir, 'r.md'), 'what was read\n', 'merged\n'), (error: unknown) => error instanceof ImportProblem && error.code === 1 && /changed on disk/.test(error.message));
    assert.equal(readFileSync(path.join(dir, 'r.md'), 'utf8'), 'changed by someone else\n');
    await assert.rejects(writeReview(path.join(dir, 'r.md'), undefined, 'new\n'), (error: unknown) => error instanceof ImportProblem && /was created while/.test(error.message));
    assert.deepEqual(readdirSync(dir), ['r.md']);
  });
});
