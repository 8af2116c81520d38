// A byte-order mark inside a file, at the start of a line (two reviews joined
// with `cat`, a paste from an editor that writes one): invisible to the
// writer, it would make "- 2h …" a paragraph and "## people" no heading, and
// their minutes would be lost without a word. The engine reads it as the
// space it occupies.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withInnerMarksAsSpaces } from '../../../src/core/text';
import { analyze } from '../helpers';

const BOM = '\uFEFF';
const review = (mark: string) => `---\nweek: 2026-W47\n---\n## tech\n- 1h fixed a bug\n${mark}- 2h Design review of the billing RFC → approved\n${mark}## people\n- 1h 1:1s with my leads\n`;

describe('a byte-order mark at the start of an inner line', () => {
  it('is read as a space: the item counts with its minutes, the heading heads its section, and every column keeps its place', async () => {
    const marked = await analyze(review(BOM));
    const spaced = await analyze(review(' '));
    const counted = (a: typeof marked) => a.document.activities.filter((x) => x.counted).map((x) => [x.line, x.minutes, x.categoryId]);
    assert.deepEqual(counted(marked), [[5, 60, 'operations'], [6, 120, 'architecture'], [8, 60, 'culture']]);
    assert.deepEqual(counted(marked), counted(spaced));
    assert.deepEqual(marked.diagnostics.map((d) => [d.ruleId, d.range]), spaced.diagnostics.map((d) => [d.ruleId, d.range]));
  });

  it("the file's own mark at offset 0, and a text with none, are left as they are (the same string)", () => {
    const plain = '- 1h x\n- 2h y\n';
    assert.equal(withInnerMarksAsSpaces(plain), plain);
    const leading = `${BOM}---\nweek: 2026-W47\n---\n`;
    assert.equal(withInnerMarksAsSpaces(leading), leading);
    assert.equal(withInnerMarksAsSpaces(`a\r\n${BOM}b\r${BOM}c\n${BOM}`), 'a\r\n b\r c\n ');
  });
});
