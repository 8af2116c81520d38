// Issue 22, nothing silently lost: `- spent 2h in jira cleaning up…` mentions
// a duration but does not start with one, so it is a note and its time is not
// counted. buried-duration says so under any heading, and its quick fix moves
// the duration to the front, after which the time counts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quickFixes } from '../../../src/core';
import { findMentionedDuration } from '../../../src/core/parse/mentionedDuration';
import { analyzed, applyEdits } from '../features/helpers';

const REVIEW = '---\nweek: 2026-W47\n---\n\n## Misc\n- spent 2h in jira cleaning up the backlog\n\n## Recruiting\n- Phone screens, about 90m in total #recruiting\n- 1h Hiring sync\n  - spent 30m on notes\n';

describe('buried-duration', () => {
  it('hints at a mentioned duration under any heading, once per item (not also missing-duration)', async () => {
    const { analysis } = await analyzed(REVIEW);
    const lines = analysis.diagnostics.filter((d) => d.range.start.line === 6 || d.range.start.line === 9).map((d) => [d.range.start.line, d.range.start.column, d.ruleId, d.severity, d.message]);
    assert.deepEqual(lines, [
      [6, 3, 'buried-duration', 'hint', 'Mentions 2h: write it first to count it ("2h …"); as it is, this item is a note and its time is not counted.'],
      [9, 3, 'buried-duration', 'hint', 'Mentions 90m: write it first to count it ("1h30m …"); as it is, this item is a note and its time is not counted.'],
    ]);
    assert.equal(analysis.diagnostics.some((d) => d.range.start.line === 11 && d.ruleId === 'buried-duration'), false, 'a nested detail of an activity is not a lost item');
  });

  it('moves the duration to the front with one quick fix, and then the time counts', async () => {
    const { analysis, summary } = await analyzed(REVIEW);
    const finding = analysis.diagnostics.find((d) => d.ruleId === 'buried-duration' && d.range.start.line === 9);
    assert.ok(finding);
    const [fix] = quickFixes(analysis, REVIEW, finding);
    assert.equal(fix?.title, 'Move 90m to the front');
    assert.equal(fix?.preferred, true);
    const fixed = applyEdits(REVIEW, fix!.edits);
    assert.equal(fixed.split('\n')[8], '- 1h30m Phone screens, about in total #recruiting');
    const after = await analyzed(fixed);
    assert.equal(after.summary.totalMinutes, summary.totalMinutes + 90);
    assert.equal(after.analysis.diagnostics.some((d) => d.ruleId === 'buried-duration' && d.range.start.line === 9), false);
  });

  it('is not a time of day, money, a count or a 1:1', () => {
    assert.deepEqual(['Standup at 10:30', '5m ARR deal closed', 'migrated 10m users', '1:1 with Dana', 'Q3 plan for 2026'].map(findMentionedDuration), [undefined, undefined, undefined, undefined, undefined]);
    assert.deepEqual(findMentionedDuration('spent 1 hr 30 mins on it'), { index: 6, text: '1 hr 30 mins', minutes: 90, canonical: '1h30m' });
  });
});
