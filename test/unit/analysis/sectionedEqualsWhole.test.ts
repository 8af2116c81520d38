// Property tests (SPEC §6, §7): the engine never throws, and analysing a
// review section by section (the cached hot path) gives exactly what a
// whole-document parse gives.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ReviewAnalysis } from '../../../src/core/analysis/analyze';
import { builtinRubric, createReviewService } from '../../../src/core';
import { SOFT_SPLIT } from '../../../src/core/parse/sections';
import { fixture } from '../helpers';
import { runs } from '../propertyRuns';

const { service } = fixture();
const wholeDocumentService = createReviewService({ readFile: async () => undefined }, { sectioned: false });
const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };

function comparable(analysis: ReviewAnalysis) {
  return {
    diagnostics: analysis.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, range: d.range, message: d.message })),
    activities: analysis.document.activities.map((a) => ({ line: a.line, minutes: a.minutes, counted: a.counted, category: a.categoryId, score: a.score, lowValue: a.lowValue, parentLine: a.parentLine })),
    headings: analysis.document.headings.map((h) => [h.line, h.depth, h.text]),
    total: analysis.document.totalMinutes,
  };
}

// A grammar of realistic review lines, with the constructs that make section
// splitting hard: fences (some unclosed, indented or inside items), HTML blocks
// and comments spanning lines, setext headings, lazy continuations, quotes.
const categoryName = fc.constantFrom('Engineering culture', 'Recruiting', 'Hiring', 'Ops', 'Sales & customers', 'BizDev', 'Other', 'Notes 🚀', 'Technology direction (Q4)');
const duration = fc.constantFrom('2h', '45m', '1h30m', '2h 30m', '1:30', '90min', '0h', '2h75m', '2h30', '10m ARR');
const words = fc.constantFrom('Interviewed two candidates', 'Cleaned up my inbox', 'Wrote the 3-year platform proposal', 'Fixed CSS alignment', 'Planning with finance', 'met 3 teams', 'Q1 roadmap');
const tag = fc.constantFrom('', '', ' #hiring', ' #ops', ' #people', ' #tech', ' #sales');
const outcome = fc.constantFrom('', '', ' → 3 offers out', ' -> shared with all teams', ' => done');
const indent = fc.constantFrom('', '', '  ', '    ', '   ', ' ', '\t');
const bullet = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '-\t');

const listItem = fc.tuple(indent, bullet, fc.option(duration), words, fc.option(duration.map((d) => ` (${d})`)), tag, outcome)
  .map(([i, b, d, w, br, t, o]) => `${i}${b}${d ? `${d} ` : ''}${w}${br ?? ''}${t}${o}`);
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), categoryName, fc.constantFrom('', ' ', ' #', ' ##')).map(([level, name, close]) => `${'#'.repeat(level)} ${name}${close}`);
const oddHeading = fc.constantFrom('#', '#NoSpace', ' # indented heading', '    # code, not heading', '#\tTabbed', '####### seven', '\\# escaped', '# ');
const fenceOpen = fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    ', '  - '), fc.constantFrom('```', '~~~', '````', '``` js', '~~~~ md', '```a`b')).map(([i, f]) => `${i}${f}`);
const fenceClose = fc.tuple(fc.constantFrom('', ' ', '   ', '    '), fc.constantFrom('```', '~~~', '````', '~~~~', '``` x')).map(([i, f]) => `${i}${f}`);
const html = fc.constantFrom('<!-- comment', 'still comment', '-->', '<!-- one-line -->', '<div>', '</div>', '<div class="x">', '<details>', '<span>inline</span>', '<custom-tag>', '<?php', '?>', '<![CDATA[', ']]>', '<pre>', '</pre>', '<!DOCTYPE html>', '<!-- weekly-review-disable low-value-item -->', '<!-- worthy: because -->');
const other = fc.constantFrom('', '', '', 'A paragraph about the week.', '[hiring]: http://example.com', '# [Hiring][hiring]', '## [Ops]', '- 1h [x][hiring]', '[^1]: footnote', '- 1h [^1]', '| 1h | #ops |', '| --- | --- |', '<custom-tag>', '</span>', '  <!--', '-', '1.', '2.', '   3) x', '10. x', 'lazy continuation line', '> quoted', '> # quoted heading', '>', '===', '---', '***', '- - -', 'Setext heading', '    indented code', '| a | b |', '|---|---|', '[ref]: http://example.com', '```', '~~~', '<div>');

