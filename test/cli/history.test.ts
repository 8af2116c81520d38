// `weekly-review trends` and `weekly-review people` (issue 10): a small run
// written to a temporary folder (weeks 10–14 with week 12 missing, a rubric
// with people and a people.yaml beside it). Expected numbers are counted here
// from the files written, not taken from the engine.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './harness';

/** Culture and operations hours per week; the missing week 12 is a gap. */
const WEEKS: Record<string, { culture: number; ops: number; extra?: string }> = {
  '2026-W10': { culture: 1, ops: 3, extra: '- 1h 1:1 with @ana about goals → 2 goals agreed\n' },
  '2026-W11': { culture: 2, ops: 2, extra: '- [ ] Send @ana the budget #ask\n' },
  '2026-W13': { culture: 1, ops: 1 },
  '2026-W14': { culture: 3, ops: 1, extra: '- 30m 1:1 with @bo about the RFC → RFC approved\n' },
};

function run(extraFiles: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'weekly-review-history-'));
  const files: Record<string, string> = {
    'reviews/.weekly-review.yaml': 'extends: cto\npeople:\n  - { name: Ana Silva, handle: ana, cadence: 2w }\n',
    'reviews/people.yaml': '- { name: Bo Chen, handle: bo, cadence: 4w }\n- { name: Cy Diaz, handle: cy, cadence: 26w }\n',
    ...Object.fromEntries(Object.entries(WEEKS).map(([week, w]) => [
      `reviews/${week}.md`,
      `---\nweek: ${week}\n---\n# ${week}\n\n## Engineering culture\n- ${w.culture}h Career ladder calibration → ladder v2 adopted by all 8 teams\n${w.extra ?? ''}\n## Engineering operations\n- ${w.ops}h Incident review → 4 action items with owners\n`,
    ])),
    ...extraFiles,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// Culture share per week, counted from WEEKS (the 1:1 items are culture time too).
const cultureShare = { '2026-W10': 2 / 5, '2026-W11': 2 / 4, '2026-W13': 1 / 2, '2026-W14': 3.5 / 4.5 };
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

describe('weekly-review trends', () => {
  it('--format json prints the trend data: every week, the gap as null, rolling averages skipping it', async () => {
    const { code, stdout } = await cli(['trends', '--format', 'json', 'reviews'], run());
    assert.equal(code, 0);
    const data = JSON.parse(stdout);
    assert.deepEqual(data.weeks.map((w: { week: string; gap: boolean }) => [w.week, w.gap]), [['2026-W10', false], ['2026-W11', false], ['2026-W12', true], ['2026-W13', false], ['2026-W14', false]]);
    assert.deepEqual(data.gaps, ['2026-W12']);
    assert.equal(data.weeks[0].path, 'reviews/2026-W10.md', 'paths as the user sees them');
    const culture = data.categories.find((s: { id: string }) => s.id === 'culture');
    const shares = Object.values(cultureShare);
    assert.deepEqual(culture.shares, [shares[0], shares[1], null, shares[2], shares[3]].map((v) => (v === null ? null : round4(v))));
    // W14's window is W11…W14 without the gap: three weeks.
    assert.equal(culture.rolling[4], round4((cultureShare['2026-W11'] + cultureShare['2026-W13'] + cultureShare['2026-W14']) / 3));
    assert.equal(culture.rolling[2], round4((cultureShare['2026-W10'] + cultureShare['2026-W11']) / 2), 'the gap week averages the reviews before it');
    assert.deepEqual(culture.minutes[2], null, 'a gap is null, never 0');
    assert.ok(data.categories.find((s: { id: string }) => s.id === 'recruiting').noTimeWeeks.length === 4, 'recruiting (target 10%) got no time in the 4 reviewed weeks');
  });

  it('text and markdown print the week-by-category table with the gap as —', async () => {
    const dir = run();
    const text = await cli(['trends', 'reviews'], dir);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Trends 2026-W10 … 2026-W14: 5 weeks, 4 reviews, 1 gap\./);
    assert.match(text.stdout, /\n2026-W12 +— +—/);
    const markdown = await cli(['trends', '--format', 'markdown', 'reviews'], dir);
    assert.match(markdown.stdout, /\| Week \| Marketing & evangelism \|/);
    assert.match(markdown.stdout, /\| 2026-W12 \| — \|/);
  });

  it('reports two files of one week as duplicate-week on stderr', async () => {
    const dir = run({ 'reviews/late.md': '---\nweek: 2026-W13\n---\n## Engineering culture\n- 1h Team lunch → 2 new mentors\n' });
    const { code, stderr } = await cli(['trends', 'reviews/2026-W13.md', 'reviews/late.md', 'reviews/2026-W14.md'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /reviews\/2026-W13\.md\n {2}2:1-2:15 {2}warning {2}Week 2026-W13 is also claimed by reviews\/late\.md/);
    assert.match(stderr, /reviews\/late\.md\n {2}2:1-2:15 {2}warning .*duplicate-week/);
  });

  it('rejects formats trends does not have and --frail', async () => {
    assert.equal((await cli(['trends', '--frail', 'reviews'], run())).code, 2);
    assert.equal((await cli(['people', '--format', 'markdown', 'reviews'], run())).code, 2);
  });
});

describe('weekly-review people', () => {
  it('lists overdue, never-met and open asks, and says how cadence is counted', async () => {
    const { code, stdout, stderr } = await cli(['people', 'reviews'], run());
    assert.equal(code, 0, 'without --frail an overdue person is not a failure');
    assert.match(stdout, /Cadence is counted as weeks since the last 1:1, against the person's cadence\./);
    // Ana: last 1:1 W10, latest W14: 4 weeks against 2w.
    assert.match(stdout, /Overdue for a 1:1 \(1\)\n {2}Ana Silva @ana: 4 weeks since the last 1:1 \(2026-W10\), cadence 2w; overdue by 2 weeks/);
    assert.match(stdout, /No 1:1 in the indexed range \(1\)\n {2}Cy Diaz @cy/);
    assert.match(stdout, /Open asks \(1\)\n {2}@ana {2}Send @ana the budget #ask {2}\(open 3 weeks, since 2026-W11, reviews\/2026-W11\.md:8\)/);
    assert.match(stderr, /reviews\/2026-W14\.md\n {2}4:1-4:11 {2}info {2}1:1 with Ana Silva \(@ana\) is overdue.*overdue-one-on-one/);
  });

  it('--frail exits 1 while someone is overdue, 0 once the 1:1 happened', async () => {
    assert.equal((await cli(['people', '--frail', 'reviews'], run())).code, 1);
    const met = run({ 'reviews/2026-W14.md': '---\nweek: 2026-W14\n---\n# W14\n\n## Engineering culture\n- 1h 1:1 with @ana → 2 goals agreed\n' });
    const { code, stdout } = await cli(['people', '--frail', 'reviews'], met);
    assert.equal(code, 0);
    assert.match(stdout, /Overdue for a 1:1\n {2}nobody/);
  });

  it('--format json prints the people report with paths as the user sees them', async () => {
    const { stdout } = await cli(['people', '--format', 'json', 'reviews'], run());
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.asOf, { week: '2026-W14', path: 'reviews/2026-W14.md' });
    assert.deepEqual(report.overdue, ['@ana']);
    assert.deepEqual(report.never, ['@cy']);
    assert.deepEqual(report.people.map((p: { handle: string; state: string }) => [p.handle, p.state]), [['@ana', 'overdue'], ['@bo', 'ok'], ['@cy', 'never']]);
    assert.deepEqual(report.openAsks.map((a: { text: string; ageWeeks: number; opened: { path: string } }) => [a.text, a.ageWeeks, a.opened.path]), [['Send @ana the budget #ask', 3, 'reviews/2026-W11.md']]);
  });

  it('a broken people.yaml stops with exit 2 and names the check to run', async () => {
    const { code, stderr } = await cli(['people', 'reviews'], run({ 'reviews/people.yaml': '- name: Bo\n  handle: @bo\n' }));
    assert.equal(code, 2);
    assert.match(stderr, /rubric is broken/);
  });
});

describe('runs on the command line: the reviews that share the rubric in effect', () => {
  it('splits examples/ into two runs (built-in and vp-engineering): no duplicate week across them, one block each', async () => {
    const root = process.cwd();
    const people = await cli(['people', 'examples'], root);
    assert.equal(people.code, 0);
    assert.equal(people.stderr, '');
    assert.deepEqual([...people.stdout.matchAll(/^Run judged by (.*)$/gm)].map((m) => m[1]), ['the built-in rubric (2 reviews)', 'examples/vp-engineering/.weekly-review.yaml (1 review)']);
    const trends = JSON.parse((await cli(['trends', '--format', 'json', 'examples'], root)).stdout) as { rubric: string; weeks: { week: string }[] }[];
    assert.deepEqual(trends.map((run) => [run.rubric, run.weeks.map((w) => w.week)]), [['the built-in rubric', ['2026-W46', '2026-W47']], ['examples/vp-engineering/.weekly-review.yaml', ['2026-W47']]]);
  });

  it('keeps one run (and its output unchanged) when every review shares a rubric', async () => {
    const single = await cli(['people', 'examples/2026-W46.md', 'examples/2026-W47.md'], process.cwd());
    assert.doesNotMatch(single.stdout, /Run judged by/);
    assert.match(single.stdout, /^People as of 2026-W47 \(examples\/2026-W47\.md\); 2 reviews over 2 weeks/);
  });
});
