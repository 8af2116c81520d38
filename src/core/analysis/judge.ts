// Stage 5 of the analysis: judging each counted activity against the rubric.
// Scores are cached by the facts that decide them (text, tags, category,
// outcome), so retyping one line re-judges only that line.

import type { Rubric } from '../rubric/model';
import { flatText, keptPackedMap, packedMap } from '../text';
import type { Activity, CriterionResult, ExemplarMatch } from '../types';
import { CACHE_LIMITS, remember, rubricId, store, type Caches, type InternedCriterion } from './cache';
import { criterionChecks } from './compiledRubric';
import { recall, type VerdictMemory } from '../memory/verdicts';
import { findMeasure } from '../parse/measure';
import type { OwnExemplars } from './exemplars';
import { scoreActivity, type ScoringInput, type ScoringResult } from './scoring';

// Written out, not by conditional spreads: the engine copied those the slow way, for every activity.
function scoringInput(activity: Activity, exemplar: string | undefined): ScoringInput {
  const outcome = activity.outcome;
  const input: ScoringInput = { text: activity.text, tags: activity.tags };
  if (exemplar !== undefined) input.exemplar = exemplar;
  if (activity.categoryId !== undefined) input.categoryId = activity.categoryId;
  if (outcome) {
    input.outcome = { text: outcome.text };
    if (outcome.inheritedFromLine !== undefined) input.outcome.inheritedFromLine = outcome.inheritedFromLine;
  }
  return input;
}

/** A string field that cannot run into the next: its length first. */
const field = (text: string): string => `${text.length}:${text}`;

/**
 * The scores cache's key: the rubric and every fact of `input`, each string
 * prefixed by its length, so two inputs share a key only when equal (what
 * `JSON.stringify` of the input gave, without walking an object per item).
 */
function scoringKey(rubricKey: string, input: ScoringInput): string {
  const parts = [rubricKey, '\u0000', field(input.text), `${input.tags.length}t`];
  for (const tag of input.tags) parts.push(field(tag));
  parts.push(input.exemplar !== undefined ? `e${field(input.exemplar)}` : '-', input.categoryId !== undefined ? `c${field(input.categoryId)}` : '-');
  const outcome = input.outcome;
  if (outcome) parts.push(`o${field(outcome.text)}${outcome.inheritedFromLine ?? ''}`);
  // Joined, not concatenated: the key is kept, and a concatenated string is held as a tree of its pieces.
  return parts.join('');
}

/** Words that say people talked, without saying what came of it ("1:1 with Jonas, caught up"): silence about the result, not a result of nothing. */
const TALKED = new Set(['caught up', 'talked', 'chatted', 'discussed', 'synced', 'went through', 'walked through', 'talked through']);
/** Words that only go with talk ("mostly caught up", "went over her week"): silence beside a talk word, not a result of nothing; alone ("mostly links") they say nothing of talk. */
const WITH_TALK = new Set(['mostly', 'went']);
/** …or that a draft went out for others to read ("ladder draft, sent to leads for comments"): work in progress, not nothing. */
const HANDED_ON = new Set(['sent', 'sent off']);
const A_DRAFT = /\b(?:drafts?|comments|feedback|v\d|first cut|first pass|second pass|for review)\b/iu;

/** …or, for board and investor work, that the answers went to them ("DD questions → answers posted to the data room", "→ sent the architecture overview"): handed over, the result is theirs to give. */
const HANDED_TO_THEM = new Set([...HANDED_ON, 'answered', 'posted', 'returned', 'submitted', 'shared', 'circulated']);

/** Every vague word is talk, or work handed on (`topical`: to the board or investors, any hand-over; otherwise only a draft sent for comments). */
function saysOnlyTalked(words: readonly string[], text: string, topical: boolean): boolean {
  const lower = words.map((word) => word.toLowerCase());
  const handedOn = topical ? HANDED_TO_THEM : HANDED_ON;
  const handed = (word: string) => handedOn.has(word) && (topical || A_DRAFT.test(text));
  if (!lower.some((word) => TALKED.has(word) || handedOn.has(word))) return false;
  return lower.every((word) => TALKED.has(word) || WITH_TALK.has(word) || handed(word));
}

