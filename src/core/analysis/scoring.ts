// Judges one activity against the rubric's criteria. Every criterion gives
// pass, fail or unknown together with the evidence that decided it: a tag,
// the words, the main verb, a quantity, the outcome, or the category's
// default. Nothing else is consulted, so the hover can show exactly why an
// item scored as it did.
//
// The essay asks for positive evidence, so the outcome criteria never treat
// silence as neutral: an item with no outcome — no `→ …`, no `Outcome:` line,
// and no result stated in its own words ("decided", "signed", "saves $6k/mo")
// — fails "has a clearly defined outcome" and "has a measurable outcome".
// Words only decide the other criteria when the rubric lists them.

import type { Rubric, RubricCriterion, RubricExemplar } from '../rubric/model';
import type { CriterionResult, Verdict } from '../types';
import type { KeywordCompiler, KeywordMatcher } from './keywords';
import { agreementWon, countsHeadcount, decidedClause, ownStemsOf, plainOutcome, restatedWords, substantiveClause } from './outcomeReading';
import { findQuantities, mainVerbs, stem, type Quantity } from './signals';
import { headOf, wordsOf } from './wordSignals';
import { gatedTest, literalGate, packedMap, passesGate } from '../text';

export interface ScoringInput {
  /** The activity's own words (first line without durations and outcome). */
  text: string;
  outcome?: { text: string; inheritedFromLine?: number };
  tags: readonly string[];
  categoryId?: string;
  /** The rubric exemplar the item (or its parent) matches, by id. */
  exemplar?: string;
}

export interface ScoringResult {
  /** Weighted share of passed criteria among those with a verdict; undefined when none has one. */
  score: number | undefined;
  criteria: CriterionResult[];
  /** The outcome the item states in plain words (no `→`), when it does. */
  plainOutcome?: string;
}

/** What one side (pass or fail) of a criterion found in the item. */
interface Hits {
  words: readonly string[];
  verbs: readonly string[];
  quantities: readonly string[];
}

interface ItemFacts {
  input: ScoringInput;
  rubric: Rubric;
  /** Item text plus its own (not inherited) outcome: where words are looked for. */
  words: string;
  verbs: { word: string; stem: string }[];
  /** The stems of the first two verbs joined (a two-word verb), or '' for fewer. */
  firstTwo: string;
  quantities: Quantity[];
  /** The quantities of each text read for this item (its outcome is read by three checks), found once. */
  quantitiesIn: Map<string, Quantity[]>;
  compile: KeywordCompiler;
  /** Set by the clear-outcome check when the item states its outcome in plain words. */
  plainOutcome?: string;
  /** The item's head (`headOf`), read by several checks: made at the first. */
  head: string | undefined;
  /** The stems the item's own text owns (`ownStemsOf`), read against its outcome by several checks: made at the first. */
  own: ReadonlySet<string> | undefined;
  /** Each criterion's pass side (at 2 × its place) and fail side (2 × its place + 1), as `sidePlans` reads them. */
  sides: readonly SidePlan[];
  /** For each of `verbs`, the sides whose verbs hold its stem (`verbSides`), if any; and for `firstTwo`. */
  verbSides: readonly (Uint8Array | undefined)[];
  firstTwoSides: Uint8Array | undefined;
}

/** What a side of a criterion reads: its keyword list's matcher and its verbs' stems, none when it has no keywords or no verbs. */
interface SidePlan {
  keywords: KeywordMatcher | undefined;
  verbStems: ReadonlySet<string> | undefined;
}

/**
 * Every criterion's sides, looked up once per item for the service's view
 * of the rubric: each item meets every criterion twice, and each side looked
 * its matcher and its stems up by the list (two WeakMap lookups a side).
 */
function sidePlans(rubric: Rubric, compile: KeywordCompiler): readonly SidePlan[] {
  const plan = (signals: RubricCriterion['pass']): SidePlan => ({
    keywords: signals.keywords.length > 0 ? compile(signals.keywords) : undefined,
    verbStems: signals.verbs.length > 0 ? compile.stems(signals.verbs) : undefined,
  });
  return compile.viewed(rubric, 'sides', () => rubric.criteria.flatMap((c) => [plan(c.pass), plan(c.fail)]));
}

/**
 * Each verb stem of the rubric's criteria with the sides (numbered as in
 * `sidePlans`) that list it: 1 at a side's place. An item's verbs are
 * looked up here once, not in every side's stems (five sides, two lookups
 * per verb each, for every item). Built once per rubric.
 */
function verbSides(rubric: Rubric, compile: KeywordCompiler): ReadonlyMap<string, Uint8Array> {
  return compile.derived(rubric, 'verb-sides', () => {
    const sides = new Map<string, Uint8Array>();
    rubric.criteria.forEach((criterion, at) => {
      for (const [offset, signals] of [criterion.pass, criterion.fail].entries()) {
        if (signals.verbs.length === 0) continue;
        for (const verbStem of compile.stems(signals.verbs)) {
          let flags = sides.get(verbStem);
          if (!flags) sides.set(verbStem, (flags = new Uint8Array(2 * rubric.criteria.length)));
          flags[2 * at + offset] = 1;
        }
      }
    });
    return sides;
  });
}

function headOfItem(facts: ItemFacts): string {
  return (facts.head ??= headOf(facts.input.text));
}

function ownStemsOfItem(facts: ItemFacts): ReadonlySet<string> {
  return (facts.own ??= ownStemsOf(facts.input.text));
}

/** What the item's outcome (or a clause of it) says beyond restating the item. */
function beyondActivity(facts: ItemFacts, outcome: string): string[] {
  return restatedWords(outcome, facts.input.text, notNews(facts), ownStemsOfItem(facts));
}

// Parts joined, not a slice, a map and a join: an evidence string is built for most criteria of every item.
function quote(words: readonly string[]): string {
  const parts: string[] = [];
  for (let at = 0; at < words.length && at < 4; at++) parts.push(`"${words[at] as string}"`);
  const shown = parts.join(', ');
  return words.length > 4 ? `${shown} and ${words.length - 4} more` : shown;
}

function result(criterion: RubricCriterion, verdict: Verdict, evidence: string, words?: string[]): CriterionResult {
  const judged: CriterionResult = { id: criterion.id, name: criterion.name, verdict, weight: criterion.weight, evidence };
  if (words && words.length > 0) judged.words = words;
  return judged;
}

function matchesQuantity(quantity: Quantity, kinds: readonly string[], compile: KeywordCompiler): boolean {
  if (quantity.kind !== 'count') return kinds.includes(quantity.kind);
  const units = compile.stems(kinds);
  if (!quantity.unitStems.some((unit) => units.has(unit))) return false;
  const said = quantity.text.toLowerCase().split(' ').slice(1).filter((word) => word !== 'of');
  return quantity.unitStems.some((unit, at) => units.has(unit) && !agentNoun(said[at], unit, kinds));
}

