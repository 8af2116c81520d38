// Reading an outcome the way a careful reader does, beyond the `→` marker:
//
// - an outcome stated in plain words: after a colon, semicolon, dash, full
//   stop or "so", a decision someone owns ("we drop the custom DPA", "he
//   leads the search rewrite", "they commit to 8 weeks") or a measured state
//   ("9% under plan", "£25k"): `plainOutcome`;
// - an outcome that only restates the activity ("closed 25 stale tabs → 25
//   tabs closed"), says only that it was done ("sent back Thu"), or counts
//   details ("→ 14 pizzas delivered"): `restatedWords` finds what, if
//   anything, it says beyond that.
//
// Both walk the text's words once (no pattern nests a quantifier). Which
// words are results, vague, or details is the rubric's (its clear-outcome
// and not-mired-in-details word lists); only the grammar is here.

import type { KeywordMatcher } from './keywords';
import { gatedTest, literalGate, passesGate, withoutTrailingPunctuation } from '../text';
import { findQuantities, isNegated, isNegator, stem, type Quantity } from './signals';
import { wordsOf, type Word } from './wordSignals';

/**
 * Clause breaks before which a plain outcome may start (not the colon of
 * "1:1"): `[,;—–()]|:(?!\d)|\.\s|\s-\s|\bso\b|\bwhich\b|\bbut\b`, with each
 * word's leading `\b` read after its first letter (`s(?<!\w.)o`: no word
 * character before the `s`, which is a word character). The same matches;
 * an alternative that opens with `\b` under the `iu` flags made the engine
 * try every character of the text, three times as long.
 */
export const BREAK = /[,;—–()]|:(?!\d)|\.\s|\s-\s|s(?<!\w.)o\b|w(?<!\w.)hich\b|b(?<!\w.)ut\b/giu;
/** Who owns a decision: "we", "he", "she", "they" (not "I": "so I did it myself" is no outcome). */
const OWNERS = new Set(['we', 'he', 'she', 'they']);
/** Words between the owner and the verb: "we will", "she now", "they both". */
const AUXILIARIES = new Set(['will', 'now', 'also', 'both', 'all', 'then', 'each', 'are', 'is', 're', 's', 'll', 've', 'd', 'have', 'has']);
/** Hedges: "we might", "he could" decide nothing. */
const HEDGES = new Set(['might', 'may', 'could', 'should', 'would', 'maybe', 'probably', 'perhaps', 'hope', 'hopefully', 'think', 'thought', 'feel', 'felt', 'seem', 'seemed', 'mostly', 'just', 'talked', 'discussed', 'chatted', 'caught', 'synced', 'went', 'looked', 'met', 'had', 'sat', 'listened', 'spoke', 'did', 'tried', 'still', 'not', 'never', 'don', 'didn', 'won',
  // Negated auxiliaries ("they couldn't find the table"), and feelings or knowledge, not decisions ("they hate the PR descriptions", "she knows who the subeditors are").
  'couldn', 'wouldn', 'shouldn', 'can', 'cannot', 'isn', 'aren', 'wasn', 'weren', 'hasn', 'haven', 'doesn', 'hate', 'hated', 'hates', 'dislike', 'disliked', 'know', 'knows', 'knew', 'complain', 'complained', 'complains', 'remains']);

