// Hostile input 8: a long paragraph (or an item's lazy continuation lines)
// whose every line holds one character that may start an inline construct
// but starts none: `Done!`, `R&D`, `a <- b`, `a\b`. micromark ends its run of
// text there and joins each line's two runs again with an array splice across
// the whole paragraph, so the cost grew with the square of the lines (32,000
// lines of `x & y` took 8 s). Past 48 such lines in a run they are blanked
// before parsing (inlineGuard.ts), as the quadratic delimiters are.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_INLINE_DELIMITERS, neutralizeInline } from '../../../src/core/parse/inlineGuard';
import { activityAt, analyze, fixture } from '../helpers';
import { fastest } from './timing';

function analyzeFresh(text: string): Promise<unknown> {
  return fixture().service.analyze('/r/2026-W47.md', text);
}

describe('lines that each hold a failed construct start (hostile input 8)', () => {
  const over = MAX_INLINE_DELIMITERS + 1;

  it('past 48 lines in a run, each `!`, lone `&`, `<` that opens no tag and `\\` that escapes nothing is blanked; offsets stay', () => {
    const line = 'Done! R&D a <- b a\\b';
    assert.equal(neutralizeInline(`${line}\n`.repeat(over)), `${'Done  R D a  - b a b\n'.repeat(over)}`);
    const items = `${'- 1h Shipped! <3\n'.repeat(over)}`;
    assert.equal(neutralizeInline(items), `${'- 1h Shipped   3\n'.repeat(over)}`);
  });

  it('48 such lines, one line with many, and what a comment holds are left alone', () => {
    const few = `${'Done! R&D a <- b a\\b\n'.repeat(MAX_INLINE_DELIMITERS)}`;
    assert.equal(neutralizeInline(few), few);
    const one = `- 1h ${'Done! R&D a\\b '.repeat(3 * over)}\n`;
    assert.equal(neutralizeInline(one), one);
    const kept = `${'- 1h Audit! <!-- worthy: R&D! -->\n'.repeat(over)}`;
    assert.equal(neutralizeInline(kept), `${'- 1h Audit  <!-- worthy: R&D! -->\n'.repeat(over)}`);
  });

  it('the engine still reads the item, its minutes and its worthy reason', async () => {
    const analysis = await analyze(`## Recruiting\n- 2h Audit! <!-- worthy: R&D needs it -->\n${'Done! R&D a <- b\n'.repeat(over)}`);
    assert.equal(activityAt(analysis, 2).minutes, 120);
    assert.equal(activityAt(analysis, 2).worthyReason, 'R&D needs it');
    assert.equal(analysis.document.totalMinutes, 120);
  });

  // Each line beside the same line with its character replaced by one that starts nothing, in one run.
  const cases = [['`!`', 'Done! ok', 'Done. ok'], ['a lone `&`', 'x & y', 'x + y'], ['a `<` that opens no tag', 'a <- b', 'a =- b'], ['a `\\` that escapes nothing', 'a\\b c', 'a/b c']];
  for (const [name, line, plain] of cases as [string, string, string][]) {
    for (const [where, head] of [['a paragraph', '# Ops\n'], ...(line === 'x & y' ? [["an item's lazy continuation", '# Ops\n- 1h x\n']] : [])]) {
      it(`${where} of 12,000 lines each holding ${name} costs at most 3 times the same lines without it (was up to 8 times)`, async () => {
        const lines = (text: string) => `${head}${`${text}\n`.repeat(12_000)}`;
        await analyzeFresh(lines(plain)); // warm up
        const startsMs = await fastest(() => analyzeFresh(lines(line)));
        const plainMs = await fastest(() => analyzeFresh(lines(plain)));
        assert.ok(startsMs < 3 * plainMs + 25, `${line}: ${startsMs.toFixed(0)} ms, ${plainMs.toFixed(0)} ms for ${plain}`);
      });
    }
  }
});
