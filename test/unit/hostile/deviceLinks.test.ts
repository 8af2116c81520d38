// Hostile input 11: a repository holding links to devices (git stores a
// symbolic link, so a clone can bring `2026-W01.md -> /dev/zero` or
// `.weekly-review.yaml -> /dev/urandom`). The CLI and the language server
// read only regular files of a bounded size; the VS Code extension read the
// disk with fs.readFile, which reads /dev/zero until memory runs out (2 GB
// in 5 s here; in a trusted workspace: Restricted Mode refuses the link by its
// real path), and waits forever on a FIFO with no writer. It now reads regular files only, up
// to MAX_READ_BYTES, opened without waiting; anything else reads as missing.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MAX_READ_BYTES, nodePlatform } from '../../../src/extension/platformNode';

describe('links to devices, FIFOs and large files in a repository (hostile input 11)', () => {
  it('read as missing: /dev/zero, /dev/urandom, a FIFO, a folder, a file over the limit; a review reads as before', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wr-devices-'));
    symlinkSync('/dev/zero', path.join(dir, '2026-W01.md'));
    symlinkSync('/dev/urandom', path.join(dir, '.weekly-review.yaml'));
    execFileSync('mkfifo', [path.join(dir, '2026-W02.md')]);
    writeFileSync(path.join(dir, '2026-W03.md'), Buffer.alloc(MAX_READ_BYTES + 1, 65));
    writeFileSync(path.join(dir, '2026-W04.md'), '# Ops\n- 1h x\n');
    const read = async (name: string) => {
      const bytes = await nodePlatform.disk?.readFile(path.join(dir, name));
      return bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8');
    };
    assert.deepEqual(await Promise.all(['2026-W01.md', '.weekly-review.yaml', '2026-W02.md', '2026-W03.md', '.', '2026-W04.md'].map(read)), [undefined, undefined, undefined, undefined, undefined, '# Ops\n- 1h x\n']);
  });
});
