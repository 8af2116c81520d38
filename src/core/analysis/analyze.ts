// The analysis pipeline: a review's text in, activities, categories, scores
// and diagnostics out. Each stage is its own module:
//   front matter facts → syntax (sections, cached by text) → categories of
//   headings → activity tree → item facts (category, priority, outcome) →
//   judgment → rules.
// What links sections together (the heading stack, categories, the rubric) is
// cheap and recomputed on every call, so sectioned analysis equals a
// whole-document one.

import { splitLines } from '../parse/sections';
import type { Rubric } from '../rubric/model';
import { runRules, type SeverityOverrides } from '../rules/runner';
import type { ReviewDiagnostic } from '../types';
import { buildActivityTree } from './activityTree';
import type { Caches } from './cache';
import { categorizeHeadings, headingCategoryOfItems } from './categories';
import type { AnalyzedDocument, RubricFailure } from './document';
import { readFrontMatterFacts, type FrontMatterFacts } from './frontMatterFacts';
import { resolveItemFacts } from './itemFacts';
import { judgeActivities } from './judge';
import { collectSyntax } from './syntax';

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
  const { starts, lines } = splitLines(input.text);
  const rubric = input.rubric;
  const facts = readFrontMatterFacts(input.path, lines);
  const syntax = collectSyntax({ text: input.text, lines, starts, frontMatterEndLine: facts.block?.endLine ?? 0, sectioned: input.sectioned !== false }, caches);
  categorizeHeadings(syntax.headings, rubric, caches);
  const tree = buildActivityTree(syntax.items);
  const notes = resolveItemFacts(syntax.items, tree, headingCategoryOfItems(syntax.items, syntax.headings), rubric);
  if (rubric) judgeActivities(tree.activities, rubric, caches);

  const document: AnalyzedDocument = {
    path: input.path,
    lineCount: lines.length,
    lineLength: (line) => (lines[line - 1] ?? '').length,
    frontMatterProblems: facts.problems,
    headings: syntax.headings,
    activities: tree.activities,
    notes,
    durationIssues: tree.durationIssues,
    directives: syntax.directives,
    parseErrors: syntax.parseErrors,
    totalMinutes: tree.activities.reduce((total, a) => total + (a.counted ? a.minutes : 0), 0),
  };
  addDocumentFacts(document, facts, input);
  return { document, diagnostics: runRules(document, input.severities) };
}

/** Week, rubric and expected hours: optional facts, set only when known. */
function addDocumentFacts(document: AnalyzedDocument, facts: FrontMatterFacts, input: AnalysisInput): void {
  const { frontMatter, weekFromFileName, weekFromFrontMatter } = facts;
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
