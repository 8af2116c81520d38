// Hostile input 7: lines dense with backslash escapes, character references
// or HTML tags. micromark reads each as a token of a few objects: linear, but
// 1 MB of `\\` took 9.4 s of CPU and 1.05 GB. Past 48 in a run of lines they
// are blanked before parsing (inlineGuard.ts), as the quadratic delimiters
// are; a comment's text is left alone, since the engine reads it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_INLINE_DELIMITERS, neutralizeInline } from '../../../src/core/parse/inlineGuard';
import { activityAt, analyze, fixture } from '../helpers';
import { fastest } from './timing';


describe('dense escapes, references and tags (hostile input 7)', () => {
  const over = MAX_INLINE_DELIMITERS + 1;

  it('past 48 in a run, an escape is blanked with what it escapes, a reference by its &, a tag by its <; offsets stay', () => {
    assert.equal(neutralizeInline(`- 1h ${'\\*'.repeat(over)}x\n`), `- 1h ${'  '.repeat(over)}x\n`);
    assert.equal(neutralizeInline(`- 1h ${'\\\\'.repeat(over)}x\n`), `- 1h ${'  '.repeat(over)}x\n`);
    assert.equal(neutralizeInline(`- 1h ${'&amp;&#38;&#x26;'.repeat(17)}\n`), `- 1h ${' amp; #38; #x26;'.repeat(17)}\n`);
    assert.equal(neutralizeInline(`- 1h ${'<b>x</b>'.repeat(25)}\n`), `- 1h ${' b>x /b>'.repeat(25)}\n`);
  });

  it('48 or fewer in a run, a lone & or \\ and what a comment holds are left alone', () => {
    const few = `- 1h ${'\\*&amp;<b>'.repeat(MAX_INLINE_DELIMITERS)}\n`;
    assert.equal(neutralizeInline(few), few);
    const plain = `- 1h ${'R&D a\\b '.repeat(over)}\n`;
    assert.equal(neutralizeInline(plain), plain);
    const comment = `- 1h Audit <!-- worthy: R&amp;D \\* <b> -->${'&amp;'.repeat(over)}\n`;
    assert.equal(neutralizeInline(comment), `- 1h Audit <!-- worthy: R&amp;D \\* <b> -->${' amp;'.repeat(over)}\n`);
  });

  it('the engine still reads the activity, its minutes and its worthy reason', async () => {
    const analysis = await analyze(`## Recruiting\n- 2h Audit <!-- worthy: R&amp;D needs it -->${'&amp;\\*<i>'.repeat(over)}\n`);
    assert.equal(activityAt(analysis, 2).minutes, 120);
    assert.equal(activityAt(analysis, 2).worthyReason, 'R&amp;D needs it');
  });

  for (const [name, unit] of [['backslash escapes', '\\\\'], ['character references', '&amp;'], ['HTML tags', '<a>']]) {
    it(`${name} cost at most 3 times as many words of letters do, read by the parser too (was 9 to 30 times)`, async () => {
      // A leading `_` keeps both texts from the parser-free reading of plain bullet lines (plainBlocks.ts).
      const lines = (content: string) => `# Ops\n${`- 1h _${content.repeat(Math.floor(19_000 / content.length))}\n`.repeat(20)}`;
      const dense = lines(unit);
      const letters = lines(`${'a'.repeat(unit.length - 1)} `);
      await fixture().service.analyze('/r/2026-W47.md', letters); // warm up
      const denseMs = await fastest(() => fixture().service.analyze('/r/2026-W47.md', dense));
      const lettersMs = await fastest(() => fixture().service.analyze('/r/2026-W47.md', letters));
      console.log(`    ${name}: ${denseMs.toFixed(0)} ms, ${lettersMs.toFixed(0)} ms for words of letters`);
      assert.ok(denseMs < 3 * lettersMs + 25, `${name}: ${denseMs.toFixed(0)} ms, ${lettersMs.toFixed(0)} ms for letters`);
    });
  }
});
