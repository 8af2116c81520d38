// The analysis pipeline: a review's text in, activities, categories, scores
// and diagnostics out. The document is split into sections; each section is
// analysed on its own (section.ts: syntax → categories → activity tree → item
// facts → judgment → section rules) and cached, with the headings still open
// at its start as its only link to what came before. The whole-document steps
// — front matter facts, totals, document rules, disable comments — then join
// the sections. A keystroke re-analyses one section; analysing the text as
// one section (`sectioned: false`) gives the same result.

import { reline, resplit, type Relined, type Split, type SplitChange } from '../parse/resplit';
import { linesOf, splitLines, splitSectionsWithStarts, type LineList, type LineTable, type Section } from '../parse/sections';
import type { VerdictMemory } from '../memory/verdicts';
import type { Rubric } from '../rubric/model';
import type { Heading, ReviewDiagnostic, SeverityOverrides } from '../types';
import { CACHE_LIMITS, type Caches, type DocumentMemo } from './cache';
import { openHeadingsKey } from './categories';
import { joinResults, spliceResults, type JoinChange, type Joined } from './join';
import { shiftable, shiftResult } from './shift';
import type { AnalyzedDocument, RubricFailure, RuleRunner } from './document';
import { readFrontMatterFacts, unchangedFrontMatterFacts, type FrontMatterFacts } from './frontMatterFacts';
import { analyzeSection, settingsKey, type SectionContext, type SectionResult } from './section';

export interface AnalysisInput {
  path: string;
  text: string;
  rubric?: Rubric;
  rubricFailure?: RubricFailure;
  /** Severity overrides from the host (VS Code settings), applied after the rubric's `rules`. */
  severities?: SeverityOverrides;
  /** The rules, handed in from above (rules/runner.ts's RULE_RUNNER): analysis does not import them. */
  rules: RuleRunner;
  /** Verdicts the writer gave on earlier items: a similar item takes its verdict. */
  memory?: VerdictMemory;
  /** Parse sections separately and cache them (the default); false parses the whole text at once. */
  sectioned?: boolean;
  /** false: keep no memo of this analysis for the next version of the path (a one-shot analysis). */
  remember?: boolean;
}

export interface ReviewAnalysis {
  document: AnalyzedDocument;
  diagnostics: ReviewDiagnostic[];
}

function contextOf(input: AnalysisInput, caches: Caches): SectionContext {
  return { rubric: input.rubric, severities: input.severities, rules: input.rules, memory: input.memory, settingsKey: settingsKey(input.rubric, input.severities, caches, input.memory), path: input.path };
}

/**
 * The first analysis of a large review, a batch of sections at a time: the
 * section loop of a first `analyzeReview`, awaiting `pause()` after each
 * `batchMs` of work (false stops early), so a host keeps answering while a
 * 1 MB review is checked. Each section's result lands in the assembled cache,
 * so the `analyzeReview` that follows only joins them; stopped early, the
 * sections done are kept for the next try. Nothing to do once the path has
 * been analysed (later analyses are updates).
 */
export async function prepareReview(input: AnalysisInput, caches: Caches, pause: () => Promise<boolean>, batchMs = 20): Promise<void> {
  if (input.sectioned === false || input.remember === false || caches.documents.has(input.path)) return;
  const context = contextOf(input, caches);
  const table = splitLines(input.text);
  const facts = readFrontMatterFacts(input.path, table.lines, caches.frontMatter);
  // The split a first analyzeReview makes (no memo), so every section it assembles is one prepared here.
  const { sections } = splitOf(input, table, facts.block?.endLine ?? 0, caches, undefined, undefined);
  let open: readonly Heading[] = [];
  let batchStart = Date.now();
  for (const section of sections) {
    open = analyzeSection(section, open, context, caches).openAtEnd;
    if (Date.now() - batchStart < batchMs) continue;
    if (!(await pause())) return;
    batchStart = Date.now();
  }
}

export function analyzeReview(input: AnalysisInput, caches: Caches): ReviewAnalysis {
  const context = contextOf(input, caches);
  const memo = input.sectioned === false ? undefined : caches.documents.get(input.path);
  if (memo) context.detach = true;
  if (input.remember === false) context.keep = false;
  const relined = memo && memo.split.text !== input.text ? reline(memo.split, input.text) : undefined;
  const table = relined?.table ?? (memo?.split.text === input.text ? memo.split.table : splitLines(input.text));
  const previousFacts = memo && (relined || memo.split.text === input.text) ? unchangedFrontMatterFacts(memo.facts, table.lines.at(0) ?? '', relined?.firstChanged ?? table.lines.length) : undefined;
  const facts = previousFacts ?? readFrontMatterFacts(input.path, table.lines, caches.frontMatter);
  const firstContentLine = facts.block?.endLine ?? 0;
  const split = splitOf(input, table, firstContentLine, caches, memo, relined);
  const previous = memo?.settingsKey === context.settingsKey ? memo : undefined;
  const { results, change } = sectionResults(split, context, caches, previous);
  const joined = previous && change ? spliceResults(previous.joined, results, change) : joinResults(results);
  if (input.sectioned !== false && input.remember !== false) rememberDocument(caches, input.path, { split: withLineView(split), facts, results, joined, settingsKey: context.settingsKey });
  const document = documentOf(joined, input.path, table.lines);
  addDocumentFacts(document, facts, input);
  const documentDiagnostics = input.rules.check(document, input.severities, 'document');
  return { document, diagnostics: input.rules.finish(joined.lists.diagnostics, documentDiagnostics, document.directives) };
}

