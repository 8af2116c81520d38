// What an editor host (the VS Code extension) needs of the workspace engine
// beyond what the language server uses: a document's text made on request,
// indexing that yields to the host between batches and says how far it got,
// rubric changes the host sees itself (an unsaved rubric, the file a setting
// names), the workspace findings apart from a review's own, and the review
// of a week in a run.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createReviewService, INDEX_BATCH, STARTER_RUBRIC_YAML, systemClock, type IndexProgress, type WorkspaceClock } from '../../../src/core';
import { analyzed, openReview, rangeOf, runsChanged, setup } from './helpers';

const W46 = readFileSync('examples/2026-W46.md', 'utf8');
const W47 = readFileSync('examples/2026-W47.md', 'utf8');
const R46 = '/ws/reviews/2026-W46.md';
const R47 = '/ws/reviews/2026-W47.md';

describe('a document text made on request', () => {
  it('is made once per version, and not at all for a version a code action finds overtaken', async () => {
    const s = setup({ files: { [R46]: W46 } });
    let made = 0;
    const lazy = (text: string) => () => {
      made++;
      return text;
    };
    const first = analyzed(s.workspace, R46);
    s.workspace.open(R46, lazy(W46), 1);
    const state = await first;
    assert.equal(made, 1);
    assert.equal(state.text, W46);
    const line = state.analysis.diagnostics.find((d) => d.ruleId === 'duration-conflict')?.range ?? state.analysis.diagnostics[0]!.range;
    assert.ok(s.workspace.codeActions(R46, line).length > 0);
    assert.equal(made, 1, 'the analysis’s own text is compared, not made again');
    const edited = W46.replace('1h Rewrote', '2h Rewrote');
    const second = analyzed(s.workspace, R46);
    s.workspace.change(R46, lazy(edited), 2);
    assert.deepEqual(s.workspace.codeActions(R46, line), [], 'the analysis is of version 1');
    assert.equal(made, 1, 'nothing made for an overtaken analysis');
    assert.equal((await second).text, edited);
    assert.equal(made, 2);
    s.workspace.dispose();
  });
});

describe('indexing the runs', () => {
  it('reads a batch at a time, yielding to the host’s clock between batches, and says how far it got', async () => {
    const files: Record<string, string> = {};
    for (let week = 1; week <= 40; week++) files[`/ws/reviews/2025-W${String(week).padStart(2, '0')}.md`] = `## Hiring\n- 1h Screen candidate ${week}\n`;
    const log: string[] = [];
    const clock: WorkspaceClock = {
      now: () => systemClock.now(),
      setTimeout: (callback, ms) => {
        if (ms === 0) log.push('yield');
        return systemClock.setTimeout(callback, ms);
      },
      clearTimeout: (handle) => systemClock.clearTimeout(handle),
    };
    const s = setup({ files, clock });
    const progress: IndexProgress[] = [];
    s.workspace.onDidIndex((at) => {
      progress.push(at);
      log.push(`${at.done}/${at.total}`);
    });
    const done = runsChanged(s.workspace);
    await s.workspace.ready();
    await done;
    assert.equal(INDEX_BATCH, 16);
    assert.deepEqual(progress, [{ done: 0, total: 40 }, { done: 16, total: 40 }, { done: 32, total: 40 }, { done: 40, total: 40 }]);
    // Between two reports the host got a turn: a zero timer, once per batch boundary.
    const between = log.slice(log.indexOf('0/40'), log.indexOf('40/40') + 1);
    assert.deepEqual(between, ['0/40', 'yield', '16/40', 'yield', '32/40', '40/40']);
    assert.equal(s.workspace.runs()[0]?.index.size(), 40);
    s.workspace.dispose();
  });
});

