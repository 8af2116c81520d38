// Turns a review's text into activities, categories, scores and diagnostics.
// Sections come from a cache keyed by their text (see sections.ts); what links
// sections together — the heading stack, categories, the rubric — is cheap and
// is recomputed on every call, so sectioned analysis equals a whole-document one.

import { canonicalDuration } from '../parse/durations';
import type { AnalyzedDocument, DurationIssue, NoteItem, RubricFailure } from './document';
import { findFrontMatter, parseFrontMatter, type FrontMatterProblem } from '../parse/frontMatter';
import { parseWeekValue, weekFromFileName } from '../parse/isoWeek';
import { ruleDocsUrl } from '../rules/docs';
import type { Rubric } from '../rubric/model';
import { RULES } from '../rules';
import { scoreActivity, type ScoringResult } from './scoring';
import type { RawDirective, RawDuration, RawItem, SectionSyntax } from '../parse/sectionSyntax';
import { parseSectionSyntax } from '../parse/sectionSyntax';
import { splitLines, splitSections } from '../parse/sections';
import { findMeasure } from '../parse/measure';
import { normalizeLabel, slugify } from '../text';
import type { Activity, DurationToken, Heading, Range, ReviewDiagnostic, RuleId, Severity, SeveritySetting } from '../types';

export interface Caches {
  sections: Map<string, SectionSyntax>;
  scores: Map<string, ScoringResult>;
  /** Called with each section's text when it is actually parsed (a cache miss). */
  onSectionParsed?: (text: string) => void;
}

const MAX_SECTIONS = 20_000;
const MAX_SCORES = 50_000;

export function createCaches(): Caches {
  return { sections: new Map(), scores: new Map() };
}