/**
 * "three interviewers" is not "interviews": a word that is its stem plus
 * "er(s)" names people who do the thing, and matches a list only as itself
 * ("customers" is in the scale list as such).
 */
function agentNoun(said: string | undefined, unit: string, kinds: readonly string[]): boolean {
  return said !== undefined && (said === `${unit}ers` || said === `${unit}er`) && !kinds.includes(said);
}

// Plain loops: every item meets every criterion twice (pass and fail), and
// `flatMap` and `filter` with their closures were a tenth of scoring.
// Most sides find no verb and no quantity: they share one empty list, and a list is made at the first hit.
// A side with no verbs or no keywords (most have one or the other) reads no stems and no list.
function hitsOf(signals: RubricCriterion['pass'], at: number, facts: ItemFacts): Hits {
  const side = facts.sides[at] as SidePlan;
  let verbs: string[] | undefined;
  if (side.verbStems) for (let index = 0; index < facts.verbs.length; index++) {
    const verb = facts.verbs[index] as { word: string; stem: string };
    if (facts.verbSides[index]?.[at] === 1) (verbs ??= []).push(verb.word);
    // A two-word verb ("code review", "signed off") is quoted whole.
    else if (index === 0 && facts.firstTwoSides?.[at] === 1) (verbs ??= []).push(`${verb.word} ${facts.verbs[1]?.word ?? ''}`);
  }
  let quantities: string[] | undefined;
  if (signals.quantities.length > 0) for (const q of facts.quantities) if (matchesQuantity(q, signals.quantities, facts.compile)) (quantities ??= []).push(q.text);
  const words = side.keywords ? side.keywords.findAffirmed(facts.words).affirmed : NO_HITS;
  // Most sides find nothing: one shared record, not one per side of every criterion of every item.
  if (words.length === 0 && verbs === undefined && quantities === undefined) return FOUND_NOTHING;
  return { words, verbs: verbs ?? NO_HITS, quantities: quantities ?? NO_HITS };
}

const NO_HITS: readonly string[] = Object.freeze([]);
const FOUND_NOTHING: Hits = Object.freeze({ words: NO_HITS, verbs: NO_HITS, quantities: NO_HITS });

function describe(hits: Hits): string {
  const parts: string[] = [];
  if (hits.verbs.length > 0) parts.push(`verb ${quote(hits.verbs)}`);
  if (hits.quantities.length > 0) parts.push(`quantity ${quote(hits.quantities)}`);
  if (hits.words.length > 0) parts.push(quote(hits.words));
  return parts.join(', ');
}

const count = (hits: Hits) => hits.words.length + hits.verbs.length + hits.quantities.length;
const allOf = (hits: Hits) => [...hits.verbs, ...hits.quantities, ...hits.words];

/** The item's stated result when there is no `→` outcome: result words of the criterion, affirmed, in its own text. */
function statedResult(criterion: RubricCriterion, facts: ItemFacts, text: string): { affirmed: string[]; negated: readonly string[]; vague: readonly string[] } {
  const found = facts.compile(criterion.pass.keywords).findAffirmed(text);
  const vague = facts.compile(criterion.fail.keywords).findAffirmed(text).affirmed;
  // "agreed with the panel" is vague even though "agreed" alone is a result.
  const affirmed = found.affirmed.filter((word) => !vague.some((phrase) => phrase !== word && phrase.includes(word)));
  return { affirmed, negated: found.negated, vague };
}

/** The quantities in `text`, found once per item. */
function quantitiesOf(facts: ItemFacts, text: string): Quantity[] {
  let found = facts.quantitiesIn.get(text);
  if (!found) {
    found = findQuantities(text);
    facts.quantitiesIn.set(text, found);
  }
  return found;
}

/** Words after a number that name no unit: "48 of 60", "6 routed to", "9 parked with legal" count something unnamed. */
const NO_UNIT = new Set(['of', 'to', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'out', 'left']);

/** A count with a named unit ("3 offers", "2 funded loans"), or any other kind of quantity; "6 routed to" names none. */
function countsSomething(q: Quantity): boolean {
  if (q.kind !== 'count') return true;
  const [, unit = '', next] = q.text.toLowerCase().split(' ');
  const participle = (unit.endsWith('ed') || unit.endsWith('ing')) && (next === undefined || NO_UNIT.has(next));
  return q.unitStems.length > 0 && !NO_UNIT.has(unit) && !participle;
}

/** A quantity that measures something other than a date ("Q4" alone does not make "synced on Q4" a result). */
function measuresMoreThanADate(text: string, criterion: RubricCriterion, facts: ItemFacts): boolean {
  return quantitiesOf(facts, text).some((q) => q.kind !== 'date' && !matchesQuantity(q, criterion.fail.quantities, facts.compile) && countsSomething(q));
}

/** Every word the rubric counts against an item (vague outcomes, details, admin…) and every detail a number may count: what is no news in an outcome. */
function notNews(facts: ItemFacts): KeywordMatcher {
  return facts.compile(facts.compile.derived(facts.rubric, 'not-news', () => facts.rubric.criteria.flatMap((c) => [...c.fail.keywords, ...c.fail.quantities])));
}

/** An outcome that only counts things no rubric list calls scale ("→ 14 pizzas delivered", "→ 3 coffees"). */
function countsOnlyDetails(outcome: string, beyond: readonly string[], facts: ItemFacts): boolean {
  const counts = quantitiesOf(facts, outcome).filter((q) => q.kind === 'count');
  if (counts.length === 0 || quantitiesOf(facts, outcome).some((q) => q.kind !== 'count' && q.kind !== 'date')) return false;
  const scale = facts.compile.stems(facts.compile.derived(facts.rubric, 'scale-units', () => facts.rubric.criteria.flatMap((c) => c.pass.quantities)));
  const units = new Set(counts.flatMap((q) => q.unitStems));
  // A head count is scale when something reached them ("rolled out to 300 people"), not when they only came ("→ 6 people turned up").
  if (counts.some((q) => q.unitStems.some((unit) => scale.has(unit) && !HEADS.has(unit)))) return false;
  return beyond.every((word) => units.has(stem(word)) || ATTENDED.has(word));
}

/** Participles of a choice among options, not of a routine sign-off. */
const CHOSEN_WORDS = new Set(['agreed', 'chosen', 'picked', 'selected', 'shortlisted', 'prioritised', 'prioritized', 'committed', 'decided']);

/** What counts heads, and the words that say only that they came. */
const HEADS = new Set(['people', 'person', 'folk', 'folks'].map(stem));
const ATTENDED = new Set(['turned', 'showed', 'came', 'joined', 'attended', 'happened', 'there', 'present']);

