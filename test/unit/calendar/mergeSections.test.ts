// Merging into a review the user shaped: which section each imported event
// lands in must be the section the engine then counts it under, and every
// user line comes out byte for byte (round 10).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createReviewService, type IsoWeek } from '../../../src/core';
import { engineMinutes, fixture, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };
const BERLIN = { timeZone: 'Europe/Berlin' };

/** Minutes per category as the engine reads the review (what its summary shows). */
async function minutesByCategory(text: string, week: IsoWeek): Promise<Record<string, number>> {
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze(`/reviews/${week.year}-W${String(week.week).padStart(2, '0')}.md`, text, { rubricPath: 'cto', memory: false });
  const totals: Record<string, number> = {};
  for (const activity of analysis.document.activities) if (activity.counted) totals[activity.categoryId ?? '-'] = (totals[activity.categoryId ?? '-'] ?? 0) + activity.minutes;
  return totals;
}

/** Every line of `before` is in `after`, in order. */
function keepsEveryLine(before: string, after: string): void {
  const out = after.split('\n');
  let cursor = 0;
  for (const line of before.split('\n')) {
    while (cursor < out.length && out[cursor] !== line) cursor++;
    assert.ok(cursor < out.length, `lost or reordered: ${JSON.stringify(line)}`);
    cursor++;
  }
}

test('an event goes before a nested subheading of another category, so the engine counts it under its own', async () => {
  const review = '---\nweek: 2027-W12\n---\n\n## Engineering operations\n- [x] 1h deploy pipeline fixes → builds 4 min faster\n\n### Recruiting\n- [x] 1h screened CVs for the backend role → 3 onsite\n\n## Engineering culture\n';
  const merged = ok(importInto(fixture('google.ics'), W12, review, BERLIN));
  keepsEveryLine(review, merged.text);
  // By hand: the operations events are the standups (4 × 15m, the fifth inside the private event, 0), the database
  // upgrade (2h) and the release night (1h), 240, beside the user's 60; recruiting holds only the user's 60.
  const totals = await minutesByCategory(merged.text, W12);
  assert.equal(totals.operations, 300);
  assert.equal(totals.recruiting, 60);
  assert.ok(merged.text.indexOf('Release night') < merged.text.indexOf('### Recruiting'));
  assert.equal(ok(importInto(fixture('google.ics'), W12, merged.text, BERLIN)).text, merged.text);
});

