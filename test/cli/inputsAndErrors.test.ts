// Issue 8, the CLI as a user meets it: one JSON shape for any number of
// files, errors that are never hidden, byte-order marks, standard input,
// negation globs, paths with glob characters, symlink loops, and usage errors
// in one sentence.

import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileNameWeekProblem, wantsColor } from '../../src/cli/main';
import { cli, workspace } from './harness';

const W46 = '## Recruiting\n- 2h Hiring plan review with all hiring managers → plan for 12 hires agreed by Mar 20\n## Misc\n- 1h Cleaned up my inbox\n';
const W47 = '## Engineering culture\n- 3h Career ladder calibration with all managers → ladder v2 adopted company-wide\n- 30m Fixed a typo in the wiki\n';

describe('summary --format json: one shape for any number of files', () => {
  it('one file: the week object plus weeks [itself], trends [] and errors 0', async () => {
    const dir = workspace({ 'reviews/2026-W46.md': W46 });
    const { code, stdout } = await cli(['summary', '--format', 'json', 'reviews/2026-W46.md'], dir);
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.week, '2026-W46');
    assert.equal(json.file, 'reviews/2026-W46.md');
    assert.equal(json.totalMinutes, 180);
    assert.deepEqual(json.trends, []);
    assert.equal(json.errors, 0);
    assert.equal(json.weeks.length, 1);
    assert.equal(json.weeks[0].totalMinutes, 180);
    for (const key of ['rubric', 'uncategorizedMinutes', 'lowValueMinutes', 'categories', 'groups', 'priorities', 'lowValue']) assert.ok(key in json, key);
  });

  it('several files: the aggregate, weeks in ISO-week order, trends, and lowValue entries naming their file', async () => {
    const dir = workspace({ 'reviews/2026-W47.md': W47, 'reviews/2026-W46.md': W46 });
    const { code, stdout } = await cli(['summary', '--format', 'json', 'reviews'], dir);
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.week, '2026-W46..2026-W47');
    assert.equal(json.file, 'reviews');
    assert.equal(json.totalMinutes, 180 + 210);
    assert.deepEqual(json.weeks.map((w: { week: string }) => w.week), ['2026-W46', '2026-W47']);
    assert.ok(json.trends.length > 0);
    const recruiting = json.categories.find((c: { id: string }) => c.id === 'recruiting');
    assert.equal(recruiting.minutes, 120);
    assert.equal(recruiting.share, Math.round((120 / 390) * 10_000) / 10_000);
    assert.ok(json.lowValue.length > 0);
    assert.ok(json.lowValue.every((entry: { file: string }) => entry.file.startsWith('reviews/2026-W4')));
    assert.equal(json.errors, 0);
  });
});

describe('summary does not hide errors', () => {
  it('a front-matter-error and an unclosed fence are counted in the JSON, said on stderr in one line, and exit 1', async () => {
    const dir = workspace({ '2026-W47.md': '---\nweek: [oops\n---\n# Recruiting\n- 2h Interviews\n```sh\n- 3h Hiring committee\n' });
    const { code, stdout, stderr } = await cli(['summary', '--format', 'json', '2026-W47.md'], dir);
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).errors, 2);
    assert.equal(stderr.split('\n').length, 1);
    assert.match(stderr, /2 errors \(front-matter-error ×1, unclosed-fence ×1\) in 2026-W47\.md: these totals leave out/);
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('keeps the first line, the front matter and the folder scan', async () => {
    const dir = workspace({
      'a/2026-W47.md': '\ufeff- 2h Interviewed two candidates\n- 1h Planning\n',
      'b/2026-W47.md': '\ufeff---\nweek: 2026-W40\n---\n- 1h x\n',
      'c/review.md': '\ufeff---\nweek: 2026-W41\n---\n- 1h x\n',
    });
    assert.equal(JSON.parse((await cli(['summary', '--format', 'json', 'a/2026-W47.md'], dir)).stdout).totalMinutes, 180);
    const mismatch = JSON.parse((await cli(['check', '--format', 'json', 'b/2026-W47.md'], dir)).stdout);
    assert.ok(mismatch.some((d: { ruleId: string }) => d.ruleId === 'week-mismatch'));
    const scan = await cli(['summary', '--format', 'json', 'c'], dir);
    assert.equal(scan.code, 0, scan.stderr);
    assert.equal(JSON.parse(scan.stdout).week, '2026-W41');
  });
});

describe('numbers are always finite', () => {
  it('a 400-digit duration prints no Infinity, NaN or null', async () => {
    const dir = workspace({ '2026-W47.md': `# Recruiting\n- ${'9'.repeat(400)}h Interviews\n- 1h Sourcing\n` });
    const json = await cli(['summary', '--format', 'json', '2026-W47.md'], dir);
    assert.doesNotMatch(json.stdout, /Infinity|NaN|null/);
    assert.equal(JSON.parse(json.stdout).totalMinutes, 60);
    const text = await cli(['summary', '2026-W47.md'], dir);
    assert.doesNotMatch(text.stdout, /Infinity|NaN/);
  });
});