const line = fc.oneof(
  { weight: 6, arbitrary: listItem },
  { weight: 3, arbitrary: heading },
  { weight: 1, arbitrary: oddHeading },
  { weight: 2, arbitrary: fenceOpen },
  { weight: 2, arbitrary: fenceClose },
  { weight: 2, arbitrary: html },
  { weight: 4, arbitrary: other },
);
const frontMatter = fc.constantFrom('', '', '---\nweek: 2026-W47\n---\n', '---\nweek: 2026-W47\nhours: 40\n---\n', '---\nweek: [broken\n---\n', '---\n# not closed\n');
const document = fc.tuple(frontMatter, fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n'))
  .map(([fm, lines, eol]) => fm.replace(/\n/g, eol) + lines.join(eol) + eol);

// Mostly numbered items and quotes (hostile input 12), with what can end their list or quote or hide an item.
const numberedLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('', '', '', ' ', '   ', '    '), fc.constantFrom('1. ', '2. ', '3. ', '1) ', '2) ', '10. ', '2.'), words).map(([i, m, w]) => `${i}${m}1h ${w}`) },
  { weight: 3, arbitrary: other },
  { weight: 1, arbitrary: fenceOpen },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: listItem },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('> ', '>', '> > ', '>   '), fc.oneof(listItem, other, fenceOpen, fenceClose, html)).map(([q, rest]) => `${q}${rest}`) },
);
const numbered = fc.array(numberedLine, { minLength: 1, maxLength: 40 }).map((lines) => `${lines.join('\n')}\n`);

// Places where a split without a heading would be wrong.
const softSplitCases = [
  '- a\n2. b\n- 1h c\n',
  '1. a\n2. 1h b\n',
  '- a\n\n  - 1h nested after a blank\n- 2h x\n',
  'para\n2. 1h lazy, not an item\n',
  '| a | b |\n| --- | --- |\n| 1 | 2 |\nrow\n- 1h x\n',
  '[ref]: http://x\n"title"\n- 1h x\n',
  '> quote\nlazy\n- 1h x\n',
  '- a\n  ```\n- 1h in the fence?\n  ```\n',
  '```\n- 1h code\n```\n- 1h x\n',
  '<div>\n- 1h html\n\n- 1h x\n',
  'Title\n---\n- 1h x\n',
  '- a\n-\n- 1h x\n',
  '* a\n- 1h b\n+ 1h c\n',
  '1) a\n1. 1h b\n',
  // Ordered items of another number (hostile input 12): a split only where every reading has their list open.
  '1. a\n2. 1h b\n3. 1h c\n', 'para\n2. 1h lazy\n3. 1h lazy\n', '1. a\n    code\n2. 1h b\n', '1. a\n\n2. 1h b\n3. 1h c\n', '1) a\n2. 1h b\n3. 1h c\n',
  '- a\n2. 1h b\n3. 1h c\n', '1. a\n   ```\n2. 1h b\n   ```\n3. 1h c\n', '    code\n2. 1h x\n3. 1h y\n', '1. a\n> q\n2. 1h b\n3. 1h c\n', '1. a\nlazy\n2. 1h b\n',
  '> - a\n> - 1h b\n> text\n> - 1h c\n', '> ```\n> - 1h code\n> ```\n> - 1h c\n', '> <div>\n> - 1h html\n\n> - 1h c\n', '> text\n===\n> - 1h b\n', '> ```\nlazy?\n> - 1h b\n',
  '> <div>\nlazy\n> - 1h b\n', '> > ```\n> > - 1h b\n> - 1h c\n', '- a\n  > ```\n> - 1h b\n',
  '    code\n> 2) Interviewed two candidates (2h)\n\n', '    code\n\n2) 1h x\n3) 1h y\n', '- a\n\n      code\n\n2) 1h x\n3) 1h y\n',
  '1. a\n2.\n3. 1h c\n', '10. a\n    11. 1h b\n12. 1h c\n', '1. a\n   - 1h nested\n2. 1h b\n', '1. a\n<div>\n2. 1h b\n\n3. 1h c\n', '2. a\n3. 1h b\n',
];

// A `---` line right after front matter is a thematic break (remark reads
// yaml, thematicBreak, list): the item after it is an activity in both paths.
const breakAfterFrontMatter = [
  '---\nweek: [broken\n---\n---\n- Interviewed two candidates (2h) => done\n',
  '---\nweek: 2026-W47\n---\n---\n- Interviewed two candidates (2h) => done\n',
  '---\nweek: [broken\n---\n***\n- Interviewed two candidates (2h) => done\n',
  '---\r\nweek: [broken\r\n---\r\n---\r\n- Interviewed two candidates (2h) => done\r\n',
  '---\nweek: 2026-W47\n---\n--- \n1. Interviewed two candidates (2h)\n',
];

function assertSameAnalysis(text: string): void {
  const whole = comparable(wholeDocumentService.analyzeWith('/r/2026-W47.md', text, resolution));
  const sectioned = comparable(service.analyzeWith('/r/2026-W47.md', text, resolution));
  assert.deepEqual(sectioned, whole);
}

