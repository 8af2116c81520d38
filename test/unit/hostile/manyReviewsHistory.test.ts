// Hostile input 13: `trends` and `people` over a folder of thousands of
// reviews. Each finding's message had every review's path replaced in it,
// one split and one `path.relative` per path: findings × reviews (3,000
// reviews, each week claimed twice: 8.6 s; 10,000: over 100 s; 1.5 s and
// 3.4 s now). Each message is read once for the run's paths.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, workspace } from '../../cli/harness';
import { assertLinear } from './timing';

function folder(count: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`r/${i}-${1990 + Math.floor(i / 104)}-W${String(1 + (Math.floor(i / 2) % 52)).padStart(2, '0')}.md`] = '# W\n## Recruiting\n- 1h hiring sync with @ann → offer\n';
  return workspace(files);
}

describe('trends over thousands of reviews (hostile input 13)', () => {
  it('the findings of n reviews, each week claimed twice, are shown in time linear in n', async () => {
    const dirs = new Map([[200, folder(200)], [2000, folder(2000)]]);
    await assertLinear('trends', async (n) => {
      const run = await cli(['trends', '--no-memory', 'r'], dirs.get(n) as string);
      assert.equal(run.code, 0);
    }, 200);
  });

  it('paths in a message are shown relative, the longest path first', async () => {
    const dir = workspace({ 'r/2026-W47.md': '# W\n- 1h x\n', 'r/a-2026-W47.md': '# W\n- 1h x\n', 'r/2026-W47.md.bak-2026-W47.md': '# W\n- 1h x\n' });
    const run = await cli(['trends', '--no-memory', 'r'], dir);
    assert.match(run.stderr, /Week 2026-W47 is also claimed by r\/2026-W47\.md\.bak-2026-W47\.md/);
    assert.doesNotMatch(run.stderr, /\/tmp\//);
  });
});