/**
 * The outcome check's evidence says only that people talked or, for a topic,
 * handed the work over: silence about the result. The evidence's wording is
 * scoring.ts's (`no result: …`, `outcome "…" is vague (…)`); the band tests
 * in judgmentClasses.test.ts break if it changes.
 */
function onlyTalkedOrHanded(outcome: CriterionResult, text: string, topics: readonly string[]): boolean {
  const topical = topics.length > 0;
  const vague = outcome.evidence.startsWith('no result') || (topical && outcome.evidence.startsWith('outcome "') && outcome.evidence.includes('" is vague ('));
  if (!vague) return false;
  // "Board pre-read: the fleet slide": the topic's own word ("read" of "pre-read") says nothing of a result;
  // an item that is only the topic's name ("Risk committee pre-read") is the reading of it.
  const named = topical && saysMoreThan(text, topics);
  const words = (outcome.words ?? []).filter((word) => !named || !topics.some((topic) => topicHolds(topic, word)));
  return words.length === 0 ? outcome.evidence.startsWith('no result') : saysOnlyTalked(words, text, topical);
}

/** Words an item must say beside its topics to say what was done with them. */
const BESIDE_TOPICS = 3;

/** Whether the item says more than its topics' names: "Board pre-read: the fleet slide", not "Risk committee pre-read". */
function saysMoreThan(text: string, topics: readonly string[]): boolean {
  const own = new Set(topics.flatMap((topic) => topic.toLowerCase().split(/[\s-]/u)));
  let beside = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 2 && !own.has(word)) beside += 1;
  return beside >= BESIDE_TOPICS;
}

/** Whether a topic phrase holds `word` as one of its own words, hyphenated or not ("pre-read" holds "read"). */
function topicHolds(topic: string, word: string): boolean {
  return topic.toLowerCase().split(/[\s-]/u).includes(word.toLowerCase());
}

/**
 * Below the threshold but where careful readers disagree (the rubric's
 * `borderline`): people or evangelism time that states no result (a
 * performance review, a podcast, board prep) and fails nothing else, unless
 * its words say it is a routine meeting (a weekly staff meeting stays low).
 */
function isBorderline(activity: Activity, rubric: Rubric, caches: Caches): boolean {
  const band = rubric.borderline;
  if (!band) return false;
  const inCategory = activity.categoryId !== undefined && band.categories.includes(activity.categoryId);
  // Board and investor work ("Series A data room: tech DD section") is such time whatever its category.
  const topics = band.topics.length === 0 ? [] : caches.keywords.forRubric(rubric)(band.topics).findAffirmed(activity.text).affirmed;
  if (!inCategory && topics.length === 0) return false;
  const checks = criterionChecks(rubric);
  const failed = (activity.criteria ?? []).filter((c) => c.verdict === 'fail');
  const outcome = failed.find((c) => checks.get(c.id) === 'outcome');
  // Silence, or "we talked", not "nothing came of it": an item that says it achieved nothing stays low.
  const talkedOnly = outcome !== undefined && onlyTalkedOrHanded(outcome, activity.text, topics);
  if (!outcome?.evidence.startsWith('no outcome') && !talkedOnly) return false;
  // Only the missing result counts against it: hands-on, admin or detail work without a result stays low.
  if (failed.some((c) => checks.get(c.id) === undefined)) return false;
  const except = caches.keywords.forRubric(rubric)(band.except).findAffirmed(activity.text).affirmed;
  // A topic's own words are not its exception: "meeting" marks a routine meeting, not the board meeting.
  return except.every((word) => topics.some((topic) => containsWords(topic, word)));
}

