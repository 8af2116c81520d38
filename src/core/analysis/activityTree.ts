// Stage 3 of the analysis: the activity tree. A list item whose first line
// carries a readable duration is an activity; nested activities are counted
// and their parent's minutes are their sum (docs/FORMAT.md); planned tasks and
// everything under them are not logged time. Unreadable durations become
// duration issues for the invalid-duration rule.

import { canonicalDuration } from '../parse/durations';
import type { RawDuration } from '../parse/sectionSyntax';
import type { Activity, DurationToken, Range } from '../types';
import type { DurationIssue, DurationNote } from './document';
import type { PlacedItem } from './syntax';
import { packedFlatMap, packedMap } from '../text';

export interface ActivityTree {
  /** The activity of each item, by item index (undefined for notes). */
  activityOf: (Activity | undefined)[];
  activities: Activity[];
  durationIssues: DurationIssue[];
  durationNotes: DurationNote[];
  /** Items (by index) that have an activity somewhere below them. */
  containsActivity: Set<number>;
  /** Index of the nearest enclosing activity item, -1 for none. */
  activityParent(index: number): number;
}

function token(raw: RawDuration, line: number): DurationToken {
  return { text: raw.text, minutes: raw.minutes, line, column: raw.column, normalized: canonicalDuration(raw.minutes) };
}

function rangeOf(raw: RawDuration, line: number): Range {
  return { start: { line, column: raw.column }, end: { line, column: raw.column + raw.text.length } };
}

function issueOf(kind: DurationIssue['kind'], raw: RawDuration, line: number, problem: string): DurationIssue {
  const issue: DurationIssue = { kind, text: raw.text, range: rangeOf(raw, line), problem };
  if (raw.fix !== undefined) issue.replacement = raw.fix;
  return issue;
}

function durationIssuesOf(item: PlacedItem): DurationIssue[] {
  const issues: DurationIssue[] = [];
  if (item.malformed) issues.push(issueOf('malformed', item.malformed, item.absLine, item.malformed.problem ?? 'it does not match any duration form'));
  for (const bad of [item.leading, ...item.bracketed]) {
    if (bad?.problem !== undefined) issues.push(issueOf('invalid', bad, item.absLine, bad.problem));
  }
  return issues;
}

function durationNotesOf(item: PlacedItem): DurationNote[] {
  return [item.leading, ...item.bracketed].flatMap((raw) => (raw?.note !== undefined && raw.problem === undefined ? [{ text: raw.text, range: rangeOf(raw, item.absLine), note: raw.note }] : []));
}

/** The activity an item makes, or undefined when it has no readable duration (a note). */
function activityOfItem(item: PlacedItem): Activity | undefined {
  const line = item.absLine;
  const leading = item.leading && item.leading.problem === undefined ? item.leading : undefined;
  const bracketed = item.bracketed.find((b) => b.problem === undefined);
  if (!leading && !bracketed) return undefined;
  const itemRange: Range = { start: { line, column: item.contentColumn }, end: { line, column: Math.max(item.endColumn, item.contentColumn) } };
  const afterLeading = leading ? item.firstLine.slice(leading.text.length) : item.firstLine;
  const textStart = item.contentColumn + (item.firstLine.length - afterLeading.trimStart().length);
  const activity: Activity = {
    line,
    itemRange,
    textColumn: Math.min(textStart, itemRange.end.column),
    text: item.text,
    minutes: 0,
    declaredMinutes: leading ? leading.minutes : (bracketed?.minutes ?? 0),
    checked: item.checked,
    counted: false,
    depth: item.depth,
    hasChildActivities: false,
    tags: item.tags,
  };
  if (leading) activity.leading = token(leading, line);
  if (bracketed) activity.bracketed = token(bracketed, line);
  if (item.worthyReason !== undefined) activity.worthyReason = item.worthyReason;
  return activity;
}

export function buildActivityTree(items: readonly PlacedItem[]): ActivityTree {
  const activityOf = packedMap(items, activityOfItem);
  const durationIssues = packedFlatMap(items, durationIssuesOf);
  const durationNotes = packedFlatMap(items, durationNotesOf);
  const activityParent = (index: number): number => {
    let parent = (items[index] as PlacedItem).absParent;
    while (parent >= 0 && !activityOf[parent]) parent = (items[parent] as PlacedItem).absParent;
    return parent;
  };
  const tree: ActivityTree = { activityOf, activities: activityOf.filter((a): a is Activity => a !== undefined), durationIssues, durationNotes, containsActivity: new Set(), activityParent };
  const childrenOf = linkNesting(items, tree);
  sumMinutes(items, tree, childrenOf);
  return tree;
}

/** Links each activity to its nearest enclosing activity; returns the children of each parent. */
function linkNesting(items: readonly PlacedItem[], tree: ActivityTree): Map<number, number[]> {
  const childrenOf = new Map<number, number[]>();
  items.forEach((_, index) => {
    const activity = tree.activityOf[index];
    if (!activity) return;
    for (let parent = (items[index] as PlacedItem).absParent; parent >= 0 && !tree.containsActivity.has(parent); parent = (items[parent] as PlacedItem).absParent) tree.containsActivity.add(parent);
    const parent = tree.activityParent(index);
    if (parent < 0) return;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(index);
    childrenOf.set(parent, siblings);
    activity.parentLine = (items[parent] as PlacedItem).absLine;
    (tree.activityOf[parent] as Activity).hasChildActivities = true;
  });
  return childrenOf;
}

function underPlannedItem(items: readonly PlacedItem[], index: number): boolean {
  for (let parent = (items[index] as PlacedItem).absParent; parent >= 0; parent = (items[parent] as PlacedItem).absParent) {
    if ((items[parent] as PlacedItem).checked === false) return true;
  }
  return false;
}

/** Leaves count their own minutes; parents the sum of their (done) children. Children follow parents, so one backward pass does it. */
function sumMinutes(items: readonly PlacedItem[], tree: ActivityTree, childrenOf: Map<number, number[]>): void {
  for (let index = items.length - 1; index >= 0; index--) {
    const activity = tree.activityOf[index];
    if (!activity) continue;
    const planned = activity.checked === false || underPlannedItem(items, index);
    const children = childrenOf.get(index);
    if (!children) {
      activity.counted = !planned;
      activity.minutes = activity.declaredMinutes;
      continue;
    }
    const relevant = packedMap(children, (child) => tree.activityOf[child] as Activity).filter((child) => planned || child.checked !== false);
    activity.minutes = relevant.reduce((total, child) => total + child.minutes, 0);
  }
}
