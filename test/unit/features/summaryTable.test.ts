// The summary-table edit: inserted at the cursor on lines of its own,
// replaced in place once present, nothing when already up to date.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSummaryBlock, summaryTableEdit } from '../../../src/core';
import { analyzed, applyEdits, at, REVIEW } from './helpers';

describe('summaryTableEdit', async () => {
  const { summary } = await analyzed(REVIEW);
  const block = renderSummaryBlock(summary, '\n');

  it('inserts on a blank cursor line without extra blank lines', () => {
    const edit = summaryTableEdit(summary, REVIEW, 5, '\n');
    assert.ok(edit);
    assert.deepEqual(at(edit.range), [5, 1, 5, 1]);
    assert.equal(edit.newText, `${block}\n`);
  });

  it('inserts after a non-blank cursor line, separated by a blank line', () => {
    const edit = summaryTableEdit(summary, REVIEW, 7, '\n');
    assert.ok(edit);
    assert.deepEqual(at(edit.range), [7, 64, 7, 64]);
    assert.equal(edit.newText, `\n\n${block}\n`);
  });

  it('is idempotent and replaces a stale block in place', () => {
    const once = applyEdits(REVIEW, [summaryTableEdit(summary, REVIEW, 5, '\n')!]);
    assert.equal(summaryTableEdit(summary, once, 1, '\n'), undefined);
    const stale = once.replace('| Engineering culture | 3h |', '| Engineering culture | 9h |');
    const edit = summaryTableEdit(summary, stale, 1, '\n');
    assert.ok(edit);
    const blockLines = block.split('\n').length;
    assert.deepEqual(at(edit.range), [5, 1, 5 + blockLines - 1, '<!-- /weekly-review:summary -->'.length + 1]);
    assert.equal(applyEdits(stale, [edit]), once);
  });

  it('writes CRLF line ends in a CRLF document', () => {
    const edit = summaryTableEdit(summary, REVIEW.replace(/\n/g, '\r\n'), 5, '\r\n');
    assert.ok(edit);
    assert.ok(edit.newText.endsWith('<!-- /weekly-review:summary -->\r\n'));
    assert.ok(!/[^\r]\n/.test(edit.newText), 'every line break is CRLF');
  });
});
