// A `#tag` in an event's title decides the engine's category before any
// heading, so the import puts the line under that category's heading; the
// title an event is double-booked with lends it no tag (round 10).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createReviewService } from '../../../src/core';
import { fixture, importInto, ok, templateOf } from './helpers';

const W12 = { year: 2027, week: 12 };

test('a tagged title goes under its tag\'s category, and every imported line counts under the heading it sits in', async () => {
  const text = ok(importInto(fixture('fastmail-tagged-titles.ics'), W12, templateOf(W12), { timeZone: 'Europe/Berlin' })).text;
  const lines = text.split('\n');
  const headingOf = (line: number) => lines.slice(0, line).reverse().find((l) => l.startsWith('## '));
  const service = createReviewService({ readFile: async () => undefined });
  const analysis = await service.analyze('/reviews/2027-W12.md', text, { rubricPath: 'cto', memory: false });
  // By hand: the budget review (#sales) is Sales, the release checklist (#partners) Partners; the standup inside the
  // budget review is the team's (operations) and quotes that title without its tag.
  const placed = analysis.document.activities.map((a) => [a.text.replace(/ ·.*$/, ''), a.categoryId, headingOf(a.line)]);
  assert.deepEqual(placed, [
    ['Budget review #sales', 'sales', '## Sales & customers'],
    ['Release checklist #partners', 'partners', '## Business development & partners'],
  ]);
  // The standup counts no time (a line without a duration is no activity): its words place it.
  const standup = lines.findIndex((l) => l.startsWith('- [x] Platform standup · double-booked with “Budget review sales”, its time counted there →'));
  assert.equal(headingOf(standup), '## Engineering operations');
});