/** The words of a clause, contractions split ("we're" → "we", "re"). */
function clauseWords(clause: string): string[] {
  const words: string[] = [];
  // Split only the words with an apostrophe: a split per word made an array and ran an expression for each.
  for (const w of wordsOf(clause, false)) {
    // "won't" is "will not", not the "won" of a deal won.
    if (w.word === "won't" || w.word === 'won’t') words.push('will', 'not');
    else if (w.word.includes("'") || w.word.includes('’')) words.push(...w.word.split(/['’]/u));
    else words.push(w.word);
  }
  return words;
}

/** Is the word at `at` negated by one of the `span` words before it ("not approved", "won't go ahead")? */
function negatedBefore(words: readonly string[], at: number, span = 3): boolean {
  for (let from = Math.max(0, at - span); from < at; from++) if (isNegator(words[from] as string)) return true;
  return false;
}

/** "we drop the custom DPA", "he leads the rewrite", "they commit to 8 weeks": an owner, then a verb that is not a hedge. */
function ownedDecision(clause: string, vague: KeywordMatcher): boolean {
  const words = clauseWords(clause);
  if (ownedFrom(clause, words, 0, vague)) return true;
  // "landed on 48h and they took it", "they wouldn't move on price but we get the token pool": a decision in the clause's second half.
  for (let at = 1; at < words.length - 2; at++) if ((words[at] === 'and' || words[at] === 'but') && OWNERS.has(words[at + 1] as string) && ownedFrom(clause, words, at + 1, vague)) return true;
  return false;
}

function ownedFrom(clause: string, words: readonly string[], from: number, vague: KeywordMatcher): boolean {
  let at = from;
  while (at < words.length && (words[at] === 'and' || words[at] === 'then' || words[at] === 'so')) at++;
  if (!OWNERS.has(words[at] ?? '')) return namedOwner(clause, words, at);
  at++;
  while (at < words.length && AUXILIARIES.has(words[at] as string)) at++;
  const verb = words[at];
  // "we're not building our own rails after all", "we won't renew": a course ruled out is a decision.
  if (verb === 'not' && FORGONE.has(words[at + 1] ?? '')) return true;
  // "we agreed nothing", "we decided nothing": a decision of nothing decides nothing.
  if (words[at + 1] === 'nothing') return false;
  // "we fine-tune the open-weights model": a hyphenated verb is not its vague first half.
  return verb !== undefined && !HEDGES.has(verb) && (clause.includes(`${verb}-`) || vague.findAffirmed(verb).affirmed.length === 0);
}

/** Courses a team can decide not to take: "we're not building", "we won't renew", "we are not hiring". */
const FORGONE = new Set(['build', 'building', 'renew', 'renewing', 'buy', 'buying', 'hire', 'hiring', 'migrate', 'migrating', 'ship', 'shipping', 'launch', 'launching', 'extend', 'extending', 'pursue', 'pursuing', 'adopt', 'adopting', 'replace', 'replacing', 'rebuild', 'rebuilding', 'outsource', 'outsourcing', 'switch', 'switching', 'sign', 'signing', 'bid', 'bidding']);

/**
 * "Raj updates the RFC", "Kofi gets two full days next sprint": a person's
 * name (capitalized in the text), then a verb of taking something on: who
 * does what from here.
 */
function namedOwner(clause: string, words: readonly string[], at: number): boolean {
  const name = words[at];
  const verb = words[at + 1];
  if (name === undefined || verb === undefined || words.length < at + 3) return false;
  if (!capitalizedIn(clause, name)) return false;
  // A name's team ("Kofi's team gets the next sprint", "Priya's squad owns the rollout").
  if (verb === 's' && ASSIGNED.has(words[at + 3] ?? '') && words.length >= at + 5) return true;
  // A name of two words ("Harlow & Finch gets it first", "Acme Health owns the pilot").
  return ASSIGNED.has(verb) || (ASSIGNED.has(words[at + 2] as string) && words.length >= at + 4 && capitalizedIn(clause, verb));
}

function capitalizedIn(clause: string, word: string): boolean {
  const said = clause.indexOf(word.charAt(0).toUpperCase() + word.slice(1));
  return said >= 0 && NAME_START.test(clause.slice(said, said + word.length + 1));
}

/** What a named person takes on: "gets two days", "owns the rollout", "leads the rewrite" (a capitalized noun and a plural, "Evidence packs", is no owner). */
const ASSIGNED = new Set(['gets', 'takes', 'owns', 'leads', 'runs', 'starts', 'joins', 'picks', 'updates', 'drives', 'handles', 'covers', 'writes', 'sends', 'fixes', 'chairs', 'becomes', 'moves', 'steps', 'heads', 'pairs', 'shadows', 'presents', 'drafts', 'books', 'schedules', 'reruns']);

/** A capitalized word that is only letters: "Raj ", not "CI" or "Q3". */
const NAME_START = /^[A-Z][a-z]+\b/u;

/** Participles that report a decision on what precedes them: "capex approved", "wording final", "vendor chosen". */
const DECIDED = new Set(['approved', 'agreed', 'signed', 'chosen', 'picked', 'selected', 'confirmed', 'accepted', 'cancelled', 'canceled', 'killed', 'retired', 'funded', 'greenlit', 'final', 'finalised', 'finalized', 'rejected', 'declined', 'dropped', 'paused', 'frozen', 'shortlisted', 'parked', 'deferred', 'postponed', 'scrapped', 'shelved', 'vetoed', 'ratified', 'mandated', 'endorsed', 'stays', 'remains', 'reinstated', 'restored', 'banned', 'waived', 'adopted', 'stands', 'becomes', 'stay', 'remain', 'promoted', 'appointed', 'capped', 'mandatory', 'compulsory', 'required', 'wins', 'won', 'loses', 'lost', 'kept', 'locked', 'settled', 'issued', 'acknowledged']);
/** Verbs that move a date: "e-prescribing moves to Q2", "second rig slips to Q2". */
const RESCHEDULED = new Set(['moves', 'moved', 'move', 'slips', 'slipped', 'slip', 'shifts', 'shifted', 'shift', 'lands', 'landed', 'land', 'ships', 'shipped', 'ship', 'starts', 'start', 'waits', 'goes', 'launches', 'launched', 'launch', 'booked', 'scheduled', 'planned', 'extended', 'extends', 'renewed', 'returns', 'runs', 'freeze', 'comes', 'come', 'opens', 'brought']);
/** Spans a date moves by: "alpha moves 2 weeks", "slips a sprint". */
const SPANS = new Set(['day', 'week', 'sprint', 'month', 'quarter', 'year']);
/** Words that make a clause a standing rule: "no firmware pushes on Fridays any more", "code freeze from now on". */
const STANDING = ['anymore', 'any more', 'no more', 'from now on', 'going forward', 'henceforth'];
/** A release a plan moves to: "sandboxing moves to 1.3", "ships in v2". */
const VERSION = /\bv?\d+\.\d+\b|\bv\d+\b/iu;

/** "test-rig capex approved": something, then the participle that decides it. "UK customs filing ships first, Ireland slips to Q2": a plan moved to a date. */
function reportedDecision(clause: string): boolean {
  const words = clauseWords(clause);
  if (chosenCourse(words) || choiceAnnounced(words) || nowDoes(words) || bodyDecision(words) || deadline(clause, words) || priorityGiven(words) || consentGiven(words)) return true;
  // "nothing agreed", "not approved": a negated decision decides nothing.
  const affirmed = (at: number) => !negatedBefore(words, at);
  // A participle decides what precedes it ("capex approved"); alone at the start it is an action ("approved the PR").
  if (words.some((word, at) => at > 0 && DECIDED.has(word) && affirmed(at) && words[at + 1] !== 'nothing' && (word !== 'final' || !NAMING.has(words[at - 1] as string)))) return true;
  if (NOBODY_MORE_THAN.test(clause) || allByDate(words, clause) || capabilityGranted(words)) return true;
  if (standingRule(words) || passiveDecision(words) || ruledOut(words) || ruleForAll(words) || IN_A_RELEASE.test(clause) || clearedFor(words) || concluded(words) || movedAcross(words) || termSet(words) || keptAsIs(words) || safeguardAdded(words) || termMoved(words, clause) || termDropped(words) || goesAhead(words)) return true;
  // A date move needs no subject: "starts Jan 5", "alpha moves 2 weeks", "fix ships thursday".
  // "goes out Monday", "goes live Thursday": a particle may stand between.
  if (words.some((word, at) => RESCHEDULED.has(word) && affirmed(at) && (SOON.has(words[at + 1] ?? '') || (PARTICLES.has(words[at + 1] ?? '') && SOON.has(words[at + 2] ?? ''))))) return true;
  // "ships before the freeze", "lands by the end of March": a plan tied to a point in time.
  if (words.some((word, at) => DELIVERED.has(word) && affirmed(at) && DEADLINE_WORDS.has(words[at + 1] ?? '') && (words[at + 2] ?? '').length > 0)) return true;
  return words.some((word, at) => RESCHEDULED.has(word) && affirmed(at)) && (findQuantities(clause).some(movesADate) || VERSION.test(clause) || relativeDate(words));
}

/**
 * "got the council to agree to one shared login", "got the board ok for two
 * new teams", "managed to get the ministry's approval": someone else's
 * agreement won ("trying to get", "need to get" have not won it). Up to four
 * words name who agreed.
 */
const AGREEMENT_WON = /\b(?:got|won|secured|managed\sto\sget|convinced|persuaded)\s(?:[\p{L}\p{N}'’&-]+\s){0,4}?(?:to\s(?:agree|sign|approve|commit|fund|back|keep|adopt|switch)\b|(?:ok|okay|approval|sign-off|signoff|go-ahead|buy-in|blessing)\b|green\slight\b)/iu;

const AGREEMENT_GATE = literalGate(['got', 'won', 'secured', 'managed', 'convinced', 'persuaded']);

/** The agreement the text says was won, if any ("got the council to agree"). */
export function agreementWon(text: string): string | undefined {
  if (!passesGate(AGREEMENT_GATE, text)) return undefined;
  const match = AGREEMENT_WON.exec(text);
  return match && !isNegated(text, match.index) ? match[0] : undefined;
}

/** "their inspection app is our top priority next quarter": a priority given. */
function priorityGiven(words: readonly string[]): boolean {
  return words.some((word, at) => (word === 'priority' || word === 'priorities') && (words[at - 1] === 'top' || words[at - 1] === 'first' || words[at - 1] === 'number') && !negatedBefore(words, at, 4));
}

/** "they're fine with us moving to the new processor": consent to a course ("happy with the demo" is praise). */
function consentGiven(words: readonly string[]): boolean {
  return words.some((word, at) => CONSENTING.has(word) && words[at + 1] === 'with' && words[at + 2] === 'us' && (words[at + 3] ?? '').endsWith('ing') && !negatedBefore(words, at));
}

const CONSENTING = new Set(['fine', 'ok', 'okay', 'happy', 'comfortable']);

/** "renamed v3 to FINAL", "saved as final": after these "final" names a file; "wording final" decides. */
const NAMING = new Set(['to', 'as']);

/** "this month", "next quarter", "by end of the sprint": a date said relative to now. */
function relativeDate(words: readonly string[]): boolean {
  return words.some((word, at) => RELATIVE.has(word) && SPANS.has(words[at + 1] === 'the' ? (words[at + 2] ?? '') : (words[at + 1] ?? '')));
}

const RELATIVE = new Set(['this', 'next', 'coming', 'of', 'another']);

/** "partner it is", "Postgres it is": a choice announced. */
function choiceAnnounced(words: readonly string[]): boolean {
  return words.length >= 3 && words[words.length - 2] === 'it' && words[words.length - 1] === 'is';
}

/** "the Frankfurt host gets added", "the old jump hosts get retired": what happens to something from here. */
function passiveDecision(words: readonly string[]): boolean {
  return words.some((word, at) => at > 0 && (word === 'gets' || word === 'get') && (words[at + 1] ?? '').endsWith('ed') && !negatedBefore(words, at));
}

/** "workaround in 1.3.1", "hotfix in v4": a fix placed in a release ("done in 2.5 hours" is no release). */
const IN_A_RELEASE = /\b(?:in|into)\s+(?:v\d|\d+\.\d+\.\d)/iu;

/** "concluding that evaluation sets are fine", "decided that…": the writer labels a conclusion. */
function concluded(words: readonly string[]): boolean {
  return CONCLUDING.has(words[0] ?? '') && words[1] === 'that';
}

const CONCLUDING = new Set(['concluding', 'concluded', 'deciding', 'decided', 'agreeing', 'agreed', 'confirming', 'confirmed']);

/** "Moved us from a shared VPN account to named accounts", "accrual close moves from day 10 to day 7": a change from one state to another. */
function movedAcross(words: readonly string[]): boolean {
  const at = words.findIndex((word) => RESCHEDULED.has(word));
  if (at < 0) return false;
  const from = words.indexOf('from', at + 1);
  return from > at && words.indexOf('to', from + 2) > from;
}

/** "the pilot goes ahead", "go ahead with the migration": a go-ahead; "SCADA alarm import goes in": into the plan. */
function goesAhead(words: readonly string[]): boolean {
  return words.some((word, at) => (word === 'goes' || word === 'go' || word === 'going') && (words[at + 1] === 'ahead' || (at > 0 && words[at + 1] === 'in' && at + 2 === words.length)) && !negatedBefore(words, at));
}

/** "the cancellation window goes to 14 days", "notice period drops to 30 days": a term changed to a new amount. */
function termMoved(words: readonly string[], clause: string): boolean {
  return words.some((word, at) => TERM_MOVES.has(word) && words[at + 1] === 'to' && !negatedBefore(words, at)) && findQuantities(clause).length > 0;
}

const TERM_MOVES = new Set(['goes', 'go', 'drops', 'rises', 'falls', 'changes', 'shrinks', 'grows', 'increases', 'decreases', 'extends', 'shortens']);

/** "the holding-fee clause comes out", "the angel's info-rights clause goes": a term of an agreement dropped. */
function termDropped(words: readonly string[]): boolean {
  return words.some((word, at) => TERMS.has(word) && !negatedBefore(words, at) && (words[at + 1] === 'goes' || (words[at + 1] === 'comes' && words[at + 2] === 'out') || words[at + 1] === 'dropped' || (words[at + 1] === 'is' && (words[at + 2] === 'out' || words[at + 2] === 'dropped'))));
}

const TERMS = new Set(['clause', 'clauses', 'term', 'terms', 'fee', 'fees', 'rider', 'addendum', 'requirement', 'condition', 'conditions', 'penalty', 'surcharge']);

/** What a decision can leave as it is: "risk rating unchanged", "no change to the refund terms". */
const KEPT = new Set([...TERMS, 'rating', 'ratings', 'scope', 'policy', 'policies', 'price', 'prices', 'pricing', 'plan', 'budget', 'rule', 'rules', 'threshold', 'thresholds', 'limit', 'limits', 'position', 'season', 'target', 'targets']);

/** "principal risk rating unchanged", "no change for the 2029 season": a decision to leave a term, a rating or a plan as it is. */
function keptAsIs(words: readonly string[]): boolean {
  const at = words.indexOf('unchanged');
  if (at > 0 && KEPT.has(words[at - 1] ?? '')) return true;
  const no = words.indexOf('no');
  if (no < 0 || (words[no + 1] !== 'change' && words[no + 1] !== 'changes') || (words[no + 2] !== 'to' && words[no + 2] !== 'for')) return false;
  return words.slice(no + 3).some((word) => KEPT.has(word));
}

/** Controls an incident review can leave behind. */
const SAFEGUARDS = new Set(['alert', 'alerts', 'alerting', 'alarm', 'alarms', 'watchdog', 'monitor', 'monitoring', 'guard', 'guardrail', 'guardrails']);

/** "alert on batch count", "new watchdog on the encoder": a safeguard put on something, the lasting result of an incident review. */
function safeguardAdded(words: readonly string[]): boolean {
  const first = words[0] === 'new' ? 1 : 0;
  return SAFEGUARDS.has(words[first] ?? '') && (words[first + 1] === 'on' || words[first + 1] === 'for') && words.length > first + 2 && !SILENCED.has(words[first + 2] ?? '');
}

/** "alerts on mute": a safeguard switched off. */
const SILENCED = new Set(['mute', 'muted', 'silent', 'snooze', 'snoozed', 'hold', 'pause', 'paused']);

/** "liability cap at twelve months of fees", "limit at 5k": a term set. */
function termSet(words: readonly string[]): boolean {
  return words.some((word, at) => (word === 'cap' || word === 'limit' || word === 'floor' || word === 'ceiling') && words[at + 1] === 'at');
}

/** "cleared for public release", "cleared to launch": a go-ahead, not a cleared inbox. */
function clearedFor(words: readonly string[]): boolean {
  return words.some((word, at) => word === 'cleared' && (words[at + 1] === 'for' || words[at + 1] === 'to'));
}

/** "every internal API gets a two-quarter deprecation window", "nothing client-identifiable goes into public tools": a rule for all (or none) of something. */
function ruleForAll(words: readonly string[]): boolean {
  // "nothing we'll use": the words after a pronoun say what we do with nothing, not a rule for all.
  return words.some((word, at) => ALL_OF.has(word) && !PRONOUNS.has(words[at + 1] ?? '') && words.slice(at + 2, at + 6).some((verb) => RULE_VERBS.has(verb)));
}

const PRONOUNS: ReadonlySet<string> = new Set([...OWNERS, 'i', 'you']);

/** "which lets us launch in four more countries", "allows them to self-serve": a capability granted. */
function capabilityGranted(words: readonly string[]): boolean {
  return words.some((word, at) => ENABLING.has(word) && (words[at + 1] === 'us' || words[at + 1] === 'them' || words[at + 1] === 'our') && !negatedBefore(words, at));
}

const ENABLING = new Set(['lets', 'allows', 'enables', 'unblocks']);

/** "nobody does more than one week in five now", "no one is on call more than one week in six": a limit for everyone. */
const NOBODY_MORE_THAN = gatedTest(/\b(?:nobody|no one|no-one)\s[^,;.]{0,40}\bmore than\b/iu, literalGate(['more than']));

/** "every team is on the shared event bus by Q3": where all of something will be by a date. */
function allByDate(words: readonly string[], clause: string): boolean {
  return words.some((word, at) => ALL_OF.has(word) && (words[at + 2] === 'is' || words[at + 2] === 'are' || words[at + 1] === 'are')) && words.includes('by') && findQuantities(clause).some((q) => q.kind === 'date');
}

const ALL_OF = new Set(['every', 'each', 'all', 'nothing', 'everyone', 'everybody']);
const RULE_VERBS = new Set(['gets', 'get', 'goes', 'go', 'needs', 'need', 'must', 'requires', 'require', 'uses', 'use', 'using', 'follows', 'follow', 'moves', 'move', 'runs', 'run', 'pays', 'pay', 'ships', 'ship']);

/** "so no fresh tender", "no generic adapter this year": a course ruled out. "no decision", "nothing pressing" rule nothing out. */
function ruledOut(words: readonly string[]): boolean {
  let at = 0;
  while (at < words.length && (words[at] === 'and' || words[at] === 'so' || words[at] === 'then')) at++;
  if (words[at] !== 'no' || words.length < at + 2 || words.some((word) => NO_RESULT.has(word))) return false;
  // Said as a consequence ("so no …") or for a time ("… this year", "… until the audit"): not a finding ("no timeout on the step").
  return words[at - 1] === 'so' || words.some((word) => word === 'this' || word === 'until');
}

/** What "no …" says when nothing came of it: "no decision", "no news", "no answer yet". */
const NO_RESULT = new Set(['decision', 'decisions', 'outcome', 'result', 'results', 'news', 'progress', 'answer', 'answers', 'reply', 'response', 'update', 'updates', 'action', 'actions', 'movement', 'consensus', 'agreement', 'conclusion', 'luck', 'change', 'changes', 'issues', 'issue', 'problems', 'problem', 'concerns', 'blockers', 'surprises', 'idea', 'clue', 'time', 'one', 'yet', 'show', 'shows', 'need', 'word', 'feedback', 'comments', 'questions', 'fix', 'plan', 'date', 'owner', 'traction', 'interest', 'ask', 'asks', 'request', 'requests']);

/** Words between a date move's verb and its day: "goes out Monday", "kicks off next week". */
const PARTICLES = new Set(['out', 'live', 'ahead', 'off', 'up', 'back', 'in', 'on']);

/** A day a plan lands on, said right after its verb: "ships thursday", "starts next week", "lands tomorrow". */
const SOON = new Set(['now', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'tomorrow', 'tonight', 'next']);

/** "before the freeze", "by March", "within the quarter": a point in time a delivery is tied to. */
const DEADLINE_WORDS = new Set(['before', 'by', 'within']);
/** Verbs of a delivery ("ships before the freeze"), not of a meeting's time ("lunch starts before noon"). */
const DELIVERED = new Set(['ships', 'ship', 'lands', 'land', 'launches', 'launch', 'goes', 'moves', 'move', 'slips', 'slip']);

/** A date, or a span a date moves by ("2 weeks", "a sprint" is not counted: it needs a number). */
function movesADate(quantity: Quantity): boolean {
  return quantity.kind === 'date' || (quantity.kind === 'count' && quantity.unitStems.length > 0 && SPANS.has(quantity.unitStems[0] as string));
}

/** Words that attach a condition or scope to a verdict: "Approved with …", "Agreed subject to …", "Signed off for Q1". */
const CONDITIONS = new Set(['with', 'w', 'subject', 'for', 'on', 'pending', 'provided', 'conditionally', 'once', 'until', 'but', 'in', 'as']);

/** A reviewer's routine last step when said after a comma: "left a few comments, approved". */
const REVIEW_STEPS = new Set(['approved', 'accepted']);

/**
 * A decision participle alone in its clause is the verdict on the activity:
 * "RFC review. Approved, in three phases", "picked vanta, signed, kickoff
 * nov 9". After a comma, a review's approval is only its last step.
 */
function verdictAlone(clause: string, afterSentence: boolean): boolean {
  const words = clauseWords(clause);
  const word = words[0] as string;
  // "Approved with the queue capped at one": a verdict with its condition; "Approved the PR" is an action.
  // After a comma too: "read the RFC, approved with comments on the replay story" ("…, approved" alone is a review's last step).
  if (words.length > 1 && DECIDED.has(word) && (CONDITIONS.has(words[1] as string) || words[1] === 'at')) return true;
  return words.length === 1 && ((DECIDED.has(word) && (afterSentence || !REVIEW_STEPS.has(word))) || (afterSentence && CHOSEN.has(word)));
}

/** Gerunds that open a chosen course: "Staying in-house for now", "Going async with webhooks", "Sticking with Postgres". */
const COURSES = new Set(['staying', 'going', 'sticking', 'keeping', 'switching', 'moving']);
/** …unless they only say the work went on: "going through the list", "keeping an eye on it". */
const NOT_A_COURSE = new Set(['through', 'over', 'on', 'an', 'to', 'back', 'forward', 'ahead', 'well', 'fine', 'ok', 'okay']);

/** A course named alone as a sentence ("OCR for receipts: build vs buy. Buying."), and a hiring verdict alone ("debrief: hire, offer by Friday"). */
const CHOSEN = new Set([...COURSES, 'buying', 'building', 'renewing', 'migrating', 'hiring', 'cancelling', 'canceling', 'hire', 'no-hire']);

function chosenCourse(words: readonly string[]): boolean {
  return words.length >= 2 && COURSES.has(words[0] as string) && !NOT_A_COURSE.has(words[1] as string);
}

/** The course an explicit outcome names, said as an order: "→ stay direct, revisit after Christmas", "→ keep ours", "→ buy". */
const COURSE_ORDERS = new Set(['stay', 'keep', 'stick', 'switch', 'buy', 'build', 'renew', 'migrate', 'go']);

function namedCourse(clause: string): boolean {
  const words = clauseWords(clause);
  // "stay on the API", "stick with Postgres": a course kept, whatever "on" means after other verbs.
  const kept = (words[0] === 'stay' || words[0] === 'stick') && (words[1] === 'on' || words[1] === 'with');
  return COURSE_ORDERS.has(words[0] ?? '') && (words.length === 1 || kept || !NOT_A_COURSE.has(words[1] as string));
}

/** "register to be completed by October", "exit plan due 21 May": work committed to a date. */
function deadline(clause: string, words: readonly string[]): boolean {
  const committed = words.includes('due') || words.some((word, at) => word === 'to' && words[at + 1] === 'be');
  return committed && findQuantities(clause).some((q) => q.kind === 'date');
}

/** Bodies whose requests are decisions: "the committee asked for a quarterly report", "the board approved the paper". */
const BODIES = new Set(['board', 'committee', 'council', 'cab', 'steerco', 'exec', 'execs', 'panel', 'regulator', 'trustees', 'governors']);
const BODY_DECISIONS = new Set(['asked', 'requested', 'approved', 'agreed', 'endorsed', 'mandated', 'ratified', 'accepted', 'rejected', 'chose', 'voted', 'ruled', 'demanded', 'wants', 'expects', 'signed']);

function bodyDecision(words: readonly string[]): boolean {
  const body = words.findIndex((word) => BODIES.has(word));
  return body >= 0 && words.slice(body + 1).some((word, at) => BODY_DECISIONS.has(word) && !words.slice(Math.max(0, body + at - 2), body + 1 + at).some(isNegator));
}

/** "MDM now forces a 5-minute lock", "the rota now covers weekends": a state that holds from now on. */
function nowDoes(words: readonly string[]): boolean {
  // "Customers can now opt out": a capability granted from here on.
  if (words.some((word, at) => word === 'now' && at > 1 && words[at - 1] === 'can' && words[at - 2] !== 'i' && (words[at + 1] ?? '').length > 2)) return true;
  return words.some((word, at) => word === 'now' && at > 0) && words.some((word, at) => words[at - 1] === 'now' && ((word.length > 3 && word.endsWith('s') && !HEDGES.has(word) && !word.endsWith('ss')) || RULE_VERBS.has(word)));
}

/** "No vendor pushes Thursday to Sunday any more", "staging gets wiped nightly from now on": a rule that holds from here on. */
function standingRule(words: readonly string[]): boolean {
  const joined = ` ${words.join(' ')} `;
  return STANDING.some((phrase) => joined.includes(` ${phrase} `));
}

/**
 * A clause of an explicit outcome that states a decision or a measured state
 * ("Beacon shortlisted, demo booked for January": "Beacon shortlisted"), even
 * when another clause only says something was done.
 */
export function decidedClause(outcome: string, vague: KeywordMatcher): string | undefined {
  BREAK.lastIndex = 0;
  let start = 0;
  for (let match = BREAK.exec(outcome); ; match = BREAK.exec(outcome)) {
    const end = match ? match.index : outcome.length;
    const clause = outcome.slice(start, end).trim();
    if (clause.length > 0 && (ownedDecision(clause, vague) || reportedDecision(clause) || measuredState(clause) || namedCourse(clause))) return clause;
    if (!match) return undefined;
    start = match.index + match[0].length;
  }
}

/** Words a clause must say beyond its activity to stand as a result of its own. */
const SUBSTANTIVE_WORDS = 3;

/**
 * A clause of an explicit outcome that says something of its own in plain
 * words, with no vague word ("sent back, event sourcing is overkill": "event
 * sourcing is overkill"; "DR test booked for June, exit plan owed by 21 May"):
 * a vague word elsewhere in the outcome does not make it vague.
 */
export function substantiveClause(outcome: string, activity: string, vague: KeywordMatcher, notNews: KeywordMatcher, own?: ReadonlySet<string>): string | undefined {
  for (const part of outcome.split(/[,;]/u)) {
    // "card data leaves our scope once the migration is done": the condition is not the result.
    const clause = mainClause(part).trim();
    if (clause.length === 0 || vague.findAffirmed(clause).affirmed.length > 0) continue;
    if (restatedWords(clause, activity, notNews, own ?? ownStemsOf(activity)).length >= SUBSTANTIVE_WORDS) return clause;
  }
  return undefined;
}

/** Where a condition starts: "once", "when", "if"… ("until Q4" dates the result, and stays). */
const CONDITION = /\b(?:once|when|unless|if|as soon as)\b/iu;

/** A clause without the condition it ends on. */
function mainClause(clause: string): string {
  const condition = CONDITION.exec(clause);
  return condition && condition.index > 0 ? clause.slice(0, condition.index) : clause;
}

/** What a hiring plan or a budget counts: "4 seats in Lisbon", "3 eng + 1 SE", "five roles". */
const HEADCOUNT = new Set(['seat', 'hire', 'role', 'req', 'position', 'headcount', 'engineer', 'eng', 'fte', 'contractor', 'opening', 'backfill', 'technician', 'scientist', 'developer', 'designer', 'analyst', 'tester', 'sre', 'architect'].map(stem));

/** A quantity that counts a plan's headcount: "6 backfills", "4 new reqs", "two field technicians". */
export const countsHeadcount = (q: Quantity): boolean => q.kind === 'count' && (HEADCOUNT.has(q.unitStems[0] ?? '') || HEADCOUNT.has(q.unitStems[1] ?? ''));

/** A percentage, an amount of money, a ratio or a headcount: a measured state ("9% under plan", "in for £25k", "cap moved to 1x fees", "4 seats in Lisbon"). */
function measuredState(clause: string): boolean {
  if (passesGate(FRACTION_GATE, clause) && (FRACTION_MOVED.test(clause) || MOVED_BY_FRACTION.test(clause))) return true;
  if (passesGate(MOVED_GATE, clause) && countMoved(clause)) return true;
  return findQuantities(clause).some((q) => q.kind === 'percent' || q.kind === 'money' || (q.kind === 'ratio' && measuresSomething(clause, q.text)) || countsHeadcount(q));
}

const MOVED_GATE = literalGate(['from ']);

/** Words that say a count moved; "go" is left out, as in "we go from 9 to 5" it says when. */
const MOVES = new Set(['down', 'up', 'cut', 'cuts', 'dropped', 'drops', 'fell', 'falls', 'rose', 'rises', 'grew', 'grows', 'shrank', 'reduced', 'moves', 'moved', 'moving', 'raised', 'lowered', 'increased', 'decreased', 'improved', 'brought']);

/** How many words may sit between the two numbers of a move ("from 31 minutes to 19"). */
const MOVE_SPAN = 5;

/** A number, not a time of day ("9:30", "5pm"). */
const NUMBER_TOKEN = /^[~≈]?\d[\d.,]*(?!\d|[.,:]|[ap]m)/u;

/**
 * "pages down to 11 this week from 30", "reqs cut from 14 to 10", "we go
 * from 35 to 41 heads": a count that moved from one number to another,
 * said with a word of movement.
 */
function countMoved(clause: string): boolean {
  const tokens = clause.toLowerCase().split(/\s+/u);
  if (!tokens.some((token) => MOVES.has(token))) return false;
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    const first = tokens[at];
    if ((first !== 'from' && first !== 'to') || !NUMBER_TOKEN.test(tokens[at + 1] ?? '')) continue;
    const other = first === 'from' ? 'to' : 'from';
    for (let next = at + 2; next + 1 < tokens.length && next <= at + MOVE_SPAN + 1; next += 1) {
      if (tokens[next] === other && NUMBER_TOKEN.test(tokens[next + 1] ?? '')) return true;
    }
  }
  return false;
}

/** Money or a percentage: "roughly £400k", "9% under plan". */
function amountOrShare(clause: string): boolean {
  return findQuantities(clause).some((q) => q.kind === 'money' || q.kind === 'percent');
}

/** "a third lower than in March", "half the cost": a share said in words that a measure moved by. */
const FRACTION_MOVED = /\b(?:a|one|two)\s(?:third|quarter|half|fifth|tenth)s?\s(?:lower|higher|less|more|cheaper|faster|slower|smaller|bigger|shorter|longer)\b/iu;
/** "got the licence price down about a quarter", "cut by a third". */
const MOVED_BY_FRACTION = /\b(?:down|up|off|cut|lower|higher|fell|rose|dropped)\s(?:by\s)?(?:about\s|nearly\s|almost\s|roughly\s|over\s|more\sthan\s)?(?:a|one|two)\s(?:third|quarter|half|fifth|tenth)s?\b/iu;

const FRACTION_GATE = literalGate(['third', 'quarter', 'half', 'fifth', 'tenth']);

/** A ratio of something ("1x annual fees", "2x faster"), not a number of tries ("re-ran ci ~10x"). */
function measuresSomething(clause: string, ratio: string): boolean {
  const after = clause.indexOf(ratio) + ratio.length;
  return /^\s+\p{L}/u.test(clause.slice(after, after + 3));
}

/**
 * The clause breaks a plain outcome is looked for after. An item written in
 * sentences has fewer than 20 (the corpus's most is 18); each break reads
 * its clause, which a dash, "so", "which" or ")" does not end, and the text
 * on both sides, so a line of thousands ("so so so …") cost the square of
 * its length (20 lines of 19,000 characters: 18 s).
 */
export const MAX_OUTCOME_BREAKS = 64;

/**
 * The outcome an item states in plain words, with no `→`: the text from the
 * first clause break after which a clause states a decision, a result word
 * of the rubric, or a measured state (among the first MAX_OUTCOME_BREAKS).
 * Undefined when none does.
 */
export function plainOutcome(text: string, results: KeywordMatcher, vague: KeywordMatcher, notNews: KeywordMatcher): string | undefined {
  const change = passesGate(WAS_NOW_GATE, text) ? wasNow(text) : undefined;
  if (change !== undefined) return change;
  BREAK.lastIndex = 0;
  let breaks = 0;
  for (let match = BREAK.exec(text); match && breaks++ < MAX_OUTCOME_BREAKS; match = BREAK.exec(text)) {
    const tail = text.slice(match.index + match[0].length).trim();
    // "Decision: managed disks only in Q1": the writer labels what follows as the outcome.
    if (match[0] === ':' && labelsOutcome(text.slice(0, match.index)) && tail.length > 0) return withoutTrailingPunctuation(tail);
    // "Sorted out who owns the search box: Kemi's team", "… who looks after the CCTV. Us, from April": the answer is the outcome.
    if ((match[0] === ':' || match[0] === ',' || match[0].startsWith('.')) && asksWhoOwns(text.slice(0, match.index)) && tail.length > 0) return withoutTrailingPunctuation(tail);
    const nextBreak = /[,;—–(]|:(?!\d)|\.\s/u.exec(tail);
    const clause = nextBreak ? tail.slice(0, nextBreak.index) : tail;
    // "…, to agree invoices and what is in scope": a purpose, not what came of it.
    if (clause.length === 0 || /^to\s/iu.test(clause)) continue;
    const stated = results.findAffirmed(clause).affirmed;
    const hedged = vague.findAffirmed(clause).affirmed.length > 0;
    const states = ownedDecision(clause, vague) || measuredState(clause) || reportedDecision(clause) || verdictAlone(clause, match[0].startsWith('.') || match[0] === ':') || (stated.length > 0 && !hedged) || agreementWon(clause) !== undefined;
    // "deck: moved to the new brand template, fixed fonts" states nothing the activity did not.
    // "(roughly £400k)", "pages down to 11 from 30": an amount, a share or a count that moved is news even in words the activity already used.
    if (states && (restatedWords(tail, text.slice(0, match.index), notNews).length > 0 || amountOrShare(clause) || (passesGate(MOVED_GATE, clause) && countMoved(clause)))) return withoutTrailingPunctuation(tail);
  }
  return undefined;
}

const WAS_NOW_GATE = literalGate([' now']);

/** Words that can be the value of a measure before and after: numbers, counts in words, frequencies. */
const VALUE_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'hourly', 'daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly', 'none', 'zero']);

/** How near its marker ("was", "now") a value must be. */
const VALUE_SPAN = 3;

/** How far apart "was" and "now" may be. */
const CHANGE_SPAN = 8;

interface Token { word: string; at: number }

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /[^\s,;]+/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) tokens.push({ word: withoutClosers(match[0].toLowerCase()), at: match.index });
  return tokens;
}

/** "weekly." → "weekly": a walk from the end, as an anchored expression would retry from every stop of a long run. */
function withoutClosers(word: string): string {
  let end = word.length;
  while (end > 0 && '.!?)'.includes(word.charAt(end - 1))) end -= 1;
  return word.slice(0, end);
}

const isValue = (word: string | undefined) => word !== undefined && (VALUE_WORDS.has(word) || NUMBER_TOKEN.test(word));

/** The index of a value within VALUE_SPAN tokens after `at` (or before it, when `before`). */
function valueNear(tokens: readonly Token[], at: number, before: boolean): number {
  for (let step = 1; step <= VALUE_SPAN; step += 1) {
    if (isValue(tokens[at + step]?.word)) return at + step;
    if (before && isValue(tokens[at - step]?.word)) return at - step;
  }
  return -1;
}

/**
 * "downtime was 41 min a month, now 6", "deploys now daily, was weekly in
 * January", "one form now, it was five": a measure said as what it was and
 * what it is now. The outcome runs from the first of the two values.
 */
function wasNow(text: string): string | undefined {
  const tokens = tokensOf(text);
  for (let now = 0; now < tokens.length; now += 1) {
    if (tokens[now]?.word !== 'now') continue;
    const after = valueNear(tokens, now, true);
    if (after < 0) continue;
    for (let was = Math.max(0, now - CHANGE_SPAN); was <= Math.min(tokens.length - 1, now + CHANGE_SPAN); was += 1) {
      if (tokens[was]?.word !== 'was' && tokens[was]?.word !== 'were') continue;
      const before = valueNear(tokens, was, false);
      if (before < 0) continue;
      const from = tokens[Math.min(before, after, was, now)]?.at ?? 0;
      return withoutTrailingPunctuation(text.slice(from).trim());
    }
  }
  return undefined;
}

/** "who owns", "who looks after", "who picks up": a question of ownership the writer settled. */
const WHO_OWNS = /\bwho\s(?:owns|looks\safter|picks\sup|runs|takes|is\son\sthe\shook\sfor)\b/iu;

function asksWhoOwns(before: string): boolean {
  return WHO_OWNS.test(before) && !/\?\s*$/u.test(before);
}

/** Words a writer puts before a colon to say an outcome follows. */
const OUTCOME_LABELS = new Set(['decision', 'decided', 'outcome', 'result', 'verdict', 'agreed', 'conclusion']);

/** Does the text before a colon end with an outcome label ("… RFC review. Decision")? */
function labelsOutcome(before: string): boolean {
  const words = clauseWords(before.slice(-40));
  return OUTCOME_LABELS.has(words[words.length - 1] ?? '');
}

/** Words that carry no result in an outcome: articles, pronouns, numbers, days and time words. */
const FILLER = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'with', 'and', 'at', 'by', 'from', 'our', 'my', 'their', 'his', 'her', 'its', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'all', 'now', 'new', 'up', 'down', 'out', 'back', 'off', 'over', 'ahead', 'day', 'days', 'week', 'weeks', 'briefly', 'only', 'still', 'them', 'they', 'we', 'i', 'me', 'us', 'this', 'that', 'these', 'those', 'again', 'time', 'deadline', 'early', 'late', 'today', 'tomorrow', 'yesterday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekend', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'dozen', 'some', 'few', 'many', 'more', 'less', 'very', 'so', 'as', 'like', 'match', 'matches', 'look', 'looks', 'current', 'nicer', 'much', 'right', 'left', 'shade', 'unread', 'zero', 'count', 'counts', 'under', 'below', 'above', 'gone', 'fed', 'everyone', 'everybody',
  // Buying said alone: "→ two flat whites bought" counts the coffees; "savings plan bought" says what was bought.
  'bought', 'purchased', 'drank', 'drunk', 'grabbed',
  // Food and drink: "→ tacos for 10" says what was eaten, not what came of it.
  'tacos', 'taco', 'burrito', 'burritos', 'pizza', 'pizzas', 'croissant', 'croissants', 'pastry', 'pastries', 'cupcake', 'cupcakes', 'pie', 'pies', 'donut', 'doughnut', 'bagel', 'treats', 'sweets', 'food', 'coffee', 'coffees', 'flat', 'whites', 'oat', 'latte', 'lattes', 'cappuccinos', 'tea', 'teas', 'cake', 'cakes', 'biscuit', 'biscuits', 'cookies', 'donuts', 'doughnuts', 'bagels', 'sandwiches', 'burgers', 'sushi', 'curry', 'snacks', 'drinks', 'beer', 'beers', 'pints', 'lunch', 'dinner', 'breakfast', 'brunch',
  // Having: "→ page has a cover now" says it has what the activity gave it; "→ every person gets pizza".
  'has', 'have', 'got', 'gets', 'person',
  // Greeting: "→ said hello to everyone"; a meeting that ran: "→ everyone gave updates".
  'said', 'hello', 'hellos', 'hi', 'gave', 'update', 'updates', 'status',
  // Praise: "→ vision doc looks great", "→ title looks modern now".
  'great', 'good', 'nice', 'lovely', 'happy', 'fun', 'pleasant', 'productive', 'chat', 'chats', 'convo', 'vibes', 'vibe', 'clean', 'cleaner', 'neat', 'neater', 'tidier', 'fresher', 'polished', 'consistent',
  // Feelings and turnout: "→ morale up", "→ feeling great", "→ everyone came".
  'morale', 'mood', 'spirits', 'energy', 'feeling', 'felt', 'feel', 'came', 'showed', 'turned', 'ready', 'sharp', 'modern', 'fresh', 'crisp', 'sleek', 'beautiful', 'pretty', 'slick', 'professional',
  // Eating: "→ pizza consumed".
  'consumed', 'enjoyed', 'devoured',
  // Progress on a pile: "→ about half collected".
  'half', 'collected', 'gathered', 'each', 'sits', 'lives', 'written', 'about', 'around', 'roughly', 'nearly', 'almost', 'approximately',
  // Marking: "→ 38 marked read" counts what was cleared from a list, not what came of it.
  'marked', 'read', 'unread',
]);

