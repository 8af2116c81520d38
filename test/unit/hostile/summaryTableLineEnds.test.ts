// Hostile input 9: "Insert summary table" in a review with a carriage return
// alone as a line end (an old Mac file, a paste, two files joined). The
// engine, the editors and the language server protocol end a line at CRLF,
// CR or LF, but the summary block was found by LF alone: a CR inside the
// block hid the heading and item after it from the check for review text,
// and CRs before the block shifted the lines it checked, so the insert
// replaced the block and deleted the items in it (4h of 4h logged → 0h).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceText } from '../../../src/core/features/source';
import { summaryTableChange } from '../../../src/core';
import { analyze } from '../helpers';
import { analyzed } from '../features/helpers';

const START = '<!-- weekly-review:summary -->';
const END = '<!-- /weekly-review:summary -->';
const ITEMS = ['## Recruiting', '- 4h Hiring committee → 3 offers approved'];

/** Applies one edit in engine coordinates, lines ended by CRLF, CR or LF. */
function applyEdit(text: string, edit: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; newText: string }): string {
  const source = new SourceText(text);
  const starts = [0];
  for (let line = 1; line < source.lineCount; line++) starts.push(text.indexOf(source.line(line + 1), (starts[line - 1] as number) + source.line(line).length));
  const offset = (p: { line: number; column: number }) => (starts[p.line - 1] as number) + p.column - 1;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

describe('"Insert summary table" with carriage returns alone (hostile input 9)', () => {
  const cases = {
    'a CR inside the block': `# Notes\n${START}\n| a |\r${ITEMS.join('\r')}\n${END}\n`,
    'CRs before the block': `# Notes\rone\rtwo\n${START}\n${ITEMS.join('\n')}\n${END}\n`,
    'a file of CRs only': `# Notes\r${START}\r${ITEMS.join('\r')}\r${END}\r`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: items in the block are never replaced; the insert refuses and names their line`, async () => {
      const { summary } = await analyzed(text);
      const change = summaryTableChange(summary, text, 1, '\n');
      assert.ok(change !== undefined && 'refused' in change, JSON.stringify(change));
      const itemLine = new SourceText(text).lineCount - 3;
      assert.match(change.refused, new RegExp(`holds review text \\(line ${itemLine}\\)`));
    });
  }

  it('a table block in a file of CRs only is replaced in place, and a second insert changes nothing', async () => {
    const text = `# Notes\r${START}\r| old |\r${END}\r${ITEMS.join('\r')}\r`;
    const { summary } = await analyzed(text);
    const change = summaryTableChange(summary, text, 1, '\n');
    assert.ok(change !== undefined && !('refused' in change));
    assert.deepEqual([change.range.start.line, change.range.end.line], [2, 4]);
    const after = applyEdit(text, change);
    assert.ok(after.startsWith(`# Notes\r${START}\n`) && after.endsWith(`${END}\r${ITEMS.join('\r')}\r`), JSON.stringify(after));
    assert.equal((await analyze(after)).document.totalMinutes, 240);
    assert.equal(summaryTableChange((await analyzed(after)).summary, after, 1, '\n'), undefined);
  });
});