function remember<V>(cache: Map<string, V>, key: string, limit: number, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

export interface AnalysisInput {
  path: string;
  text: string;
  rubric?: Rubric;
  rubricFailure?: RubricFailure;
  /** Severity overrides from the host (VS Code settings), applied after the rubric's `rules`. */
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  /** Parse sections separately and cache them (the default); false parses the whole text at once. */
  sectioned?: boolean;
}

export interface ReviewAnalysis {
  document: AnalyzedDocument;
  diagnostics: ReviewDiagnostic[];
}

function token(raw: RawDuration, line: number): DurationToken {
  return {
    text: raw.text,
    minutes: raw.minutes,
    normalized: canonicalDuration(raw.minutes),
    range: { start: { line, column: raw.column }, end: { line, column: raw.column + raw.text.length } },
  };
}

/** Normalized heading label → category id, built once per rubric (headings are matched on every keystroke). */
const headingLabels = new WeakMap<Rubric, Map<string, string>>();

function categoryOfHeading(rubric: Rubric | undefined, text: string): string | undefined {
  if (!rubric) return undefined;
  let labels = headingLabels.get(rubric);
  if (!labels) {
    labels = new Map();
    for (const category of rubric.categories) {
      for (const label of [category.name, category.id, ...category.aliases].map(normalizeLabel)) {
        if (label && !labels.has(label)) labels.set(label, category.id);
      }
    }
    headingLabels.set(rubric, labels);
  }
  return labels.get(normalizeLabel(text));
}

function categoryOfTags(rubric: Rubric | undefined, tags: readonly string[]): { id: string; tag: string } | undefined {
  if (!rubric) return undefined;
  for (const tag of tags) {
    // `#sales-and-customers` is spelled like the heading "Sales & customers": compare slugs.
    const slug = slugify(tag);
    const category = rubric.categories.find((c) => c.tags.includes(tag) || c.tags.includes(slug));
    if (category) return { id: category.id, tag };
  }
  return undefined;
}

function priorityOfTags(rubric: Rubric | undefined, tags: readonly string[]): string | undefined {
  if (!rubric) return undefined;
  for (const tag of tags) {
    const priority = rubric.priorities.find((p) => p.id === tag || p.tags.includes(tag));
    if (priority) return priority.id;
  }
  return undefined;
}

interface PlacedItem extends RawItem {
  /** Absolute 1-based line. */
  absLine: number;
  /** Index of the parent in the document-wide list, -1 for none. */
  absParent: number;
}

function collectSyntax(input: AnalysisInput, caches: Caches, lines: string[], starts: number[], firstContentLine: number) {
  const items: PlacedItem[] = [];
  const headings: Heading[] = [];
  const directives: RawDirective[] = [];
  const parseErrors: { line: number; message: string }[] = [];
  const sections = input.sectioned === false
    ? [{ startLine: 1, startOffset: 0, text: input.text }]
    : splitSections(input.text, { lines, starts }, firstContentLine);
  for (const section of sections) {
    const syntax = remember(caches.sections, section.text, MAX_SECTIONS, () => {
      caches.onSectionParsed?.(section.text);
      return parseSectionSyntax(section.text);
    });
    const shift = section.startLine - 1;
    for (const problem of syntax.problems) parseErrors.push({ line: problem.line + shift, message: problem.message });
    const base = items.length;
    for (const item of syntax.items) items.push({ ...item, absLine: item.line + shift, absParent: item.parent < 0 ? -1 : item.parent + base });
    for (const heading of syntax.headings) {
      headings.push({
        depth: heading.depth,
        text: heading.text,
        line: heading.line + shift,
        range: { start: { line: heading.line + shift, column: heading.column }, end: { line: heading.endLine + shift, column: heading.endColumn } },
      });
    }
    for (const directive of syntax.directives) directives.push({ ...directive, line: directive.line + shift });
  }
  return { items, headings, directives, parseErrors };
}

export function analyzeReview(input: AnalysisInput, caches: Caches): ReviewAnalysis {
  const { starts, lines } = splitLines(input.text);
  const rubric = input.rubric;

  const block = findFrontMatter(lines);
  const { frontMatter, problems: frontMatterProblems } = block ? parseFrontMatter(block) : { frontMatter: undefined, problems: [] as FrontMatterProblem[] };
  if (!block && /^---[ \t]*$/.test(lines[0] ?? '') && /^[A-Za-z_][\w-]*[ \t]*:/.test(lines[1] ?? '')) {
    frontMatterProblems.push({ message: 'Front matter is not closed: add a line "---" after its last key.', range: { start: { line: 1, column: 1 }, end: { line: 1, column: (lines[0] ?? '').length + 1 } } });
  }
  const fileWeek = weekFromFileName(input.path);
  let frontMatterWeek;
  if (frontMatter?.week !== undefined) {
    const parsed = parseWeekValue(frontMatter.week);
    if (parsed.ok) frontMatterWeek = parsed.week;
    else {
      const line = frontMatter.weekLine ?? 1;
      frontMatterProblems.push({ message: `"week" is not a week: ${parsed.reason}.`, range: { start: { line, column: 1 }, end: { line, column: (lines[line - 1] ?? '').length + 1 } } });
    }
  }

  const { items, headings, directives, parseErrors } = collectSyntax(input, caches, lines, starts, block ? block.endLine : 0);

  for (const heading of headings) {
    const categoryId = categoryOfHeading(rubric, heading.text);
    if (categoryId !== undefined) heading.categoryId = categoryId;
  }

  // Heading context of every item: walk items and headings together in line order.
  const headingCategory: ({ id: string; text: string; line: number } | undefined)[] = [];
  const stack: Heading[] = [];
  let nextHeading = 0;
  for (const item of items) {
    while (nextHeading < headings.length && (headings[nextHeading] as Heading).line < item.absLine) {
      const heading = headings[nextHeading++] as Heading;
      while (stack.length > 0 && (stack[stack.length - 1] as Heading).depth >= heading.depth) stack.pop();
      stack.push(heading);
    }
    const enclosing = [...stack].reverse().find((h) => h.categoryId !== undefined);
    headingCategory.push(enclosing ? { id: enclosing.categoryId as string, text: enclosing.text, line: enclosing.line } : undefined);
  }

  const durationIssues: DurationIssue[] = [];
  const activityOf: (Activity | undefined)[] = new Array(items.length);
  const activities: Activity[] = [];
  items.forEach((item, index) => {
    const line = item.absLine;
    if (item.malformed) {
      const fixed = suggestDuration(item.malformed.text);
      const issue: DurationIssue = { kind: 'malformed', text: item.malformed.text, range: token(item.malformed, line).range, problem: 'it does not match any duration form' };
      if (fixed) issue.replacement = fixed;
      durationIssues.push(issue);
    }
    const leadingOk = item.leading && item.leading.problem === undefined;
    const bracketedOk = item.bracketed.find((b) => b.problem === undefined);
    for (const bad of [item.leading, ...item.bracketed]) {
      if (bad?.problem !== undefined) durationIssues.push({ kind: 'invalid', text: bad.text, range: token(bad, line).range, problem: bad.problem });
    }
    if (!leadingOk && !bracketedOk) return;
    const itemRange: Range = { start: { line, column: item.contentColumn }, end: { line, column: Math.max(item.endColumn, item.contentColumn) } };
    const afterLeading = leadingOk && item.leading ? item.firstLine.slice(item.leading.text.length) : item.firstLine;
    const textStart = item.contentColumn + (item.firstLine.length - afterLeading.trimStart().length);
    const activity: Activity = {
      line,
      itemRange,
      textRange: { start: { line, column: Math.min(textStart, itemRange.end.column) }, end: itemRange.end },
      text: item.text,
      rawText: item.firstLine,
      minutes: 0,
      declaredMinutes: leadingOk && item.leading ? item.leading.minutes : (bracketedOk?.minutes ?? 0),
      checked: item.checked,
      counted: false,
      depth: item.depth,
      hasChildActivities: false,
      tags: item.tags,
    };
    if (leadingOk && item.leading) activity.leading = token(item.leading, line);
    if (bracketedOk) activity.bracketed = token(bracketedOk, line);
    if (item.worthyReason !== undefined) activity.worthyReason = item.worthyReason;
    activityOf[index] = activity;
    activities.push(activity);
  });

  // Nesting: nearest enclosing activity, planned ancestors, inherited tags and outcomes.
  const nearestActivityAncestor = (index: number): number => {
    let parent = (items[index] as PlacedItem).absParent;
    while (parent >= 0 && !activityOf[parent]) parent = (items[parent] as PlacedItem).absParent;
    return parent;
  };
  const plannedAncestor = (index: number): boolean => {
    for (let parent = (items[index] as PlacedItem).absParent; parent >= 0; parent = (items[parent] as PlacedItem).absParent) {
      if ((items[parent] as PlacedItem).checked === false) return true;
    }
    return false;
  };
  const outcomeNotes = new Map<number, PlacedItem>();
  items.forEach((item) => {
    if (item.isOutcomeNote && item.absParent >= 0 && !outcomeNotes.has(item.absParent)) outcomeNotes.set(item.absParent, item);
  });
  const childrenOf = new Map<number, number[]>();
  const containsActivity = new Set<number>();
  items.forEach((_, index) => {
    if (!activityOf[index]) return;
    for (let parent = (items[index] as PlacedItem).absParent; parent >= 0 && !containsActivity.has(parent); parent = (items[parent] as PlacedItem).absParent) containsActivity.add(parent);
    const parent = nearestActivityAncestor(index);
    if (parent >= 0) {
      const list = childrenOf.get(parent) ?? [];
      list.push(index);
      childrenOf.set(parent, list);
      (activityOf[index] as Activity).parentLine = (items[parent] as PlacedItem).absLine;
      (activityOf[parent] as Activity).hasChildActivities = true;
    }
  });
  // Children come after parents in document order, so one backwards pass sums them.
  for (let index = items.length - 1; index >= 0; index--) {
    const activity = activityOf[index];
    if (!activity) continue;
    const planned = activity.checked === false || plannedAncestor(index);
    const children = childrenOf.get(index);
    if (!children) {
      activity.counted = !planned;
      activity.minutes = activity.declaredMinutes;
    } else {
      const relevant = children.map((child) => activityOf[child] as Activity).filter((child) => planned || child.checked !== false);
      activity.minutes = relevant.reduce((total, child) => total + child.minutes, 0);
    }
  }

  // Categories, priorities, outcomes and scores.
  const inheritedTags = (index: number): string[] => {
    const tags: string[] = [];
    for (let at = index; at >= 0; at = (items[at] as PlacedItem).absParent) tags.push(...(items[at] as PlacedItem).tags);
    return tags;
  };
  const notes: NoteItem[] = [];
  items.forEach((item, index) => {
    const tags = inheritedTags(index);
    const byTag = categoryOfTags(rubric, tags);
    const byHeading = headingCategory[index];
    const activity = activityOf[index];
    if (!activity) {
      const note: NoteItem = {
        line: item.absLine,
        range: { start: { line: item.absLine, column: item.contentColumn }, end: { line: item.absLine, column: Math.max(item.endColumn, item.contentColumn) } },
        text: item.text,
        depth: item.depth,
        checked: item.checked,
        containsActivities: containsActivity.has(index),
        categoryFromHeading: byHeading !== undefined,
        isOutcomeNote: item.isOutcomeNote,
      };
      const categoryId = byTag?.id ?? byHeading?.id;
      if (categoryId !== undefined) note.categoryId = categoryId;
      if (!item.malformed && !item.leading && !item.bracketed.length) notes.push(note);
      return;
    }
    if (byTag) {
      activity.categoryId = byTag.id;
      activity.categorySource = { kind: 'tag', text: `#${byTag.tag}`, line: item.absLine };
    } else if (byHeading) {
      activity.categoryId = byHeading.id;
      activity.categorySource = { kind: 'heading', text: byHeading.text, line: byHeading.line };
    }
    const priorityId = priorityOfTags(rubric, tags) ?? rubric?.categories.find((c) => c.id === activity.categoryId)?.priorityId;
    if (priorityId !== undefined) activity.priorityId = priorityId;

    const note = outcomeNotes.get(index);
    if (item.outcome) {
      activity.outcome = { text: item.outcome.text, line: item.absLine, measurable: item.outcome.measure !== undefined, ...(item.outcome.measure !== undefined ? { measure: item.outcome.measure } : {}) };
    } else if (note) {
      const text = note.text.replace(/^outcome\s*:\s*/i, '');
      const measure = findMeasure(text);
      activity.outcome = { text, line: note.absLine, measurable: measure !== undefined, ...(measure !== undefined ? { measure } : {}) };
    } else {
      const parent = nearestActivityAncestor(index);
      const inherited = parent >= 0 ? activityOf[parent]?.outcome : undefined;
      if (inherited) activity.outcome = { ...inherited, inheritedFromLine: inherited.inheritedFromLine ?? (items[parent] as PlacedItem).absLine };
    }
  });

  if (rubric) {
    const rubricKey = `${rubric.source}\u0000${rubric.name}`;
    for (const activity of activities) {
      if (!activity.counted) continue;
      const outcome = activity.outcome;
      const input = {
        text: activity.text,
        tags: activity.tags,
        ...(activity.categoryId !== undefined ? { categoryId: activity.categoryId } : {}),
        ...(outcome ? { outcome: { text: outcome.text, ...(outcome.measure !== undefined ? { measure: outcome.measure } : {}), ...(outcome.inheritedFromLine !== undefined ? { inheritedFromLine: outcome.inheritedFromLine } : {}) } } : {}),
      };
      const key = `${rubricKey}\u0000${JSON.stringify(input)}`;
      const scored = remember(caches.scores, key, MAX_SCORES, () => scoreActivity(rubric, input));
      activity.criteria = scored.criteria;
      if (scored.score !== undefined) activity.score = scored.score;
      activity.lowValue = activity.worthyReason === undefined && scored.score !== undefined && scored.score < rubric.threshold;
    }
  }

  const totalMinutes = activities.reduce((total, a) => total + (a.counted ? a.minutes : 0), 0);
  const document: AnalyzedDocument = {
    path: input.path,
    lineCount: lines.length,
    lineLength: (line) => (lines[line - 1] ?? '').length,
    frontMatterProblems,
    headings,
    activities,
    notes,
    durationIssues,
    directives,
    parseErrors,
    totalMinutes,
  };
  if (frontMatter) document.frontMatter = frontMatter;
  if (fileWeek) document.weekFromFileName = fileWeek;
  if (frontMatterWeek) document.weekFromFrontMatter = frontMatterWeek;
  const week = frontMatterWeek ?? fileWeek;
  if (week) document.week = week;
  if (rubric) document.rubric = rubric;
  if (input.rubricFailure) document.rubricFailure = input.rubricFailure;
  if (frontMatter?.hours !== undefined) {
    document.expectedMinutes = Math.round(frontMatter.hours * 60);
    document.expectedSource = 'front matter';
  } else if (rubric?.expectedHours !== undefined) {
    document.expectedMinutes = Math.round(rubric.expectedHours * 60);
    document.expectedSource = 'rubric';
  }

  return { document, diagnostics: runRules(document, input.severities) };
}


/** `2h30` → `2h30m`, `1:5` → `1:05`, `3hrs45` → `3h45m`: the repair an invalid-duration quick fix offers. */
export function suggestDuration(text: string): string | undefined {
  const hoursThenMinutes = /^(\d+)\s?(?:h|hrs?|hours?)[:.]?(\d{1,2})$/i.exec(text);
  if (hoursThenMinutes) {
    const minutes = Number(hoursThenMinutes[2]);
    if (minutes < 60) return canonicalDuration(Number(hoursThenMinutes[1]) * 60 + minutes);
  }
  const clock = /^(\d{1,3}):(\d)$/.exec(text);
  if (clock) return `${clock[1]}:0${clock[2]}`;
  return undefined;
}

function severityFor(ruleId: RuleId, fallback: Severity, rubric: Rubric | undefined, overrides: AnalysisInput['severities']): SeveritySetting {
  return overrides?.[ruleId] ?? rubric?.rules[ruleId] ?? fallback;
}

/** Lines where each rule is off, from `<!-- weekly-review-disable … -->` comments. */
function disabledLines(directives: RawDirective[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  return (ruleId, line) => {
    let disabled = false;
    for (const directive of directives) {
      const applies = directive.rules.length === 0 || directive.rules.includes(ruleId);
      if (!applies) continue;
      switch (directive.kind) {
        case 'disable-file': disabled = true; break;
        case 'enable-file': break;
        case 'disable': if (directive.line <= line) disabled = true; break;
        case 'enable': if (directive.line <= line) disabled = false; break;
        case 'disable-line': if (directive.line === line) return true; break;
        case 'disable-next-line': if (directive.line + 1 === line) return true; break;
      }
    }
    if (directives.some((d) => d.kind === 'disable-file' && (d.rules.length === 0 || d.rules.includes(ruleId)))) return true;
    return disabled;
  };
}

function runRules(document: AnalyzedDocument, overrides: AnalysisInput['severities']): ReviewDiagnostic[] {
  const isDisabled = disabledLines(document.directives);
  const diagnostics: ReviewDiagnostic[] = [];
  for (const rule of RULES) {
    const severity = severityFor(rule.id, rule.defaultSeverity, document.rubric, overrides);
    if (severity === 'off') continue;
    for (const finding of rule.check(document)) {
      if (isDisabled(rule.id, finding.range.start.line)) continue;
      const diagnostic: ReviewDiagnostic = { ruleId: rule.id, severity, message: finding.message, range: finding.range, url: ruleDocsUrl(rule.id) };
      if (finding.data) diagnostic.data = finding.data;
      diagnostics.push(diagnostic);
    }
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return diagnostics;
}