/**
 * Words of editing a document, and of where the edit went: in an outcome they
 * say only that the details named with them changed ("vision deck → moved
 * onto the new brand template", "→ new brand colours and logo on every slide").
 */
const EDITED = new Set(['fixed', 'swapped', 'moved', 'renumbered', 'applied', 'replaced', 'refreshed', 'reformatted', 'polished', 'tidied', 'cleaned', 'recoloured', 'recolored', 'restyled', 'reworded', 'retitled', 'added', 'changed', 'corrected', 'reissued', 're-issued', 'better', 'tidier', 'neater', 'prettier', 'cleaner', 'relocated', 'consistent', 'numbering', 'contents', 'empty', 'wiki', 'same', 'title', 'set', 'rest', 'onto', 'into', 'every', 'slide', 'slides', 'page', 'pages', 'doc', 'docs', 'document', 'deck', 'decks', 'file', 'folder', 'version', 'draft', 're', 'issued', 'word', 'words', 'wording', 'places', 'sentence', 'sentences', 'paragraph', 'paragraphs']);

/**
 * Irregular verb forms → their base form, so "rewrote the title → title
 * rewritten" restates its activity as "closed tabs → tabs closed" does: the
 * stemmer joins regular forms only. Common verbs of work notes.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  wrote: 'write', written: 'write', rewrote: 'rewrite', rewritten: 'rewrite', ate: 'eat', eaten: 'eat', took: 'take', taken: 'take',
  made: 'make', did: 'do', done: 'do', gave: 'give', given: 'give', got: 'get', gotten: 'get', ran: 'run', sent: 'send', held: 'hold',
  built: 'build', rebuilt: 'rebuild', bought: 'buy', sold: 'sell', told: 'tell', kept: 'keep', found: 'find', drew: 'draw', drawn: 'draw',
  redrew: 'redraw', redrawn: 'redraw', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', began: 'begin', begun: 'begin',
  broke: 'break', broken: 'break', paid: 'pay', read: 'read', reread: 'reread', set: 'set', reset: 'reset', put: 'put', cut: 'cut',
  met: 'meet', won: 'win', drove: 'drive', driven: 'drive', left: 'leave', brought: 'bring', thought: 'think', swept: 'sweep',
  spent: 'spend', heard: 'hear', felt: 'feel', sat: 'sit', stood: 'stand', understood: 'understand', forgot: 'forget', forgotten: 'forget',
  overrode: 'override', overridden: 'override', undid: 'undo', undone: 'undo', redid: 'redo', redone: 'redo', hung: 'hang', stuck: 'stick',
}));

/** Particles a compound noun ends on: "cleanup", "rollout", "signoff", "handover". */
const COMPOUND_ENDS = ['up', 'out', 'off', 'over'];

