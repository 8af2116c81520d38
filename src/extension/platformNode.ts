// The Node side of the platform seam (platform.ts): direct reads, exclusive
// file creation, real paths and path containment on a local disk. Only the Node entry
// (extension.ts) imports this module; the browser bundle must never reach it.

import { constants } from 'node:fs';
import { lstat, open, realpath, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, sep } from 'node:path';
import { MAX_READ_BYTES, type Platform } from './platform';

export { MAX_READ_BYTES };

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
      // Opened without waiting for a FIFO's writer; only a regular file is read, and only up to
      // MAX_READ_BYTES: a repository's `2026-W01.md -> /dev/zero` was read until the extension
      // host ran out of memory (the CLI and the language server refused it already).
      let handle: FileHandle;
      try {
        handle = await open(fsPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      } catch {
        return undefined;
      }
      try {
        const info = await handle.stat();
        return info.isFile() && info.size <= MAX_READ_BYTES ? await handle.readFile() : undefined;
      } catch {
        return undefined;
      } finally {
        await handle.close();
      }
    },
    async realPath(fsPath) {
      // A file not there yet (one a fix creates) is placed by its nearest existing folder:
      // under a linked `.weekly-review`, `verdicts.yaml` is written where the link leads.
      let rest = '';
      for (let at = fsPath; ; at = dirname(at)) {
        try {
          return (await realpath(at)) + rest;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
          if (code !== 'ENOENT' && code !== 'ENOTDIR') return { why: `cannot be resolved (${code})` };
          // A link to a missing file: opening it and saving would write wherever it leads.
          if (await lstat(at).then(() => true, () => false)) return { why: 'is a link to a missing file' };
          if (dirname(at) === at) return undefined;
          rest = `${sep}${basename(at)}${rest}`;
        }
      }
    },
    exists: (fsPath) => lstat(fsPath).then(() => true, () => false),
    isInside(root, path) {
      const within = relative(root, path);
      return within !== '' && within !== '..' && !within.startsWith(`..${sep}`) && !isAbsolute(within);
    },
  },
};
