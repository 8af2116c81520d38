// Fixtures for the editor features' unit tests: the real review service over
// an in-memory host, so every feature is checked on a real analysis.

import { createReviewService, type ReviewService, type WeekSummary } from '../../../src/core';

export function serviceWith(files: Record<string, string> = {}): ReviewService {
  const map = new Map(Object.entries(files));
  return createReviewService({ readFile: async (path) => map.get(path) });
}

export async function analyzed(text: string, path = '/reviews/2026-W47.md', files: Record<string, string> = {}) {
  const service = serviceWith(files);
  const analysis = await service.analyze(path, text);
  return { service, analysis, summary: service.summarize(analysis) as WeekSummary };
}

/** `[line, column, endLine, endColumn]`, 1-based like the engine. */
export function at(range: { start: { line: number; column: number }; end: { line: number; column: number } }): [number, number, number, number] {
  return [range.start.line, range.start.column, range.end.line, range.end.column];
}

/** Applies edits (engine coordinates, non-overlapping) to text, last first. */
export function applyEdits(text: string, edits: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}

/** One review exercising every feature: 1-based line numbers are noted on the right. */
export const REVIEW = [
  '---', //                                                                    1
  'week: 2026-W46   # typo', //                                                2 (file name says W47)
  'hours: 40', //                                                              3
  '---', //                                                                    4
  '', //                                                                       5
  '## Recruiting', //                                                          6
  '- 4h Hiring committee for the platform team → 3 offers approved', //        7
  '- 2h Cleaned up my inbox  ', //                                             8 (trailing spaces)
  '', //                                                                       9
  '## Engineering culture', //                                                10
  '- 2 hrs Career ladder calibration with all managers (3h)', //              11
  '- 1h Pairing on a small CSS fix <!-- worthy: mentoring a new hire -->', // 12
  '- 2h75m Broken one', //                                                    13
  '', //                                                                      14
  '## Misc', //                                                               15
  '- 1h Cleaned up my inbox', //                                              16
  '- 3h Parent', //                                                           17
  '  - 1h Child one #recruiting', //                                          18
  '  - 1h Child two #recruiting', //                                          19
  '',
].join('\n');
