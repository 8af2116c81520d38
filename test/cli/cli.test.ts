// The CLI's contract (docs/CLI.md): JSON shapes, exit codes, and error messages
// that name the file and say what to do. Runs the real entry point in-process
// on files written to a temporary folder, plus one spawn of the real binary.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli as runIn, workspace } from './harness';

const repoRoot = path.resolve(__dirname, '../..');
// The public example and its hand labels, copied into the repository so it stands alone.
const exampleDir = path.join(repoRoot, 'test', 'fixtures', 'example-w45');
const cli = (args: string[], cwd = repoRoot) => runIn(args, cwd);


const labels = JSON.parse(readFileSync(path.join(exampleDir, 'labels.json'), 'utf8')) as { labels: Record<string, 'low' | 'worthy'>; minutes: Record<string, number> };

describe('weekly-review summary --format json', () => {
  it('gives the hand-labelled minutes per category for the public example', async () => {
    const { code, stdout } = await cli(['summary', '--format', 'json', path.join(exampleDir, '2026-W45.md')]);
    assert.equal(code, 0);
    const summary = JSON.parse(stdout);
    assert.equal(summary.totalMinutes, 1860);
    assert.equal(summary.week, '2026-W45');
    assert.equal(summary.rubric, 'cto');
    const minutes: Record<string, number> = Object.fromEntries(summary.categories.map((c: { id: string; minutes: number }) => [c.id, c.minutes]));
    minutes.uncategorized = summary.uncategorizedMinutes;
    assert.deepEqual(minutes, labels.minutes);
  });

  it('keeps every field of the summary JSON shape with exact values', async () => {
    const { stdout } = await cli(['summary', '--format', 'json', path.join(exampleDir, '2026-W45.md')]);
    const summary = JSON.parse(stdout);
    for (const key of ['week', 'file', 'rubric', 'totalMinutes', 'uncategorizedMinutes', 'inferredMinutes', 'lowValueMinutes', 'categories', 'groups', 'priorities', 'lowValue']) assert.ok(key in summary, key);
    const recruiting = summary.categories.find((c: { id: string }) => c.id === 'recruiting');
    assert.deepEqual(recruiting, { id: 'recruiting', name: 'Recruiting', group: 'external', priority: 'people', minutes: 240, inferredMinutes: 0, share: 0.129, target: 0.1, diffPp: 2.9, status: 'on' });
    // Every activity with its category and why, in the week's entry.
    const week = summary.weeks[0];
    assert.equal(week.activities.length, week.activityCount);
    assert.deepEqual(week.activities.find((a: { line: number }) => a.line === 16), { line: 16, text: 'Debugged a flaky integration test on my branch', minutes: 90, category: 'operations', categorySource: 'heading', categoryEvidence: 'from heading “Engineering operations”', lowValue: true, borderline: false });
    const internal = summary.groups.find((g: { id: string }) => g.id === 'internal');
    assert.deepEqual(internal, { id: 'internal', name: 'Internal', minutes: 1140, share: 0.6129, target: 0.7, diffPp: -8.7, status: 'under' });
    assert.deepEqual(summary.priorities.map((p: { id: string; minutes: number }) => [p.id, p.minutes]), [['people', 630], ['technology', 585], ['business', 465]]);
    const debugging = summary.lowValue.find((item: { line: number }) => item.line === 16);
    assert.equal(debugging.text, 'Debugged a flaky integration test on my branch');
    assert.equal(debugging.minutes, 90);
    assert.ok(debugging.failed.includes('not-mired-in-details'));
    assert.ok(debugging.failed.includes('clear-outcome'));
  });

  it('prints weeks in order with trends for several files', async () => {
    const { code, stdout } = await cli(['summary', '--format', 'json', 'examples/2026-W47.md', 'examples/2026-W46.md']);
    assert.equal(code, 0);
    const multi = JSON.parse(stdout);
    assert.deepEqual(multi.weeks.map((w: { week: string }) => w.week), ['2026-W46', '2026-W47']);
    const culture = multi.trends.find((t: { id: string }) => t.id === 'culture');
    assert.deepEqual(culture.weeks, ['2026-W46', '2026-W47']);
    assert.equal(culture.shares.length, 2);
  });
});

