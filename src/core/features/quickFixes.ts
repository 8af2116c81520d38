// Quick fixes for the engine's findings and the "normalize duration"
// refactor, as plain edits: categorize an uncategorized item (adds a tag), add
// an outcome or justify a low-value item (snippets), repair a duration,
// resolve a duration conflict either way, and set the front matter week to the
// file name's. Each action is one undo step.

import type { ReviewAnalysis } from '../analysis/analyze';
import { tokenRange, type Activity, type DurationToken, type Range, type ReviewDiagnostic } from '../types';
import { findMentionedDuration } from '../parse/mentionedDuration';
import { pointRange, SourceText } from './source';
import type { FeatureAction, TextEdit } from './types';

/** The fixes offered for one finding of `analysis` (computed from `text`). */
export function quickFixes(analysis: ReviewAnalysis, text: string, finding: ReviewDiagnostic): FeatureAction[] {
  return quickFixesOf(analysis, text)(finding);
}

/**
 * The fixes for any finding of `analysis`, its text split into lines and its
 * activities placed by line once: a request over a whole review (select all,
 * then the light bulb) asks for every finding, and each split the text and
 * searched the activities again (20,000 items: 105 s).
 */
export function quickFixesOf(analysis: ReviewAnalysis, text: string): (finding: ReviewDiagnostic) => FeatureAction[] {
  const source = new SourceText(text);
  const byLine = new Map<number, Activity>();
  for (const activity of analysis.document.activities) if (!byLine.has(activity.line)) byLine.set(activity.line, activity);
  return (finding) => fixesFor(analysis, source, byLine.get(finding.data?.activityLine ?? finding.range.start.line), finding);
}

function fixesFor(analysis: ReviewAnalysis, source: SourceText, activity: Activity | undefined, finding: ReviewDiagnostic): FeatureAction[] {
  switch (finding.ruleId) {
    case 'uncategorized':
      return activity ? categorizeFixes(analysis, source, activity) : [];
    case 'low-value-item':
      return activity ? lowValueFixes(source, activity) : [];
    case 'invalid-duration':
    case 'duration-mismatch':
      return durationFix(source, finding);
    case 'duration-conflict':
      return activity ? conflictFixes(source, activity) : [];
    case 'week-mismatch':
      return weekFix(source, finding);
    case 'buried-duration':
      return buriedDurationFix(source, finding);
    default:
      return [];
  }
}

/** "Normalize duration" for readable but unusually spelled tokens on a line (`2 hrs` → `2h`). */
export function normalizeRefactors(analysis: ReviewAnalysis, line: number): FeatureAction[] {
  const activity = activityAt(analysis, line);
  if (!activity) return [];
  return [activity.leading, activity.bracketed]
    .filter((token): token is DurationToken => token !== undefined && stripBrackets(token.text) !== token.normalized)
    .map((token) => {
      const newText = keepBrackets(token.text, token.normalized);
      return { title: `Normalize duration to ${newText}`, kind: 'refactor', edits: [{ range: tokenRange(token), newText }] };
    });
}

function activityAt(analysis: ReviewAnalysis, line: number): Activity | undefined {
  return analysis.document.activities.find((activity) => activity.line === line);
}

function categorizeFixes(analysis: ReviewAnalysis, source: SourceText, activity: Activity): FeatureAction[] {
  const at = endOfFirstLine(source, activity);
  return (analysis.document.rubric?.categories ?? []).map((category) => ({
    title: `Categorize as ${category.name}`,
    kind: 'quickfix',
    edits: [{ range: at, newText: ` #${category.id}` }],
  }));
}

function lowValueFixes(source: SourceText, activity: Activity): FeatureAction[] {
  const at = endOfFirstLine(source, activity);
  const actions: FeatureAction[] = [];
  if (!activity.outcome) {
    actions.push({ title: 'Add an outcome', kind: 'quickfix', edits: [{ range: at, newText: ' → ${1:outcome}' }], snippet: true, preferred: true });
  }
  actions.push({ title: 'Justify as worthy', kind: 'quickfix', edits: [{ range: at, newText: ' <!-- worthy: ${1:reason} -->' }], snippet: true, preferred: activity.outcome !== undefined });
  return actions;
}

function durationFix(source: SourceText, finding: ReviewDiagnostic): FeatureAction[] {
  const replacement = finding.data?.replacement;
  if (!replacement) return [];
  const newText = keepBrackets(source.slice(finding.range), replacement);
  return [{ title: `Change duration to ${newText}`, kind: 'quickfix', edits: [{ range: finding.range, newText }], preferred: true }];
}

function conflictFixes(source: SourceText, activity: Activity): FeatureAction[] {
  const { leading, bracketed } = activity;
  if (!leading || !bracketed) return [];
  const removeBracketed: TextEdit = { range: withLeadingSpace(source, tokenRange(bracketed)), newText: '' };
  return [
    { title: `Remove the bracketed ${bracketed.text} (keep ${leading.text})`, kind: 'quickfix', edits: [removeBracketed], preferred: true },
    { title: `Use ${stripBrackets(bracketed.text)} as the duration`, kind: 'quickfix', edits: [{ range: tokenRange(leading), newText: bracketed.normalized }, removeBracketed] },
  ];
}

/** week-mismatch: rewrite the front matter `week:` value to the file name's week. */
function weekFix(source: SourceText, finding: ReviewDiagnostic): FeatureAction[] {
  const week = finding.data?.replacement;
  const line = finding.range.start.line;
  const match = /^(\s*week\s*:\s*)(.*?)\s*(?:#.*)?$/.exec(source.line(line));
  if (!week || !match?.[1] || !match[2]) return [];
  const start = match[1].length + 1;
  return [{ title: `Change week to ${week}`, kind: 'quickfix', edits: [{ range: pointRange(line, start, start + match[2].length), newText: week }], preferred: true }];
}

/** `- spent 2h in jira` → `- 2h spent in jira`: the mention moves to the front, where it counts. */
function buriedDurationFix(source: SourceText, finding: ReviewDiagnostic): FeatureAction[] {
  const { line, column } = finding.range.start;
  const content = source.line(line).slice(column - 1);
  const mention = findMentionedDuration(content);
  if (!mention) return [];
  const token = pointRange(line, column + mention.index, column + mention.index + mention.text.length);
  const edits: TextEdit[] = [{ range: pointRange(line, column), newText: `${mention.canonical} ` }, { range: withLeadingSpace(source, token), newText: '' }];
  return [{ title: `Move ${mention.text} to the front`, kind: 'quickfix', edits, preferred: true }];
}

/** End of the item's first line, before trailing spaces, where tags and comments go. */
function endOfFirstLine(source: SourceText, activity: Activity): Range {
  const line = activity.itemRange.start.line;
  return pointRange(line, source.line(line).trimEnd().length + 1);
}

function stripBrackets(text: string): string {
  return /^[([].*[)\]]$/.test(text) ? text.slice(1, -1).trim() : text;
}

/** A bracketed token keeps its brackets when its duration is rewritten: `(1 hr)` → `(1h)`. */
function keepBrackets(original: string, replacement: string): string {
  const match = /^([([])\s*.*?\s*([)\]])$/.exec(original);
  return match && !/^[([]/.test(replacement) ? `${match[1]}${replacement}${match[2]}` : replacement;
}

/** Widens a range to swallow one space before it, so removing `(2h)` leaves no double space. */
function withLeadingSpace(source: SourceText, range: Range): Range {
  const { line, column } = range.start;
  if (column <= 1 || source.line(line)[column - 2] !== ' ') return range;
  return { start: { line, column: column - 1 }, end: range.end };
}
