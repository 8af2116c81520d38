// Hostile input 9: a long section of blocks the parser must read (items each
// with a tab-indented child, `- 1h x` then `\t- 30m y`). The first check gave
// a run of such blocks to micromark in one piece, and a keystroke read the
// section whole, and micromark's cost grows with the square of a list it
// splices: 4,000 such items (64 KB) took 4.9 s, and as long again on the
// first keystroke. The parser now reads at most MAX_PARSED_RUN blocks at a
// time; blocks read together read as they do apart (blocks.ts).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PARSED_RUN, parseSectionSyntax, type BlockCache } from '../../../src/core/parse/sectionSyntax';
import type { WalkedSyntax } from '../../../src/core/parse/blocks';
import { fixture } from '../helpers';
import { assertLinear } from './timing';

const section = (n: number) => `## Ops\n${'- 1h x\n\t- 30m y\n'.repeat(n)}`;

function cache(): BlockCache {
  const map = new Map<string, WalkedSyntax>();
  return { get: (text) => map.get(text), set: (text, syntax) => void map.set(text, syntax) };
}

describe('long runs of blocks for the parser (hostile input 9)', () => {
  it(`a section of ${3 * MAX_PARSED_RUN} such items reads as the parser reads it whole, first and after a keystroke`, () => {
    const text = section(3 * MAX_PARSED_RUN);
    const byParser = parseSectionSyntax(text, undefined, true);
    assert.equal(byParser.items.length, 6 * MAX_PARSED_RUN);
    assert.deepEqual(parseSectionSyntax(text), byParser);
    const blocks = cache();
    assert.deepEqual(parseSectionSyntax(text, blocks), byParser);
    const edited = text.replace('- 1h x\n', '- 2h typed\n');
    assert.deepEqual(parseSectionSyntax(edited, blocks), parseSectionSyntax(edited, undefined, true));
  });

  it('a first check costs time linear in the items (400 or 4,000; was quadratic)', async () => {
    await assertLinear('first check', (n) => fixture().service.analyze('/r/2026-W47.md', section(n)), 400);
  });

  it('a read that keeps blocks (the first keystroke) costs time linear in the items', async () => {
    await assertLinear('keystroke read', (n) => parseSectionSyntax(section(n), cache()), 400);
  });
});
