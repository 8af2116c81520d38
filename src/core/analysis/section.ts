// One section's assembled analysis: its activities (categorised, judged),
// notes, duration issues and the diagnostics of the section-scoped rules,
// at absolute positions. Cached by everything it depends on — the section's
// text and first line, the headings open where it starts, the rubric and the
// severities — so a keystroke rebuilds only the edited section; sections whose
// text and position did not change hand back the very same objects.

import type { Section } from '../parse/sections';
import { detachText } from '../text';
import type { Rubric } from '../rubric/model';
import { tallyActivities, type SectionTally } from './tally';
import type { Activity, Heading, ReviewDiagnostic, SeverityOverrides } from '../types';
import { buildActivityTree } from './activityTree';
import { CACHE_LIMITS, remember, rubricId, type Caches } from './cache';
import { categorizeHeadings, headingCategoryOfItems, openHeadingsKey } from './categories';
import type { AnalyzedDocument, DurationIssue, DurationNote, NoteItem, RuleRunner } from './document';
import { inferCategories } from './inferCategories';
import { resolveItemFacts } from './itemFacts';
import type { VerdictMemory } from '../memory/verdicts';
import { judgeActivities } from './judge';
import { NO_EXEMPLARS, ownExemplars } from './exemplars';
import { placeSectionSyntax, type PlacedSyntax } from './syntax';

export interface SectionResult {
  headings: Heading[];
  activities: Activity[];
  notes: NoteItem[];
  durationIssues: DurationIssue[];
  durationNotes: DurationNote[];
  directives: PlacedSyntax['directives'];
  parseErrors: PlacedSyntax['parseErrors'];
  /** Logged minutes of the section's counted activities. */
  minutes: number;
  /** What the section adds to the summary. */
  tally: SectionTally;
  /** Section-scoped findings, sorted, before disable comments are applied. */
  diagnostics: ReviewDiagnostic[];
  /** The headings still open at the section's end: the next section's context. */
  openAtEnd: Heading[];
}

export interface SectionContext {
  rubric: Rubric | undefined;
  severities: SeverityOverrides | undefined;
  rules: RuleRunner;
  memory?: VerdictMemory | undefined;
  /** Rubric and severities as a key part, computed once per analysis. */
  settingsKey: string;
  path: string;
  /**
   * Copy a section's text before keeping anything cut from it (see
   * `detachText`): set when updating an earlier analysis, whose versions of
   * the text would otherwise pile up, one per keystroke. A first analysis
   * keeps slices of its one text.
   */
  detach?: boolean;
  /**
   * false: cache nothing of this analysis (a one-shot analysis of a file read
   * from disk): keeping a parse and a result per file of a 520-review run
   * only makes the garbage collector work harder.
   */
  keep?: boolean;
}

export function settingsKey(rubric: Rubric | undefined, severities: SeverityOverrides | undefined, caches: Caches, memory?: VerdictMemory): string {
  // The memory object is kept as long as its file does not change: by identity, like the rubric.
  return `${rubric ? rubricId(caches, rubric) : 0}\u0001${severities ? JSON.stringify(severities) : ''}\u0001${memory ? rubricId(caches, memory) : 0}`;
}

/**
 * `text.split(/\r\n|\r|\n/).length`, counted without making the lines.
 * Without a `\r` (most texts), by `indexOf` from one `\n` to the next: a
 * loop over every character ran uncompiled through a process's first checks.
 */
function lineCountOf(text: string): number {
  if (!text.includes('\r')) {
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    return count;
  }
  let count = 1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(at + 1) === 10) at++;
    }
  }
  return count;
}

/** A document made of one section, for the section-scoped rules. */
function sectionDocument(section: Section, result: Omit<SectionResult, 'diagnostics' | 'openAtEnd' | 'tally'>, context: SectionContext): AnalyzedDocument {
  let lines: string[] | undefined;
  const document: AnalyzedDocument = {
    path: context.path,
    lineCount: section.startLine - 1 + lineCountOf(section.text),
    lineLength: (line) => {
      lines ??= section.text.split(/\r\n|\r|\n/);
      return (lines[line - section.startLine] ?? '').length;
    },
    frontMatterProblems: [],
    headings: result.headings,
    activities: result.activities,
    notes: result.notes,
    durationIssues: result.durationIssues,
    durationNotes: result.durationNotes,
    directives: result.directives,
    parseErrors: result.parseErrors,
    totalMinutes: result.minutes,
  };
  if (context.rubric) document.rubric = context.rubric;
  return document;
}