/** Words that set options against each other: "build vs buy", "Postgres or Dynamo", "whether to renew". */
const CHOICE_WORDS = new Set(['vs', 'versus', 'or', 'whether']);

function posesChoice(activity: string): boolean {
  return wordsOf(activity, false).some((w) => CHOICE_WORDS.has(w.word));
}

/** A review of code: its outcome words that only say how the review went. */
const REVIEWS_CODE = /\b(?:code reviews?|prs?|pull requests?|merge requests?)\b/iu;
const REVIEW_STEPS = new Set(['approved', 'merged', 'nits', 'nit', 'comments', 'comment', 'change', 'changes', 'requested', 'request', 'sent', 'back', 'lgtm', 'after', 'left', 'asked', 'minor', 'small', 'rules', 'fixes', 'tweaks', 'suggestions', 'questions', 'review', 're-review']);

function reviewsCode(activity: string): boolean {
  return REVIEWS_CODE.test(activity);
}

/** An outcome that opens by saying the work was handed in. */
const HAND_IN = /^\s*(?:sent|returned|submitted|completed|finished|answered|filed|uploaded)\b/iu;

/** Who came, counted: "→ 100% attendance", "→ great turnout". */
const TURNOUT = gatedTest(/\b(?:attendance|turnout|turn-out)\b/iu, literalGate(['attendance', 'turnout', 'turn-out']));

/**
 * An outcome that only says where the code went: "→ PR up", "→ fix PR
 * opened", "→ patch merged". The closing mark's spaces belong to it
 * (`\s*(?:[.!]\s*)?$`): two runs of spaces side by side would split a long
 * run every way before failing, quadratic in its length.
 */
const CODE_HANDED_IN = /^\s*(?:(?:a|the|fix|my|our)\s+)?(?:prs?|mrs?|pull requests?|merge requests?|patch(?:es)?)\s+(?:up|opened|open|raised|merged|in|submitted|sent|out|filed)\s*(?:[.!]\s*)?$/iu;

/** Admin by the rubric's words: the item's own words hit a word-signal criterion's fail words and none of its pass words ("security questionnaire"). */
function adminWork(facts: ItemFacts): boolean {
  return facts.rubric.criteria.some((c) => c.check === undefined && facts.compile(c.fail.keywords).findAffirmed(facts.input.text).affirmed.length > 0 && facts.compile(c.pass.keywords).findAffirmed(facts.input.text).affirmed.length === 0);
}

/**
 * The rubric's strong personal-admin words (`noCategory`, weight 3 or more)
 * in the head of an item no category claims ("New laptop setup", "Inbox"):
 * "Visa network token mandate" is in a category, and no errand.
 */
function personalAdmin(facts: ItemFacts): readonly string[] {
  if (facts.input.categoryId !== undefined) return [];
  const words = facts.compile.derived(facts.rubric, 'personal-admin', () => facts.rubric.noCategory.filter((w) => w.weight >= 3).map((w) => w.text));
  if (words.length === 0) return [];
  return facts.compile(words).findAffirmed(headOfItem(facts)).affirmed;
}

/** A greeting: "said hello", "say hi", "waved". */
const GREETING = gatedTest(/\b(?:said|say|says)\s+(?:hello|hi)\b|\bwaved\b/iu, literalGate(['said', 'say', 'waved']));

/** A hand-off: "back to", "over to", "handed to", "sent to"… */
const HAND_OFF = /\b(?:back|over|handed|passed|sent|returned|forwarded)\s+to\b/iu;
const HAND_OFF_GATE = literalGate(['back', 'over', 'handed', 'passed', 'sent', 'returned', 'forwarded']);

/** Each clause of an outcome up to its hand-off: "answers back to the deal lead" → "answers". */
function withoutHandOffs(outcome: string): string {
  return outcome.split(/[,;]/u).map((clause) => {
    const handOff = passesGate(HAND_OFF_GATE, clause) ? HAND_OFF.exec(clause) : null;
    return handOff ? clause.slice(0, handOff.index) : clause;
  }).join(',');
}

/**
 * Housekeeping in a clause of the outcome: things that were stale, idle,
 * dead or flaky, removed, deleted, muted or archived ("→ six stale accounts
 * removed", "→ 2 idle DBs deleted"). The words between are bounded, so the
 * search stays linear.
 */
const CLEAN_UP = /\b(?:stale|old|idle|dead|unused|orphaned|dormant|flaky|obsolete|expired)\b[^,;.]{0,40}?\b(?:removed|deleted|muted|quarantined|archived|purged|pruned|cleaned up)\b/iu;
const CLEAN_UP_GATE = literalGate(['removed', 'deleted', 'muted', 'quarantined', 'archived', 'purged', 'pruned', 'cleaned up']);

function cleanUp(outcome: string): string | undefined {
  for (const clause of outcome.split(/[,;]/u)) {
    const found = passesGate(CLEAN_UP_GATE, clause) ? CLEAN_UP.exec(clause) : null;
    if (found) return found[0];
  }
  return undefined;
}

/**
 * A form filled in for another party's process: a security or supplier
 * questionnaire, a vendor assessment. Its head names the form; the item is
 * about filling it in, not about the deal it serves.
 */
const FORM = gatedTest(/\b(?:questionnaires?|vendor (?:risk )?assessments?|supplier (?:qualification|assessment)s?)\b/iu, literalGate(['questionnaire', 'vendor ', 'supplier ']));

/** Words that report how far a form got: "→ 118 answered", "sent back Thursday", "most of it done". */
const FORM_PROGRESS = /\b(?:sent|returned|submitted|completed|finished|answered|done|filled|mapped)\b/iu;

/** What a form can win: the deal or the approval it was for. */
const FORM_WON = /\b(?:signs?|signed|signing|won|wins?|closed|awarded|approved|accepted|cleared|passed|selected|shortlisted)\b/iu;

/**
 * "Security questionnaire, 140 qs → 118 done, rest w/ Marco": the outcome
 * only says how far the form got. A decision in it ("→ signed Fri", "we sign
 * their template, the cap holds") is what the form won, and stands.
 */
function formProgress(facts: ItemFacts, outcome: string): string | undefined {
  if (!FORM.test(headOfItem(facts))) return undefined;
  if (FORM_WON.test(outcome)) return undefined;
  // Near a clause's start: "118 done", "most of it done", not "which we should have done anyway".
  for (const clause of outcome.split(/[,;.:→]/u)) {
    const progress = FORM_PROGRESS.exec(clause.trim().split(/\s+/u).slice(0, 4).join(' '));
    if (progress) return progress[0];
  }
  return undefined;
}

/** An outcome that is only a word of shipping: "deployed", "merged", "rolled out", "live in prod". */
const SHIPPED_ALONE = /^(?:deployed|shipped|released|merged|launched|live|out|rolled\sout|went\sout|went\slive|is\slive|now\slive)(?:\s(?:to|in)\s(?:prod|production))?[.!]?$/iu;

