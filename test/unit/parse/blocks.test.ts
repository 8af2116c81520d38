// Reading a section block by block (src/core/parse/blocks.ts) gives exactly
// what the parser reading it whole gives: the same items, headings,
// directives and problems at the same lines. Random sections of tricky lines
// get random edits in sequence, each read with the blocks the previous reads
// left (a keystroke), and once without (a one-off read: known blocks without
// the parser, the other blocks parsed in runs).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blockStarts, type WalkedSyntax } from '../../../src/core/parse/blocks';
import { parseSectionSyntax, type BlockCache } from '../../../src/core/parse/sectionSyntax';
import { runs } from '../propertyRuns';

const LINES = [
  '## Recruiting', '- 1h item', '  - 30m nested', '* 2h star', '+ 1h plus', 'text', '> quote', '> - 1h quoted', '', '', '- - -', '* * *', '1. 1h first',
  '2. 1h second', '### Monday', 'Setext', '===', '---', '    indented', '<!-- weekly-review-disable-next-line -->', '- 1h x <!-- worthy: y -->',
  '- [ ] 1h task', '- [x] 2h done → agreed plan', '- 2h with `code` (1h)', '  continued', 'lazy line', '[ref]: /url', '```', '<div>', '-', '- ', '  - 1h deeper',
  '- <span>1h</span> html', '- > 1h quote', '-     1h code', '- 1. 1h nested', '- # 1h heading', '- - 1h double', 'hard break\\', '  > - 1h in quote', '\t- 1h tab',
  '    - 15m deepest', '  * 1h star nested', '  - [x] 30m nested task', '~~~', '````', '   ```', '```sh', '<!-- open', '-->', 'end -->', '<!-->', '# Week 47', '## Sales & customers',
  '- 1h R&D sync', '- 1h `code` → done', '- [ ] 45m plain task', '---', 'week: 2026-W47',
  // Ordered items (hostile input 12): only `1.` interrupts a paragraph; the same list takes any number.
  '1. 1h one', '3. 1h third', '1) 1h paren', '2) 1h paren two', '01. 1h zero one', '10. 1h ten', '2.  1h wide', '2.     1h code', '2. - 1h nested bullet',
  '   3. 1h indented', '2.', '2. # 1h heading', '> 2. 1h quoted', ' ', '2. <!-- weekly-review-disable-next-line -->', '   more of the item', '2. `code` 1h',
];
const PASTES = ['x', '\n', '\n- 2h pasted\n', '- ', '```\n', '<!--', '\n\n', '  ', '## H\n', '[a]: /b\n'];

function countingCache(): BlockCache & { hits: number } {
  const map = new Map<string, WalkedSyntax>();
  const cache = { hits: 0, get: (text: string) => {
    const hit = map.get(text);
    if (hit) cache.hits++;
    return hit;
  }, set: (text: string, syntax: WalkedSyntax) => void map.set(text, syntax) };
  return cache;
}

