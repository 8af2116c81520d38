// Hostile input 11: a link in a repository leading out of it (`root -> /`,
// `notes -> ~/notes`). The CLI's folder walk (`check .`) and the language
// server's indexing followed every link, so a repository holding `root -> /`
// walked the whole disk (8,034 markdown files and 3.8 s on this container; a
// developer's home holds far more) and read the week-named files out there.
// A walk follows a link only while it stays inside the folder's real path:
// links to files and folders inside are found as before.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { expandPaths, markdownFilesUnder } from '../../../src/cli/files';
import { LspHost } from '../../../src/lsp/host';

/** A folder with a review, a linked folder and a linked file inside it, and links to a folder outside and to the root. */
function repository(): { ws: string; inside: string[] } {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'wr-walk-')));
  const ws = path.join(root, 'ws');
  mkdirSync(path.join(ws, 'reviews'), { recursive: true });
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(ws, 'reviews', '2026-W46.md'), '# Ops\n- 1h x\n');
  writeFileSync(path.join(root, 'outside', '2026-W47.md'), '# Ops\n- 1h secret\n');
  symlinkSync(path.join(ws, 'reviews'), path.join(ws, 'linked'));
  symlinkSync(path.join(ws, 'reviews', '2026-W46.md'), path.join(ws, '2026-W45.md'));
  symlinkSync(path.join(root, 'outside'), path.join(ws, 'out'));
  symlinkSync('/', path.join(ws, 'root'));
  return { ws, inside: ['2026-W45.md', 'linked/2026-W46.md', 'reviews/2026-W46.md'].map((file) => `${ws}/${file}`) };
}

describe('links leading out of a walked folder (hostile input 11)', () => {
  it('are not followed; links inside are', async () => {
    const { ws, inside } = repository();
    assert.deepEqual((await markdownFilesUnder(ws)).sort(), inside);
    const host = new LspHost({ folders: [ws], trusted: true, openText: () => undefined, log: () => undefined });
    assert.deepEqual(await host.listFiles(), inside);
  });

  it('the CLI checks the one review inside once (three spellings, one real path), nothing outside', async () => {
    const { ws } = repository();
    assert.deepEqual((await expandPaths([ws])).map((entry) => path.relative(ws, entry.file)).sort(), ['2026-W45.md']);
  });
});