describe('weekly-review check', () => {
  it('flags every line labelled low and none labelled worthy', async () => {
    const { code, stdout } = await cli(['check', '--format', 'json', path.join(exampleDir, '2026-W45.md')]);
    assert.equal(code, 0, 'warnings alone exit 0 without --frail');
    const diagnostics = JSON.parse(stdout) as { line: number; ruleId: string }[];
    const flagged = new Set(diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.line));
    for (const [line, label] of Object.entries(labels.labels)) {
      assert.equal(flagged.has(Number(line)), label === 'low', `line ${line} is labelled ${label}`);
    }
  });

  it('prints the check JSON diagnostic shape with 1-based exact ranges', async () => {
    const { stdout } = await cli(['check', '--format', 'json', path.join(exampleDir, '2026-W45.md')]);
    const diagnostics = JSON.parse(stdout);
    const inbox = diagnostics.find((d: { line: number; ruleId: string }) => d.line === 42 && d.ruleId === 'low-value-item');
    assert.deepEqual(Object.keys(inbox), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message']);
    // "- 2h Cleaned up my inbox": the item's text starts at column 3 and runs to the end of the line.
    assert.deepEqual([inbox.line, inbox.column, inbox.endLine, inbox.endColumn, inbox.severity], [42, 3, 42, 25, 'warning']);
    assert.equal(inbox.file, path.relative(repoRoot, path.join(exampleDir, '2026-W45.md')));
  });

  it('exits 1 on warnings with --frail', async () => {
    const { code } = await cli(['check', '--frail', path.join(exampleDir, '2026-W45.md')]);
    assert.equal(code, 1);
  });

  it('exits 0 on a clean review and 1 on errors', async () => {
    const dir = workspace({
      '2026-W10.md': '# Week\n\n## Recruiting\n- 2h Hiring plan review with all hiring managers → plan for 12 hires agreed by Mar 20\n',
      '2026-W11.md': '---\nweek: [oops\n---\n\n## Recruiting\n- 2h Hiring plan review → 12 hires agreed\n',
    });
    assert.equal((await cli(['check', '--frail', '2026-W10.md'], dir)).code, 0);
    const broken = await cli(['check', '--format', 'json', '2026-W11.md'], dir);
    assert.equal(broken.code, 1);
    const [error] = JSON.parse(broken.stdout);
    assert.equal(error.ruleId, 'front-matter-error');
    assert.equal(error.severity, 'error');
    assert.equal(error.line, 2);
  });

  it('finds reviews in folders and skips other markdown', async () => {
    const dir = workspace({
      'reviews/2026-W10.md': '## Recruiting\n- 1h Calibrated the interview rubric with all hiring managers → used by every team from Mar 9\n',
      'reviews/notes.md': '## Recruiting\n- 1h Fixed a typo\n',
      'reviews/dated.md': '---\nweek: 2026-03-04\n---\n## Ops\n- 1h Tweaked a config\n',
    });
    const { code, stdout } = await cli(['check', '--format', 'json', 'reviews'], dir);
    assert.equal(code, 0);
    const files = new Set(JSON.parse(stdout).map((d: { file: string }) => d.file));
    assert.deepEqual([...files], ['reviews/dated.md']);
  });

  it('reports a broken rubric at its own file and line, and exits 2', async () => {
    const dir = workspace({
      '.weekly-review.yaml': 'extends: cto\ncategories:\n  recruiting:\n    target: 40%\n',
      '2026-W10.md': '## Recruiting\n- 1h Interviews → 1 offer\n',
    });
    const { code, stdout } = await cli(['check', '--format', 'json', '2026-W10.md'], dir);
    assert.equal(code, 2);
    const diagnostics = JSON.parse(stdout);
    const inRubric = diagnostics.find((d: { file: string }) => d.file === '.weekly-review.yaml');
    assert.equal(inRubric.ruleId, 'rubric-error');
    assert.match(inRubric.message, /add up to 130%/);
    const inReview = diagnostics.find((d: { file: string }) => d.file === '2026-W10.md');
    assert.equal(inReview.ruleId, 'rubric-error');
    assert.match(inReview.message, /\.weekly-review\.yaml/);
  });
});

describe('usage errors', () => {
  it('names a missing file and exits 2 without a stack trace', async () => {
    const { code, stderr } = await cli(['check', 'reviews/2026-W99.md']);
    assert.equal(code, 2);
    assert.match(stderr, /cannot read reviews\/2026-W99\.md: no such file or directory\. Check the path\./);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });

  it('rejects unknown commands, options and formats with exit 2', async () => {
    assert.equal((await cli(['lint', 'x.md'])).code, 2);
    assert.equal((await cli(['check', '--bogus', 'x.md'])).code, 2);
    assert.equal((await cli(['check', '--format', 'markdown', 'x.md'])).code, 2);
    assert.equal((await cli(['summary'])).code, 2);
    assert.equal((await cli(['summary', '--rubric', 'missing.yaml', 'examples/2026-W46.md'])).code, 2);
  });

  it('prints help and version with exit 0', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /weekly-review check/);
    assert.match(help.stdout, /low-value-item/);
    assert.equal((await cli(['--version'])).code, 0);
  });
});

describe('the real binary', () => {
  it('exits with the documented code from a child process', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/main.ts'), 'check', '--frail', '--format', 'json', path.join(exampleDir, '2026-W45.md')], { encoding: 'utf8', cwd: repoRoot });
    assert.equal(result.status, 1, result.stderr);
    assert.ok(JSON.parse(result.stdout).length > 10);
  });
});
