// SPEC §6: sections are cached by content; editing one section re-parses only it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRubric, createReviewService } from '../../../src/core';
import { createCaches } from '../../../src/core/analysis/cache';
import { createChunkMemo, splitLines, splitSections } from '../../../src/core/parse/sections';

const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };

function service(sectioned = true) {
  const parsed: string[] = [];
  const caches = createCaches((text) => parsed.push(text));
  const svc = createReviewService({ readFile: async () => undefined }, { caches, sectioned });
  return { svc, parsed, caches };
}

const review = [
  '---', 'week: 2026-W47', '---', '# Week 47',
  '## Recruiting', '- 3h Interviews → 2 offers',
  '# Engineering culture', '- 2h Values doc → shared with all 60 engineers',
  '```', '# not a section', '```',
  '# Ops', '- 1h Release → shipped 3.2',
].join('\n');

describe('section cache', () => {
  it('splits at ATX headings at column 0 (any level) outside front matter and fences', () => {
    const table = splitLines(review);
    assert.deepEqual(splitSections(review, table, 3).map((s) => s.startLine), [1, 4, 5, 7, 12]);
  });

  it('editing one section re-parses only that section', () => {
    const { svc, parsed, caches } = service();
    const first = svc.analyzeWith('/r/2026-W47.md', review, resolution);
    assert.equal(parsed.length, 5);
    assert.equal(caches.sections.size, 5);
    parsed.length = 0;
    const again = svc.analyzeWith('/r/2026-W47.md', review, resolution);
    assert.deepEqual(parsed, []);
    assert.deepEqual(again.diagnostics, first.diagnostics);

    const edited = review.replace('- 2h Values doc', '- 2h30m Values doc');
    const after = svc.analyzeWith('/r/2026-W47.md', edited, resolution);
    assert.equal(parsed.length, 1);
    assert.ok(String(parsed.at(0)).startsWith('# Engineering culture'));
    assert.equal(caches.sections.size, 6);
    assert.equal(after.document.totalMinutes, first.document.totalMinutes + 30);
    // Lines of later sections stay right after an edit that adds a line.
    parsed.length = 0;
    const grown = svc.analyzeWith('/r/2026-W47.md', edited.replace('## Recruiting', '## Recruiting\n'), resolution);
    assert.equal(parsed.length, 1);
    assert.deepEqual(grown.document.activities.map((a) => a.line), [7, 9, 14]);
  });

  it('whole-document analysis parses the text once, as one section', () => {
    const { svc, parsed } = service(false);
    svc.analyzeWith('/r/2026-W47.md', review, resolution);
    assert.deepEqual(parsed, [review]);
  });

  it('scores are cached by activity, so an unchanged activity is not re-scored', () => {
    const { svc, caches } = service();
    svc.analyzeWith('/r/2026-W47.md', review, resolution);
    const scores = caches.scores.size;
    assert.equal(scores, 3);
    svc.analyzeWith('/r/2026-W47.md', review.replace('# Ops', '# Ops\n\n'), resolution);
    assert.equal(caches.scores.size, 3);
  });
});

describe('the splitter memo', () => {
  it('splits exactly as an unmemoized scan, also when warmed by an earlier version of the text', () => {
    const heads = ['# A', '## Recruiting', '```', '~~~', '<!--', '-->', '- 1h item', '  - 30m nested', '', 'text', '<div>', '</div>', '# B'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const memo = createChunkMemo();
    let previous = '';
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 60) }, () => heads[Math.floor(random() * heads.length)]).join('\n');
      for (const version of [text, previous, `${text}\n# tail`]) {
        const table = splitLines(version);
        assert.deepEqual(splitSections(version, table, 0, memo), splitSections(version, table, 0), version);
      }
      previous = text;
    }
    assert.ok(memo.scans.size > 0);
  });
});