/** No change at all: the previous split as it was. */
const UNCHANGED: SplitChange = { samePrefix: 0, suffixFrom: 0, sectionDelta: 0, lineDelta: 0 };

/** The new split: updated from the path's previous one where the edit allows, else from scratch. */
function splitOf(input: AnalysisInput, table: LineTable, firstContentLine: number, caches: Caches, memo: DocumentMemo | undefined, relined: Relined | undefined): Split & Partial<SplitChange> {
  if (input.sectioned === false) {
    return { text: input.text, table, firstContentLine, sections: [{ startLine: 1, startOffset: 0, text: input.text }], hard: [false] };
  }
  if (memo && memo.split.text === input.text && memo.split.firstContentLine === firstContentLine) return { ...memo.split, ...UNCHANGED, samePrefix: memo.split.sections.length };
  const updated = memo && relined ? resplit(memo.split, input.text, relined, firstContentLine, caches.splits) : undefined;
  return updated ?? { text: input.text, table, firstContentLine, ...splitSectionsWithStarts(input.text, table, firstContentLine, caches.splits) };
}

/**
 * Each section's result. Sections the edit left in place reuse the previous
 * results outright (same settings, same open headings, same lines), without
 * even a cache lookup: on a 1 MB review that is what makes a keystroke cost
 * the edited section and not the document. `change` says which results are
 * new when all others are the previous ones, so the join can be spliced.
 */
function sectionResults(split: Split & Partial<SplitChange>, context: SectionContext, caches: Caches, memo: DocumentMemo | undefined): { results: SectionResult[]; change?: JoinChange } {
  const { sections } = split;
  const results: SectionResult[] = new Array<SectionResult>(sections.length);
  const samePrefix = memo ? (split.samePrefix ?? 0) : 0;
  const sectionDelta = split.sectionDelta ?? 0;
  let open: Heading[] = [];
  for (let i = 0; i < sections.length; i++) {
    if (i < samePrefix) {
      results[i] = (memo as DocumentMemo).results[i] as SectionResult;
    } else if (memo && i === split.suffixFrom && sameOpenHeadings(open, memo.results, i - sectionDelta)) {
      if (split.lineDelta === 0) {
        for (let j = i; j < sections.length; j++) results[j] = memo.results[j - sectionDelta] as SectionResult;
        return { results, change: { from: samePrefix, to: i, oldTo: i - sectionDelta } };
      }
      movedResults(split, results, i, memo, context, caches);
      return { results, change: { from: samePrefix, to: sections.length, oldTo: memo.results.length } };
    } else {
      results[i] = analyzeSection(sections[i] as Section, open, context, caches);
    }
    open = (results[i] as SectionResult).openAtEnd;
  }
  return memo && samePrefix > 0 ? { results, change: { from: samePrefix, to: sections.length, oldTo: memo.results.length } } : { results };
}

/**
 * The sections after the edit when it added or removed lines: their previous
 * results, moved (shift.ts), except those whose judgment names a line, which
 * are assembled again at their new place.
 */
function movedResults(split: Split & Partial<SplitChange>, results: SectionResult[], from: number, memo: DocumentMemo, context: SectionContext, caches: Caches): void {
  const sectionDelta = split.sectionDelta ?? 0;
  const lineDelta = split.lineDelta ?? 0;
  const movedFrom = (memo.split.sections[from - sectionDelta] as Section).startLine;
  let open = (results[from - 1] as SectionResult).openAtEnd;
  for (let j = from; j < split.sections.length; j++) {
    const old = memo.results[j - sectionDelta] as SectionResult;
    const result = shiftable(old) ? shiftResult(old, movedFrom, lineDelta) : analyzeSection(split.sections[j] as Section, open, context, caches);
    results[j] = result;
    open = result.openAtEnd;
  }
}

/** Do the headings open before the previous split's section `oldIndex` equal `open`? */
function sameOpenHeadings(open: readonly Heading[], previous: readonly SectionResult[], oldIndex: number): boolean {
  const before = previous[oldIndex - 1];
  return before !== undefined && (before.openAtEnd === open || openHeadingsKey(before.openAtEnd) === openHeadingsKey(open));
}

/** The split as kept for the next update: its lines a view of the text, not an array of every line (`\r` line ends keep the array). */
function withLineView<S extends Split>(split: S): S {
  const { text, table } = split;
  return Array.isArray(table.lines) && !text.includes('\r') ? { ...split, table: { starts: table.starts, lines: linesOf(text, table.starts) } } : split;
}

function rememberDocument(caches: Caches, path: string, memo: DocumentMemo): void {
  caches.documents.delete(path);
  if (caches.documents.size >= CACHE_LIMITS.documents) caches.documents.delete(caches.documents.keys().next().value as string);
  caches.documents.set(path, memo);
}

/** The document as the rules and features see it, over the joined lists. */
function documentOf(joined: Joined, path: string, lines: LineList): AnalyzedDocument {
  const { lists } = joined;
  return {
    path,
    lineCount: lines.length,
    lineLength: (line) => (lines.at(line - 1) ?? '').length,
    frontMatterProblems: [],
    headings: lists.headings,
    activities: lists.activities,
    notes: lists.notes,
    durationIssues: lists.durationIssues,
    durationNotes: lists.durationNotes,
    directives: lists.directives,
    parseErrors: lists.parseErrors,
    totalMinutes: joined.totalMinutes,
    tally: joined.tally,
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
