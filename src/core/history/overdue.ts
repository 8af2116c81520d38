// The latest review's `overdue-one-on-one` findings: one information finding
// per overdue person, on the review's title line, with a quick fix that plans
// `- [ ] 30m 1:1 with @handle` under the people/culture category heading (the
// culture category, else any category of the people priority), else at the end.

import type { ReviewAnalysis } from '../analysis/analyze';
import { historyFinding, lineRange, type HistoryFinding, type HistoryTextEdit } from './findings';
import type { PeopleReport, PersonStatus } from './peopleTypes';

export type OverdueReview = { path: string; text: string; analysis: ReviewAnalysis };

/** Category ids that are the home of a 1:1, best first. */
function peopleCategoryIds(analysis: ReviewAnalysis): string[] {
  const categories = analysis.document.rubric?.categories ?? [];
  const culture = categories.filter((c) => c.id === 'culture');
  const people = categories.filter((c) => c.priorityId === 'people' && c.id !== 'culture');
  return [...culture, ...people].map((c) => c.id);
}

/** The line the title is on: the first level-1 heading, else the first heading, else line 1. */
export function titleLine(analysis: ReviewAnalysis): number {
  const headings = analysis.document.headings;
  return (headings.find((h) => h.depth === 1) ?? headings[0])?.line ?? 1;
}

function lastNonBlank(lines: readonly string[], from: number, before: number): number {
  for (let line = before - 1; line > from; line--) if ((lines[line - 1] ?? '').trim() !== '') return line;
  return from;
}

/** The edit that plans a 1:1 with `handle` in this review, as one insertion. */
export function planOneOnOneEdit(review: OverdueReview, handle: string): HistoryTextEdit {
  const lines = review.text.split(/\r\n|\r|\n/);
  const eol = /\r\n/.test(review.text) ? '\r\n' : '\n';
  const item = `- [ ] 30m 1:1 with ${handle}`;
  const headings = [...review.analysis.document.headings].sort((a, b) => a.line - b.line);
  const homes = peopleCategoryIds(review.analysis);
  const home = homes.map((id) => headings.find((h) => h.categoryId === id)).find((h) => h !== undefined);
  const frontMatterEnd = review.analysis.document.frontMatter?.endLine ?? 0;
  const after = home
    ? lastNonBlank(lines, home.line, headings.find((h) => h.line > home.line)?.line ?? lines.length + 1)
    : lastNonBlank(lines, frontMatterEnd, lines.length + 1);
  if (after < lines.length) return { range: { start: { line: after + 1, column: 1 }, end: { line: after + 1, column: 1 } }, newText: `${item}${eol}` };
  const end = { line: Math.max(1, after), column: (lines[Math.max(1, after) - 1] ?? '').length + 1 };
  return { range: { start: end, end }, newText: after === 0 ? `${item}${eol}` : `${eol}${item}${eol}` };
}

const weeks = (count: number | null): string => `${count} ${count === 1 ? 'week' : 'weeks'}`;

/** "cadence 2w", or "cadence monthly (4 weeks)": the weeks only when the cadence does not already say them (issue 22: "1w (1 weeks)"). */
function cadencePhrase(person: PersonStatus): string {
  return person.cadence === `${person.cadenceWeeks}w` ? `cadence ${person.cadence}` : `cadence ${person.cadence} (${weeks(person.cadenceWeeks)})`;
}

function overdueMessage(person: PersonStatus): string {
  const who = person.name ? `${person.name} (${person.handle})` : person.handle;
  const last = person.lastOneOnOne;
  return `1:1 with ${who} is overdue: ${weeks(person.weeksSinceOneOnOne)} since the last one (${last?.week}, ${last?.path}:${last?.line}), ${cadencePhrase(person)}, overdue by ${weeks(person.overdueByWeeks)}.`;
}

/** One `overdue-one-on-one` finding per overdue person, on `latest` (the report's `asOf` review). */
export function overdueFindings(report: PeopleReport, latest: OverdueReview): HistoryFinding[] {
  const line = titleLine(latest.analysis);
  const range = lineRange(line, latest.analysis.document.lineLength(line));
  return report.overdue.map((handle) => {
    const person = report.people.find((p) => p.handle === handle) as PersonStatus;
    const finding = historyFinding(latest.path, 'overdue-one-on-one', 'info', overdueMessage(person), range);
    finding.handle = handle;
    finding.fix = { title: `Plan a 1:1 with ${handle}`, edit: planOneOnOneEdit(latest, handle) };
    return finding;
  });
}