test('a heading that names a category in other words ("Ops & SRE", "Team") takes its events: no second section of that category', async () => {
  const review = '# Week 12\n\n## Ops & SRE\n- [x] 1h deploy pipeline fixes → builds 4 min faster\n\n## Team\n- [x] 30m wrote the onboarding page → two new joiners used it\n\n## Notes\nQuiet week.\n';
  const merged = ok(importInto(fixture('google.ics'), W12, review, BERLIN));
  keepsEveryLine(review, merged.text);
  assert.doesNotMatch(merged.text, /^## Engineering operations$/m);
  assert.doesNotMatch(merged.text, /^## Engineering culture$/m);
  // By hand: operations 240 imported (see above) + 60, culture the 45m 1:1 with Ana + 30.
  const totals = await minutesByCategory(merged.text, W12);
  assert.equal(totals.operations, 300);
  assert.equal(totals.culture, 75);
  assert.ok(merged.text.indexOf('Release night') < merged.text.indexOf('## Team'));
  assert.ok(merged.text.indexOf('Ana / Me') < merged.text.indexOf('## Notes'));
  assert.equal(ok(importInto(fixture('google.ics'), W12, merged.text, BERLIN)).text, merged.text);
});

test('a review that starts with a byte-order mark (Notepad): its first heading and its front matter are read, and the mark stays', async () => {
  const headed = '\uFEFF## Engineering operations\r\n- [x] 1h deploy pipeline fixes → builds 4 min faster\r\n';
  const merged = ok(importInto(fixture('google.ics'), W12, headed, BERLIN)).text;
  assert.ok(merged.startsWith(headed));
  assert.equal(merged.match(/## Engineering operations/g)?.length, 1);
  assert.equal((await minutesByCategory(merged, W12)).operations, 300);
  // A YAML comment in the front matter is no heading: nothing goes into the front matter.
  const matter = '\uFEFF---\nweek: 2027-W12\n# Engineering operations\n---\n\n## Engineering operations\n- [x] 1h deploy pipeline fixes → builds 4 min faster\n';
  const intoMatter = ok(importInto(fixture('google.ics'), W12, matter, BERLIN)).text;
  assert.ok(intoMatter.startsWith('\uFEFF---\nweek: 2027-W12\n# Engineering operations\n---\n\n## Engineering operations\n- [x] 1h deploy pipeline fixes → builds 4 min faster\n- [x] 15m Platform standup'));
  assert.equal((await minutesByCategory(intoMatter, W12)).operations, 300);
});

test('indented and setext headings are the category sections the engine reads: no second section, and a setext heading stays whole', async () => {
  const review = 'Week 12\n=======\n\n  ## Engineering operations\n- [x] 1h deploy pipeline fixes → builds 4 min faster\n\nEngineering culture\n-------------------\n- [x] 30m wrote the onboarding page → two new joiners used it\n- item with a lazy\ncontinuation\n---\n\nRecruiting\n----------\nNo interviews this week.\n';
  const merged = ok(importInto(fixture('google.ics'), W12, review, BERLIN)).text;
  keepsEveryLine(review, merged);
  assert.doesNotMatch(merged, /^## (Engineering operations|Engineering culture|Recruiting)$/m);
  assert.match(merged, /\nEngineering culture\n-------------------\n/);
  assert.ok(merged.indexOf('Release night') < merged.indexOf('Engineering culture'));
  assert.ok(merged.indexOf('Ana / Me') < merged.indexOf('\nRecruiting\n'));
  // By hand: operations 240 imported + 60, culture the 45m 1:1 with Ana + 30.
  const totals = await minutesByCategory(merged, W12);
  assert.equal(totals.operations, 300);
  assert.equal(totals.culture, 75);
  assert.equal(ok(importInto(fixture('google.ics'), W12, merged, BERLIN)).text, merged);
});

test('a heading inside an HTML comment (a section the writer hid) is no section: nothing is put inside the comment', async () => {
  const review = '# Week 12\n\n## Engineering operations\n- [x] 1h deploy pipeline fixes → builds 4 min faster\n\n<!--\n## Engineering culture\nWrite the 1:1s here.\n-->\n<!-- weekly-review-disable missing-outcome -->\n\n## Notes\n';
  const merged = ok(importInto(fixture('google.ics'), W12, review, BERLIN)).text;
  keepsEveryLine(review, merged);
  // The comment is untouched: its lines stay together, so its heading stays hidden.
  assert.ok(merged.includes('\n<!--\n## Engineering culture\nWrite the 1:1s here.\n-->\n'));
  assert.ok(merged.indexOf('Release night') > merged.indexOf('Write the 1:1s here.\n-->'));
  assert.ok(merged.indexOf('Release night') < merged.indexOf('## Notes'));
  assert.match(merged, /\n## Engineering culture\n- \[x\] 45m Ana \/ Me/);
  // By hand: every imported minute is read (435 of the week, the one line inside the comment lost 15 before), + 60.
  assert.equal(await engineMinutes(merged, W12), 495);
  const totals = await minutesByCategory(merged, W12);
  assert.equal(totals.operations, 300);
  assert.equal(totals.culture, 45);
  assert.equal(ok(importInto(fixture('google.ics'), W12, merged, BERLIN)).text, merged);
});

test('words typed after an imported line\'s comment (where the End key puts the cursor) make it the user\'s line: never rewritten or removed', async () => {
  const first = ok(importInto(fixture('google.ics'), W12, templateOf(W12), BERLIN)).text;
  const edited = first
    .replace(/(Release night → <!-- event: \S+ ~\w+ -->)/, '$1 shipped v2, no rollback')
    .replace(/(Database upgrade window → <!-- event: \S+ ~\w+ -->)/, '$1 postponed to April');
  assert.notEqual(edited, first);
  // A day later the release night starts an hour earlier (Sunday 22:00, 2 hours in the week) and the database upgrade is cancelled.
  const later = fixture('google.ics').replace('UID:db-upgrade@google.com', 'UID:db-upgrade@google.com\r\nSTATUS:CANCELLED').replace('DTSTART;TZID=Europe/Berlin:20270328T230000', 'DTSTART;TZID=Europe/Berlin:20270328T220000');
  assert.notEqual(later, fixture('google.ics'));
  const merged = ok(importInto(later, W12, edited, BERLIN));
  keepsEveryLine(edited.replace(/\n[^\n]*(Platform standup|Design review)[^\n]*/g, ''), merged.text);
  assert.match(merged.text, /- \[x\] 1h Release night → <!-- event: \S+ ~\w+ --> shipped v2, no rollback\n/);
  assert.match(merged.text, /- \[x\] 2h Database upgrade window → <!-- event: \S+ ~\w+ --> postponed to April\n/);
  assert.deepEqual(merged.report.kept.map((k) => k.why).sort(), ['changed', 'gone']);
  assert.equal(merged.report.removed, 0);
});
