// Node host for the engine: reads files (stripping a byte-order mark once,
// here at the boundary), and expands the CLI's PATHS — files, directories,
// globs, `!` negations and `-` for standard input — into the reviews to check.

import { readFile, realpath, stat } from 'node:fs/promises';
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

/** What `-` reads: the engine path it is analysed as (for the rubric search) and how it is shown. */
export const STDIN_DISPLAY = '<stdin>';

export interface ExpandedPath {
  /** Absolute engine path. */
  file: string;
  /** Named explicitly (always treated as a review) or found in a directory/glob (must look like one). */
  explicit: boolean;
  /** Set for `-`: the text came from standard input. */
  stdin?: boolean;
}

export class UsageError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];
const GLOB_CHARS = /[*?[\]{}]/;

async function statOf(input: string) {
  try {
    return await stat(input);
  } catch {
    return undefined;
  }
}

/** Files a positive input names: an existing path wins over glob syntax (`notes[1].md`). */
async function filesOf(input: string): Promise<ExpandedPath[]> {
  const info = await statOf(input);
  if (info?.isDirectory()) {
    const matches = await glob('**/*.{md,markdown}', { cwd: input, ignore: IGNORE, absolute: true, onlyFiles: true });
    return matches.sort().map((match) => ({ file: toEnginePath(match), explicit: false }));
  }
  if (info) return [{ file: toEnginePath(input), explicit: true }];
  if (GLOB_CHARS.test(input)) {
    const matches = await glob(input, { ignore: IGNORE, absolute: true, onlyFiles: true });
    if (matches.length === 0) throw new UsageError(`no file matches ${input}. Check the pattern (quote it so your shell does not expand it).`);
    return matches.sort().map((match) => ({ file: toEnginePath(match), explicit: false }));
  }
  throw new UsageError(`cannot read ${input}: no such file or directory. Check the path.`);
}

/** Files the `!pattern` inputs exclude. */
async function excludedBy(negations: string[]): Promise<Set<string>> {
  const excluded = new Set<string>();
  for (const negation of negations) {
    const info = await statOf(negation);
    if (info && !info.isDirectory()) excluded.add(toEnginePath(negation));
    const matches = info?.isDirectory() ? await glob('**/*', { cwd: negation, absolute: true, onlyFiles: true }) : await glob(negation, { absolute: true, onlyFiles: true });
    for (const match of matches) excluded.add(toEnginePath(match));
  }
  return excluded;
}

async function realPathOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return file;
  }
}

/**
 * Expands PATHS into review files: each once, by real path (a symlink loop
 * or two spellings of one file count it once), minus `!pattern` inputs.
 */
export async function expandPaths(inputs: string[]): Promise<ExpandedPath[]> {
  const negations = inputs.filter((input) => input.startsWith('!') && input.length > 1).map((input) => input.slice(1));
  const excluded = await excludedBy(negations);
  const found = new Map<string, ExpandedPath>();
  for (const input of inputs) {
    if (input.startsWith('!') && input.length > 1) continue;
    if (input === '-') {
      const file = `${toEnginePath(process.cwd())}/${STDIN_DISPLAY}`;
      found.set(file, { file, explicit: true, stdin: true });
      continue;
    }
    for (const entry of await filesOf(input)) {
      if (excluded.has(entry.file)) continue;
      const key = await realPathOf(entry.file);
      const known = found.get(key);
      if (!known) found.set(key, entry);
      else if (entry.explicit) known.explicit = true;
    }
  }
  if (found.size === 0 && negations.length > 0) throw new UsageError(`every file was excluded by ${negations.map((n) => `!${n}`).join(', ')}.`);
  return [...found.values()];
}

/** All of standard input, as text (byte-order mark stripped). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return stripBom(Buffer.concat(chunks).toString('utf8'));
}