/** Words that say only that a thing was done or works, not what came of it ("signed", "approved", "confirmed", "closed" decide, and are not here). */
const DONE_WORDS = new Set(['acknowledged', 'filed', 'published', 'created', 'working', 'works', 'handed', 'read', 'reviewed', 'sent', 'done', 'completed', 'finished', 'submitted', 'tagged', 'updated', 'checked', 'tested', 'installed', 'set', 'fine', 'ok', 'okay']);

/** Verbs of an edit to how something looks or is named. */
const COSMETIC_EDITS = new Set(['recoloured', 'recolored', 're-coloured', 're-colored', 'renamed', 'reformatted', 'reordered', 'restyled', 'retitled', 'reworded', 'renumbered', 'tidied', 'polished', 'rearranged', 'realigned']);

/** Verbs that say a thing was gone through, whatever came of it. */
const WENT_THROUGH = new Set([...DONE_WORDS, 'skimmed', 'triaged', 'handled', 'processed', 'answered', 'scanned', 'labelled', 'labeled', 'sorted']);

/** "23 accounts reviewed", "312 reviews skimmed": a count, what it counts, and a verb of going through it; nothing else. */
function countOfWorkDone(outcome: string): boolean {
  const words = outcome.trim().toLowerCase().split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && /^\d[\d,]*$/u.test(words[0] ?? '') && WENT_THROUGH.has(words[words.length - 1]?.replace(/[.!]$/u, '') ?? '');
}

/** An explicit outcome that says nothing beyond its activity fails, whatever its form. */
function restatingOutcome(criterion: RubricCriterion, facts: ItemFacts, outcome: string, source: string, affirmed: readonly string[]): CriterionResult | undefined {
  // "v3.8 went out after hours → deployed", "→ rolled out": that the work shipped is the activity, not what came of it.
  if (SHIPPED_ALONE.test(outcome.trim())) return result(criterion, 'fail', `the outcome "${outcome}"${source} only says the work went out`);
  // A result the rubric names in several words ("offer out", "contract signed") is news even when the activity named its object.
  if (affirmed.some((phrase) => phrase.includes(' '))) return undefined;
  // "Team lunch → 100% attendance": a share of who came is a head count, not a result.
  if (TURNOUT.test(outcome) && !/[,;]/u.test(outcome) && !quantitiesOf(facts, outcome).some((q) => q.kind === 'money')) return result(criterion, 'fail', `the outcome "${outcome}"${source} only counts who came`);
  // "→ €96k submitted": an amount or a share is news, whatever the words around it.
  if (quantitiesOf(facts, outcome).some((q) => q.kind === 'money' || q.kind === 'percent')) return undefined;
  const beyond = beyondActivity(facts, outcome);
  // "own ffmpeg workers vs Mux → Mux for v1": naming one of the options the activity weighed is a choice made.
  if (beyond.length === 0 && posesChoice(facts.input.text)) return undefined;
  if (beyond.length === 0) {
    // Named details ("→ new logo, fixed headings") are said as such; words that only say it was done restate it.
    const vague = new Set(facts.compile(criterion.fail.keywords).findAffirmed(outcome).affirmed);
    const activity = facts.input.text.toLowerCase();
    const details = notNews(facts).findAffirmed(outcome).affirmed.filter((phrase) => !vague.has(phrase) && !activity.includes(phrase.toLowerCase()));
    if (details.length > 0) return result(criterion, 'fail', `the outcome "${outcome}"${source} only changes small details (${quote(details)})`, details);
    return result(criterion, 'fail', `the outcome "${outcome}"${source} only restates the activity`);
  }
  // "Updated the RAID log → 3 risks recoloured amber": an edit of how things look, whatever it was done to.
  const edit = wordsOf(outcome, false).find((w) => COSMETIC_EDITS.has(w.word));
  if (edit && decidedClause(outcome, facts.compile(criterion.fail.keywords)) === undefined) return result(criterion, 'fail', `the outcome "${outcome}"${source} only changes small details ("${edit.word}")`, [edit.word]);
  // "Access review → 23 accounts reviewed", "→ 312 reviews skimmed": a count of what the activity went through.
  if (countOfWorkDone(outcome)) return result(criterion, 'fail', `the outcome "${outcome}"${source} only counts the work done`);
  // "Read the on-call handover → handover read and acknowledged": the activity's own thing, and words that only say it was done.
  if (beyond.every((word) => DONE_WORDS.has(word.toLowerCase()))) return result(criterion, 'fail', `the outcome "${outcome}"${source} only says it was done`);
  // "Code review on the coupon fix → one change requested, merged after": how a review of code went is its routine.
  if (reviewsCode(facts.input.text) && beyond.every((word) => REVIEW_STEPS.has(word))) return result(criterion, 'fail', `the outcome "${outcome}"${source} only says how the review went`);
  // "Security questionnaire, 96 questions → sent Thursday; one open point": admin handed in, whatever else the outcome adds.
  if (HAND_IN.test(outcome) && adminWork(facts)) return result(criterion, 'fail', `the outcome "${outcome}"${source} only says the admin was handed in`);
  // "New laptop setup → dotfiles restored", "Inbox → zero unread": personal admin, whatever it achieved.
  const personal = personalAdmin(facts);
  if (personal.length > 0) return result(criterion, 'fail', `the outcome "${outcome}"${source} reports personal admin (${quote(personal)})`, [...personal]);
  // "→ said hello to 2 teams": a greeting, however many it reached.
  if (GREETING.test(outcome)) return result(criterion, 'fail', `the outcome "${outcome}"${source} only restates the activity`);
  // "Found the webhook retrying on 202 → fix PR up": the code's whereabouts, not what it changed.
  if (CODE_HANDED_IN.test(outcome)) return result(criterion, 'fail', `the outcome "${outcome}"${source} only says where the code went`);
  // "→ back to the AE on Thursday", "→ answers back to the deal lead": where the work went is not what came of it.
  if (passesGate(HAND_OFF_GATE, outcome) && HAND_OFF.test(outcome) && beyondActivity(facts, withoutHandOffs(outcome)).length === 0) return result(criterion, 'fail', `the outcome "${outcome}"${source} only says where the work went`);
  // "→ six stale accounts removed", "→ 11 flaky tests quarantined": housekeeping counted, whatever the count.
  const cleaned = cleanUp(outcome);
  if (cleaned) return result(criterion, 'fail', `the outcome "${outcome}"${source} only counts what was cleaned up ("${cleaned}")`);
  // "→ 6 backfills + 4 new reqs" counts a plan's headcount, not the work done ("→ 14 changes approved" does).
  // "→ three bets agreed for 2028": a count of what was chosen is a decision ("→ 23 POs signed" is the work done).
  if (countsOnlyDetails(outcome, beyond, facts) && !quantitiesOf(facts, outcome).some(countsHeadcount) && !wordsOf(outcome, false).some((w) => CHOSEN_WORDS.has(w.word))) return result(criterion, 'fail', `the outcome "${outcome}"${source} only counts the work done`);
  const praise = praiseOfDetails(criterion, facts, outcome, beyond);
  if (praise) return result(criterion, 'fail', `the outcome "${outcome}"${source} only praises small details (${quote(praise.details)}) in grand words (${quote(praise.words)})`, praise.details);
  return undefined;
}

