// Hostile input 13: `weekly-review new DIR` where DIR is a file or a FIFO.
// mkdir answered EEXIST, read as the review already existing: "DIR/2026-W50.md
// already exists, so it was left as it is", naming a file that is not
// there. It now says DIR is not a folder (exit 2), and writes nothing.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, workspace } from '../../cli/harness';

describe('new into something that is not a folder (hostile input 13)', () => {
  it('a regular file named as the folder is refused as not a folder', async () => {
    const dir = workspace({ 'notes.md': 'hello\n' });
    const run = await cli(['new', '--week', '2026-W47', 'notes.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /notes\.md is not a folder, so .*2026-W47\.md cannot be created in it/);
    assert.doesNotMatch(run.stderr, /already exists/);
  });

  it('a FIFO named as the folder is refused too, without blocking', { skip: process.platform === 'win32' }, async () => {
    const dir = workspace({});
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const run = await cli(['new', '--week', '2026-W47', 'pipe'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /pipe is not a folder/);
  });

  it('an existing review is still reported as existing, and a new folder is made', async () => {
    const dir = workspace({ 'reviews/2026-W47.md': '---\nweek: 2026-W47\n---\n' });
    const again = await cli(['new', '--week', '2026-W47', 'reviews'], dir);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /2026-W47\.md already exists/);
    const fresh = await cli(['new', '--week', '2026-W47', 'fresh/deep'], dir);
    assert.equal(fresh.code, 0);
    assert.ok(existsSync(path.join(dir, 'fresh/deep/2026-W47.md')));
  });
});