describe('sectioned analysis equals whole-document analysis', () => {
  it('on generated review-like documents', () => {
    fc.assert(fc.property(document, (text) => assertSameAnalysis(text)), { numRuns: runs(400) });
  });

  it('with a soft split (files without headings) allowed at every line where it is safe', () => {
    const saved = { ...SOFT_SPLIT };
    Object.assign(SOFT_SPLIT, { minLines: 1, modulus: 1, maxChars: 1 });
    try {
      fc.assert(fc.property(document, (text) => assertSameAnalysis(text)), { numRuns: runs(400) });
      fc.assert(fc.property(numbered, (text) => assertSameAnalysis(text)), { numRuns: runs(400) });
      for (const text of [...softSplitCases, ...breakAfterFrontMatter]) assertSameAnalysis(text);
    } finally {
      Object.assign(SOFT_SPLIT, saved);
    }
  });

  it('on known-tricky documents', () => {
    const cases = [
      '# Ops\n```\n# not a heading\n- 5h\n```\n# Recruiting\n- 1h a\n',
      '# Ops\n- 1h a\n  ```\n# inside?\n  ```\n# Sales\n- 1h b\n',
      '<!--\n# hidden\n-->\n# Ops\n- 1h a\n',
      '<div>\n# heading inside html until blank\n\n# Ops\n- 1h a\n',
      'Setext\n# Ops\n- 1h a\n',
      '> quote\n# Ops\n- 1h a\n',
      '- item\n# Ops\n- 1h a\n',
      '   ```\n# in fence\n```\n# Ops\n- 2h x\n',
      '~~~\n```\n# still fence\n~~~\n# Ops\n- 2h x\n',
      '- ```\n# closes the list and the fence\n- 1h a\n',
      '- ```\nfoo\n  ```\n# inside a top-level fence\n- 1h a\n',
      '-\n\n  ```\n# inside a top-level fence\n',
      '[ref]: http://example.com\n2) Interviewed two candidates\n   ```\n#\n- 1h a\n',
      '---\n# not closed\n- 2h Interviewed two candidates\n# Engineering culture\n',
      '[hiring]: http://example.com\n# [Hiring][hiring]\n- 1h a\n',
      'para\n<custom-tag>\n# heading, the tag continued the paragraph\n',
      '<custom-tag>\n# inside the HTML block\n\n# Ops\n- 1h a\n',
      '\t- Interviewed\n-\n   ```\n#\n- 1h a\n',
      '    code\n<custom-tag>\n# x\n',
      // A fence inside an item in one reading and at the top level in the other: where it opened is not known, so no split at the later column-0 fence.
      '> # quoted heading\n2) Interviewed two candidates\n  - Interviewed two candidates\n   ```\n``` js\n- Interviewed two candidates (2h)\n',
      // A fence in an item that its section's end closes reads its last line as the whole document does.
      '- Interviewed two candidates\n    ```\n\t- Interviewed two candidates (2h)\n  - ```\n```\n    ```\n',
      '- Interviewed\n```a`b\n   ~~~\n~~~\n# Engineering culture\n<!-- comment\n',
      '- Interviewed two candidates\n]]>\n</span>\n</span>\n# Engineering culture\n- 1h a\n',
    ];
    for (const text of [...cases, ...breakAfterFrontMatter]) assertSameAnalysis(text);
  });

  it('reads a --- line right after front matter as a thematic break, not as front matter again', () => {
    for (const text of breakAfterFrontMatter) {
      const analysis = wholeDocumentService.analyzeWith('/r/2026-W47.md', text, resolution);
      assert.deepEqual(analysis.document.activities.map((a) => [a.line, a.minutes, a.categoryId]), [[5, 120, 'recruiting']], JSON.stringify(text));
      assert.ok(!analysis.diagnostics.some((d) => d.ruleId === 'no-activities'), JSON.stringify(text));
    }
  });
});

describe('the engine never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      service.analyzeWith('/r/2026-W47.md', text, resolution);
    }), { numRuns: runs(300) });
  });

  it('on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      service.analyzeWith('/r/2026-W47.md', text, resolution);
    }), { numRuns: runs(300) });
  });

  it('on random bytes decoded as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      service.analyzeWith('/r/2026-W47.md', new TextDecoder().decode(bytes), resolution);
    }), { numRuns: runs(300) });
  });

  it('on markdown-ish soup', () => {
    const soup = fc.array(fc.constantFrom('#', '-', ' ', '\n', '`', '~', '>', '<', '!', '[', ']', '(', ')', 'x', '2h', ':', '|', '*', '1.', '\t', '-->', '<!--', '---'), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(fc.property(soup, (text) => {
      service.analyzeWith('/r/2026-W47.md', text, resolution);
      service.summarize(service.analyzeWith('/r/2026-W47.md', text, resolution));
    }), { numRuns: runs(300) });
  });
});
