// Hostile input 12: a keystroke in a section of thousands of numbered items
// (`1.`, `2.`, …). Only column-0 bullet items cut a section into blocks
// (parse/blocks.ts) and long runs into soft sections (parse/sections.ts),
// since `2.` after text continues the text; so 10,000 numbered items were one
// section and one block, and each keystroke parsed and judged all of them
// again (1.4 s at 10,000, where a keystroke among as many bullet items takes
// 30 ms). An ordered item now cuts where it is surely the next item of its
// list (every reading has a list of its delimiter open), or where `1.` or a
// blank line before it starts a block; the block store keeps every block of
// the section being edited. Likewise quoted items (`> - x`): a bullet item at
// a quote's first column starts a block in the quote, or a quote, unless a
// fence or HTML in the quote may hide it (8,000 of them: 1.1 s a keystroke).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRubric, createReviewService, type ReviewService } from '../../../src/core';
import { assertAsCheapAs } from './timing';

const PATH = '/r/2026-W47.md';
const N = 8000;
const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };

/** A review of one section of `N` items, checked once: what the editor holds when typing starts. */
function editing(item: (i: number) => string): { service: ReviewService; text: string } {
  const service = createReviewService({ readFile: async () => undefined });
  const text = `# Week 47\n## Ops\n${Array.from({ length: N }, (_, i) => item(i)).join('\n')}\n`;
  service.analyzeWith(PATH, text, resolution);
  return { service, text };
}

/** Types five letters into the middle item, checking after each, as keystrokes do. */
function typeFive(state: { service: ReviewService; text: string }): void {
  const mark = `item ${N / 2} `;
  for (let k = 0; k < 5; k++) {
    const at = state.text.indexOf(mark) + mark.length;
    state.text = `${state.text.slice(0, at)}x${state.text.slice(at)}`;
    state.service.analyzeWith(PATH, state.text, resolution);
  }
}

const shapes = {
  '`1.` items': [(i: number) => `${i + 1}. 1h item ${i} reviewed`, (i: number) => `- 1h item ${i} reviewed`],
  '`1)` items of two lines': [(i: number) => `${i + 1}) 45m item ${i} reviewed\n   with a second line`, (i: number) => `- 45m item ${i} reviewed\n  with a second line`],
  'quoted items': [(i: number) => `> - 1h item ${i} reviewed`, (i: number) => `- 1h item ${i} reviewed`],
} as const;

describe('keystrokes in thousands of numbered or quoted items (hostile input 12)', () => {
  for (const [name, [numbered, bullets]] of Object.entries(shapes)) {
    it(`a keystroke among 8,000 ${name} costs at most 4 times one among as many bullet items (was 44 to 66 times)`, async () => {
      const typed = editing(numbered);
      const reference = editing(bullets);
      await assertAsCheapAs('keystrokes', () => typeFive(typed), () => typeFive(reference));
    });
  }

  it('the result after keystrokes equals a check from scratch', () => {
    for (const [numbered] of Object.values(shapes)) {
      const state = editing(numbered);
      typeFive(state);
      const scratch = createReviewService({ readFile: async () => undefined }, { sectioned: false }).analyzeWith(PATH, state.text, resolution);
      const live = state.service.analyzeWith(PATH, state.text, resolution);
      assert.deepEqual(live.diagnostics, scratch.diagnostics);
      assert.equal(live.document.activities.length, N);
      assert.deepEqual(live.document.activities.map((a) => [a.line, a.minutes, a.text]), scratch.document.activities.map((a) => [a.line, a.minutes, a.text]));
    }
  });
});
