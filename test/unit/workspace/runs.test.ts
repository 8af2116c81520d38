// The one definition of a review and of a run (core/workspace/reviews.ts), and
// the runs the workspace engine builds from a host's files: a run is the
// reviews of one workspace folder sharing the rubric in effect.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { globToRegExp, groupRuns, isRunReview, matchesReviewGlobs, parseSettings, rubricSettingPath, runKeyOf } from '../../../src/core';
import { openReview, OVERDUE_RUBRIC, rangeOf, runsChanged, setup } from './helpers';

const W46 = readFileSync('examples/2026-W46.md', 'utf8');
const W47 = readFileSync('examples/2026-W47.md', 'utf8');
const VP = readFileSync('examples/vp-engineering/2026-W47.md', 'utf8');
const VP_RUBRIC = readFileSync('examples/vp-engineering/.weekly-review.yaml', 'utf8');

describe('what a review is', () => {
  it('is week-named, or matched by the globs, or (open) says week: in front matter; never under node_modules', () => {
    const facts = { globs: [] as string[], folder: '/ws', saysReview: false, open: false };
    assert.equal(isRunReview({ ...facts, path: '/ws/r/2026-W47.md' }), true);
    assert.equal(isRunReview({ ...facts, path: '/ws/node_modules/x/2026-W47.md' }), false);
    assert.equal(isRunReview({ ...facts, path: '/ws/journal/monday.md' }), false);
    assert.equal(isRunReview({ ...facts, path: '/ws/journal/monday.md', globs: ['journal/*.md'] }), true);
    assert.equal(isRunReview({ ...facts, path: '/ws/notes.md', saysReview: true }), false);
    assert.equal(isRunReview({ ...facts, path: '/ws/notes.md', saysReview: true, open: true }), true);
  });

  it('reads globs relative to the workspace folder: ** crosses folders, * does not, {a,b} chooses', () => {
    assert.equal(matchesReviewGlobs('/ws/journal/a/b.md', ['journal/*.md'], '/ws'), false);
    assert.equal(matchesReviewGlobs('/ws/journal/a/b.md', ['journal/**/*.md'], '/ws'), true);
    assert.equal(matchesReviewGlobs('/ws/journal/b.md', ['journal/**/*.md'], '/ws'), true);
    assert.equal(matchesReviewGlobs('/ws/notes/b.markdown', ['{journal,notes}/*.{md,markdown}'], '/ws'), true);
    assert.equal(matchesReviewGlobs('/elsewhere/journal/b.md', ['journal/*.md'], undefined), true);
    assert.equal(globToRegExp('a.b?').test('a.bc'), true);
    assert.equal(globToRegExp('a.b?').test('axbc'), false);
  });

  it('keys a run by folder and rubric file, and groups in order of first appearance', () => {
    assert.equal(runKeyOf('/ws', 'built-in'), '/ws\u0000built-in');
    assert.equal(runKeyOf(undefined, '/r/.weekly-review.yaml'), '\u0000/r/.weekly-review.yaml');
    assert.deepEqual(groupRuns(['a1', 'b1', 'a2'], (s) => s.charAt(0)), [{ key: 'a', items: ['a1', 'a2'] }, { key: 'b', items: ['b1'] }]);
  });
});

describe('settings', () => {
  it('parse any shape, dropping unknown rules and values, clamping the debounce', () => {
    const settings = parseSettings({ severity: { 'low-value-item': 'off', 'no-such-rule': 'error', 'uncategorized': 'loud' }, debounceMs: 99999, files: ['a/*.md', 3, ' '], codeLens: { enabled: false }, 'memory.enabled': false });
    assert.deepEqual(settings.severities, { 'low-value-item': 'off' });
    assert.equal(settings.debounceMs, 5000);
    assert.deepEqual(settings.files, ['a/*.md']);
    assert.equal(settings.codeLensEnabled, false);
    assert.equal(settings.memoryEnabled, false);
    assert.equal(parseSettings(null).folder, 'reviews');
  });

  it('resolve the rubric setting against the workspace folder', () => {
    assert.equal(rubricSettingPath('team/rubric.yaml', '/ws'), '/ws/team/rubric.yaml');
    assert.equal(rubricSettingPath('/abs/r.yaml', '/ws'), '/abs/r.yaml');
    assert.equal(rubricSettingPath('C:\\r\\x.yaml', '/ws'), '/c:/r/x.yaml');
    assert.equal(rubricSettingPath('cto', undefined), 'cto');
    assert.equal(rubricSettingPath('rel.yaml', undefined), undefined);
  });
});

