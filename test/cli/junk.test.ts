// Issue 22, junk passes silently: random bytes and a PNG renamed .md are
// errors that say the file is not text; an empty file and a page of prose
// say that the review has no activities instead of "no issues found".

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, workspace } from './harness';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
// Fixed "random" bytes: a linear congruential sequence, the same on every run.
const RANDOM = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 1103515245 + 12345) % 256));

describe('junk given to check', () => {
  it('a PNG renamed 2026-W13.md and random bytes are errors: not a text file, exit 2', async () => {
    const dir = workspace({});
    writeFileSync(path.join(dir, '2026-W13.md'), PNG);
    writeFileSync(path.join(dir, '2026-W14.md'), RANDOM);
    assert.deepEqual(await cli(['check', '2026-W13.md'], dir), { code: 2, stdout: '', stderr: 'weekly-review: 2026-W13.md is not a text file (it holds NUL bytes).' });
    assert.deepEqual(await cli(['check', '2026-W14.md'], dir), { code: 2, stdout: '', stderr: 'weekly-review: 2026-W14.md is not a text file (it holds NUL bytes).' });
  });

  it('an empty review and a page of prose say they have no activities', async () => {
    const dir = workspace({ '2026-W15.md': '', '2026-W16.md': '---\nweek: 2026-W16\n---\n# Notes\nJust text.\n' });
    const run = await cli(['check', '2026-W15.md', '2026-W16.md'], dir);
    assert.deepEqual(run, {
      code: 0,
      stdout: [
        '2026-W15.md',
        '  1:1-1:1  info  This review has no activities, so nothing is counted. Start each item with the time it took, e.g. "- 1h Hiring sync".  no-activities',
        '',
        '2026-W16.md',
        '  1:1-1:4  info  This review has no activities, so nothing is counted. Start each item with the time it took, e.g. "- 1h Hiring sync".  no-activities',
        '',
        '✓ 2 infos in 2 files',
      ].join('\n'),
      stderr: '',
    });
  });
});
