// Node host for the engine: reads files, and expands the CLI's PATHS
// (files, directories, globs) into the list of review files to check.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { ReviewHost } from '../core';

/** Engine paths are '/'-separated absolute paths, on every platform. */
export function toEnginePath(fsPath: string): string {
  return path.resolve(fsPath).split(path.sep).join('/');
}

export function displayPath(enginePath: string, cwd = process.cwd()): string {
  // Relative to where the user stands, as they typed it; absolute only across drives.
  const relative = path.relative(cwd, enginePath.split('/').join(path.sep));
  return (relative && !path.isAbsolute(relative) ? relative : enginePath).split(path.sep).join('/');
}

/** The host boundary strips a UTF-8 byte-order mark once, as the extension's decoder does. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export const nodeHost: ReviewHost = {
  async readFile(enginePath) {
    try {
      return stripBom(await readFile(enginePath, 'utf8'));
    } catch {
      return undefined;
    }
  },
};

export interface ExpandedPath {
  /** Absolute engine path. */
  file: string;
  /** Named explicitly (always treated as a review) or found in a directory/glob (must look like one). */
  explicit: boolean;
}

export class UsageError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export async function expandPaths(inputs: string[]): Promise<ExpandedPath[]> {
  const found = new Map<string, ExpandedPath>();
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      const matches = await glob(input, { ignore: IGNORE, absolute: true, onlyFiles: true });
      if (matches.length === 0) throw new UsageError(`no file matches ${input}. Check the pattern (quote it so your shell does not expand it).`);
      for (const match of matches.sort()) if (!found.has(toEnginePath(match))) found.set(toEnginePath(match), { file: toEnginePath(match), explicit: false });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UsageError(`cannot read ${input}: no such file or directory. Check the path.`);
    }
    if (info.isDirectory()) {
      const matches = await glob('**/*.{md,markdown}', { cwd: input, ignore: IGNORE, absolute: true, onlyFiles: true });
      for (const match of matches.sort()) if (!found.has(toEnginePath(match))) found.set(toEnginePath(match), { file: toEnginePath(match), explicit: false });
    } else {
      found.set(toEnginePath(input), { file: toEnginePath(input), explicit: true });
    }
  }
  return [...found.values()];
}
