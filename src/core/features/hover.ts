// Hover content for an activity: how long, which category and why, which
// priority, the score against the threshold, one line per rubric criterion
// with its evidence, and a worthy justification. Criteria are rendered from
// whatever the scorer put on them, so new evidence fields show up unchanged.

import type { ReviewAnalysis } from '../analysis/analyze';
import { bothDurations } from '../parse/durations';
import type { Rubric } from '../rubric/model';
import { disabledLines } from '../rules/runner';
import { sourceEvidence } from '../summary/activities';
import type { RecalledVerdict } from '../memory/verdicts';
import type { Activity, CriterionResult, Point, Range } from '../types';
import { escapeMarkdown } from './source';

export interface ActivityHover {
  /** The activity's first line, where the hover applies. */
  range: Range;
  /** Markdown blocks, to be shown separated by horizontal rules. */
  parts: string[];
}

const VERDICT_MARK: Record<string, string> = { pass: '✓', fail: '✗', unknown: '?' };
/** Fields every criterion has; anything else is extra evidence. */
const BASE_FIELDS = new Set(['id', 'name', 'verdict', 'weight', 'evidence']);

/** The hover for the activity whose first line contains `at`, if any. */
export function activityHover(analysis: ReviewAnalysis, at: Point): ActivityHover | undefined {
  const activity = analysis.document.activities.find((candidate) => candidate.line === at.line);
  if (!activity) return undefined;
  const { start, end } = activity.itemRange;
  if (at.column < start.column || at.column > end.column) return undefined;
  const silenced = activity.lowValue === true && disabledLines(analysis.document.directives)('low-value-item', activity.line);
  return { range: activity.itemRange, parts: describeActivity(activity, analysis.document.rubric, silenced) };
}

/** Advice for a rubric that gives none: rubric-neutral, so a team's own rubric never reads like the CTO one. */
const GENERIC_ADVICE = 'Note the outcome it produced, or justify it with <!-- worthy: reason -->.';

/** The summary, the ✓/✗ table, then what explains it: the worthy reason, the author's own example, the outcome read in plain words, the advice. */
function describeActivity(activity: Activity, rubric: Rubric | undefined, silenced: boolean): string[] {
  const parts = [summaryLines(activity, rubric, silenced).join('  \n')];
  if (activity.criteria && activity.criteria.length > 0) parts.push(activity.criteria.map(criterionLine).join('  \n'));
  if (activity.worthyReason !== undefined) parts.push(`Justified as worthy: ${escapeMarkdown(activity.worthyReason || '(no reason given)')}`);
  if (activity.remembered) parts.push(rememberedLine(activity.remembered));
  if (activity.exemplar) parts.push(`The rubric's own example of this work: _${escapeMarkdown(activity.exemplar.quote)}_`);
  if (activity.outcome?.plain) parts.push(`Outcome, in its own words: “${escapeMarkdown(activity.outcome.text)}”`);
  if (activity.lowValue && !silenced) parts.push(escapeMarkdown(rubric?.advice ?? GENERIC_ADVICE));
  return parts;
}

/** "You marked a similar item worthy in 2027-W07: “Board deck: eng section” (similarity 0.83)". */
function rememberedLine(remembered: RecalledVerdict): string {
  const when = remembered.week ? ` in ${remembered.week}` : '';
  return `You marked a similar item ${remembered.verdict}${when}: “${escapeMarkdown(remembered.text)}” (similarity ${remembered.similarity.toFixed(2)}; \`.weekly-review/verdicts.yaml\`)`;
}

/** The verdict in words: silenced is accepted, borderline is a judgment call. */
function verdictOf(activity: Activity, silenced: boolean): string {
  if (activity.worthyReason !== undefined) return 'accepted as worthy';
  if (activity.remembered) return `${activity.remembered.verdict === 'low' ? '**low value**' : 'worthy'}, as you judged a similar item`;
  if (activity.lowValue) return silenced ? 'accepted: low\\-value\\-item is disabled here' : '**low value**';
  return activity.borderline ? '_borderline_: careful readers disagree' : 'worthy';
}

function summaryLines(activity: Activity, rubric: Rubric | undefined, silenced: boolean): string[] {
  const planned = activity.checked === false ? ' · _planned, not counted_' : !activity.counted ? ' · _counted in its nested items_' : '';
  const lines = [`**${escapeMarkdown(bothDurations(activity.minutes))}**${planned}`];
  const category = categoryLine(activity, rubric);
  if (category) lines.push(category);
  const priority = rubric?.priorities.find((p) => p.id === activity.priorityId);
  if (priority) lines.push(`Priority: **${escapeMarkdown(priority.name)}**`);
  if (activity.score !== undefined && rubric) {
    const verdict = verdictOf(activity, silenced);
    lines.push(`Score: **${activity.score.toFixed(2)}** vs threshold ${rubric.threshold.toFixed(2)} — ${verdict}`);
  }
  return lines;
}

/** How the category was decided, in words: "Category: **Recruiting** — from its words “interviews”, “offer”". */
export function categoryLine(activity: Activity, rubric: Rubric | undefined): string | undefined {
  const category = rubric?.categories.find((c) => c.id === activity.categoryId);
  if (!category) return activity.counted ? uncategorizedLine(activity, rubric) : undefined;
  const source = activity.categorySource;
  const how = source ? ` — ${escapeMarkdown(sourceEvidence(source, activity.line))}` : '';
  return `Category: **${escapeMarkdown(category.name)}**${how}`;
}

function uncategorizedLine(activity: Activity, rubric: Rubric | undefined): string {
  const names = (activity.categoryCandidates ?? []).map(({ id }) => rubric?.categories.find((c) => c.id === id)?.name ?? id);
  if (names.length === 2) return `Category: _uncategorized_ — its words fit **${escapeMarkdown(names[0] as string)}** and **${escapeMarkdown(names[1] as string)}** equally; add a tag to choose`;
  return 'Category: _uncategorized_ — add a tag such as `#recruiting` or move it under a category heading';
}

/** `✗ Is strategic — "inbox"`, then any extra evidence the scorer attached that the evidence text does not already quote. */
function criterionLine(criterion: CriterionResult): string {
  const mark = VERDICT_MARK[criterion.verdict] ?? '?';
  const weight = criterion.weight !== 1 ? ` ×${criterion.weight}` : '';
  const extras = Object.entries(criterion)
    .filter(([key, value]) => !BASE_FIELDS.has(key) && value !== undefined && !alreadyQuoted(value, criterion.evidence))
    .map(([key, value]) => `${key}: ${renderValue(value)}`);
  const suffix = extras.length > 0 ? ` (${escapeMarkdown(extras.join('; '))})` : '';
  return `${mark} ${escapeMarkdown(criterion.name)}${weight} — ${escapeMarkdown(criterion.evidence)}${suffix}`;
}

function alreadyQuoted(value: unknown, evidence: string): boolean {
  const items = Array.isArray(value) ? value : [value];
  return items.length > 0 && items.every((item) => typeof item === 'string' && evidence.includes(item));
}

function renderValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(renderValue).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