/**
 * "Strategy deck: new template + fonts → company-wide tech vision refreshed":
 * an activity of small details whose outcome adds little but the rubric's
 * grand words for this check (`fail: { grand: … }`). Grand words do not make
 * small work worthy.
 */
function praiseOfDetails(criterion: RubricCriterion, facts: ItemFacts, outcome: string, beyond: readonly string[]): { details: string[]; words: readonly string[] } | undefined {
  if (criterion.fail.grand.length === 0) return undefined;
  const words = facts.compile(criterion.fail.grand).findAffirmed(outcome).affirmed;
  if (words.length === 0) return undefined;
  // The item's own text holds no outcome: its details are the activity's.
  const vague = facts.compile(criterion.fail.keywords);
  const details = notNews(facts).findAffirmed(facts.input.text).affirmed.filter((phrase) => vague.findAffirmed(phrase).affirmed.length === 0);
  if (details.length === 0) return undefined;
  const grand = new Set(words.flatMap((phrase) => wordsOf(phrase, false).map((w) => w.stem)));
  // Most of what it adds (two words in three) is grand: "company-wide tech vision" adds "tech" too.
  return beyond.filter((word) => grand.has(stem(word))).length * 3 >= beyond.length * 2 ? { details, words } : undefined;
}

/** A decision the item states in its own words, before its arrow. */
function decidedInText(criterion: RubricCriterion, facts: ItemFacts): CriterionResult | undefined {
  const vague = facts.compile(criterion.fail.keywords);
  const plain = plainOutcome(facts.input.text, facts.compile(criterion.pass.keywords), vague, notNews(facts));
  if (plain === undefined || decidedClause(plain, vague) === undefined) return undefined;
  facts.plainOutcome = plain;
  return result(criterion, 'pass', `outcome in its own words: "${plain}"`);
}

/** Onboarding a new starter: its head names the first days. */
const ONBOARDING = gatedTest(/\b(?:onboard\w*|induction|first day|day one|first week|week one|new starters?|new joiners?)\b/iu, literalGate(['onboard', 'induction', 'first day', 'day one', 'first week', 'week one', 'new starter', 'new joiner']));
/** What setting a starter up consists of. */
const SET_UP = /\b(?:accounts?|access|laptops?|sso|mfa|badges?|travel card|tour|logins?|equipment|vpn|repo|github|slack|email|radio|desk|walkthrough|buddy|safety (?:briefing|training))\b/giu;

/**
 * "Jordan's first day: accounts, staff SSO, MFA → set up and closed his first
 * ticket": setting a new starter up (two or more of accounts, access, a
 * laptop, a tour…) is work a buddy or IT does; what it led to is that the
 * starter is set up.
 */
function settingUpStarter(facts: ItemFacts): readonly string[] | undefined {
  if (!ONBOARDING.test(headOfItem(facts))) return undefined;
  const found = new Set((facts.input.text.match(SET_UP) ?? []).map((word) => word.toLowerCase()));
  return found.size >= 2 ? [...found] : undefined;
}

function judgeClearOutcome(criterion: RubricCriterion, facts: ItemFacts): CriterionResult {
  const setUp = settingUpStarter(facts);
  if (setUp) return result(criterion, 'fail', `setting a new starter up (${quote(setUp)}): the outcome is only that they are set up`, [...setUp]);
  const outcome = facts.input.outcome;
  const source = outcome?.inheritedFromLine !== undefined ? ` (from the item on line ${outcome.inheritedFromLine})` : '';
  if (outcome) {
    const stated = statedResult(criterion, facts, outcome.text);
    const restating = restatingOutcome(criterion, facts, outcome.text, source, stated.affirmed);
    // A form's progress is no outcome, whatever else the item says the form was for.
    const form = formProgress(facts, outcome.text);
    // "Made rule that every site config goes through a schema check … → fixed on all sites": the decision is in the item's own words.
    if (restating) return (form ? undefined : decidedInText(criterion, facts)) ?? restating;
    if (form) return result(criterion, 'fail', `the outcome "${outcome.text}"${source} only says how far the form got ("${form}"), not what it won`);
    const weak = [...stated.vague, ...stated.negated.map((word) => `no ${word}`)];
    if (weak.length > 0 && stated.affirmed.length === 0 && !measuresMoreThanADate(outcome.text, criterion, facts) && !decidedClause(outcome.text, facts.compile(criterion.fail.keywords)) && !substantiveClause(outcome.text, facts.input.text, facts.compile(criterion.fail.keywords), notNews(facts), ownStemsOfItem(facts))) return result(criterion, 'fail', `outcome "${outcome.text}"${source} is vague (${quote(weak)}): no decision, number or result`, weak);
    return result(criterion, 'pass', `outcome: "${outcome.text}"${source}`);
  }
  // "Finished the security questionnaire for the renewal": how far a form got, in the item's own words.
  const form = formProgress(facts, facts.input.text);
  if (form) return result(criterion, 'fail', `only says how far the form got ("${form}"), not what it won`);
  // "SOC 2: signed off the access reviews": what follows the label is the sign-off the item is, not an outcome of it.
  const signOff = afterLabel(facts.input.text) !== undefined && !DECIDES.test(facts.input.text);
  const plain = signOff ? undefined : plainOutcome(facts.input.text, facts.compile(criterion.pass.keywords), facts.compile(criterion.fail.keywords), notNews(facts));
  if (plain !== undefined) {
    facts.plainOutcome = plain;
    return result(criterion, 'pass', `outcome in its own words: "${plain}"`);
  }
  // "got the council to agree to one shared login": someone else's agreement won is the result.
  const won = agreementWon(facts.input.text);
  if (won !== undefined) return result(criterion, 'pass', `result stated in the text: "${won}"`, [won]);
  const stated = statedResult(criterion, facts, facts.input.text);
  // "Signed off two probation reviews": the sign-off the item opens with is its activity, not what came of it.
  const gate = openingGate(facts);
  const affirmed = gate === undefined ? stated.affirmed : stated.affirmed.filter((phrase) => !phrase.toLowerCase().startsWith(gate));
  if (affirmed.length > 0) return result(criterion, 'pass', `result stated in the text: ${quote(affirmed)}`, affirmed);
  const weak = [...stated.vague, ...stated.negated.map((word) => `no ${word}`)];
  if (weak.length > 0) return result(criterion, 'fail', `no result: ${quote(weak)}`, weak);
  return result(criterion, 'fail', 'no outcome: add "→ what changed" or a nested "Outcome:" item');
}

