// Hostile input 8: items each closed by a rule (`- 1h x1` / `***`), or
// setext headings between items, whose lines never hash to a soft split.
// micromark pays for each rule that closes an item (and each setext heading)
// with a pass over every event of its parse, and such a section was cut only
// every 32 KB: 16,000 items and rules took 4.5 s, 16,000 setext headings
// with their items 9.6 s. A section may now also be cut at a fresh line once
// it holds 64 such lines (SOFT_SPLIT.maxBreaks).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SOFT_SPLIT, scanSectionStarts, splitLines } from '../../../src/core/parse/sections';
import { analyze, fixture } from '../helpers';
import { assertLinear } from './timing';

/** The soft-split hash (FNV-1a), to pick lines that never split a section by their hash. */
function lineHash(line: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < line.length; index++) hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** `# Ops` then `count` items (each on a line whose hash splits nothing) followed by `after`. */
function review(count: number, after: string): string {
  const lines: string[] = ['# Ops'];
  for (let i = 0; lines.length <= count; i++) if (lineHash(`- 1h x${i}`) % SOFT_SPLIT.modulus !== 0) lines.push(`- 1h x${i}\n${after}`);
  return `${lines.join('\n')}\n`;
}

describe('lines that break the flow, in a long section (hostile input 8)', () => {
  it(`a section is cut at a fresh line once it holds ${SOFT_SPLIT.maxBreaks} rules or underlines`, () => {
    for (const after of ['***', '```\n```', 'a\n---']) {
      const { lines } = splitLines(review(2000, after));
      const starts = scanSectionStarts(lines, 0).lines;
      const longest = Math.max(...starts.map((start, i) => (starts[i + 1] ?? lines.length) - start));
      const perItem = after.split('\n').length + 1;
      assert.ok(longest <= (SOFT_SPLIT.maxBreaks + 2) * perItem, `${after}: ${longest} lines in one section`);
    }
  });

  it('every item still counts', async () => {
    assert.equal((await analyze(review(500, '***'))).document.totalMinutes, 500 * 60);
    assert.equal((await analyze(review(500, 'a\n---'))).document.totalMinutes, 500 * 60);
  });

  it('items each closed by a rule are read in linear time', async () => {
    await assertLinear('rules', (n) => fixture().service.analyze('/r/2026-W47.md', review(n, '***')), 600);
  });
});