/** Whether `phrase` holds `words` as whole words ("board meeting" holds "meeting", not "meet"). */
function containsWords(phrase: string, words: string): boolean {
  const at = phrase.indexOf(words);
  return at >= 0 && (at === 0 || phrase[at - 1] === ' ') && (at + words.length === phrase.length || phrase[at + words.length] === ' ');
}

/** How far below the threshold hands-on work with a result may score and still be a judgment call. */
const HANDS_ON_MARGIN = 0.1;

/** "Fixed the flaky CI job myself → queue times back to normal": work the writer did themselves, with a stated result (the rubric's `borderline.handsOn`). */
function doneThemselves(activity: Activity, rubric: Rubric, caches: Caches): readonly string[] | undefined {
  const words = rubric.borderline?.handsOn;
  if (!words || words.length === 0 || activity.worthyReason !== undefined || activity.exemplar !== undefined) return undefined;
  // Far below the threshold it is a small fix whatever it achieved ("renewed two SSL certs by hand"): low, as readers agree.
  if ((activity.score ?? 0) < rubric.threshold - HANDS_ON_MARGIN) return undefined;
  const checks = criterionChecks(rubric);
  if (!(activity.criteria ?? []).some((c) => checks.get(c.id) === 'outcome' && c.verdict === 'pass')) return undefined;
  const said = caches.keywords.forRubric(rubric)(words).findAffirmed(activity.text).affirmed;
  return said.length > 0 ? said : undefined;
}

/** `exemplars`: what each activity's own words match (exemplars.ts ownExemplars). */
export function judgeActivities(activities: readonly Activity[], rubric: Rubric, caches: Caches, exemplars: OwnExemplars, memory?: VerdictMemory): void {
  const rubricKey = String(rubricId(caches, rubric));
  const compile = caches.keywords.forRubric(rubric);
  // A nested item under an exemplar ("1:1s with my leads" over one line per lead) is part of it.
  const exemplarOf = new Map<number, ExemplarMatch>();
  for (const activity of activities) {
    // Neither judged nor over a judged item: its exemplar is read by no one (a planned item).
    if (!activity.counted && !activity.hasChildActivities) continue;
    const own = exemplars.get(activity);
    // One match object per exemplar, shared by every item that matches it (a 1 MB review has 1,400 of them).
    const match: ExemplarMatch | undefined = own ? compile.derived(own.exemplar, 'match', (): ExemplarMatch => ({ id: own.exemplar.id, quote: own.exemplar.quote })) : activity.parentLine !== undefined ? exemplarOf.get(activity.parentLine) : undefined;
    if (match) exemplarOf.set(activity.line, match);
    if (!activity.counted) continue;
    if (match) activity.exemplar = match;
    const input = scoringInput(activity, match?.id);
    const key = scoringKey(rubricKey, input);
    const scored = remember(caches.scores, key, CACHE_LIMITS.scores, () => shared(scoreActivity(rubric, input, compile), caches));
    activity.criteria = scored.criteria;
    // An outcome stated in plain words is the item's outcome: the hover marks it.
    if (scored.plainOutcome !== undefined && !activity.outcome) activity.outcome = { text: scored.plainOutcome, line: activity.line, measurable: findMeasure(scored.plainOutcome) !== undefined, plain: true };
    if (scored.score !== undefined) activity.score = scored.score;
    const below = activity.worthyReason === undefined && scored.score !== undefined && scored.score < rubric.threshold;
    // Set only when true: a 1 MB review holds 13,000 activities, and a field on each is memory kept.
    const handsOn = doneThemselves(activity, rubric, caches);
    // The matched words go to the hint ("done yourself (“myself”)"), so the rule does not read the text again.
    if (handsOn) activity.handsOn = [...handsOn];
    if ((below && isBorderline(activity, rubric, caches)) || handsOn) activity.borderline = true;
    activity.lowValue = below && activity.borderline !== true;
    // The writer's own verdict on a similar earlier item wins over the rubric's reading (a worthy comment still wins over both).
    const recalled = activity.worthyReason === undefined ? recall(memory, activity.text, activity.categoryId) : undefined;
    if (recalled) {
      activity.remembered = recalled;
      activity.lowValue = recalled.verdict === 'low';
      delete activity.borderline;
      delete activity.handsOn;
    }
  }
}

