// The Node side of the platform seam (platform.ts): direct reads, exclusive
// file creation, real paths and path containment on a local disk. Only the Node entry
// (extension.ts) imports this module; the browser bundle must never reach it.

import { lstat, readFile, realpath, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { Platform } from './platform';

export const nodePlatform: Platform = {
  kind: 'node',
  unsupported: () => undefined,
  disk: {
    async createExclusively(fsPath, contents) {
      try {
        // `wx`: the check and the write are one system call, which also refuses a dangling link.
        await writeFile(fsPath, contents, { flag: 'wx' });
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
    },
    async readFile(fsPath) {
      try {
        return await readFile(fsPath);
      } catch {
        return undefined;
      }
    },
    async realPath(fsPath) {
      try {
        return await realpath(fsPath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        if (code !== 'ENOENT' && code !== 'ENOTDIR') return { why: `cannot be resolved (${code})` };
        // A link to a missing file: opening it and saving would write wherever it leads.
        return (await lstat(fsPath).then(() => true, () => false)) ? { why: 'is a link to a missing file' } : undefined;
      }
    },
    isInside(root, path) {
      const within = relative(root, path);
      return within !== '' && within !== '..' && !within.startsWith(`..${sep}`) && !isAbsolute(within);
    },
  },
};