describe('rubric changes a host sees itself', () => {
  it('re-reads rubrics and checks open reviews again on rubricsChanged, without a watch event', async () => {
    const s = setup({ files: { [R47]: W47, '/ws/.weekly-review.yaml': 'extends: [\n' } });
    await openReview(s, R47);
    assert.deepEqual(s.workspace.diagnostics(R47).filter((d) => d.ruleId === 'rubric-error').map(rangeOf), [[1, 1, 1, 4]]);
    s.host.files.set('/ws/.weekly-review.yaml', 'extends: cto\n');
    const again = analyzed(s.workspace, R47);
    s.workspace.rubricsChanged(false);
    await again;
    assert.deepEqual(s.workspace.diagnostics(R47).filter((d) => d.ruleId === 'rubric-error'), []);
    s.workspace.dispose();
  });

  it('names the rubric in effect: the open review’s, else a review’s at the folder root; the starter rubric it offers is valid', async () => {
    const s = setup({ files: { [R47]: W47, '/ws/team/.weekly-review.yaml': 'extends: cto\n', '/ws/team/2026-W47.md': W47 } });
    await openReview(s, '/ws/team/2026-W47.md');
    assert.equal(await s.workspace.rubricInEffect('/ws/team/2026-W47.md', '/ws'), '/ws/team/.weekly-review.yaml');
    assert.equal(await s.workspace.rubricInEffect(undefined, '/ws'), 'built-in');
    assert.equal(await s.workspace.rubricInEffect('/ws/notes.md', undefined), undefined);
    s.host.settingsValue = { ...s.host.settingsValue, rubric: 'team/.weekly-review.yaml' };
    assert.equal(await s.workspace.rubricInEffect(undefined, '/ws'), '/ws/team/.weekly-review.yaml');
    assert.match(STARTER_RUBRIC_YAML, /^extends: cto$/m);
    assert.deepEqual(await createReviewService({ readFile: async () => undefined }).checkRubricFile('/ws/.weekly-review.yaml', STARTER_RUBRIC_YAML), []);
    s.workspace.dispose();
  });

  it('knows a rubric file by its name, or as the file the rubric setting names', () => {
    const s = setup({ settings: { rubric: 'team/rubric.yaml' } });
    assert.equal(s.workspace.isRubricFile('/ws/sub/.weekly-review.yml'), true);
    assert.equal(s.workspace.isRubricFile('/ws/team/rubric.yaml'), true);
    assert.equal(s.workspace.isRubricFile('/ws/team/other.yaml'), false);
    assert.equal(s.workspace.isRubricFile('/ws/people.yaml'), false);
    s.workspace.dispose();
  });
});

describe('settings changed', () => {
  it('re-read the runs only when a setting that makes or judges reviews changed', async () => {
    const s = setup({ files: { [R46]: W46, [R47]: W47 } });
    await openReview(s, R47);
    const reads = () => s.host.reads.filter((path) => path === R46).length;
    assert.equal(reads(), 1);
    const rechecked = analyzed(s.workspace, R47);
    s.workspace.settingsChanged((key) => key === 'codeLens.enabled');
    await rechecked;
    const severity = runsChanged(s.workspace);
    s.workspace.settingsChanged((key) => key === 'severity');
    await severity;
    assert.equal(reads(), 1, 'neither an editor setting nor a severity reads a review again');
    const files = runsChanged(s.workspace);
    s.workspace.settingsChanged((key) => key === 'files');
    await files;
    assert.equal(reads(), 2);
    const any = runsChanged(s.workspace);
    s.workspace.settingsChanged();
    await any;
    assert.equal(reads(), 3);
    s.workspace.dispose();
  });
});

describe('workspace findings apart, and the review of a week', () => {
  it('gives a file’s workspace findings alone, and its review of a week from the run', async () => {
    const s = setup({ files: { [R46]: W46, [R47]: W47, '/ws/copy-2026-W47.md': W47 } });
    await openReview(s, R47);
    const shared = s.workspace.workspaceDiagnostics(R47);
    assert.deepEqual(shared.map((d) => [d.ruleId, rangeOf(d)]), [['duplicate-week', [2, 1, 2, 15]]]);
    assert.deepEqual(s.workspace.diagnostics(R47).slice(-1), shared);
    assert.deepEqual(s.workspace.workspaceDiagnostics(R46), []);
    assert.equal(s.workspace.reviewOfWeek(R47, '2026-W46'), R46);
    assert.equal(s.workspace.reviewOfWeek(R47, '2026-W40'), undefined);
    assert.equal(s.workspace.reviewOfWeek('/ws/elsewhere.md', '2026-W46'), undefined);
    s.workspace.dispose();
  });
});
