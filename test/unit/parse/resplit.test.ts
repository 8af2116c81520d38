// Updating a split after an edit (src/core/parse/resplit.ts) gives exactly
// the split of the new text from scratch: the same lines, the same sections at
// the same lines and offsets with the same texts, and the same heading starts.
// Random documents of tricky lines (fences, HTML blocks, lists, soft-split
// runs without headings, front matter) get random typed, pasted and deleted
// spans, applied in sequence so that each update starts from an updated split.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { reline, resplit, type Split } from '../../../src/core/parse/resplit';
import { createChunkMemo, SOFT_SPLIT, splitLines, splitSectionsWithStarts, type LineTable } from '../../../src/core/parse/sections';

const LINES = ['# A', '## Recruiting', '### Monday', '```', '~~~', '<!--', '-->', '<div>', '</div>', '- 1h item', '  - 30m nested', '1. first', '2. second', '3. third', '2) paren', '   more', '', '', 'text', '> quote', '---', '- [ ] 1h task'];
const PASTES = ['x', '\n', '\n# New\n', '```\n', '\n- 2h pasted\n- 1h more\n', '<!--', '# ', '\n\n', '~~~\n# fenced?\n'];

function fresh(text: string, firstContentLine: number): Split {
  const table = splitLines(text);
  return { text, table, firstContentLine, ...splitSectionsWithStarts(text, table, firstContentLine) };
}

const documentArb = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 80 }))
  .map(([frontMatter, lines]) => `${frontMatter ? '---\nweek: 2026-W47\n---\n' : ''}${lines.join('\n')}\n`);

const editArb = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom('', ...PASTES) });


/** Every line of a table (an update's table cuts its lines from the text when asked). */
const linesIn = (table: LineTable) => Array.from({ length: table.lines.length }, (_, index) => table.lines.at(index));
describe('resplit', () => {
  it('equals a split from scratch after every edit of a random sequence', () => {
    const soft = { ...SOFT_SPLIT };
    // Small soft-split settings, so runs without headings get soft sections too.
    Object.assign(SOFT_SPLIT, { minLines: 3, modulus: 2, maxChars: 200 });
    // Edits the update declines (front matter touched) fall back to a fresh split; most must be updates, or this test proves nothing.
    let tried = 0;
    let updates = 0;
    try {
      fc.assert(fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 10 }), (start, edits) => {
        const firstContentLine = start.startsWith('---\n') ? 3 : 0;
        const memo = createChunkMemo();
        let split = fresh(start, firstContentLine);
        for (const { at, remove, insert } of edits) {
          const where = split.text.length === 0 ? 0 : at % split.text.length;
          const text = split.text.slice(0, where) + insert + split.text.slice(where + remove);
          const expected = fresh(text, firstContentLine);
          const relined = reline(split, text);
          assert.ok(relined);
          assert.deepEqual(relined.table.starts, expected.table.starts);
          assert.deepEqual(linesIn(relined.table), linesIn(expected.table));
          const updated = resplit(split, text, relined, firstContentLine, memo);
          tried++;
          if (updated) updates++;
          if (!updated) {
            split = expected;
            continue;
          }
          assert.deepEqual(updated.sections, expected.sections, text);
          assert.deepEqual(updated.hard, expected.hard, text);
          split = updated;
        }
      // Full count always (it takes milliseconds): the share of updates below is a rate, noisy over a few runs.
      }), { numRuns: 300 });
      assert.ok(updates > tried * 0.7, `only ${updates} of ${tried} edits were updates`);
    } finally {
      Object.assign(SOFT_SPLIT, soft);
    }
  });

  it('keeps the sections before the edit and moves the ones after it', () => {
    const text = '# A\n- 1h a\n# B\n- 1h b\n# C\n- 1h c\n';
    const before = fresh(text, 0);
    const edited = text.replace('- 1h b', '- 1h bb\n- 2h new');
    const updated = resplit(before, edited, reline(before, edited) as NonNullable<ReturnType<typeof reline>>, 0);
    assert.ok(updated);
    // Sections: "# A" (with the document start), "# B" (edited), "# C".
    assert.equal(updated.samePrefix, 1);
    assert.equal(updated.sections[0], before.sections[0]);
    assert.deepEqual(updated.sections[1], { startLine: 3, startOffset: 11, text: '# B\n- 1h bb\n- 2h new\n' });
    assert.equal(updated.suffixFrom, 2);
    assert.equal(updated.sectionDelta, 0);
    assert.equal(updated.lineDelta, 1);
    assert.deepEqual(updated.sections[2], { startLine: 6, startOffset: 32, text: '# C\n- 1h c\n' });
  });

  it('never takes a chunk that ends the text for the same lines a heading follows', () => {
    // "# New\n</div>\n" ends with an empty line, which closes the HTML block
    // `</div>` opens; followed by a heading instead, the block is still open,
    // so that heading is HTML, not a section start (a property test found it).
    const memo = createChunkMemo();
    const first = '# New\n</div>\n';
    splitSectionsWithStarts(first, splitLines(first), 0, memo);
    const second = '# New\n</div>\n# Two\n';
    const memoized = splitSectionsWithStarts(second, splitLines(second), 0, memo);
    assert.deepEqual(memoized, splitSectionsWithStarts(second, splitLines(second), 0));
    assert.deepEqual(memoized.sections.map((section) => section.text), [second]);
  });
});
