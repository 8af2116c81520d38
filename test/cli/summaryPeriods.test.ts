// Issue 22: `summary --by month|quarter` rolls weeks up (a week belongs to the
// month of its Thursday), in text, JSON and markdown; `summary` of several
// files prints the combined allocation first, and never mixes rubrics in one
// trend.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { periodOfWeek } from '../../src/core';
import { cli, workspace } from './harness';

const review = (week: string, recruiting: number, ops: number, rubric = '') => `---\nweek: ${week}\n${rubric}---\n\n## Recruiting\n- ${recruiting}h Hiring committee → 2 offers approved\n\n## Engineering operations\n- ${ops}h Incident review → 4 action items with owners\n`;

// W48's Thursday is Nov 26 (November); W49 starts Monday Nov 30 but its Thursday is Dec 3 (December).
const FILES = { '2026-W44.md': review('2026-W44', 1, 1), '2026-W48.md': review('2026-W48', 2, 2), '2026-W49.md': review('2026-W49', 3, 1) };

describe('periodOfWeek', () => {
  it('puts a week in the month and quarter of its Thursday', () => {
    const weeks = ['2026-W39', '2026-W40', '2026-W48', '2026-W49', '2026-W53', '2020-W01'];
    assert.deepEqual(weeks.map((w) => [periodOfWeek(w, 'month'), periodOfWeek(w, 'quarter')]), [['2026-09', '2026-Q3'], ['2026-10', '2026-Q4'], ['2026-11', '2026-Q4'], ['2026-12', '2026-Q4'], ['2026-12', '2026-Q4'], ['2020-01', '2020-Q1']]);
    assert.equal(periodOfWeek(null, 'month'), null);
  });
});

describe('summary --by', () => {
  it('json: one aggregate per month, minutes summed and shares recomputed', async () => {
    const run = await cli(['summary', '--by', 'month', '--format', 'json', '.'], workspace(FILES));
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { by: string; errors: number; periods: { period: string; weeks: string[]; week: string; totalMinutes: number; categories: { id: string; minutes: number; share: number }[] }[] };
    assert.equal(out.by, 'month');
    assert.equal(out.errors, 0);
    assert.deepEqual(out.periods.map((p) => [p.period, p.weeks, p.week, p.totalMinutes]), [
      ['2026-10', ['2026-W44'], '2026-W44', 120],
      ['2026-11', ['2026-W48'], '2026-W48', 240],
      ['2026-12', ['2026-W49'], '2026-W49', 240],
    ]);
    const quarter = JSON.parse((await cli(['summary', '--by', 'quarter', '--format', 'json', '.'], workspace(FILES))).stdout) as typeof out;
    assert.deepEqual(quarter.periods.map((p) => [p.period, p.weeks, p.week, p.totalMinutes]), [['2026-Q4', ['2026-W44', '2026-W48', '2026-W49'], '2026-W44..2026-W49', 600]]);
    assert.deepEqual(quarter.periods[0]!.categories.filter((c) => c.minutes > 0).map((c) => [c.id, c.minutes, c.share]), [['recruiting', 360, 0.6], ['operations', 240, 0.4]]);
  });

  it('text and markdown: a block per period, labelled with its weeks', async () => {
    const dir = workspace(FILES);
    const text = await cli(['summary', '--by', 'quarter', '.'], dir);
    assert.equal(text.stdout.split('\n')[0], '2026-Q4 (2026-W44, 2026-W48, 2026-W49) · 10h logged of 120h expected · 3 files combined · rubric cto');
    assert.doesNotMatch(text.stdout, /^ {2}L\d/m, 'no per-file line numbers in a combined block');
    const markdown = await cli(['summary', '--by', 'month', '--format', 'markdown', '.'], dir);
    assert.deepEqual(markdown.stdout.split('\n').filter((line) => line.startsWith('### ') || line.startsWith('**2026')).map((line) => line.split(' · ')[0]), ['### 2026-10', '**2026-10 (2026-W44)**', '### 2026-11', '**2026-11 (2026-W48)**', '### 2026-12', '**2026-12 (2026-W49)**']);
  });

  it('says what is wrong with --by', async () => {
    const dir = workspace(FILES);
    assert.equal((await cli(['summary', '--by', 'week', '.'], dir)).stderr, 'weekly-review: --by week is not a period; use month or quarter. Run "weekly-review --help" for usage.');
    assert.equal((await cli(['check', '--by', 'month', '.'], dir)).stderr, 'weekly-review: --by only applies to "summary". Run "weekly-review --help" for usage.');
    assert.equal((await cli(['summary', '--by', 'month', '--format', 'csv', '.'], dir)).code, 2);
  });
});

describe('summary of a folder', () => {
  it('prints the combined allocation first, then each file, then the trends', async () => {
    const run = await cli(['summary', '.'], workspace(FILES));
    const headers = run.stdout.split('\n').filter((line) => /^\S.* · .* logged/.test(line) || line.startsWith('Trends'));
    assert.deepEqual(headers, [
      '2026-W44..2026-W49 · 10h logged of 120h expected · 3 files combined · rubric cto',
      '2026-W44 · 2h logged of 40h expected · 2026-W44.md · rubric cto',
      '2026-W48 · 4h logged of 40h expected · 2026-W48.md · rubric cto',
      '2026-W49 · 4h logged of 40h expected · 2026-W49.md · rubric cto',
      'Trends over 3 weeks (2026-W44, 2026-W48, 2026-W49)',
    ]);
  });

  it('groups the trends by rubric: weeks judged by different rubrics are never compared', async () => {
    const team = 'extends: cto\nname: team\n';
    const files = { ...FILES, 'team/.weekly-review.yaml': team, 'team/2026-W50.md': review('2026-W50', 1, 3), 'team/2026-W51.md': review('2026-W51', 2, 2) };
    const run = await cli(['summary', '.'], workspace(files));
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout.split('\n').filter((line) => line.startsWith('Trends')), [
      'Trends over 3 weeks judged by rubric cto (2026-W44, 2026-W48, 2026-W49)',
      `Trends over 2 weeks judged by rubric ${JSON.parse((await cli(['summary', '--format', 'json', 'team/2026-W50.md'], workspace(files))).stdout).rubric} (2026-W50, 2026-W51)`,
    ]);
  });
});