describe('many diagnostics', () => {
  it('80,000 items (about 125k diagnostics) do not overflow the stack', async () => {
    const dir = workspace({ '2026-W47.md': '- 1h Fixed CSS\n'.repeat(80_000) });
    const { code, stderr } = await cli(['check', '--format', 'json', '2026-W47.md'], dir);
    assert.notEqual(code, 2, stderr);
    assert.doesNotMatch(stderr, /RangeError|Maximum call stack/);
  });
});

describe('paths', () => {
  it('- reads one review from standard input', async () => {
    const dir = workspace({});
    const { code, stdout } = await cli(['summary', '--format', 'json', '-'], dir, '\ufeff---\nweek: 2026-W47\n---\n# Recruiting\n- 2h Interviews\n');
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.file, '<stdin>');
    assert.equal(json.totalMinutes, 120);
  });

  it('!PATTERN leaves files out', async () => {
    const dir = workspace({ 'reviews/2026-W46.md': W46, 'reviews/2026-W47.md': W47 });
    const { stdout } = await cli(['summary', '--format', 'json', 'reviews', '!reviews/2026-W47.md'], dir);
    assert.deepEqual(JSON.parse(stdout).weeks.map((w: { week: string }) => w.week), ['2026-W46']);
  });

  it('a file name with [ ] that exists is a path, not a glob', async () => {
    const dir = workspace({ 'week [draft] 2026-W46.md': W46 });
    const { code, stdout } = await cli(['summary', '--format', 'json', 'week [draft] 2026-W46.md'], dir);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).totalMinutes, 180);
  });

  it('a symlink loop counts a review once', async () => {
    const dir = workspace({ 'reviews/2026-W46.md': W46 });
    symlinkSync(path.join(dir, 'reviews'), path.join(dir, 'reviews', 'loop'));
    const { stdout } = await cli(['summary', '--format', 'json', 'reviews'], dir);
    const json = JSON.parse(stdout);
    assert.equal(json.weeks.length, 1);
    assert.equal(json.totalMinutes, 180);
  });

  it('a file name that names no real week is said, not skipped silently', async () => {
    const dir = workspace({ 'reviews/2026-W54.md': W46, 'reviews/2026-W46.md': W46 });
    const { code, stderr } = await cli(['check', 'reviews'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /2026-W54\.md names 2026-W54, which is not a week: 2026 has weeks 1 to 53, so it was skipped/);
    assert.match(fileNameWeekProblem('/r/2027-W53.md') ?? '', /2027 has weeks 1 to 52/);
    assert.match(fileNameWeekProblem('/r/2026-W00.md') ?? '', /not a week/);
  });
});

describe('usage', () => {
  it('an unknown option is one sentence with a did-you-mean and a pointer to --help', async () => {
    const { code, stderr } = await cli(['check', '--fral', 'x.md'], process.cwd());
    assert.equal(code, 2);
    assert.equal(stderr, 'weekly-review: unknown option --fral. Did you mean --frail? Run "weekly-review --help" for usage.');
    const format = await cli(['check', '--format'], process.cwd());
    assert.match(format.stderr, /--format needs a value/);
    assert.match((await cli(['chek', 'x.md'], process.cwd())).stderr, /Did you mean check\?/);
  });

  it('-V and -v print the version', async () => {
    assert.equal((await cli(['-V'], process.cwd())).code, 0);
    assert.match((await cli(['-v'], process.cwd())).stdout, /^\d+\.\d+\.\d+/);
  });

  it('a missing --rubric file is "not found"', async () => {
    const dir = workspace({ '2026-W46.md': W46 });
    const { code, stderr } = await cli(['check', '--rubric', 'missing.yaml', '2026-W46.md'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /rubric missing\.yaml not found/);
    assert.doesNotMatch(stderr, /1:1/);
  });

  it('rubric problems are listed by line', async () => {
    const dir = workspace({ '.weekly-review.yaml': 'extends: cto\nthreshold: 7\ncategories:\n  recruiting:\n    target: 40%\nbogus: 1\n', '2026-W46.md': W46 });
    const { code, stdout } = await cli(['check', '--format', 'json', '2026-W46.md'], dir);
    assert.equal(code, 2);
    const lines = JSON.parse(stdout).filter((d: { file: string }) => d.file === '.weekly-review.yaml').map((d: { line: number }) => d.line);
    assert.ok(lines.length >= 2, JSON.stringify(lines));
    assert.deepEqual(lines, [...lines].sort((a: number, b: number) => a - b));
  });

  it('FORCE_COLOR forces color, NO_COLOR turns it off', () => {
    assert.equal(wantsColor({ FORCE_COLOR: '1' }, false), true);
    assert.equal(wantsColor({ FORCE_COLOR: '0' }, true), true);
    assert.equal(wantsColor({ NO_COLOR: '1' }, true), false);
    assert.equal(wantsColor({}, true), true);
    assert.equal(wantsColor({}, false), false);
  });
});
