// Stage 4b of the analysis: a category for every activity that no tag and no
// category heading placed, from its own words, else from its heading's own
// words or the agreement of the heading's items ("inferred heading"). Runs
// on one section at a time, so what it decides is cached with the section: a
// heading's items are the activities directly under it in its own section,
// and a deeper section sees the inference of the headings above it through
// the open headings it starts with (part of its cache key).

import type { Rubric } from '../rubric/model';
import type { Activity, Heading, HeadingInference } from '../types';
import type { ActivityTree } from './activityTree';
import type { Caches } from './cache';
import { categoryOfParts, priorityOf } from './categories';
import { categoryFromWords, signalIndex, type CategoryGuess, type WordsVerdict } from './categoryWords';
import type { ExemplarHit, OwnExemplars } from './exemplars';
import type { SignalIndex } from './wordSignals';
import { SOFT_SPLIT } from '../parse/sections';
import { ownWords } from './itemFacts';
import type { PlacedItem } from './syntax';

/** A heading takes its items' category when at least this many agree… */
const MIN_AGREEING_ITEMS = 2;
/** …and they are at least this share of its items whose words decided… */
const MIN_AGREEING_SHARE = 0.6;
/** …and at least this share of all its counted items. */
const MIN_COVERED_SHARE = 0.34;

interface SectionInput {
  items: readonly PlacedItem[];
  tree: ActivityTree;
  /** The headings enclosing each item, outermost first. */
  enclosing: readonly Heading[][];
  /** The section's own headings, whose inference this stage decides. */
  headings: readonly Heading[];
  rubric: Rubric | undefined;
  caches: Caches;
  /** What each activity's own words match among the rubric's exemplars (exemplars.ts ownExemplars). */
  exemplars: OwnExemplars;
}

function place(activity: Activity, categoryId: string, rubric: Rubric, tags: readonly string[]): void {
  activity.categoryId = categoryId;
  const priorityId = activity.priorityId ?? priorityOf(rubric, tags, categoryId);
  if (priorityId !== undefined) activity.priorityId = priorityId;
}

/**
 * What each uncategorized activity's own words say. A nested activity takes
 * its parent's category when the parent's words decided one (the parent
 * groups them, as a heading does: "1:1s with my leads" over one line per
 * lead); otherwise its own words decide.
 */
function readItems(input: SectionInput, index: SignalIndex, rubric: Rubric): Map<number, WordsVerdict> {
  const verdicts = new Map<number, WordsVerdict>();
  input.items.forEach((_, at) => {
    const activity = input.tree.activityOf[at];
    if (!activity || activity.categoryId !== undefined) return;
    const parent = input.tree.activityParent(at);
    const fromParent = parent >= 0 ? verdicts.get(parent)?.decided : undefined;
    const hit = fromParent ? undefined : input.exemplars.get(activity);
    const exemplar = hit ? exemplarEvidence(hit) : undefined;
    const verdict: WordsVerdict = fromParent ? { decided: fromParent } : categoryFromWords(index, ownWords(activity), true, exemplar?.guess);
    verdicts.set(at, verdict);
    if (!verdict.decided) return;
    place(activity, verdict.decided.id, rubric, activity.tags);
    const line = fromParent ? (input.items[parent] as PlacedItem).absLine : activity.line;
    const byExemplar = exemplar !== undefined && verdict.decided.id === exemplar.guess.id;
    activity.categorySource = { kind: byExemplar ? 'exemplar' : 'words', text: byExemplar ? exemplar.id : verdict.decided.words.join(', '), line, words: verdict.decided.words };
  });
  return verdicts;
}

/** What a rubric exemplar weighs toward its category: more than one strong signal word (a passing mention, "the way infra does"), less than several clear ones. */
const EXEMPLAR_WEIGHT = 8;

/**
 * The rubric's own example of this kind of work, when it names a category:
 * "Read marketing's H2 OKRs to see where engineering needs to turn up" is
 * learning other teams' goals, connecting with other departments, though
 * its one signal word ("marketing") says marketing.
 */
