// The review index: analysed once, cached by content, ordered by ISO week,
// duplicate weeks reported on both files, newest text wins a race.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReviewIndex, type HistoryService, type ReviewService } from '../../../src/core';
import { HISTORY_RUBRIC, memoryService, review } from './helpers';

function setup(extra: Record<string, string> = {}) {
  const files = new Map<string, string>([['/r/.weekly-review.yaml', HISTORY_RUBRIC], ...Object.entries(extra)]);
  const service = memoryService(files);
  return { files, service, index: createReviewIndex(service) };
}

describe('createReviewIndex: caching and order', () => {
  it('takes the host analysis of the same text instead of analysing it again', async () => {
    const { index, service } = setup();
    const text = review('2026-W03', { Recruiting: 90 });
    const analysis = await service.analyze('/r/2026-W03.md', text);
    const entry = await index.upsert('/r/2026-W03.md', text, analysis);
    assert.equal(index.analysisCount(), 0);
    assert.equal(entry.analysis, analysis);
    assert.equal(entry.summary?.totalMinutes, 90);
    assert.equal(entry.week, '2026-W03');
  });

  it('keeps the summary the host gives with its analysis', async () => {
    const { index, service } = setup();
    const text = review('2026-W03', { Recruiting: 90 });
    const analysis = await service.analyze('/r/2026-W03.md', text);
    const summary = service.summarize(analysis);
    const entry = await index.upsert('/r/2026-W03.md', text, analysis, summary);
    assert.equal(entry.summary, summary);
    assert.equal(index.analysisCount(), 0);
  });

  it('analyses each file once and re-analyses only a changed one', async () => {
    const { index } = setup();
    await index.setFiles([
      { path: '/r/2026-W01.md', text: review('2026-W01', { Recruiting: 60 }) },
      { path: '/r/2026-W02.md', text: review('2026-W02', { Recruiting: 30 }) },
    ]);
    assert.equal(index.analysisCount(), 2);
    const untouched = index.get('/r/2026-W01.md');
    await index.upsert('/r/2026-W02.md', review('2026-W02', { Recruiting: 30 }));
    assert.equal(index.analysisCount(), 2);
    await index.upsert('/r/2026-W02.md', review('2026-W02', { Recruiting: 45 }));
    assert.equal(index.analysisCount(), 3);
    assert.equal(index.get('/r/2026-W01.md'), untouched);
    assert.equal(index.get('/r/2026-W02.md')?.summary?.totalMinutes, 45);
  });

  it('orders reviews by ISO week across years, whatever the file names', async () => {
    const { index } = setup();
    await index.setFiles([
      { path: '/r/a.md', text: review('2027-W01', { Recruiting: 10 }) },
      { path: '/r/b.md', text: review('2026-W53', { Recruiting: 10 }) },
      { path: '/r/c.md', text: review('2026-12-01', { Recruiting: 10 }) },
      { path: '/r/notes.md', text: '# Just notes\n- 1h something\n' },
    ]);
    assert.deepEqual(index.reviews().map((r) => [r.week, r.path]), [['2026-W49', '/r/c.md'], ['2026-W53', '/r/b.md'], ['2027-W01', '/r/a.md']]);
    assert.deepEqual(index.undated().map((r) => r.path), ['/r/notes.md']);
    assert.equal(index.latest()?.path, '/r/a.md');
    assert.equal(index.size(), 4);
  });

});

