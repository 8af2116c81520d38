// Issue 8: what the parser must never hide or misread (unclosed fences,
// byte-order marks, front matter forms, reference headings, skipped lines),
// and the inputs that used to take minutes.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinRubric, createReviewService } from '../../../src/core';
import { fileNameWeekProblem } from '../../../src/core/parse/isoWeek';
import { parseSectionSyntax } from '../../../src/core/parse/sectionSyntax';
import { MAX_DOCUMENT_CHARS, MAX_DOCUMENT_ITEMS, splitLines, splitSections } from '../../../src/core/parse/sections';
import { analyze, at, byRule, counted, fixture } from '../helpers';

const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };
const whole = () => createReviewService({ readFile: async () => undefined }, { sectioned: false });

function timedAnalysis(text: string, limitMs: number) {
  const { service } = fixture();
  const started = performance.now();
  const analysis = service.analyzeWith('/r/2026-W47.md', text, resolution);
  service.summarize(analysis);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < limitMs, `took ${Math.round(elapsed)} ms (limit ${limitMs} ms)`);
  return analysis;
}

describe('an unclosed code fence', () => {
  const review = '# Recruiting\n- 2h Interviews\n```sh\nkubectl get pods\n- 3h Hiring committee\n# Engineering culture\n- 4h Career ladder\n';

  it('is reported at the fence with the items and time it hides', async () => {
    const analysis = await analyze(review);
    assert.equal(analysis.document.totalMinutes, 120);
    assert.deepEqual(byRule(analysis, 'parse-error'), []);
    const [problem, ...rest] = byRule(analysis, 'unclosed-fence');
    assert.deepEqual(rest, []);
    assert.equal(problem?.severity, 'warning');
    assert.equal(problem?.range.start.line, 3);
    assert.match(problem?.message ?? '', /never closed.*2 items with 7h are not counted/);
  });

  it('reads the same section by section and as a whole', () => {
    const { service } = fixture();
    const reference = whole().analyzeWith('/r/2026-W47.md', review, resolution);
    const sectioned = service.analyzeWith('/r/2026-W47.md', review, resolution);
    assert.deepEqual(sectioned.diagnostics.map((d) => [d.ruleId, d.message, d.range]), reference.diagnostics.map((d) => [d.ruleId, d.message, d.range]));
  });

  it('a closed fence, or an unclosed one hiding no activity, says nothing', async () => {
    for (const rule of ['parse-error', 'unclosed-fence']) assert.deepEqual(byRule(await analyze('# Ops\n```\n- 2h in code\n```\n- 1h x\n'), rule), []);
    for (const rule of ['parse-error', 'unclosed-fence']) assert.deepEqual(byRule(await analyze('# Ops\n- 1h x\n```\necho hi\n'), rule), []);
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('does not drop the first line', async () => {
    const analysis = await analyze('\ufeff- 2h Interviewed two candidates\n- 1h Planning\n');
    assert.deepEqual(counted(analysis), [[1, 120], [2, 60]]);
    assert.equal(analysis.document.activities[0]?.leading?.column, 4);
  });

  it('does not hide the front matter', async () => {
    const analysis = await analyze('\ufeff---\nweek: 2026-W40\n---\n# Recruiting\n- 1h x\n');
    assert.equal(analysis.document.weekFromFrontMatter?.week, 40);
    assert.equal(byRule(analysis, 'week-mismatch').length, 1);
  });
});

describe('front matter forms', () => {
  for (const [name, yaml, pattern] of [['a list', '- a\n- b', /it is a list/], ['a string', 'just text', /it is the text "just text"/], ['week: [1,2]', 'week: [1, 2]', /"week" should be an ISO week.*found a list/]] as const) {
    it(`${name} is a front-matter-error`, async () => {
      const analysis = await analyze(`---\n${yaml}\n---\n# Recruiting\n- 1h x\n`);
      const [error] = byRule(analysis, 'front-matter-error');
      assert.match(error?.message ?? '', pattern);
      assert.equal(analysis.document.totalMinutes, 60);
    });
  }

  it('closed by "..." it is read up to there, with an error at the "..."', async () => {
    const analysis = await analyze('---\nweek: 2026-W47\n...\n# Recruiting\n- 1h x\n---\n- 2h y\n');
    assert.deepEqual(byRule(analysis, 'front-matter-error').map(at), [[3, 1, 3, 4]]);
    assert.equal(analysis.document.weekFromFrontMatter?.week, 47);
    assert.equal(analysis.document.totalMinutes, 180);
  });

  it('file names that name no real week say so', () => {
    assert.match(fileNameWeekProblem('/r/2026-W54.md') ?? '', /2026 has weeks 1 to 53/);
    assert.match(fileNameWeekProblem('/r/2027-W53.md') ?? '', /2027 has weeks 1 to 52/);
    assert.match(fileNameWeekProblem('/r/2026-W00.md') ?? '', /not a week/);
    assert.equal(fileNameWeekProblem('/r/2026-W53.md'), undefined);
    assert.equal(fileNameWeekProblem('/r/notes.md'), undefined);
  });
});

describe('headings that are link references', () => {
  it('read the same whether the definition is in their section or another', () => {
    const { service } = fixture();
    for (const text of [
      '[sales &amp; customers]: https://example.com\n\n# Intro\n\n# [Sales &amp; customers]\n- 1h Customer call\n',
      '# [Sales &amp; customers]\n- 1h Customer call\n# Other\n[sales &amp; customers]: https://example.com\n',
      '# [Hiring][ref]\n- 1h Screen\n# Other\n[ref]: https://example.com\n',
    ]) {
      const reference = whole().analyzeWith('/r/2026-W47.md', text, resolution);
      const sectioned = service.analyzeWith('/r/2026-W47.md', text, resolution);
      assert.deepEqual(sectioned.document.activities.map((a) => a.categoryId), reference.document.activities.map((a) => a.categoryId), text);
      assert.deepEqual(sectioned.document.headings.map((h) => h.text), reference.document.headings.map((h) => h.text), text);
      if (text.includes('Sales')) assert.ok(sectioned.document.activities.every((a) => a.categoryId === 'sales'), text);
    }
  });
});

describe('skipped lines', () => {
  it('a parse problem names no section-relative line and spans its lines', () => {
    const syntax = parseSectionSyntax(`# Ops\n- 1h ok\n- 1h ${'x'.repeat(20_001)}\n- 1h ${'y'.repeat(20_001)}\n`);
    assert.deepEqual(syntax.problems.map((p) => [p.line, p.endLine, p.kind]), [[3, 4, 'long-line']]);
    assert.doesNotMatch(syntax.problems[0]?.message ?? '', /line \d/);
  });

  it('is reported at its line in the file, not in its section', async () => {
    const analysis = await analyze(`# Intro\ntext\n\n# Ops\n- 1h ok\n- 1h ${'x'.repeat(20_001)}\n`);
    const [error] = byRule(analysis, 'parse-error');
    assert.equal(error?.range.start.line, 6);
    assert.doesNotMatch(error?.message ?? '', /line 3/);
  });

  it('long lines that cannot hold an activity (code, base64 image, rule) raise nothing', async () => {
    const long = 'A'.repeat(25_000);
    const analysis = await analyze(`# Ops\n\`\`\`\n${long}\n\`\`\`\n![img](data:image/png;base64,${long})\n${'-'.repeat(25_000)}\n- 1h x\n`);
    assert.deepEqual(byRule(analysis, 'parse-error'), []);
    assert.equal(analysis.document.totalMinutes, 60);
  });
});

describe('inputs that used to take minutes', () => {
  const lines = (line: string, count: number) => `${line}\n`.repeat(count);
  for (const [name, text] of [
    ['- 1h *a*a*a… lines', lines(`- 1h ${'*a'.repeat(9_995)}`, 10)],
    ['- 1h [a]([a](… lines', lines(`- 1h ${'[a]('.repeat(4_997)}`, 10)],
    ['`a`a… lines', lines('`a'.repeat(9_995), 10)],
    ['[[[[… lines', lines('['.repeat(19_990), 10)],
    ['- 1h ~a~a… lines', lines(`- 1h ${'~a'.repeat(9_995)}`, 10)],
    ['- 1h <!--<!--… lines', lines(`- 1h ${'<!--'.repeat(4_997)}`, 10)],
    ['- 1h + 19,990 spaces', lines(`- 1h${' '.repeat(19_990)}`, 10)],
  ] as const) {
    it(`200 KB of ${name} takes well under 5 s`, () => {
      const analysis = timedAnalysis(text, 5_000);
      assert.ok(analysis.document.totalMinutes === 0 || analysis.document.totalMinutes === 600, String(analysis.document.totalMinutes));
    });
  }

  it('a file of 150,000 items and no heading is split into sections and read in seconds', () => {
    const text = lines('- a', 150_000);
    const table = splitLines(text);
    assert.ok(splitSections(text, table, 0).length > 5);
    const analysis = timedAnalysis(text, 20_000);
    assert.equal(byRule(analysis, 'parse-error').length, 1, 'over the item limit: one problem');
  });

  it(`over ${MAX_DOCUMENT_CHARS.toLocaleString('en-US')} characters or ${MAX_DOCUMENT_ITEMS.toLocaleString('en-US')} items: one problem, partial results`, () => {
    const text = `# Ops\n${lines('- 1h Released the billing service to all regions', 30_000)}`;
    const analysis = timedAnalysis(text, 20_000);
    const [problem, ...rest] = byRule(analysis, 'parse-error');
    assert.deepEqual(rest, []);
    assert.match(problem?.message ?? '', /larger than a review may be \(1 MB or 50,000 list items\)/);
    const read = analysis.document.activities.length;
    assert.ok(read > 10_000 && read < 30_000, String(read));
    assert.equal(problem?.range.start.line, read + 2);
  });
});
