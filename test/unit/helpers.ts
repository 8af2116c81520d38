// Shared fixtures for the engine's unit tests: an in-memory host and small
// accessors, so every test reads as "this text gives exactly these findings".

import { readFileSync } from 'node:fs';
import { createReviewService, type ReviewDiagnostic, type ReviewService } from '../../src/core';
import type { ReviewAnalysis } from '../../src/core/analysis/analyze';

export interface Fixture {
  files: Map<string, string>;
  service: ReviewService;
  reads: string[];
}

export function fixture(files: Record<string, string> = {}): Fixture {
  const map = new Map(Object.entries(files));
  const reads: string[] = [];
  const service = createReviewService({
    readFile: async (path) => {
      reads.push(path);
      return map.get(path);
    },
  });
  return { files: map, service, reads };
}

/** Analyses `text` as `/reviews/2026-W47.md` with the built-in rubric (no rubric files around). */
export async function analyze(text: string, path = '/reviews/2026-W47.md'): Promise<ReviewAnalysis> {
  return fixture().service.analyze(path, text);
}

export function byRule(analysis: ReviewAnalysis, ruleId: string): ReviewDiagnostic[] {
  return analysis.diagnostics.filter((d) => d.ruleId === ruleId);
}

/** `[line, column, endLine, endColumn]` of a diagnostic, 1-based. */
export function at(diagnostic: ReviewDiagnostic | undefined): [number, number, number, number] | undefined {
  if (!diagnostic) return undefined;
  const { start, end } = diagnostic.range;
  return [start.line, start.column, end.line, end.column];
}

export function rulesAt(analysis: ReviewAnalysis): string[] {
  return analysis.diagnostics.map((d) => `${d.range.start.line}:${d.ruleId}`);
}

/** Counted activities as `[line, minutes]`. */
export function counted(analysis: ReviewAnalysis): [number, number][] {
  return analysis.document.activities.filter((a) => a.counted).map((a) => [a.line, a.minutes]);
}

export function activityAt(analysis: ReviewAnalysis, line: number) {
  const found = analysis.document.activities.find((a) => a.line === line);
  if (!found) throw new Error(`no activity on line ${line}; activities: ${analysis.document.activities.map((a) => a.line).join(', ')}`);
  return found;
}

// The public example and its labels, copied from the product brief so the repository stands alone.
const exampleRoot = new URL('../fixtures/example-w45/', import.meta.url);

export function exampleFile(name: '2026-W45.md' | 'labels.json'): string {
  return readFileSync(new URL(name, exampleRoot), 'utf8');
}
