// Shared pieces of the history tests: an in-memory review service over a map
// of files, and the rounding the tests use for their own expected numbers.

import { createReviewService, type ReviewService } from '../../../src/core';

export function memoryService(files: Map<string, string>): ReviewService {
  return createReviewService({ readFile: async (path) => files.get(path) });
}

export const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
export const round1 = (value: number): number => Math.round(value * 10) / 10;

export const HISTORY_RUBRIC = `name: small
threshold: 0.5
tolerance: 5%
priorities:
  people: { name: People }
  technology: { name: Technology }
groups:
  external: { name: External, target: 40%, categories: [recruiting] }
  internal: { name: Internal, target: 60%, categories: [culture, operations] }
categories:
  recruiting: { name: Recruiting, target: 40%, priority: people }
  culture: { name: Engineering culture, target: 30%, priority: people }
  operations: { name: Operations, target: 30%, priority: technology }
criteria:
  not-a-chore: { name: Not a chore, weight: 1, fail: { keywords: [chore] } }
`;

/** A review of `week` with minutes per heading, e.g. `review('2026-W10', { Recruiting: 60 })`. */
export function review(week: string, minutesByHeading: Record<string, number>, extra = ''): string {
  const sections = Object.entries(minutesByHeading).map(([heading, minutes]) => `## ${heading}\n- ${minutes}m Work on ${heading.toLowerCase()}\n`);
  return `---\nweek: ${week}\n---\n# Week ${week}\n\n${sections.join('\n')}${extra}`;
}