/** Verbs of signing something off: at an item's start they name the activity ("Signed 28 award cards", "Approved 11 expense reports"). */
const GATES = new Set(['signed', 'approved', 'countersigned', 'counter-signed']);

/** The gate verb an item opens with, unless what it signs decides something (an offer, a policy, a budget). */
function openingGate(facts: ItemFacts): string | undefined {
  const first = facts.verbs[0]?.word.toLowerCase() ?? '';
  const opening = GATES.has(first) ? first : afterLabel(facts.input.text);
  return opening !== undefined && !DECIDES.test(facts.input.text) ? opening : undefined;
}

/** Words a label before a colon may have ("SOC 2 Type II: signed off …"). */
const LABEL_WORDS = 4;

/** The gate verb right after a short label and its colon: "soc2: signed off the quarterly access reviews". */
function afterLabel(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon < 0 || text.slice(0, colon).trim().split(/\s+/u).length > LABEL_WORDS) return undefined;
  const next = /^\s*(\p{L}+)/u.exec(text.slice(colon + 1))?.[1]?.toLowerCase();
  return next !== undefined && GATES.has(next) ? next : undefined;
}

/** What a sign-off decides: a hire, a policy, money, a plan, a design, a deal or a pilot. */
const DECIDES = /\b(?:offers?|polic(?:y|ies)|budgets?|plans?|roadmaps?|strateg(?:y|ies)|contracts?|rfcs?|proposals?|partnerships?|deals?|agreements?|term sheets?|msas?|pilots?)\b/iu;

function judgeMeasurable(criterion: RubricCriterion, facts: ItemFacts, clear: CriterionResult | undefined): CriterionResult {
  if (clear && clear.verdict === 'fail') return result(criterion, 'fail', clear.evidence.startsWith('no outcome') ? 'no outcome to measure' : 'no clear result to measure');
  const outcome = facts.input.outcome;
  const measured = outcome ? quantitiesOf(facts, outcome.text) : facts.plainOutcome !== undefined ? quantitiesOf(facts, facts.plainOutcome) : facts.quantities;
  const inherited = outcome?.inheritedFromLine !== undefined ? ` (from the item on line ${outcome.inheritedFromLine})` : '';
  const where = outcome ? `outcome "${outcome.text}"${inherited}` : facts.plainOutcome !== undefined ? `outcome "${facts.plainOutcome}"` : 'the stated result';
  const detail = measured.filter((q) => matchesQuantity(q, criterion.fail.quantities, facts.compile));
  const real = measured.filter((q) => !detail.includes(q) && countsSomething(q));
  if (real.length > 0) return result(criterion, 'pass', `${where} names ${quote(real.map((q) => q.text))}`);
  if (detail.length > 0) return result(criterion, 'fail', `${where} only counts details: ${quote(detail.map((q) => q.text))}`, detail.map((q) => q.text));
  const unnamed = measured.filter((q) => q.kind === 'count' && q.unitStems.length > 0);
  if (unnamed.length > 0) return result(criterion, 'fail', `${where} counts without saying what: ${quote(unnamed.map((q) => q.text))}`);
  return result(criterion, 'fail', `${where} has no number, percentage or date`);
}

function judgeBySignals(criterion: RubricCriterion, at: number, facts: ItemFacts): CriterionResult {
  const pass = hitsOf(criterion.pass, 2 * at, facts);
  const fail = hitsOf(criterion.fail, 2 * at + 1, facts);
  const passes = count(pass);
  const fails = count(fail);
  if (fails > passes) return result(criterion, 'fail', `${describe(fail)}${passes ? `, outweighing ${describe(pass)}` : ''}`, allOf(fail));
  if (passes > fails) return result(criterion, 'pass', `${describe(pass)}${fails ? `, outweighing ${describe(fail)}` : ''}`, allOf(pass));
  if (passes > 0) return result(criterion, 'unknown', `mixed: ${describe(pass)} against ${describe(fail)}`);
  const byCategory = facts.input.categoryId !== undefined ? criterion.categories[facts.input.categoryId] : undefined;
  if (byCategory !== undefined) return result(criterion, byCategory, `category ${facts.input.categoryId} defaults to ${byCategory}`);
  return result(criterion, criterion.otherwise, criterion.otherwise === 'unknown' ? 'no signal either way' : `no evidence: rubric default ${criterion.otherwise}`);
}

/**
 * Without a clear outcome, words that claim scope, scale or strategy are not
 * evidence: a grand word alone, or a category alone, does not make an item
 * worthy. Their passes become unknown and say why; tags (the writer's own
 * explicit claim) and every failure still count.
 */
function unbacked(criteria: CriterionResult[]): void {
  for (const criterion of criteria) {
    if (criterion.verdict !== 'pass' || criterion.evidence.startsWith('tag #')) continue;
    criterion.verdict = 'unknown';
    criterion.evidence = `${criterion.evidence} — not counted: no outcome backs it`;
  }
}

/**
 * "Updated the Technology Strategy 2027 doc: new cover page and owners
 * table": grand words (the outcome check's `fail.grand`) naming what small
 * work was done to. When another criterion fails on the item's own detail
 * words, a pass that only grand words won is not counted, and says why.
 */
function grandOnDetails(criteria: CriterionResult[], facts: ItemFacts): void {
  const grandList = facts.rubric.criteria.find((c) => c.check === 'outcome')?.fail.grand ?? [];
  // Only a pass won by words can be grand: most items have none, and need no reading.
  if (grandList.length === 0 || !criteria.some((c) => c.verdict === 'pass' && c.words !== undefined)) return;
  const grandMatcher = facts.compile(grandList);
  if (grandMatcher.findAffirmed(facts.words).affirmed.length === 0) return;
  const details = smallDetails(criteria, facts);
  if (details.length === 0) return;
  // An outcome about the details is read too: "→ company-wide strategic alignment of headings" is as grand as the activity's name.
  const outcome = facts.input.outcome?.text.toLowerCase();
  const aboutDetails = outcome !== undefined && details.some((word) => outcome.includes(word.toLowerCase()));
  const grand = grandMatcher.findAffirmed(aboutDetails ? facts.words : facts.input.text).affirmed.map((word) => word.toLowerCase());
  if (grand.length === 0) return;
  // A year in the document's name ("Technology Strategy 2027") is no scale either.
  for (const q of facts.quantities) if (q.kind === 'date') grand.push(q.text.toLowerCase());
  for (const criterion of criteria) {
    if (criterion.verdict !== 'pass' || criterion.evidence.startsWith('tag #') || !criterion.words?.every((word) => grand.includes(word.toLowerCase()))) continue;
    criterion.verdict = 'unknown';
    criterion.evidence = `${criterion.evidence} — not counted: grand words on small details (${quote(details)})`;
  }
  cosmeticOutcome(criteria, facts, details);
  // "company vision doc: switched font to inter": an outcome in plain words that only names the details changed.
  const plain = facts.plainOutcome?.toLowerCase();
  const outcomeCheck = facts.rubric.criteria.find((c) => c.check === 'outcome');
  const at = criteria.findIndex((c) => c.id === outcomeCheck?.id);
  if (plain === undefined || !outcomeCheck || criteria[at]?.verdict !== 'pass' || !details.some((word) => plain.includes(word.toLowerCase()))) return;
  // …and decides or measures nothing ("We stay on Tive through 2028 and look again" decides).
  if (decidedClause(plain, facts.compile(outcomeCheck.fail.keywords)) !== undefined || measuresMoreThanADate(plain, outcomeCheck, facts)) return;
  criteria[at] = result(outcomeCheck, 'fail', `the outcome "${facts.plainOutcome}" only changes small details (${quote(details)}) of what grand words name`, details);
}