function sameCriterion(a: CriterionResult, b: CriterionResult): boolean {
  if (a.id !== b.id || a.verdict !== b.verdict || a.weight !== b.weight || a.words?.length !== b.words?.length) return false;
  // A loop, not `every` over `a.words ?? []`: most criteria have no words, and each check made a list and a closure.
  const words = a.words;
  if (words) for (let index = 0; index < words.length; index++) if (words[index] !== b.words?.[index]) return false;
  return true;
}

/**
 * The held criterion equal to `criterion`, held from now on if there is none.
 * Held by evidence, the text that tells criteria apart, so no key string is
 * built: a key repeating the evidence doubled the memory the criteria take.
 */
function heldCriterion(criterion: CriterionResult, caches: Caches): InternedCriterion {
  const bucket = caches.criteria.get(criterion.evidence);
  if (bucket) for (const entry of bucket) if (sameCriterion(entry.criterion, criterion)) return entry;
  // Flat: evidence built with `+` is held as a tree of its pieces, several times the size of its text.
  const evidence = flatText(criterion.evidence);
  const entry: InternedCriterion = { criterion: copiedCriterion(criterion, evidence), id: caches.nextCriterionId++ };
  if (bucket) bucket.push(entry);
  else store(caches.criteria, evidence, CACHE_LIMITS.criteria, [entry]);
  return entry;
}

/**
 * `{ ...criterion, evidence }` written out, in the order `result` (scoring.ts)
 * makes the keys: criteria come with and without words, and the spread of
 * objects of two shapes took the engine's slow copy. Its type stops
 * compiling when CriterionResult gains a key the copy would miss.
 */
function copiedCriterion(criterion: CriterionResult, evidence: string): CriterionResult & Record<Exclude<keyof CriterionResult, 'id' | 'name' | 'verdict' | 'weight' | 'evidence' | 'words'>, never> {
  const copy: CriterionResult = { id: criterion.id, name: criterion.name, verdict: criterion.verdict, weight: criterion.weight, evidence };
  if (criterion.words !== undefined) copy.words = criterion.words;
  return copy;
}

/** What `shared` copies; its result's type stops compiling when ScoringResult gains another key. */
type CopiedKeys = 'score' | 'criteria' | 'plainOutcome';

/**
 * The result with its criteria replaced by equal ones already held, when
 * there are. Verdicts are never changed after judging, and most items of a
 * long review share verdicts with other items ("no signal either way", "no
 * outcome"), so a 1 MB review holds a few hundred criterion objects and a few
 * thousand lists instead of ten objects per item (issue 11's memory goal).
 * Lists are keyed by the numbers of their interned criteria: short keys.
 */
function shared(result: ScoringResult, caches: Caches): ScoringResult {
  const { criteriaLists } = caches;
  const criteria = packedMap(result.criteria, (criterion) => heldCriterion(criterion, caches));
  const listKey = criteria.map((entry) => entry.id).join(',');
  const list = remember(criteriaLists, listKey, CACHE_LIMITS.criteriaLists, () => keptPackedMap(criteria, (entry) => entry.criterion));
  // Written out, not `{ ...result, criteria }`: every key (CopiedKeys), in the order scoring makes them.
  const held: ScoringResult & Record<Exclude<keyof ScoringResult, CopiedKeys>, never> = { score: result.score, criteria: list };
  if (result.plainOutcome !== undefined) held.plainOutcome = result.plainOutcome;
  return held;
}