describe('the runs of a workspace', () => {
  const files = { '/ws/2026-W46.md': W46, '/ws/2026-W47.md': W47, '/ws/vp-engineering/2026-W47.md': VP, '/ws/vp-engineering/.weekly-review.yaml': VP_RUBRIC };

  it('splits reviews sharing a folder by rubric: the examples are two runs, and no week is claimed twice', async () => {
    const s = setup({ folders: ['/ws'], files });
    await openReview(s, '/ws/2026-W47.md');
    const runs = s.workspace.runs().map((run) => [run.rubricFile, run.index.reviews().map((r) => r.path)]);
    assert.deepEqual(runs.sort(), [
      ['/ws/vp-engineering/.weekly-review.yaml', ['/ws/vp-engineering/2026-W47.md']],
      ['built-in', ['/ws/2026-W46.md', '/ws/2026-W47.md']],
    ]);
    assert.deepEqual(s.workspace.pathsWithWorkspaceFindings(), []);
    s.workspace.dispose();
  });

  it('finds a duplicate week inside a run, with its message relative to the folder, and drops it when a file goes', async () => {
    const s = setup({ folders: ['/ws'], files: { ...files, '/ws/copy-2026-W47.md': W47 } });
    await openReview(s, '/ws/2026-W47.md');
    const duplicates = s.workspace.diagnostics('/ws/2026-W47.md').filter((d) => d.ruleId === 'duplicate-week');
    assert.deepEqual(duplicates.map((d) => [d.severity, d.message, rangeOf(d)]), [
      ['warning', 'Week 2026-W47 is also claimed by copy-2026-W47.md. Give each review its own week; trends use 2026-W47.md.', [2, 1, 2, 15]],
    ]);
    const changed = runsChanged(s.workspace);
    s.host.deleteFile('/ws/copy-2026-W47.md');
    await changed;
    assert.deepEqual(s.workspace.diagnostics('/ws/2026-W47.md').filter((d) => d.ruleId === 'duplicate-week'), []);
    s.workspace.dispose();
  });

  it('gives an overdue 1:1 on the latest review, with its fix as a code action', async () => {
    const s = setup({ folders: ['/r'], files: {
      '/r/.weekly-review.yaml': OVERDUE_RUBRIC,
      '/r/2026-W40.md': '## Engineering culture\n- 30m 1:1 with @ana\n',
      '/r/2026-W47.md': '# Week 47\n## Engineering culture\n- [ ] 30m 1:1 with @ana\n',
    } });
    await openReview(s, '/r/2026-W47.md');
    const overdue = s.workspace.diagnostics('/r/2026-W47.md').filter((d) => d.ruleId === 'overdue-one-on-one');
    assert.equal(overdue.length, 1);
    assert.equal(overdue[0]?.severity, 'info');
    const line = overdue[0]?.range.start.line ?? 0;
    const fix = s.workspace.codeActions('/r/2026-W47.md', { start: { line, column: 1 }, end: { line, column: 1 } }).find((a) => a.diagnostic?.ruleId === 'overdue-one-on-one');
    assert.ok(fix, 'a fix for the overdue 1:1');
    assert.match(fix.title, /@ana/);
    assert.equal(fix.edits.length, 1);
    s.workspace.dispose();
  });
});
