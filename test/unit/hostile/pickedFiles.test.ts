// Hostile input 12: a calendar file picked in the extension ("Import
// calendar…", or its `file` argument) was read through
// `vscode.workspace.fs.readFile` whole, whatever it was: a 2 GB export, or a
// link to /dev/zero or a FIFO, held the extension host until memory ran out
// or forever, where the CLI and the disk reader refuse it by its size and
// kind first. So did every read of a virtual workspace or of the browser.
// The file's size and kind are asked first now (src/extension/boundedFile.ts).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_CALENDAR_BYTES } from '../../../src/core';
import { readFileAtMost, type StatReader } from '../../../src/extension/boundedFile';

/** A file system of one file of `type` and `size`, counting what was read. */
function oneFile(type: number, size: number): StatReader<string> & { reads: number } {
  const fs = {
    reads: 0,
    stat: async () => ({ type, size }),
    readFile: async () => {
      fs.reads++;
      return new Uint8Array(Math.min(size, 16));
    },
  };
  return fs;
}

describe('files read through vscode.workspace.fs (hostile input 12)', () => {
  it('a calendar over the limit, a folder, a device or FIFO is refused before it is read, naming the file', async () => {
    const name = 'the calendar /home/me/big.ics';
    const cases: [number, number, string][] = [
      [1, MAX_CALENDAR_BYTES + 1, 'the calendar /home/me/big.ics is 50 MB; at most 50 MB is read'],
      [1, 2 * 1024 ** 3, 'the calendar /home/me/big.ics is 2,048 MB; at most 50 MB is read'],
      [2, 0, 'the calendar /home/me/big.ics is a folder, not a file'],
      [0, 0, 'the calendar /home/me/big.ics is not a regular file'],
      [64, 0, 'the calendar /home/me/big.ics is not a regular file'],
    ];
    for (const [type, size, message] of cases) {
      const fs = oneFile(type, size);
      await assert.rejects(readFileAtMost(fs, '/home/me/big.ics', MAX_CALENDAR_BYTES, name), new Error(message));
      assert.equal(fs.reads, 0);
    }
  });

  it('a regular file up to the limit, or a link to one, is read', async () => {
    for (const type of [1, 65]) {
      const fs = oneFile(type, MAX_CALENDAR_BYTES);
      assert.equal((await readFileAtMost(fs, '/c.ics', MAX_CALENDAR_BYTES, 'the calendar /c.ics')).byteLength, 16);
      assert.equal(fs.reads, 1);
    }
  });
});