function assembleSection(section: Section, openAtStart: readonly Heading[], context: SectionContext, caches: Caches): SectionResult {
  // `detach` is set exactly when this analysis updates an earlier one: the section is being edited, so it is read by blocks.
  const syntax = placeSectionSyntax(section, caches, context.keep !== false, context.detach === true);
  categorizeHeadings(syntax.headings, context.rubric);
  const { named, enclosing, openAtEnd } = headingCategoryOfItems(syntax.items, syntax.headings, openAtStart);
  const tree = buildActivityTree(syntax.items);
  const notes = resolveItemFacts(syntax.items, tree, named, context.rubric);
  const exemplars = context.rubric ? ownExemplars(context.rubric) : NO_EXEMPLARS;
  inferCategories({ items: syntax.items, tree, enclosing, headings: syntax.headings, rubric: context.rubric, caches, exemplars });
  if (context.rubric) judgeActivities(tree.activities, context.rubric, caches, exemplars, context.memory);
  const minutes = tree.activities.reduce((total, a) => total + (a.counted ? a.minutes : 0), 0);
  const parts = { headings: exact(syntax.headings), activities: exact(tree.activities), notes: exact(notes), durationIssues: exact(tree.durationIssues), durationNotes: exact(tree.durationNotes), directives: exact(syntax.directives), parseErrors: exact(syntax.parseErrors), minutes };
  const diagnostics = context.rules.check(sectionDocument(section, parts, context), context.severities, 'section');
  // Equal messages (the same verdicts on the same minutes) are held once.
  for (const diagnostic of diagnostics) diagnostic.message = remember(caches.messages, diagnostic.message, CACHE_LIMITS.messages, () => diagnostic.message);
  // Written out, not `{ ...parts, … }`: the engine copied that spread the slow way.
  const { headings, activities, durationIssues, durationNotes, directives, parseErrors } = parts;
  return { headings, activities, notes: parts.notes, durationIssues, durationNotes, directives, parseErrors, minutes, tally: tallyActivities(tree.activities, caches.failedIds), diagnostics: exact(diagnostics), openAtEnd: exact(openAtEnd) };
}

/**
 * A copy of `list` of its exact size. A list grown by `push` keeps room for
 * more (seventeen entries for a list of two); the results of a 1 MB review's
 * 2,000 sections are kept, and the room was a megabyte.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

/**
 * The results kept at one context, after their texts: `[text, result, text,
 * result, …]`, at most four pairs, oldest first. A flat list, not a Map: a
 * Map per context cost a quarter of a megabyte on a 1 MB review.
 */
export type AssembledTexts = (string | SectionResult)[];

/**
 * Texts kept per context (a place in the document with its open headings):
 * typing at one place leaves older texts behind there; the oldest goes first.
 */
const TEXTS_PER_CONTEXT = 4;

export function analyzeSection(section: Section, openAtStart: readonly Heading[], context: SectionContext, caches: Caches): SectionResult {
  if (context.keep === false) return assembleSection(section, openAtStart, context, caches);
  // Keyed by the (short) context, then by the text itself: no key string is
  // built from the text, and its hash is computed once per keystroke.
  const contextKey = [context.settingsKey, section.startLine, openHeadingsKey(openAtStart)].join('\u0001');
  const held = remember(caches.assembled, contextKey, CACHE_LIMITS.assembled, (): AssembledTexts => []);
  for (let at = 0; at < held.length; at += 2) if (held[at] === section.text) return held[at + 1] as SectionResult;
  // What is kept (the key, the parse, every text cut from it) must not hold on to this version of the document.
  const own: Section = context.detach ? { ...section, text: detachText(section.text) } : section;
  const result = assembleSection(own, openAtStart, context, caches);
  // A new list of its exact size (one grown by push keeps room for seventeen), the oldest text dropped when full.
  caches.assembled.set(contextKey, [...(held.length >= 2 * TEXTS_PER_CONTEXT ? held.slice(2) : held), own.text, result]);
  return result;
}