describe('createReviewIndex: duplicate weeks', () => {
  it('reports two files claiming one week on both, at the week line, until one goes', async () => {
    const { index } = setup();
    await index.setFiles([
      { path: '/r/2026-W05.md', text: review('2026-W05', { Recruiting: 10 }) },
      { path: '/r/copy.md', text: review('2026-W05', { Recruiting: 20 }) },
      { path: '/r/2026-W06.md', text: '# W6\n## Recruiting\n- 1h x\n' },
    ]);
    const findings = index.duplicateWeekFindings();
    assert.deepEqual(findings.map((f) => [f.path, f.ruleId, f.severity, f.range.start.line, f.range.start.column, f.range.end.column]), [
      ['/r/2026-W05.md', 'duplicate-week', 'warning', 2, 1, 15],
      ['/r/copy.md', 'duplicate-week', 'warning', 2, 1, 15],
    ]);
    assert.match(findings[0]?.message ?? '', /Week 2026-W05 is also claimed by \/r\/copy\.md/);
    assert.match(findings[1]?.message ?? '', /also claimed by \/r\/2026-W05\.md/);
    assert.deepEqual(index.weekly().map((r) => r.path), ['/r/2026-W05.md', '/r/2026-W06.md']);
    assert.equal(index.reviews().length, 3);
    assert.equal(index.remove('/r/copy.md'), true);
    assert.deepEqual(index.duplicateWeekFindings(), []);
  });

  it('puts a duplicate found only by file name on line 1', async () => {
    const { index } = setup();
    await index.setFiles([
      { path: '/r/2026-W07.md', text: '# Seven\n' },
      { path: '/r/old/2026-W07.md', text: '# Also seven\n' },
    ]);
    assert.deepEqual(index.duplicateWeekFindings().map((f) => [f.path, f.range]), [
      ['/r/2026-W07.md', { start: { line: 1, column: 1 }, end: { line: 1, column: 8 } }],
      ['/r/old/2026-W07.md', { start: { line: 1, column: 1 }, end: { line: 1, column: 13 } }],
    ]);
  });

});

describe('createReviewIndex: updates', () => {
  it('setFiles drops files no longer listed and keeps the others cached', async () => {
    const { index } = setup();
    await index.setFiles([{ path: '/r/2026-W01.md', text: '# 1\n' }, { path: '/r/2026-W02.md', text: '# 2\n' }]);
    await index.setFiles([{ path: '/r/2026-W02.md', text: '# 2\n' }]);
    assert.deepEqual(index.reviews().map((r) => r.path), ['/r/2026-W02.md']);
    assert.equal(index.analysisCount(), 2);
  });

  it('refresh re-analyses every file (after a rubric change)', async () => {
    const { index, files, service } = setup();
    await index.upsert('/r/2026-W01.md', review('2026-W01', { Recruiting: 60 }));
    assert.equal(index.get('/r/2026-W01.md')?.summary?.rubric, 'small');
    files.set('/r/.weekly-review.yaml', HISTORY_RUBRIC.replace('name: small', 'name: renamed'));
    service.forgetRubrics();
    await index.refresh();
    assert.equal(index.get('/r/2026-W01.md')?.summary?.rubric, 'renamed');
    assert.equal(index.analysisCount(), 2);
  });

  it('keeps the newest text when an older analysis finishes last', async () => {
    const { service } = setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: HistoryService = {
      analyze: async (path, text, options) => {
        if (text.includes('slow')) await gate;
        return service.analyze(path, text, options);
      },
      summarize: (analysis) => service.summarize(analysis),
    };
    const index = createReviewIndex(slow);
    const first = index.upsert('/r/2026-W01.md', '# slow\n## Recruiting\n- 1h a\n');
    const second = await index.upsert('/r/2026-W01.md', '# fast\n## Recruiting\n- 2h b\n');
    release();
    await first;
    assert.equal(second.summary?.totalMinutes, 120);
    assert.equal(index.get('/r/2026-W01.md')?.summary?.totalMinutes, 120);
  });

  it('passes per-path analyze options (the host rubric setting)', async () => {
    const files = new Map([['/rubrics/team.yaml', HISTORY_RUBRIC.replace('name: small', 'name: team')]]);
    const service: ReviewService = memoryService(files);
    const index = createReviewIndex(service, { analyzeOptions: (path) => (path.startsWith('/team/') ? { rubricPath: '/rubrics/team.yaml' } : undefined) });
    await index.setFiles([{ path: '/team/2026-W01.md', text: '# a\n' }, { path: '/solo/2026-W02.md', text: '# b\n' }]);
    assert.deepEqual(index.reviews().map((r) => r.summary?.rubric), ['team', 'cto']);
  });
});
