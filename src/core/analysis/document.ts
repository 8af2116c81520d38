// The analysed review as the rules see it: activities with their derived
// facts, headings, front matter and what went wrong reading them.

import type { RawDirective } from '../parse/sectionSyntax';
import type { Rubric, RubricProblem } from '../rubric/model';
import type { SectionTally } from './tally';
import type { Activity, FrontMatter, Heading, IsoWeek, Range, ReviewDiagnostic, SeverityOverrides } from '../types';

/** A list item that is not an activity but may deserve a hint. */
export interface NoteItem {
  line: number;
  range: Range;
  text: string;
  depth: number;
  checked: boolean | undefined;
  /** Has descendant activities (then it is a container, not a missing duration). */
  containsActivities: boolean;
  categoryId?: string;
  categoryFromHeading: boolean;
  isOutcomeNote: boolean;
}

export interface DurationIssue {
  kind: 'malformed' | 'invalid';
  text: string;
  range: Range;
  problem: string;
  /** The parser's repair ("2h30" → "2h 30m"), offered by the quick fix. */
  replacement?: string;
}

/** A counted duration that could be read another way (`10m users`: ten minutes, or ten million?). */
export interface DurationNote {
  text: string;
  range: Range;
  note: string;
}

export interface RubricFailure {
  file: string;
  problems: RubricProblem[];
}

export interface AnalyzedDocument {
  path: string;
  lineCount: number;
  /** Text of each line, for ranges that cover a whole line. */
  lineLength(line: number): number;
  frontMatter?: FrontMatter;
  frontMatterProblems: { message: string; range: Range }[];
  week?: IsoWeek;
  weekFromFileName?: IsoWeek;
  weekFromFrontMatter?: IsoWeek;
  rubric?: Rubric;
  rubricFailure?: RubricFailure;
  headings: Heading[];
  activities: Activity[];
  notes: NoteItem[];
  durationIssues: DurationIssue[];
  durationNotes: DurationNote[];
  directives: RawDirective[];
  parseErrors: { line: number; endLine?: number; kind?: string; message: string }[];
  /** A file name that names no real ISO week (`2026-W54.md`). */
  fileNameWeekProblem?: string;
  totalMinutes: number;
  /** What the sections add to the summary, added up (kept up to date by splicing after an edit, analysis/join.ts). */
  tally?: SectionTally;
  expectedMinutes?: number;
  expectedSource?: 'front matter' | 'rubric';
}

/**
 * The rules, as the pipeline runs them: section rules with each section (and
 * cached with it), document rules once. They read this file's facts, so they
 * sit above the analysis; the service hands them in (rules/runner.ts's
 * `RULE_RUNNER`) and nothing here imports a rule.
 */
export interface RuleRunner {
  /** The findings of one scope's rules, sorted, at the severities the rubric and the host give. */
  check(document: AnalyzedDocument, severities: SeverityOverrides | undefined, scope: 'section' | 'document'): ReviewDiagnostic[];
  /** The sections' findings and the document's in one sorted list, less those a disable comment silences. */
  finish(sectionList: readonly ReviewDiagnostic[], documentList: readonly ReviewDiagnostic[], directives: readonly RawDirective[]): ReviewDiagnostic[];
}
