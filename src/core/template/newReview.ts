// The next weekly review, as text: the rubric's categories (one `##` section
// each), last week's unchecked `- [ ]` items carried over under their
// category, and the run's open asks under "Open asks". Shared by the VS Code
// command "New weekly review" and `weekly-review new`, so both write the same
// file; the hosts find, read and write the files.

import type { ReviewAnalysis } from '../analysis/analyze';
import { formatIsoWeek, weekFromFileName } from '../parse/isoWeek';
import type { Rubric } from '../rubric/model';
import { carryForwardAskLines } from '../history/peopleReport';
import type { PeopleReport } from '../history/peopleTypes';

export interface CarriedItem {
  text: string;
  categoryId: string | undefined;
  /** Line in last week's review. */
  line: number;
}

/** Of a folder's file names, the review of `weekName` (`2026-W46.md`, `review-2026-w46.md`); the first in name order. */
export function reviewFileOfWeek(names: readonly string[], weekName: string): string | undefined {
  return names
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .sort()
    .find((name) => {
      const week = weekFromFileName(name);
      return week !== undefined && formatIsoWeek(week) === weekName;
    });
}

/** Last week's unchecked top-level `- [ ]` items (planned activities and notes), in line order, with their category. */
export function carriedOverItems(analysis: ReviewAnalysis, text: string): CarriedItem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const planned = [
    ...analysis.document.activities.filter((activity) => activity.checked === false && activity.parentLine === undefined).map((a) => ({ line: a.line, categoryId: a.categoryId })),
    ...analysis.document.notes.filter((note) => note.checked === false && note.depth === 1).map((n) => ({ line: n.line, categoryId: n.categoryId })),
  ].sort((a, b) => a.line - b.line);
  return planned.flatMap(({ line, categoryId }) => {
    const source = lines[line - 1] ?? '';
    const rest = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s*(.*)$/.exec(source)?.[1];
    return rest === undefined ? [] : [{ text: `- [ ] ${rest.trimEnd()}`, categoryId, line }];
  });
}

/** The run's open asks as `- [ ]` lines, except those last week's carried items already bring along. */
export function openAskLines(report: PeopleReport, previousPath: string | undefined, carried: readonly CarriedItem[]): string[] {
  const carriedLines = new Set(carried.map((item) => item.line));
  const kept = report.openAsks.filter((ask) => !(ask.lastSeen.path === previousPath && carriedLines.has(ask.lastSeen.line)));
  return carryForwardAskLines({ ...report, openAsks: kept });
}

/** The new review's text. */
export function reviewTemplate(weekName: string, weekNumber: number, rubric: Rubric, carried: readonly CarriedItem[], asks: readonly string[]): string {
  const out = ['---', `week: ${weekName}`, `hours: ${rubric.expectedHours ?? 40}`, '---', '', `# Week ${weekNumber} review`, ''];
  const known = new Set(rubric.categories.map((category) => category.id));
  for (const category of rubric.categories) {
    out.push(`## ${category.name}`);
    out.push(...carried.filter((item) => item.categoryId === category.id).map((item) => item.text));
    out.push('');
  }
  const homeless = carried.filter((item) => item.categoryId === undefined || !known.has(item.categoryId));
  if (homeless.length > 0) out.push('## Carried over', ...homeless.map((item) => item.text), '');
  if (asks.length > 0) out.push('## Open asks', ...asks, '');
  return out.join('\n');
}
