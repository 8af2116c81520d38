// "Weekly Review: Import calendar…" in the real workbench: from a local .ics
// file and from an address served on 127.0.0.1, each merged into the open
// review as one edit that one undo takes back; an address over plain http to
// another host is refused before anything is fetched.
//
// Each test writes its own review file, never one an earlier test opened: the
// workbench keeps a closed document's model for minutes and reloads it when
// the file is rewritten, and a reload that read the file mid-write raced the
// import (the import then merged into an empty document).

import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { activateExtension, closeAll, open, writeFile, wsUri } from './helpers';

const CALENDAR = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//integration//EN', 'X-WR-CALNAME:me@acme.com',
  'BEGIN:VEVENT', 'UID:standup@test', 'DTSTAMP:20270101T000000Z', 'DTSTART;TZID=Europe/Berlin:20270104T093000', 'DTEND;TZID=Europe/Berlin:20270104T094500', 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'EXDATE;TZID=Europe/Berlin:20270326T093000', 'SUMMARY:Platform standup', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:review@test', 'DTSTAMP:20270101T000000Z', 'DTSTART;TZID=Europe/Berlin:20270325T130000', 'DTEND;TZID=Europe/Berlin:20270325T143000', 'SUMMARY:Design review: billing service', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:offsite@test', 'DTSTAMP:20270101T000000Z', 'DTSTART;VALUE=DATE:20270324', 'DTEND;VALUE=DATE:20270325', 'SUMMARY:Offsite prep', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

const REVIEW = '---\nweek: 2027-W12\n---\n\n# Week 12 review\n\n## Engineering operations\n- [x] 2h Wrote the incident runbook → runbook v1 published\n';
const SUMMARY = '2027-W12: 5 events (2h 30m): 5 events added; skipped 0 declined, 1 cancelled, 1 all-day, 0 free, 0 out of office, 0 zero-length.';

/** A review file of the week no earlier test has opened, written fresh and opened. */
async function freshReview(name: string): Promise<{ target: vscode.Uri; editor: vscode.TextEditor }> {
  const target = wsUri('reviews', `calendar-${name}`, '2027-W12.md');
  await writeFile(target, REVIEW);
  const editor = await open(target);
  assert.equal(editor.document.getText(), REVIEW, 'the review opened as written');
  return { target, editor };
}

async function importAndUndo(name: string, args: Record<string, string>): Promise<void> {
  const { target, editor } = await freshReview(name);
  const summary = await vscode.commands.executeCommand<string | undefined>('weeklyReview.importCalendar', { ...args, into: target.toString(), timeZone: 'Europe/Berlin' });
  assert.equal(summary, SUMMARY);
  const text = editor.document.getText();
  assert.equal(text.slice(0, REVIEW.length), REVIEW, 'the user\'s lines come first, unchanged');
  assert.match(text, /\n- \[x\] 15m Platform standup → <!-- event: standup@test\/20270322T083000Z ~[0-9a-z]+ -->\n/);
  assert.match(text, /## Long-term architecture & technology direction\n- \[x\] 1h30m Design review: billing service → <!-- event: review@test ~[0-9a-z]+ -->\n/);
  assert.ok(editor.document.isDirty, 'the merge is an edit of the open document, not a write behind its back');
  await vscode.commands.executeCommand('undo');
  assert.equal(editor.document.getText(), REVIEW, 'one undo takes the whole import back');
}

describe('import calendar', () => {
  let server: Server;
  let requests = 0;
  before(async () => {
    await activateExtension();
    server = createServer((request, response) => {
      requests++;
      if (request.url !== '/private/basic.ics') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/calendar' }).end(CALENDAR);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('imports a local .ics file into the open review as one undoable edit', async () => {
    const file = wsUri('calendars', 'basic.ics');
    await writeFile(file, CALENDAR);
    await importAndUndo('file', { file: file.fsPath });
  });

  it('imports from an address served on 127.0.0.1, and one undo takes it back', async () => {
    const port = (server.address() as AddressInfo).port;
    const before = requests;
    await importAndUndo('url', { url: `http://127.0.0.1:${port}/private/basic.ics` });
    assert.equal(requests, before + 1);
  });

  it('fetches an address only in a trusted workspace; a file imports in Restricted Mode too @untrusted', async () => {
    const untrusted = process.env.WEEKLY_REVIEW_EXPECT_UNTRUSTED === '1';
    assert.equal(vscode.workspace.isTrusted, !untrusted);
    const { target, editor } = await freshReview(untrusted ? 'restricted' : 'trusted');
    const port = (server.address() as AddressInfo).port;
    const before = requests;
    const summary = await vscode.commands.executeCommand<string | undefined>('weeklyReview.importCalendar', { url: `http://127.0.0.1:${port}/private/basic.ics`, into: target.toString(), timeZone: 'Europe/Berlin' });
    assert.deepEqual([summary, requests - before], untrusted ? [undefined, 0] : [SUMMARY, 1]);
    if (!untrusted) await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), REVIEW);
    const file = wsUri('calendars', 'basic.ics');
    await writeFile(file, CALENDAR);
    assert.equal(await vscode.commands.executeCommand<string | undefined>('weeklyReview.importCalendar', { file: file.fsPath, into: target.toString(), timeZone: 'Europe/Berlin' }), SUMMARY);
  });

  it('refuses plain http to another host before fetching anything', async () => {
    const { target, editor } = await freshReview('plain-http');
    const summary = await vscode.commands.executeCommand<string | undefined>('weeklyReview.importCalendar', { url: 'http://calendar.example.com/private/basic.ics', into: target.toString(), timeZone: 'Europe/Berlin' });
    assert.equal(summary, undefined);
    assert.equal(editor.document.getText(), REVIEW);
  });
});
