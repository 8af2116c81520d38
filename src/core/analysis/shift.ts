// Moving a section's result to other lines: after a paste or a deleted line,
// every later section keeps its text but not its place. Its result is copied
// with every line inside the section moved; references to lines before it
// (the category heading it sits under) stay. Only position-carrying objects
// are copied: criteria, tags, texts and the tally's minute maps are shared.
//
// A result whose judgment names a line cannot be moved: an inherited outcome's
// evidence says "from the item on line N", and that text is in the criteria
// and the low-value message. `shiftable` says no, and the caller re-assembles
// such a section instead.

import type { LowValueEntry, SectionTally, UncategorizedEntry } from './tally';
import type { Activity, DurationToken, Heading, Point, Range, ReviewDiagnostic } from '../types';
import type { NoteItem } from './document';
import type { SectionResult } from './section';

export function shiftable(result: SectionResult): boolean {
  return result.activities.every((activity) => activity.outcome?.inheritedFromLine === undefined);
}

/** Moves lines at or after `from` (where the moved part of the document starts) by `delta`. */
interface Mover {
  from: number;
  delta: number;
}

const line = (m: Mover, value: number) => (value >= m.from ? value + m.delta : value);
const position = (m: Mover, p: Point): Point => ({ line: line(m, p.line), column: p.column });
const range = (m: Mover, r: Range): Range => ({ start: position(m, r.start), end: position(m, r.end) });
const token = (m: Mover, t: DurationToken): DurationToken => ({ ...t, line: line(m, t.line) });

function activity(m: Mover, a: Activity): Activity {
  const moved: Activity = { ...a, line: line(m, a.line), itemRange: range(m, a.itemRange) };
  if (a.leading) moved.leading = token(m, a.leading);
  if (a.bracketed) moved.bracketed = token(m, a.bracketed);
  if (a.parentLine !== undefined) moved.parentLine = line(m, a.parentLine);
  if (a.outcome) moved.outcome = { ...a.outcome, line: line(m, a.outcome.line) };
  if (a.categorySource) moved.categorySource = { ...a.categorySource, line: line(m, a.categorySource.line) };
  return moved;
}

function diagnostic(m: Mover, d: ReviewDiagnostic): ReviewDiagnostic {
  const moved: ReviewDiagnostic = { ...d, range: range(m, d.range) };
  if (d.data?.activityLine !== undefined) moved.data = { ...d.data, activityLine: line(m, d.data.activityLine) };
  return moved;
}

function tally(m: Mover, t: SectionTally): SectionTally {
  return {
    ...t,
    lowValue: t.lowValue.map((e): LowValueEntry => ({ ...e, line: line(m, e.line) })),
    borderline: t.borderline.map((e): LowValueEntry => ({ ...e, line: line(m, e.line) })),
    uncategorized: t.uncategorized.map((e): UncategorizedEntry => ({ ...e, line: line(m, e.line) })),
  };
}

const heading = (m: Mover, h: Heading): Heading => ({ ...h, line: line(m, h.line), range: range(m, h.range) });

/**
 * A section's result with every line at or after `from` (1-based: the first
 * line of the moved part of the document, at or before the section) moved by
 * `delta`; lines before it (a category heading above the edit) stay.
 */
export function shiftResult(result: SectionResult, from: number, delta: number): SectionResult {
  const m: Mover = { from, delta };
  // Headings open at the end are this section's own (the same objects as in `headings`) or older ones.
  const headings = new Map<Heading, Heading>(result.headings.map((h) => [h, heading(m, h)]));
  return {
    headings: result.headings.map((h) => headings.get(h) as Heading),
    activities: result.activities.map((a) => activity(m, a)),
    notes: result.notes.map((n): NoteItem => ({ ...n, line: line(m, n.line), range: range(m, n.range) })),
    durationIssues: result.durationIssues.map((issue) => ({ ...issue, range: range(m, issue.range) })),
    durationNotes: result.durationNotes.map((note) => ({ ...note, range: range(m, note.range) })),
    directives: result.directives.map((d) => ({ ...d, line: line(m, d.line) })),
    parseErrors: result.parseErrors.map((p) => ({ ...p, line: line(m, p.line), ...(p.endLine !== undefined ? { endLine: line(m, p.endLine) } : {}) })),
    minutes: result.minutes,
    tally: tally(m, result.tally),
    diagnostics: result.diagnostics.map((d) => diagnostic(m, d)),
    openAtEnd: result.openAtEnd.map((h) => headings.get(h) ?? (h.line >= from ? heading(m, h) : h)),
  };
}
