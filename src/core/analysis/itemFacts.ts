// Stage 4 of the analysis: the facts of each item that need its context —
// category and priority (from tags, inherited tags and headings), the
// outcome (on the line, in a nested `Outcome:` item, or inherited from the
// enclosing activity) — and the notes (items that are not activities).

import { findMeasure } from '../parse/measure';
import type { Rubric } from '../rubric/model';
import type { Activity, Outcome } from '../types';
import type { ActivityTree } from './activityTree';
import { categoryOfTags, priorityOf, type HeadingCategory } from './categories';
import type { NoteItem } from './document';
import type { PlacedItem } from './syntax';

interface ItemContext {
  items: readonly PlacedItem[];
  tree: ActivityTree;
  headingCategory: readonly (HeadingCategory | undefined)[];
  rubric: Rubric | undefined;
  /** The `Outcome:` note of each item that has one, by parent index. */
  outcomeNotes: Map<number, PlacedItem>;
}

function inheritedTags(items: readonly PlacedItem[], index: number): string[] {
  const tags: string[] = [];
  for (let at = index; at >= 0; at = (items[at] as PlacedItem).absParent) for (const tag of (items[at] as PlacedItem).tags) tags.push(tag);
  return tags;
}

function outcomeNotesByParent(items: readonly PlacedItem[]): Map<number, PlacedItem> {
  const notes = new Map<number, PlacedItem>();
  for (const item of items) {
    if (item.isOutcomeNote && item.absParent >= 0 && !notes.has(item.absParent)) notes.set(item.absParent, item);
  }
  return notes;
}

function noteOf(item: PlacedItem, index: number, context: ItemContext, categoryId: string | undefined): NoteItem {
  const range = { start: { line: item.absLine, column: item.contentColumn }, end: { line: item.absLine, column: Math.max(item.endColumn, item.contentColumn) } };
  const note: NoteItem = {
    line: item.absLine,
    range,
    text: item.text,
    depth: item.depth,
    checked: item.checked,
    containsActivities: context.tree.containsActivity.has(index),
    categoryFromHeading: context.headingCategory[index] !== undefined,
    isOutcomeNote: item.isOutcomeNote,
  };
  if (categoryId !== undefined) note.categoryId = categoryId;
  return note;
}

/** An outcome, its measure set only when there is one (written out: a conditional spread took the engine's slow copy). */
function measuredOutcome(text: string, line: number, measure: string | undefined): Outcome {
  const outcome: Outcome = { text, line, measurable: measure !== undefined };
  if (measure !== undefined) outcome.measure = measure;
  return outcome;
}

function outcomeOf(item: PlacedItem, index: number, context: ItemContext): Outcome | undefined {
  if (item.outcome) {
    return measuredOutcome(item.outcome.text, item.absLine, item.outcome.measure);
  }
  const note = context.outcomeNotes.get(index);
  if (note) {
    const text = note.text.replace(/^outcome\s*:\s*/i, '');
    return measuredOutcome(text, note.absLine, findMeasure(text));
  }
  const parent = context.tree.activityParent(index);
  const inherited = parent >= 0 ? context.tree.activityOf[parent]?.outcome : undefined;
  return inherited ? { ...inherited, inheritedFromLine: inherited.inheritedFromLine ?? (context.items[parent] as PlacedItem).absLine } : undefined;
}

/** An item's own words: its text, then the outcome it states itself (not one it inherits), after an arrow that marks the clause break. */
export function ownWords(activity: Activity): string {
  const outcome = activity.outcome && activity.outcome.inheritedFromLine === undefined ? activity.outcome.text : '';
  return outcome ? `${activity.text} → ${outcome}` : activity.text;
}

function placeActivity(activity: Activity, item: PlacedItem, index: number, context: ItemContext, tags: string[]): void {
  const byTag = categoryOfTags(context.rubric, tags);
  const byHeading = context.headingCategory[index];
  if (byTag) activity.categorySource = { kind: 'tag', text: `#${byTag.tag}`, line: item.absLine };
  else if (byHeading) activity.categorySource = { kind: 'heading', text: byHeading.text, line: byHeading.line };
  const categoryId = byTag?.id ?? byHeading?.id;
  if (categoryId !== undefined) activity.categoryId = categoryId;
  const priorityId = priorityOf(context.rubric, tags, categoryId);
  if (priorityId !== undefined) activity.priorityId = priorityId;
  const outcome = outcomeOf(item, index, context);
  if (outcome) activity.outcome = outcome;
}

/** Fills in category, priority and outcome of every activity (parents before children) and returns the notes. */
export function resolveItemFacts(items: readonly PlacedItem[], tree: ActivityTree, headingCategory: readonly (HeadingCategory | undefined)[], rubric: Rubric | undefined): NoteItem[] {
  const context: ItemContext = { items, tree, headingCategory, rubric, outcomeNotes: outcomeNotesByParent(items) };
  const notes: NoteItem[] = [];
  items.forEach((item, index) => {
    const tags = inheritedTags(items, index);
    const activity = tree.activityOf[index];
    if (activity) {
      placeActivity(activity, item, index, context, tags);
      return;
    }
    const hasDurationToken = item.malformed !== undefined || item.leading !== undefined || item.bracketed.length > 0;
    if (!hasDurationToken) notes.push(noteOf(item, index, context, categoryOfTags(rubric, tags)?.id ?? headingCategory[index]?.id));
  });
  return notes;
}
