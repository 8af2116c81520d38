// The analysis pipeline: a review's text in, activities, categories, scores
// and diagnostics out. The document is split into sections; each section is
// analysed on its own (section.ts: syntax → categories → activity tree → item
// facts → judgment → section rules) and cached, with the headings still open
// at its start as its only link to what came before. The whole-document steps
// — front matter facts, totals, document rules, disable comments — then join
// the sections. A keystroke re-analyses one section; analysing the text as
// one section (`sectioned: false`) gives the same result.

import { splitLines, splitSections, type Section } from '../parse/sections';
import type { Rubric } from '../rubric/model';
import { mergeSorted, runRules, withoutDisabled, type SeverityOverrides } from '../rules/runner';
import type { Heading, ReviewDiagnostic } from '../types';
import type { Caches } from './cache';
import type { AnalyzedDocument, RubricFailure } from './document';
import { readFrontMatterFacts, type FrontMatterFacts } from './frontMatterFacts';
import { analyzeSection, settingsKey, type SectionContext, type SectionResult } from './section';

export interface AnalysisInput {
  path: string;
  text: string;
  rubric?: Rubric;
  rubricFailure?: RubricFailure;
  /** Severity overrides from the host (VS Code settings), applied after the rubric's `rules`. */
  severities?: SeverityOverrides;
  /** Parse sections separately and cache them (the default); false parses the whole text at once. */
  sectioned?: boolean;
}

export interface ReviewAnalysis {
  document: AnalyzedDocument;
  diagnostics: ReviewDiagnostic[];
}

export function analyzeReview(input: AnalysisInput, caches: Caches): ReviewAnalysis {
  const table = splitLines(input.text);
  const facts = readFrontMatterFacts(input.path, table.lines);
  const sections: Section[] = input.sectioned === false
    ? [{ startLine: 1, startOffset: 0, text: input.text }]
    : splitSections(input.text, table, facts.block?.endLine ?? 0, caches.splits);
  const context: SectionContext = { rubric: input.rubric, severities: input.severities, settingsKey: settingsKey(input.rubric, input.severities, caches), path: input.path };
  let open: Heading[] = [];
  const results: SectionResult[] = [];
  for (const section of sections) {
    const result = analyzeSection(section, open, context, caches);
    results.push(result);
    open = result.openAtEnd;
  }
  const document = joinSections(results, input.path, table.lines);
  addDocumentFacts(document, facts, input);
  const documentDiagnostics = runRules(document, input.severities, 'document');
  const sorted = mergeSorted(results.map((r) => r.diagnostics), documentDiagnostics);
  return { document, diagnostics: withoutDisabled(sorted, document.directives) };
}

/** The document as the rules and features see it: the sections' lists joined (O(sections) arrays, shared items). */
function joinSections(results: readonly SectionResult[], path: string, lines: readonly string[]): AnalyzedDocument {
  // One native concat per list: joining is O(sections) calls, not a push per item.
  const join = <K extends 'headings' | 'activities' | 'notes' | 'durationIssues' | 'durationNotes' | 'directives' | 'parseErrors'>(key: K): SectionResult[K][number][] =>
    ([] as SectionResult[K][number][]).concat(...results.map((result) => result[key] as SectionResult[K][number][]));
  return {
    path,
    lineCount: lines.length,
    lineLength: (line) => (lines[line - 1] ?? '').length,
    frontMatterProblems: [],
    headings: join('headings'),
    activities: join('activities'),
    notes: join('notes'),
    durationIssues: join('durationIssues'),
    durationNotes: join('durationNotes'),
    directives: join('directives'),
    parseErrors: join('parseErrors'),
    totalMinutes: results.reduce((total, r) => total + r.minutes, 0),
    tallies: results.map((r) => r.tally),
  };
}

/** Week, rubric and expected hours: optional facts, set only when known. */
function addDocumentFacts(document: AnalyzedDocument, facts: FrontMatterFacts, input: AnalysisInput): void {
  const { frontMatter, weekFromFileName, weekFromFrontMatter } = facts;
  document.frontMatterProblems = facts.problems;
  if (facts.fileNameWeekProblem !== undefined) document.fileNameWeekProblem = facts.fileNameWeekProblem;
  if (frontMatter) document.frontMatter = frontMatter;
  if (weekFromFileName) document.weekFromFileName = weekFromFileName;
  if (weekFromFrontMatter) document.weekFromFrontMatter = weekFromFrontMatter;
  const week = weekFromFrontMatter ?? weekFromFileName;
  if (week) document.week = week;
  if (input.rubric) document.rubric = input.rubric;
  if (input.rubricFailure) document.rubricFailure = input.rubricFailure;
  if (frontMatter?.hours !== undefined) {
    document.expectedMinutes = Math.round(frontMatter.hours * 60);
    document.expectedSource = 'front matter';
  } else if (input.rubric?.expectedHours !== undefined) {
    document.expectedMinutes = Math.round(input.rubric.expectedHours * 60);
    document.expectedSource = 'rubric';
  }
}