describe('reading a section block by block', () => {
  it('cuts before each column-0 bullet item, not after what could hide one, and reads whole what a definition reaches', () => {
    assert.deepEqual(blockStarts(['## A', '- 1h a', '  - 30m b', 'text', '- 2h c', '* * *', '* 1h d']), [0, 1, 4, 6]);
    assert.equal(blockStarts(['## A', 'text only']), undefined);
    // A column-0 fence or comment whose end is known is stepped over; any other ends the cutting.
    assert.deepEqual(blockStarts(['## A', '- 1h a', '- 1h b', '```', '- 1h code', '```', '- 1h after']), [0, 1, 2, 6]);
    assert.deepEqual(blockStarts(['## A', '```', '- 1h code', '````', '- 1h after']), [0, 4]);
    assert.deepEqual(blockStarts(['## A', '```', '- 1h code', '``', '- 1h after']), undefined);
    assert.deepEqual(blockStarts(['## A', '- 1h a', '  ```', '- 1h code', '  ```', '- 1h after']), [0, 1]);
    assert.deepEqual(blockStarts(['## A', '- 1h a', '<!-- a', '- 1h hidden', '-->', '- 1h after', '<!-->', '- 1h b']), [0, 1, 5]);
    assert.deepEqual(blockStarts(['## A', '- 1h a', '<div>', '- 1h html']), [0, 1]);
    assert.equal(blockStarts(['## A', '- 1h a', '[x]: /url', '- 1h b']), undefined);
    // Front matter is a block of its own; a column-0 heading starts one.
    assert.deepEqual(blockStarts(['---', 'week: 2026-W47', '---', '- 1h a', '- 1h b']), [0, 3, 4]);
    assert.deepEqual(blockStarts(['---', 'week: 2026-W47', '---', '', '# Week 47', '', '## Ops', '- 1h a']), [0, 3, 4, 6, 7]);
    assert.equal(blockStarts(['---', 'week: 2026-W47', '- 1h a']), undefined);
    assert.equal(blockStarts(['----', '- 1h a', '- 1h b']), undefined);
    // A `---` right after front matter is a thematic break: read alone it would open front matter again.
    assert.deepEqual(blockStarts(['---', 'week: [broken', '---', '---', '- 1h a (x) => done']), [0, 4]);
    assert.deepEqual(blockStarts(['---', 'week: 2026-W47', '---', '--- ', '1. 1h a', '- 1h b']), [0, 4, 5]);
    assert.deepEqual(blockStarts(['---', 'week: [broken', '---', '***', '- 1h a']), [0, 3, 4]);
    assert.deepEqual(blockStarts(['## A', '- 1h a', '<!-- weekly-review-disable-next-line -->', '- 1h b']), [0, 1, 3]);
    // An ordered item starts a block where no paragraph is open or it takes the list on; `2.` after text continues the text.
    assert.deepEqual(blockStarts(['## A', '1. 1h a', '2. 1h b', '3. 1h c', '', '4. 1h d']), [0, 1, 2, 3, 5]);
    assert.deepEqual(blockStarts(['## A', 'text', '2. 1h b', '3. 1h c', '1. 1h d', '2. 1h e']), [0, 4, 5]);
    assert.deepEqual(blockStarts(['## A', '1. 1h a', '2) 1h b', '- 1h c', '2. 1h d', '> q', '2. 1h e']), [0, 1, 3]);
    // Indented code may go on past a blank line, and `2.` after it is no item: no cut there.
    assert.deepEqual(blockStarts(['## A', '    code', '', '2. 1h a', '1. 1h b']), [0, 4]);
    // A bullet item at a quote's first column starts a block, until a fence or HTML in a quote.
    assert.deepEqual(blockStarts(['## A', '> - 1h a', '> text', '> - 1h b', '> <div>', '> - 1h c']), [0, 1, 3]);
  });

  it('reads known-tricky sections as the parser reads them whole', () => {
    const cases = [
      '---\nweek: [broken\n---\n---\n- Interviewed two candidates (2h) => done\n',
      '---\nweek: 2026-W47\n---\n---\n- Interviewed two candidates (2h) => done\n',
      '---\nweek: [broken\n---\n***\n- Interviewed two candidates (2h) => done\n',
      '---\r\nweek: [broken\r\n---\r\n---\r\n- Interviewed two candidates (2h) => done\r\n',
      '---\nweek: 2026-W47\n---\n--- \n1. 1h a\n- 1h b\n',
    ];
    for (const text of cases) {
      const byParser = parseSectionSyntax(text, undefined, true);
      assert.deepEqual(byParser.items.map((item) => item.line), text.includes('1. 1h a') ? [5, 6] : [5], JSON.stringify(text));
      assert.deepEqual(parseSectionSyntax(text), byParser, JSON.stringify(text));
      // A keystroke on line 5, with the blocks of the first read kept.
      const cache = countingCache();
      parseSectionSyntax(text, cache);
      const lines = text.split('\n');
      lines[4] = (lines[4] as string).replace(/\r?$/, ' typed$&');
      const edited = lines.join('\n');
      assert.deepEqual(parseSectionSyntax(edited, cache), parseSectionSyntax(edited, undefined, true), JSON.stringify(edited));
    }
  });

  it('parses only the edited block once the section was read', () => {
    const cache = countingCache();
    const before = '## Ops\n- 1h first\n- 2h second\n- 3h third\n';
    parseSectionSyntax(before, cache);
    const after = before.replace('second', 'second, typed');
    const syntax = parseSectionSyntax(after, cache);
    assert.equal(cache.hits, 3);
    assert.deepEqual(syntax, parseSectionSyntax(after, undefined, true));
    assert.deepEqual(syntax.items.map((item) => [item.line, item.text]), [[2, 'first'], [3, 'second, typed'], [4, 'third']]);
  });

  // Hostile input 12: sections of mostly ordered items, quotes, text and blank lines, where the cuts before ordered and quoted items are decided.
  const ORDERED = ['1. 1h one', '2. 1h two', '3. 1h three', '1) 1h paren', '2) 1h paren', '01. 1h zero', 'text', '', '> quote', '> 2. 1h quoted', '- 1h bullet',
    '   continued', 'lazy', '## H', '2.', '2. - 1h nested', '    4. 1h code', '- - -', '<!-- weekly-review-disable-next-line -->', '```', '2. `a', 'b` 1h', '2. <!-- a', '-->',
    '10) 1h ten', '  two spaces', '\tTabbed text', '2. # 1h heading', '45m lazy digits', '2) 1h paren', '     five spaces', '3.', '- [ ] 1h task', '2) [x] 1h box', '[x]: /y',
    // Quotes: a bullet item at a quote's first column starts a block unless a fence or HTML in the quote may hide it.
    '> - 1h quoted item', '>- 1h tight', '> text', '> ```', '> <div>', '>', '> > - 1h nested quote', '>   - 1h nested item', '> ===', '> ---', '===', '> <!-- weekly-review-disable-next-line -->', '>  - 1h two spaces'];

  it('equals a whole read after every edit of a random sequence of ordered and quoted items', () => {
    const numRuns = runs(400);
    const sectionArb = fc.array(fc.constantFrom(...ORDERED), { minLength: 1, maxLength: 30 }).map((lines) => `${lines.join('\n')}\n`);
    const editArb = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.constantFrom('', '\n', '2. 1h x\n', '1. ', '\n\n', 'x', '> ') });
    fc.assert(fc.property(sectionArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const cache = countingCache();
      let text = start;
      assert.deepEqual(parseSectionSyntax(text, cache), parseSectionSyntax(text, undefined, true), text);
      for (const { at, remove, insert } of edits) {
        const where = text.length === 0 ? 0 : at % text.length;
        text = text.slice(0, where) + insert + text.slice(where + remove);
        const byParser = parseSectionSyntax(text, undefined, true);
        assert.deepEqual(parseSectionSyntax(text, cache), byParser, text);
        assert.deepEqual(parseSectionSyntax(text), byParser, text);
      }
    }), { numRuns });
  });

  it('equals a whole read after every edit of a random sequence', () => {
    let hits = 0;
    const numRuns = runs(400);
    const sectionArb = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }).map((lines) => `${lines.join('\n')}\n`);
    const editArb = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.constantFrom('', ...PASTES) });
    fc.assert(fc.property(sectionArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const cache = countingCache();
      let text = start;
      parseSectionSyntax(text, cache);
      for (const { at, remove, insert } of edits) {
        const where = text.length === 0 ? 0 : at % text.length;
        text = text.slice(0, where) + insert + text.slice(where + remove);
        const byParser = parseSectionSyntax(text, undefined, true);
        assert.deepEqual(parseSectionSyntax(text, cache), byParser, text);
        assert.deepEqual(parseSectionSyntax(text), byParser, text);
      }
      hits += cache.hits;
    }), { numRuns });
    // Sequences must reuse blocks, or this test proves nothing. The count is
    // random (53 to 147 in 40 sequences over twelve runs, once 38): the
    // bound is a quarter of the sequences so it cannot fail by chance.
    assert.ok(hits >= numRuns / 4, `only ${hits} blocks were reused in ${numRuns} sequences`);
  });
});
