// A review's diagnostics published in parts of the document (issue 11). VS
// Code's `DiagnosticCollection.set` converts and sends a file's whole list on
// every call: about 22 ms for the 8,000 findings of a 1 MB review, on every
// keystroke, and the workbench then redraws them all. VS Code merges the
// collections of a file, so each part of the document (LINES_PER_PART
// lines) gets a collection of its own, and after an edit only the parts
// whose findings changed are set again. The engine hands back the very same
// finding objects for untouched sections, and they are converted once, so a
// part is unchanged when it holds the same diagnostic objects (or, for the few
// document-wide findings made anew on every check, equal ones).
// No `vscode` values here: the partitioning is unit-tested without VS Code.

/** Lines per part: a short review is one part, as before; a 1 MB review about 80. */
export const LINES_PER_PART = 512;

/** `diagnostics` (in line order) cut into parts by their first line (0-based). */
export function partsOf<T extends { range: { start: { line: number } } }>(diagnostics: readonly T[], linesPerPart = LINES_PER_PART): T[][] {
  const parts: T[][] = [];
  for (const diagnostic of diagnostics) {
    const part = Math.floor(diagnostic.range.start.line / linesPerPart);
    while (parts.length <= part) parts.push([]);
    (parts[part] as T[]).push(diagnostic);
  }
  return parts;
}

function sameLists<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i] as T, b[i] as T)) return false;
  return true;
}

/**
 * Indexes of the parts whose diagnostics differ between `previous` and
 * `next` (a part missing on one side is empty); `same` is asked only about
 * two different objects at one place.
 */
export function changedParts<T>(previous: readonly (readonly T[])[], next: readonly (readonly T[])[], same: (a: T, b: T) => boolean = () => false): number[] {
  const changed: number[] = [];
  for (let part = 0; part < Math.max(previous.length, next.length); part++) {
    if (!sameLists(previous[part] ?? [], next[part] ?? [], same)) changed.push(part);
  }
  return changed;
}

/**
 * VS Code shows at most 1,000 diagnostics of a file per collection and draws
 * squiggles for its first 500; publishing all 8,000 findings of a 1 MB review
 * made the workbench take twice as long to apply each edit. So a review with
 * more findings than this shows those of the parts you look at.
 */
export const MAX_SHOWN = 1000;

/**
 * The parts to show: all of them when they hold at most `max` diagnostics;
 * otherwise the `focus` parts (those on screen) and then their neighbours,
 * nearest first, while they fit. Parts not shown are empty.
 */
export function shownParts<T>(parts: readonly T[][], focus: readonly number[], max = MAX_SHOWN): T[][] {
  let total = 0;
  for (const part of parts) total += part.length;
  if (total <= max) return parts.slice();
  const centres = focus.length > 0 ? focus : [0];
  const distance = (part: number) => Math.min(...centres.map((centre) => Math.abs(centre - part)));
  const order = parts.map((_, index) => index).sort((a, b) => distance(a) - distance(b) || a - b);
  const shown = new Set<number>();
  let count = 0;
  for (const part of order) {
    const size = (parts[part] as T[]).length;
    if (distance(part) > 0 && count + size > max) break;
    shown.add(part);
    count += size;
  }
  return parts.map((part, index) => (shown.has(index) ? part : []));
}