/** A word's stems as the activity's own: "cleanup", "setup" and "rollout" also own "clean", "set" and "roll" ("desktop cleanup → desktop clean", "rollout → rolled out"). */
function ownStems(word: Word): string[] {
  const base = baseStem(word);
  const end = COMPOUND_ENDS.find((particle) => word.word.length > particle.length + 2 && word.word.endsWith(particle));
  return end === undefined ? [base] : [base, stem(word.word.slice(0, -end.length))];
}

function baseStem(word: Word): string {
  const base = IRREGULAR.get(word.word);
  return base === undefined ? word.stem : stem(base);
}

/**
 * The stems an activity owns, by which an outcome restates it: worked out
 * once per item by scoring, which reads one activity against its outcome
 * and each of its clauses (`restatedWords`' `own`).
 */
export function ownStemsOf(activity: string): Set<string> {
  const said = wordsOf(activity, false);
  const own = new Set<string>();
  for (let at = 0; at < said.length; at++) {
    const word = said[at] as Word;
    for (const owned of ownStems(word)) own.add(owned);
    // "Re-ordered the columns → columns reordered": a hyphenated "re-" owns the joined word too.
    const next = said[at + 1];
    if (word.word === 're' && next) own.add(stem(`re${next.word}`));
  }
  return own;
}

/**
 * What an outcome says beyond restating its activity: its words less filler,
 * numbers, words that only say it was done (the rubric's vague-outcome list),
 * the activity's own words (by stem) and details (the rubric's detail list).
 * Empty: the outcome only restates the activity, says it was done, or counts
 * details.
 */
export function restatedWords(outcome: string, activity: string, notNews: KeywordMatcher, own: ReadonlySet<string> = ownStemsOf(activity)): string[] {
  // Plain loops, no set of list words when the lists find none: read for every outcome, up to three times each.
  // The lists' words and phrases ("inbox", "house style"), negated or not: one reading of the outcome.
  const listed = notNews.findAffirmed(outcome);
  const inLists = listed.affirmed.length + listed.negated.length === 0 ? undefined : new Set([...listed.affirmed, ...listed.negated].flatMap((phrase) => wordsOf(phrase, false).map((w) => w.stem)));
  const beyond: string[] = [];
  for (const w of wordsOf(outcome, false)) {
    if (FILLER.has(w.word) || EDITED.has(w.word) || /^v?\d/u.test(w.word) || own.has(baseStem(w)) || inLists?.has(w.stem) === true) continue;
    beyond.push(w.word);
  }
  return beyond;
}
