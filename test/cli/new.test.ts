// `weekly-review new` (issue 22): the next review from the same template and
// carry-over as the VS Code command (both call core/template/newReview.ts),
// and it never overwrites a file.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { builtinRubric, formatIsoWeek, isoWeekOfDate } from '../../src/core';
import { cli, workspace } from './harness';

const W46 = '---\nweek: 2026-W46\n---\n\n## Asks\n- [ ] Send the budget to @bo #ask\n';
const W47 = '---\nweek: 2026-W47\n---\n\n## Recruiting\n- 1h Phone screen\n- [ ] 30m Write the job description\n\n## Misc\n- [ ] Call the landlord\n- [x] Renew the domain\n';

/** The cto template with `extra` lines after the named category headings. */
function expected(week: string, number: number, extra: Record<string, string[]>, tail: string[]): string {
  const out = ['---', `week: ${week}`, 'hours: 40', '---', '', `# Week ${number} review`, ''];
  for (const category of builtinRubric().categories) out.push(`## ${category.name}`, ...(extra[category.name] ?? []), '');
  return [...out, ...tail].join('\n');
}

describe('weekly-review new', () => {
  it('writes DIR/2026-W48.md with the rubric categories, last week\'s unchecked items and the open asks', async () => {
    const dir = workspace({ 'reviews/.weekly-review.yaml': 'extends: cto\npeople:\n  - { name: Bo Chen, handle: bo, cadence: 4w }\n', 'reviews/2026-W46.md': W46, 'reviews/2026-W47.md': W47 });
    const run = await cli(['new', '--week', '2026-W48', 'reviews'], dir);
    assert.deepEqual(run, { code: 0, stdout: 'Created reviews/2026-W48.md: 8 category sections, 2 items carried over from last week, 1 open ask.', stderr: '' });
    assert.equal(readFileSync(path.join(dir, 'reviews/2026-W48.md'), 'utf8'), expected('2026-W48', 48, { Recruiting: ['- [ ] 30m Write the job description'] }, ['## Carried over', '- [ ] Call the landlord', '', '## Open asks', '- [ ] Send the budget to @bo #ask', '']));
  });

  it('refuses to overwrite an existing review, and leaves it as it is', async () => {
    const dir = workspace({ '2026-W48.md': 'my own notes\n' });
    const run = await cli(['new', '--week', '2026-W48'], dir);
    assert.deepEqual(run, { code: 1, stdout: '', stderr: 'weekly-review: 2026-W48.md already exists, so it was left as it is. Open it, or name another week with --week.' });
    assert.equal(readFileSync(path.join(dir, '2026-W48.md'), 'utf8'), 'my own notes\n');
  });

  it('creates this week\'s review by default, in a folder it makes', async () => {
    const dir = workspace({});
    const today = new Date();
    const week = isoWeekOfDate(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())));
    const run = await cli(['new', 'fresh'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(path.join(dir, 'fresh', `${formatIsoWeek(week)}.md`), 'utf8'), expected(formatIsoWeek(week), week.week, {}, []));
  });

  it('says what is wrong with --week, and with more than one folder', async () => {
    const dir = workspace({});
    assert.deepEqual(await cli(['new', '--week', '2026-W54'], dir), { code: 2, stdout: '', stderr: 'weekly-review: --week 2026-W54: 2026 has weeks 1 to 53, not 54. Run "weekly-review --help" for usage.' });
    assert.equal((await cli(['new', 'a', 'b'], dir)).code, 2);
    assert.equal((await cli(['check', '--week', '2026-W48', 'a.md'], dir)).stderr, 'weekly-review: --week only applies to "new" and "import". Run "weekly-review --help" for usage.');
    assert.equal(existsSync(path.join(dir, '2026-W54.md')), false);
  });
});
