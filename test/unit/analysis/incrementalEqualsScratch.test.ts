// Incremental analysis equals analysis from scratch (issue 11): a long-lived
// service is fed a random document, then a random sequence of edits — typed
// characters, pasted blocks, deleted headings, fences opened and closed, front
// matter edited — and after every edit its result must equal a fresh
// whole-document analysis: diagnostics, summary, and every editor feature's data.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createCaches } from '../../../src/core/analysis/cache';
import { activityHover, builtinRubric, categoryLenses, createReviewService, quickFixes, statusContent, type ReviewAnalysis, type ReviewService } from '../../../src/core';
import { runs } from '../propertyRuns';

const PATH = '/r/2026-W47.md';
const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };
const host = { readFile: async () => undefined };

const line = fc.constantFrom(
  '# Week 47', '## Recruiting', '## Engineering culture', '### Monday', '## Other', '# Ops',
  '- 2h Interviewed two staff candidates → one offer extended', '- 1h Cleaned up my inbox', '- 45m Tweaked staging logging config',
  '- 3h Quarterly planning\n  - 1h Headcount model\n  - 2h Review with finance → plan agreed for 2027',
  '- [ ] 1h Draft the job description', '- [x] 30m Phone screen #hiring', '- Partner sync (1h)', '- 1h Sync -> discussed',
  '  - Outcome: 3 offers out', '- note without a duration', '```', '~~~', '<!-- weekly-review-disable low-value-item -->', '<!-- weekly-review-enable -->',
  '<!-- worthy: board asked for it -->', '', '', 'A paragraph.', '> quote', '- 2h75m Broken duration', '- 1h Thing (2h)',
  // Numbered items and quotes (hostile input 12): `2.` after text continues it, the same list takes any number.
  '1. 1h Interviewed a candidate', '2. 2h Planning → plan agreed', '3. 30m Cleaned up my inbox', '1) 1h Paren item', '2) 45m Paren two',
  '> - 1h Quoted item', '> 2. 1h Quoted numbered', '> more quoted text', '   continued item text',
);
const documentArb = fc.tuple(fc.constantFrom('', '---\nweek: 2026-W47\nhours: 3\n---\n'), fc.array(line, { minLength: 1, maxLength: 30 }))
  .map(([fm, lines]) => `${fm}${lines.join('\n')}\n`);

type Edit = (text: string, at: number) => string;
const edits: fc.Arbitrary<{ edit: Edit; at: number }> = fc.tuple(fc.constantFrom<Edit>(
  (t, at) => `${t.slice(0, at)}x${t.slice(at)}`,
  (t, at) => `${t.slice(0, at)}\n- 1h30m Pasted item → 2 teams agreed\n- 20m Pasted note\n## Pasted heading\n${t.slice(at)}`,
  (t) => t.replace(/^#{1,6} .*\n/m, ''),
  (t, at) => `${t.slice(0, at)}\n\`\`\`\n${t.slice(at)}`,
  (t) => t.replace(/^```\n/m, ''),
  (t) => (t.startsWith('---\n') ? t.replace('hours: 3', 'hours: 1') : `---\nweek: 2026-W46\n---\n${t}`),
  (t, at) => t.slice(0, at) + t.slice(at + 1),
  (t, at) => `${t.slice(0, at)}\n2. 1h Pasted numbered\n3. 20m Another\n${t.slice(at)}`,
  (t, at) => `${t.slice(0, at)}\n> - 1h Pasted quote\n> text\n${t.slice(at)}`,
), fc.nat()).map(([edit, at]) => ({ edit, at }));

/** Everything a user can see of an analysis, as plain data. */
function observable(service: ReviewService, analysis: ReviewAnalysis, text: string) {
  const summary = service.summarize(analysis);
  return {
    diagnostics: analysis.diagnostics,
    summary,
    lenses: summary ? categoryLenses(analysis, summary) : [],
    status: summary ? statusContent(summary) : undefined,
    hovers: analysis.document.activities.map((a) => activityHover(analysis, { line: a.line, column: a.textColumn })),
    fixes: analysis.diagnostics.map((d) => quickFixes(analysis, text, d)),
  };
}

describe('incremental analysis equals analysis from scratch', () => {
  it('after every edit of a random sequence', () => {
    fc.assert(fc.property(documentArb, fc.array(edits, { minLength: 1, maxLength: 12 }), (start, sequence) => {
      const live = createReviewService(host);
      let text = start;
      live.analyzeWith(PATH, text, resolution);
      for (const { edit, at } of sequence) {
        text = edit(text, text.length === 0 ? 0 : at % text.length);
        const incremental = observable(live, live.analyzeWith(PATH, text, resolution), text);
        const scratchService = createReviewService(host, { sectioned: false });
        const scratch = observable(scratchService, scratchService.analyzeWith(PATH, text, resolution), text);
        assert.deepEqual(incremental, scratch);
      }
    }), { numRuns: runs(150) });
  });

  it('moves the sections after a paste instead of judging them again, except where a verdict names a line', () => {
    const caches = createCaches();
    const live = createReviewService(host, { caches });
    const assembled = () => [...caches.assembled.values()].reduce((total, held) => total + held.length / 2, 0);
    const before = '# Week 47\n\n## Recruiting\n\n- 2h Interviewed two staff candidates\n\n## Engineering culture\n\n- 3h Planning → plan agreed\n  - 1h Headcount model\n\n## Other\n\n- 1h Cleaned up my inbox\n';
    const first = live.analyzeWith(PATH, before, resolution);
    const sectionsAssembled = assembled();
    const after = before.replace('- 2h Interviewed', '- 30m Pasted one\n- 30m Pasted two\n- 2h Interviewed');
    const second = live.analyzeWith(PATH, after, resolution);
    // Of the four sections, "## Recruiting" (edited) and "## Engineering culture" (moved, but its child's
    // inherited outcome names a line) are assembled again; "## Other" is moved as it was.
    assert.equal(assembled() - sectionsAssembled, 2);
    const scratch = createReviewService(host, { sectioned: false }).analyzeWith(PATH, after, resolution);
    assert.deepEqual(observable(live, second, after), observable(live, scratch, after));
    const inbox = (analysis: ReviewAnalysis) => analysis.document.activities.find((a) => a.text === 'Cleaned up my inbox');
    assert.equal(inbox(first)?.line, 14);
    assert.equal(inbox(second)?.line, 16);
    // The child inherits its parent's outcome, and its evidence names the parent's line: judged again at its new place.
    const child = second.document.activities.find((a) => a.text === 'Headcount model');
    assert.equal(child?.outcome?.inheritedFromLine, 11);
    assert.match(JSON.stringify(child?.criteria), /from the item on line 11/);
  });
});
