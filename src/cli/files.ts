// Node host for the engine: reads files (stripping a byte-order mark once,
// here at the boundary), and expands the CLI's PATHS — files, directories,
// globs, `!` negations and `-` for standard input — into the reviews to check.
// Only regular files are read, with their size checked first (issue 23: a
// FIFO hung `check`, /dev/zero grew to gigabytes); UTF-16 with a byte-order
// mark is decoded, and a file holding NUL bytes is reported as not text.

import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { decodeCalendar, MAX_YAML_FILE_CHARS, type ReviewHost } from '../core';

/**
 * The largest review file read. The engine reads a review's first 1 MB and
 * reports the rest as not read; a file past this is not read at all.
 */
export const MAX_REVIEW_BYTES = 16 * 1024 * 1024;
/** The largest rubric or people file read: the engine's own limit for them. */
export const MAX_RUBRIC_BYTES = MAX_YAML_FILE_CHARS;

/** Opening never waits for a FIFO's writer; on a regular file the flag does nothing. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Bytes read to tell text from binary before a rubric is read in full. */
const SNIFF_BYTES = 4096;

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

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 })} MB`;
}

/** Why a file with these stats is not read (not a regular file, or over `limit` bytes), or undefined. */
function statProblem(info: Stats, limit: number, what: string): string | undefined {
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isFIFO()) return 'is a FIFO, not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file';
  if (info.isSocket()) return 'is a socket, not a file';
  if (!info.isFile()) return 'is not a regular file';
  if (info.size > limit) return `is ${megabytes(info.size)}, more than ${what} may be (${megabytes(limit)})`;
  return undefined;
}

/** Text of a file's bytes: UTF-16 by its byte-order mark, else UTF-8 (mark stripped); NUL bytes mean it is not text. */
export function decodeText(bytes: Buffer): { text: string } | { problem: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) return { problem: 'is not a text file (it holds NUL bytes)' };
  // ASCII decodes to the same text as UTF-8 at a twentieth of the cost: a 25 MB calendar export took 140 ms as UTF-8.
  if (isAscii(bytes)) return { text: bytes.toString('ascii') };
  return { text: stripBom(bytes.toString('utf8')) };
}

/** An .ics file's text: as decodeText, but a multi-byte character cut by a fold is joined first (core's decodeCalendar). */
export function decodeCalendarFile(bytes: Buffer): { text: string } | { problem: string } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) return { problem: 'is not a text file (it holds NUL bytes)' };
  if (isAscii(bytes)) return { text: bytes.toString('ascii') };
  return { text: decodeCalendar(bytes) };
}

/** A file's text, or why it is not read; `problem` is undefined when it cannot be opened (missing, no permission). */
export type ReadResult = { text: string } | { problem: string | undefined };

/** Reads a regular file of at most `limit` bytes, checking what it is on the open handle, so nothing waits on a FIFO. */
export async function readTextFile(fsPath: string, limit: number, what: string, decode: (bytes: Buffer) => { text: string } | { problem: string } = decodeText): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(fsPath, OPEN_FLAGS);
  } catch {
    // Some systems refuse to open a directory at all: say what it is.
    const info = await statOf(fsPath);
    return { problem: info ? statProblem(info, limit, what) : undefined };
  }
  try {
    const problem = statProblem(await handle.stat(), limit, what);
    return problem !== undefined ? { problem } : decode(await handle.readFile());
  } catch {
    return { problem: undefined };
  } finally {
    await handle.close();
  }
}

/**
 * Why an existing rubric or people file is not read, synchronously (the
 * engine asks during a rubric lookup); undefined when it is readable or
 * missing. A regular file's first bytes are read to tell text from binary.
 */
export function unreadableRubric(enginePath: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(enginePath, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const problem = statProblem(fstatSync(fd), MAX_RUBRIC_BYTES, 'a rubric or people file');
    if (problem !== undefined) return `${displayPath(enginePath)} ${problem}`;
    const head = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
    const decoded = decodeText(head.subarray(0, read));
    return 'problem' in decoded ? `${displayPath(enginePath)} ${decoded.problem}` : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export const nodeHost: ReviewHost = {
  async readFile(enginePath) {
    const read = await readTextFile(enginePath, MAX_RUBRIC_BYTES, 'a rubric or people file');
    return 'text' in read ? read.text : undefined;
  },
  unreadable: unreadableRubric,
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

/** The walk's file system: a link whose target is outside `root` (a real path) is not followed, as if it could not be resolved. */
function fsInside(root: string): typeof fs {
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
  const realpath = ((file: string, callback: (error: Error | null, real?: string) => void) => fs.realpath(file, (error, real) => {
    if (error) callback(error);
    else if (inside(real)) callback(null, real);
    else callback(new Error(`${file} leads outside ${root}`));
  })) as typeof fs.realpath;
  const realpathSync = ((file: string) => {
    const real = fs.realpathSync(file);
    if (!inside(real)) throw new Error(`${file} leads outside ${root}`);
    return real;
  }) as typeof fs.realpathSync;
  return { ...fs, realpath, realpathSync };
}

/**
 * The markdown files under a folder (node_modules and .git left out). A link
 * is followed only while it stays inside the folder's real path: a
 * repository holding `root -> /` made `check .` and the language server's
 * indexing walk the whole disk, and read the week-named files out there.
 */
export async function markdownFilesUnder(folder: string): Promise<string[]> {
  const root = await realpath(folder).catch(() => path.resolve(folder));
  return glob('**/*.{md,markdown}', { cwd: folder, ignore: IGNORE, absolute: true, onlyFiles: true, fs: fsInside(root) });
}

/** Files a positive input names: an existing path wins over glob syntax (`notes[1].md`). */
async function filesOf(input: string): Promise<ExpandedPath[]> {
  const info = await statOf(input);
  if (info?.isDirectory()) {
    const matches = await markdownFilesUnder(input);
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

/** All of standard input, as text (byte-order mark stripped), up to MAX_REVIEW_BYTES: past that it stops reading. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, limit = MAX_REVIEW_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) throw new UsageError(`standard input holds more than ${megabytes(limit)}, more than a review may be.`);
    chunks.push(bytes);
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if ('problem' in decoded) throw new UsageError(`standard input ${decoded.problem}.`);
  return decoded.text;
}