/** The explicit outcome, the rubric's outcome check and its place among the criteria, when that check passed. */
function passedOutcome(criteria: readonly CriterionResult[], facts: ItemFacts): { outcome: string; check: RubricCriterion; at: number } | undefined {
  const outcome = facts.input.outcome?.text;
  const check = facts.rubric.criteria.find((c) => c.check === 'outcome');
  const at = criteria.findIndex((c) => c.id === check?.id);
  return outcome !== undefined && check && criteria[at]?.verdict === 'pass' ? { outcome, check, at } : undefined;
}

/**
 * Words that say only that something looks better or conforms: "aligned
 * with the design standards", "brought into line", "a better cover". The
 * praise that every outcome drops ("new", "looks", "modern", "cleaner") is
 * in outcomeReading's FILLER, read before these.
 */
const LOOKS = new Set(['aligned', 'align', 'line', 'brand', 'branded', 'matching', 'prettier', 'better', 'refreshed', 'standards', 'standard', 'guidelines', 'design', 'house', 'style', 'fully', 'brought', 'cover', 'group', 'corporate', 'updated']);

/**
 * Verbs that open an outcome which only reports an edit ("→ swapped the icon",
 * "→ renamed to FINAL"): the cosmetic edits, and verbs that say only that
 * something was changed, which anywhere else in an outcome may say more.
 */
const OUTCOME_EDITS = new Set([...COSMETIC_EDITS, 'swapped', 'replaced', 'changed', 'refreshed', 'moved', 'fixed', 'updated', 'redid', 'redone', 'reworked', 'new']);

/**
 * "Five-year vision for the donor portal → new template and a better cover
 * photo", "Vision: typeface and margins → vision brought fully into line":
 * grand words on small details, whose explicit outcome only says the details
 * look better or conform. It decides and measures nothing.
 */
function cosmeticOutcome(criteria: CriterionResult[], facts: ItemFacts, details: readonly string[]): void {
  const passed = passedOutcome(criteria, facts);
  if (!passed) return;
  const { outcome, check: outcomeCheck, at } = passed;
  if (quantitiesOf(facts, outcome).length > 0 || decidedClause(outcome, facts.compile(outcomeCheck.fail.keywords)) !== undefined) return;
  const beyond = beyondActivity(facts, outcome);
  // "→ swapped the turbine icon for the brand one": an edit is all it reports, whatever it edited.
  const anEdit = OUTCOME_EDITS.has(outcome.trim().split(/\s/u)[0]?.toLowerCase() ?? '');
  // "vision doc: new fonts, moved Confluence → Notion": a name or two and no result word says where the details went.
  const aName = beyond.length > 0 && wordsOf(outcome, false).length <= STATE_WORDS && statedResult(outcomeCheck, facts, outcome).affirmed.length === 0;
  if (aName && !anEdit) {
    criteria[at] = result(outcomeCheck, 'fail', `the outcome "${outcome}" only names where the small details (${quote(details)}) went`, [...details]);
    return;
  }
  if (!anEdit && (beyond.length === 0 || !beyond.every((word) => LOOKS.has(word.toLowerCase())))) return;
  criteria[at] = result(outcomeCheck, 'fail', `the outcome "${outcome}" only says the small details (${quote(details)}) look better`, [...details]);
}

/** Short words that name nothing. */
const LINKING = new Set(['for', 'the', 'and', 'with', 'our', 'its', 'his', 'her', 'all', 'new', 'now', 'out', 'off', 'but', 'not', 'was', 'are', 'has', 'had', 'got', 'too', 'per', 'via']);

/** Does the outcome name something the activity already named ("drawer" in "Refilled the snack drawer → drawer full")? */
function namesWorkedOn(outcome: string, activity: string): boolean {
  const said = new Set(wordsOf(activity, false).map((w) => w.stem));
  return wordsOf(outcome, false).some((w) => w.word.length > 2 && !LINKING.has(w.word) && said.has(w.stem));
}

/** Result phrases that say only that something is in a new state ("→ the cancellation window is now 14 days" is a result by its number). */
const NEW_STATE: ReadonlySet<string> = new Set(['is now', 'are now']);

/** Words an outcome may add and still say only what state the thing is in. */
const STATE_WORDS = 2;

/**
 * "Refilled the snack drawer → drawer full", "Changed my Zoom background →
 * new background live": work on small details (a word-signal criterion failed
 * on the activity's detail words) whose explicit outcome adds a word or two
 * of state, and no decision, result word or number. It says the details are
 * done, not what came of them.
 */
function detailsInNewState(criteria: CriterionResult[], facts: ItemFacts): void {
  const passed = passedOutcome(criteria, facts);
  // Passed on the arrow's own words, not on a decision the item states before it.
  if (!passed || !criteria[passed.at]?.evidence.startsWith('outcome:')) return;
  const { outcome, check: outcomeCheck, at } = passed;
  const details = smallDetails(criteria, facts);
  if (details.length === 0 || quantitiesOf(facts, outcome).length > 0 || FORM_WON.test(outcome)) return;
  // "→ dashboard is now green": "is now" says the detail's new state, not a result.
  if (statedResult(outcomeCheck, facts, outcome).affirmed.some((phrase) => !NEW_STATE.has(phrase)) || decidedClause(outcome, facts.compile(outcomeCheck.fail.keywords)) !== undefined) return;
  // It names the thing worked on ("drawer" in "→ drawer full"); "→ signups up" says what came of it.
  if (beyondActivity(facts, outcome).length > STATE_WORDS || !namesWorkedOn(outcome, facts.input.text)) return;
  criteria[at] = result(outcomeCheck, 'fail', `the outcome "${outcome}" only says the small details (${quote(details)}) are done`, [...details]);
}

