// Updating a split after an edit (issue 11): instead of splitting a 1 MB
// review into lines and sections again on every keystroke, the previous split
// is compared with the new text. The lines and sections before the edit are
// kept as they are; the splitter re-scans from the last column-0 heading
// before the edit and stops at the first column-0 heading after it that the
// previous split also started a section at (a heading resets every reading,
// so from there on nothing can differ); the sections after it are the old
// ones, moved. The result equals `splitSectionsWithStarts` of the new text
// (a property test checks it on random edits).

import { detachText } from '../text';
import { linesOf, readWhole, scanSectionStarts, sectionsFrom, splitMemoFor, type ChunkMemo, type LineTable, type Section, type SplitSections } from './sections';

/** A text split into lines and sections: what an update starts from. */
export interface Split extends SplitSections {
  text: string;
  table: LineTable;
  firstContentLine: number;
}

/** How the new split relates to the previous one. */
export interface SplitChange {
  /** Sections [0, samePrefix) are the previous split's very objects. */
  samePrefix: number;
  /** Sections from `suffixFrom` on hold the previous split's texts from section `suffixFrom - sectionDelta` on, moved. */
  suffixFrom: number;
  sectionDelta: number;
  /** Lines the edit added (negative: removed) before the moved sections. */
  lineDelta: number;
}

/** Lines of the new text, from the previous table and the edited span only; undefined when a full split is as cheap or required. */
export interface Relined {
  table: LineTable;
  /** First line (0-based) whose text differs. */
  firstChanged: number;
  /** First line of the new text whose text and line start lie in the unchanged tail (lines.length when none). */
  firstUnchangedTail: number;
  lineDelta: number;
}

// Blocks are compared as slices with `===` (a native memory compare):
// `startsWith` at an offset was measured 100× slower on a megabyte.
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (at + block <= limit && a.slice(at, at + block) === b.slice(at, at + block)) at += block;
  }
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let size = 0;
  for (let block = 4096; block >= 1; block >>= 3) {
    while (size + block <= limit && a.slice(a.length - size - block, a.length - size) === b.slice(b.length - size - block, b.length - size)) size += block;
  }
  return size;
}

/** Index of the last entry of the sorted `starts` that is ≤ `offset`. */
function lineAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The new text's line table, reusing the previous one's lines before and after the edit. */
export function reline(previous: Split, text: string): Relined | undefined {
  const old = previous.text;
  if (old.includes('\r') || text.includes('\r')) return undefined;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const { starts } = previous.table;
  const firstChanged = lineAt(starts, prefix);
  // The first old line after the edit whose preceding newline is unchanged too.
  const tailStart = old.length - suffix + 1;
  let oldTail = lineAt(starts, tailStart);
  if ((starts[oldTail] as number) < tailStart) oldTail++;
  oldTail = Math.max(oldTail, firstChanged + 1);
  const delta = text.length - old.length;
  const middleEnd = oldTail < starts.length ? (starts[oldTail] as number) + delta - 1 : text.length;
  const middle = text.slice(starts[firstChanged], middleEnd).split('\n');
  const newStarts = new Int32Array(firstChanged + middle.length + starts.length - oldTail);
  newStarts.set(starts.subarray(0, firstChanged + 1));
  let at = firstChanged;
  for (let i = 0; i < middle.length - 1; i++, at++) newStarts[at + 1] = (newStarts[at] as number) + (middle[i] as string).length + 1;
  for (let i = oldTail; i < starts.length; i++) newStarts[++at] = (starts[i] as number) + delta;
  const lineDelta = newStarts.length - starts.length;
  return { table: { starts: newStarts, lines: linesOf(text, newStarts) }, firstChanged, firstUnchangedTail: oldTail + lineDelta, lineDelta };
}

/** The last section before `line` that starts at a column-0 heading (where the scan may restart), or 0. */
function restartSection(previous: Split, line: number): number {
  for (let i = previous.sections.length - 1; i >= 1; i--) {
    if ((previous.sections[i] as Section).startLine - 1 < line && previous.hard[i]) return i;
  }
  return 0;
}

/** Index of the previous split's section starting at 0-based `line`, or -1. */
function sectionStartingAt(previous: Split, line: number): number {
  const { sections } = previous;
  let low = 0;
  let high = sections.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = (sections[mid] as Section).startLine - 1;
    if (start === line) return mid;
    if (start < line) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function movedSection(section: Section, lineDelta: number, offsetDelta: number): Section {
  return lineDelta === 0 && offsetDelta === 0 ? section : { startLine: section.startLine + lineDelta, startOffset: section.startOffset + offsetDelta, text: section.text };
}

/**
 * The split of `text` from the previous split, or undefined when the edit
 * rules an update out (front matter edited, `\r` line ends, a document too
 * large to be read whole): the caller then splits from scratch.
 */
export function resplit(previous: Split, text: string, relined: Relined, firstContentLine: number, memo?: ChunkMemo): (Split & SplitChange) | undefined {
  const { table, firstChanged, firstUnchangedTail, lineDelta } = relined;
  if (firstContentLine !== previous.firstContentLine || firstChanged < firstContentLine) return undefined;
  if (!readWhole(previous.text, previous.table) || !readWhole(text, table)) return undefined;
  const restart = restartSection(previous, firstChanged);
  let resyncAt = -1;
  const stopAt = (line: number) => {
    if (line < firstUnchangedTail) return false;
    const old = sectionStartingAt(previous, line - lineDelta);
    if (old < 1 || !previous.hard[old]) return false;
    resyncAt = old;
    return true;
  };
  const from = restart >= 1 ? (previous.sections[restart] as Section).startLine - 1 : undefined;
  const lineCount = table.lines.length;
  const splitMemo = splitMemoFor(text, table, lineCount, memo);
  if (splitMemo) splitMemo.detach = true;
  const scanned = scanSectionStarts(table.lines, Math.min(firstContentLine, lineCount), splitMemo, from === undefined ? { stopAt } : { from, stopAt });
  const middle = sectionsFrom(text, table, scanned, scanned.stoppedAt ?? lineCount, from ?? 0);
  // Kept in the memo until edited again: copies, so that they do not keep this version alive.
  for (const section of middle.sections) section.text = detachText(section.text);
  if (restart >= 1) middle.hard[0] = true;
  const offsetDelta = text.length - previous.text.length;
  const tail = resyncAt < 0 ? [] : previous.sections.slice(resyncAt).map((section) => movedSection(section, lineDelta, offsetDelta));
  const sections = previous.sections.slice(0, restart).concat(middle.sections, tail);
  const hard = previous.hard.slice(0, restart).concat(middle.hard, resyncAt < 0 ? [] : previous.hard.slice(resyncAt));
  const suffixFrom = resyncAt < 0 ? sections.length : restart + middle.sections.length;
  return { text, table, firstContentLine, sections, hard, samePrefix: restart, suffixFrom, sectionDelta: suffixFrom - resyncAt, lineDelta };
}