function exemplarEvidence(hit: ExemplarHit): { id: string; guess: CategoryGuess } | undefined {
  const categoryId = hit.exemplar.category;
  if (categoryId === undefined) return undefined;
  return { id: hit.exemplar.id, guess: { id: categoryId, score: EXEMPLAR_WEIGHT, words: [...new Set(hit.words)] } };
}

/**
 * The category most of a heading's own items are in, when they agree
 * strongly. Only the items in the first lines after the heading vote: a long
 * run without headings may be split into sections past that many lines (a
 * soft split, parse/sections.ts), and the heading's verdict must not depend
 * on where such a split falls.
 */
function majorityOf(heading: Heading, input: SectionInput): HeadingInference | undefined {
  const counts = new Map<string, number>();
  let counted = 0;
  let decided = 0;
  input.items.forEach((_, at) => {
    const activity = input.tree.activityOf[at];
    if (!activity?.counted || input.enclosing[at]?.at(-1) !== heading || activity.line - heading.line >= SOFT_SPLIT.minLines) return;
    counted++;
    if (activity.categoryId === undefined) return;
    decided++;
    counts.set(activity.categoryId, (counts.get(activity.categoryId) ?? 0) + 1);
  });
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < MIN_AGREEING_ITEMS || top[1] < decided * MIN_AGREEING_SHARE || top[1] < counted * MIN_COVERED_SHARE) return undefined;
  return { categoryId: top[0], from: 'items', items: top[1], of: decided };
}

/** A heading that names no category: the category its parts name in other words, else what its own words say, else what its items agree on. */
function inferHeading(heading: Heading, input: SectionInput, index: SignalIndex, rubric: Rubric): void {
  const named = categoryOfParts(heading.text, rubric);
  if (named) {
    heading.inferred = { categoryId: named.id, from: 'name', words: [named.part] };
    return;
  }
  // A heading is a name, not a sentence with a head: its words count once.
  const own = categoryFromWords(index, heading.text, false);
  if (own.personal) return;
  if (own.decided) {
    heading.inferred = { categoryId: own.decided.id, from: 'words', words: own.decided.words };
    return;
  }
  const majority = majorityOf(heading, input);
  if (majority) heading.inferred = majority;
}

/** The nearest heading enclosing an item with an inferred category. */
function inferredHeading(enclosing: readonly Heading[] | undefined): Heading | undefined {
  for (let at = (enclosing?.length ?? 0) - 1; at >= 0; at--) if ((enclosing as Heading[])[at]?.inferred) return (enclosing as Heading[])[at];
  return undefined;
}

/** Places the activities the words left open under their inferred heading, unless they read as personal admin or another close call. */
function placeByHeadings(input: SectionInput, verdicts: Map<number, WordsVerdict>, rubric: Rubric): void {
  for (const [at, verdict] of verdicts) {
    const activity = input.tree.activityOf[at] as Activity;
    if (verdict.decided || verdict.personal) continue;
    const heading = inferredHeading(input.enclosing[at]);
    const inferred = heading?.inferred;
    const candidates = verdict.candidates?.map((c) => c.id);
    const close = verdict.candidates?.map((c) => ({ id: c.id, words: c.words }));
    if (heading && inferred && (!candidates || candidates.includes(inferred.categoryId))) {
      place(activity, inferred.categoryId, rubric, activity.tags);
      activity.categorySource = { kind: 'inferred-heading', text: heading.text, line: heading.line, basis: inferred.from, ...(inferred.words ? { words: inferred.words } : {}), ...(inferred.items !== undefined ? { items: inferred.items } : {}) };
    } else if (close) activity.categoryCandidates = close;
  }
}

/** Gives a category to every activity of the section that its tags and headings left without one (when the rubric infers). */
export function inferCategories(input: SectionInput): void {
  const rubric = input.rubric;
  if (!rubric?.inferCategories) return;
  const index = signalIndex(rubric);
  const verdicts = readItems(input, index, rubric);
  for (const heading of input.headings) if (heading.categoryId === undefined) inferHeading(heading, input, index, rubric);
  placeByHeadings(input, verdicts, rubric);
}