/**
 * "Went through the DPA redlines with legal: we accept the audit clause",
 * "Read Piotr's RFC → approved, on condition …": time that reads as passive
 * by its first verb, whose outcome is a decision. The verb alone is no
 * evidence that the time was small, so a criterion that failed on the verb
 * alone is not counted, and says why.
 */
function decidedWhileListening(criteria: CriterionResult[], facts: ItemFacts): void {
  const outcomeCheck = facts.rubric.criteria.find((c) => c.check === 'outcome');
  const outcome = facts.input.outcome?.text ?? facts.plainOutcome;
  if (!outcomeCheck || outcome === undefined || criteria.find((c) => c.id === outcomeCheck.id)?.verdict !== 'pass') return;
  const verbOnly = criteria.filter((c) => c.verdict === 'fail' && VERB_ONLY.test(c.evidence) && c.words?.every(listened) === true);
  if (verbOnly.length === 0) return;
  const decided = decidedClause(outcome, facts.compile(outcomeCheck.fail.keywords));
  // "→ 9 parked with legal", "→ 12 approved": a count of items handled is the work done, not a decision on it.
  if (decided === undefined || COUNTED_FIRST.test(decided)) return;
  for (const criterion of verbOnly) {
    criterion.verdict = 'unknown';
    criterion.evidence = `${criterion.evidence} — not counted: the outcome is a decision ("${decided}")`;
  }
}

/** Verbs of time spent listening: what came of it is the writer's to say. */
const LISTENING = new Set(['read', 'went', 'joined', 'sat', 'attended', 'watched', 'listened', 'heard', 'skimmed', 'observed', 'shadowed', 'caught']);

/**
 * The verb a criterion failed on is listening, or a noun read as a verb
 * ("Polaris upgrade go/no-go", "Export control review"): "Fixed the srcset
 * myself", "Filled in three templates" did the small work themselves,
 * whatever they then decided.
 */
function listened(verb: string): boolean {
  const word = verb.toLowerCase();
  return LISTENING.has(word) || !word.endsWith('ed');
}

/** A clause that opens with a count: "9 parked with legal", "twelve approved". */
const COUNTED_FIRST = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b)/iu;

/** A failure whose only evidence is the item's first verbs, as `describe` words it ('verb "read"', 'verb "upgrade", "go"'). */
const VERB_ONLY = /^verb "[^"]*"(?:, "[^"]*")*$/u;

/** The detail words of the item's own text and outcome that a failed word-signal criterion found ("cover page", "fonts"). */
function smallDetails(criteria: readonly CriterionResult[], facts: ItemFacts): string[] {
  const details: string[] = [];
  for (const criterion of facts.rubric.criteria) {
    if (criterion.check !== undefined || criteria.find((c) => c.id === criterion.id)?.verdict !== 'fail') continue;
    details.push(...facts.compile(criterion.fail.keywords).findAffirmed(facts.words).affirmed);
  }
  return details;
}

/**
 * The criteria the rubric's author says an exemplar passes (or fails) take
 * that verdict, whatever the words said: the essay's own examples of worthy
 * work pass even without a stated result, because the essay says why. The
 * hover quotes the author's sentence once (Activity.exemplar).
 */
function byExemplar(criteria: CriterionResult[], exemplar: RubricExemplar, rubric: Rubric): void {
  const verdict: Verdict = exemplar.verdict === 'worthy' ? 'pass' : 'fail';
  for (const id of exemplar.criteria) {
    const at = criteria.findIndex((c) => c.id === id);
    const criterion = rubric.criteria.find((c) => c.id === id);
    if (at >= 0 && criterion) criteria[at] = result(criterion, verdict, `the rubric's own example of ${exemplar.verdict} work (quoted below)`);
  }
}

function tagVerdict(criterion: RubricCriterion, tags: readonly string[]): CriterionResult | undefined {
  // Most criteria name no tag: nothing to look for.
  if (criterion.fail.tags.length === 0 && criterion.pass.tags.length === 0) return undefined;
  const failTag = tags.find((tag) => criterion.fail.tags.includes(tag));
  if (failTag) return result(criterion, 'fail', `tag #${failTag}`);
  const passTag = tags.find((tag) => criterion.pass.tags.includes(tag));
  return passTag ? result(criterion, 'pass', `tag #${passTag}`) : undefined;
}

export function scoreActivity(rubric: Rubric, input: ScoringInput, compile: KeywordCompiler): ScoringResult {
  const ownOutcome = input.outcome && input.outcome.inheritedFromLine === undefined ? ` ${input.outcome.text}` : '';
  const words = `${input.text}${ownOutcome}`;
  const quantities = findQuantities(words);
  const verbs = mainVerbs(input.text);
  const firstTwo = verbs.length > 1 ? `${verbs[0]?.stem} ${verbs[1]?.stem}` : '';
  const bySide = verbSides(rubric, compile);
  const facts: ItemFacts = { input, rubric, words, verbs, firstTwo, quantities, quantitiesIn: new Map(), compile, head: undefined, own: undefined, sides: sidePlans(rubric, compile), verbSides: packedMap(verbs, (verb) => bySide.get(verb.stem)), firstTwoSides: bySide.get(firstTwo) };
  facts.quantitiesIn.set(words, quantities);
  let clear: CriterionResult | undefined;
  const criteria = packedMap(rubric.criteria, (criterion, at) => {
    const judged = tagVerdict(criterion, input.tags)
      ?? (criterion.check === 'outcome' ? judgeClearOutcome(criterion, facts)
        : criterion.check === 'measurable-outcome' ? judgeMeasurable(criterion, facts, clear)
          : judgeBySignals(criterion, at, facts));
    if (criterion.check === 'outcome') clear = judged;
    return judged;
  });
  if (rubric.requireOutcome && clear?.verdict === 'fail') unbacked(criteria);
  // Both weigh words against positive evidence: a rubric that counts words without an outcome keeps them.
  if (rubric.requireOutcome) grandOnDetails(criteria, facts);
  if (rubric.requireOutcome) detailsInNewState(criteria, facts);
  if (rubric.requireOutcome) decidedWhileListening(criteria, facts);
  const exemplar = input.exemplar !== undefined ? rubric.exemplars.find((e) => e.id === input.exemplar) : undefined;
  if (exemplar) byExemplar(criteria, exemplar, rubric);
  let judged = 0;
  let passed = 0;
  for (const criterion of criteria) {
    if (criterion.verdict === 'unknown') continue;
    judged += criterion.weight;
    if (criterion.verdict === 'pass') passed += criterion.weight;
  }
  const scored: ScoringResult = { score: judged > 0 ? Math.round((passed / judged) * 1000) / 1000 : undefined, criteria };
  if (facts.plainOutcome !== undefined) scored.plainOutcome = facts.plainOutcome;
  return scored;
}
