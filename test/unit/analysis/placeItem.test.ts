// A placed item is its raw item with its absolute line and parent, key by
// key (analysis/syntax.ts placeItem): the same values as `{ ...item,
// absLine, absParent }` in the same order, for items with each optional part
// (a leading or malformed duration, a worthy comment, an outcome), and one
// shape for all of them: every optional key present, undefined when absent.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCaches } from '../../../src/core/analysis/cache';
import { placeSectionSyntax } from '../../../src/core/analysis/syntax';
import { parseSectionSyntax } from '../../../src/core/parse/sectionSyntax';

const TEXT = [
  '## Recruiting',
  '- 2h Interviewed two candidates → one offer extended #hiring',
  '- 2h75m Broken duration',
  '- 1h Cleaned up my inbox <!-- worthy: board asked -->',
  '- Partner sync (1h)',
  '  - Outcome: 3 offers out',
  '- [x] 30m Phone screen',
  '- a note without a duration',
  '- 1h.30 Standup with the team',
  '',
].join('\n');

describe('placeItem', () => {
  it('gives what a spread gave, keys in the same order, every item with the same keys', () => {
    const section = { startLine: 40, startOffset: 0, text: TEXT };
    const placed = placeSectionSyntax(section, createCaches()).items;
    const raw = parseSectionSyntax(TEXT).items;
    assert.equal(placed.length, 8);
    placed.forEach((item, at) => {
      const rawItem = raw[at];
      assert.ok(rawItem);
      const spread = { ...rawItem, absLine: rawItem.line + 39, absParent: rawItem.parent };
      // What the spread has, in its order; what it lacks is undefined.
      const own = Object.fromEntries(Object.entries(item).filter(([key, value]) => key in spread || value !== undefined));
      assert.deepStrictEqual(own, spread);
      assert.deepStrictEqual(Object.keys(own), Object.keys(spread));
      assert.deepStrictEqual(Object.keys(item), Object.keys(placed[0] ?? {}));
    });
    // Each optional part is met at least once, and missed at least once.
    for (const key of ['leading', 'malformed', 'worthyReason', 'outcome'] as const) {
      assert.ok(placed.some((item) => item[key] !== undefined), key);
      assert.ok(raw.some((item) => !(key in item)), key);
    }
  });
});
