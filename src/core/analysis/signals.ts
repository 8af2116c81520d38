// The facts of an activity's wording that the rubric's signals read, each
// found by plain, explainable rules so the hover can quote them:
// - the main verbs: the first words of the item (after a `[Client]` prefix),
//   compared by their Porter stem, so "scheduled", "schedules" and
//   "scheduling" all match a rubric's "schedule";
// - quantities: a number with what it counts ("900 customers", "14 labels"),
//   or a percentage, an amount of money or a date;
// - negation: a word just after "no", "not", "nothing", "without"… does not
//   count as that word ("nothing agreed" is not an agreement).

import { escapeRegExp, packedMap, stem } from '../text';
import { scanTailWords } from './wordScan';

export { stem };

/** A word here is what `scanTailWords` reads: `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu`. */
const NEGATORS = new Set(['no', 'not', 'nothing', 'never', 'without', 'none', 'nobody', "didn't", 'didn’t', "wasn't", "weren't", "isn't", "hasn't", "haven't", "won't", 'zero', 'neither', 'nor']);
const MAIN_VERB_WINDOW = 3;
/** Nouns of a meeting: the words before one in an item's first words are its subject ("export control meeting"). */
const MEETINGS = new Set(['meeting', 'meetings', 'session', 'sessions', 'call', 'calls', 'sync', 'workshop', 'briefing', 'readout', 'standup', 'huddle', 'forum']);
/** Possessives: the word after one is a noun or an adjective ("our own CI", "my review"), never the verb. */
const POSSESSIVES = new Set(['our', 'my', 'their', 'his', 'her', 'its', 'your']);

/** Nouns of a system that a gerund before them names ("booking API", "billing service"): the gerund is no verb. */
const SYSTEMS = new Set(['api', 'apis', 'service', 'services', 'system', 'systems', 'engine', 'platform', 'pipeline', 'module', 'database', 'db', 'queue', 'portal', 'sdk', 'endpoint', 'endpoints', 'app', 'page', 'site', 'flow', 'stack', 'cluster', 'gateway', 'provider', 'vendor', 'tool', 'tools']);
/** Words that join the alternatives of a choice. */
const CHOICE = new Set(['vs', 'versus', 'v', 'or']);

export interface Quantity {
  /** As written, e.g. "900 customers", "$6k", "30%". */
  text: string;
  /** `percent`, `money` and `date` are kinds of their own; `count` is a number with the word it counts. */
  kind: 'percent' | 'money' | 'date' | 'ratio' | 'count';
  /** Stems of the (up to two) words after a count, e.g. ["jira", "label"]. */
  unitStems: string[];
}

/** Stems of the first words of an item, where its main verb stands ("Booked room…", "[Acme] Sat in on…"). */
export function mainVerbs(text: string): { word: string; stem: string }[] {
  const start = text.replace(/^(?:\s*(?:\[[^\]]*\]|\([^)]*\)|[^\p{L}\p{N}[(]+))+/u, '');
  const words: string[] = [];
  scanTailWords(start, (from, to) => words.push(start.slice(from, to).toLowerCase()) < MAIN_VERB_WINDOW);
  // "Build vs buy", "build or buy": the alternatives of a choice are its subject, not what the writer did.
  const choice = words.findIndex((word) => CHOICE.has(word));
  const verbs = choice > 0 ? words.filter((_, at) => at !== choice - 1 && at !== choice + 1) : words;
  // "Export control meeting", "Pen test readout": the words before a meeting's noun name its subject.
  const meeting = verbs.findIndex((word) => MEETINGS.has(word));
  // A gerund keeps its place: "onboarding session", "planning call" say what was done.
  const acted = (meeting > 0 ? verbs.filter((word, at) => at >= meeting || word.endsWith('ing')) : verbs).filter((_, at, kept) => !POSSESSIVES.has(kept[at - 1] ?? ''));
  // "Security questionnaire": a noun in -ity is never the verb, though its stem is "secure"'s.
  // "Booking API p95 is down": a gerund before a system's noun names the system.
  const named = acted.filter((word, at) => !(word.length > 4 && word.endsWith('ity')) && !(word.endsWith('ing') && SYSTEMS.has(acted[at + 1] ?? '')));
  return packedMap(named, (word) => ({ word, stem: stem(word) }));
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(`\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})|(?:by|from|in|into|to|until|till|before|after|for|starting|effective)\\s+(?:${MONTHS})(?!\\.?\\s*\\d)|(?:on|for|by|before)\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)|q[1-4](?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|(?:by|on|before|until|from)\\s+(?:mon|tues|wednes|thurs|fri)day|w\\d{1,2}|20\\d\\d)\\b`, 'giu');
/**
 * A number's unit can only follow the end of its run of digits, stops and
 * commas, so once a start in the run has failed every later one fails too;
 * yet each was tried, reading to the run's end: a run like "1.1.1.…" cost
 * the square of its length. The look-behind lets a number start only at the
 * run's first digit after a stop or comma (and at its first digit), and
 * `collectNumbers` tries the digit where a match that ended inside a run
 * leaves the search: the same matches.
 */
const MONEY = /(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|bn|b|million|billion)?\b(?:\/(?:mo|month|yr|year))?|\b(?<![.,]\d[\d.,]*?)\d[\d.,]*\s?(?:k|m|mm|bn|million|billion)?\s?(?:arr|mrr|usd|eur|gbp|dollars|euros|pounds)\b)/giu;
const PERCENT = /\b(?<![.,]\d[\d.,]*?)\d[\d.,]*\s?(?:%|percent\b|pp\b)/giu;
const RATIO = /\b\d+(?:\.\d+)?\s?[×x](?![\p{L}\d])/giu;
/** The counts in words a count may start with. */
const COUNT_NUMBERS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousands|dozen|dozens';
/**
 * A count: a number or a count in words, then what it counts. The lookahead
 * first (a digit or a first letter of a count in words, which the same
 * flags read alike) lets the engine skip every other character without trying
 * the look-behind there: it halved the search, and matches nothing more or less.
 */
const COUNT = new RegExp(`(?=[\\d${[...new Set(COUNT_NUMBERS.split('|').map((word) => word.charAt(0)))].join('')}])(?<![\\p{L}\\d.,:/-])(\\d[\\d,]*(?:\\.\\d+)?(?:k|m)?\\+?|${COUNT_NUMBERS})\\s+(?:of\\s+)?([\\p{L}][\\p{L}'’-]*)(?:\\s+([\\p{L}][\\p{L}'’-]*))?`, 'giu');

// `exec` on each global expression rather than `matchAll`, which copies the
// expression at every call; none of them matches an empty string.
function collect(pattern: RegExp, text: string, kind: Quantity['kind'], out: Quantity[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) out.push({ text: match[0].trim(), kind, unitStems: [] });
}

/** MONEY and PERCENT as they read without the look-behind, tried at one place. */
const AT_ONE_PLACE = new Map([MONEY, PERCENT].map((pattern) => [pattern, new RegExp(pattern.source.replace('(?<![.,]\\d[\\d.,]*?)', ''), 'iuy')]));

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

/**
 * `collect` for MONEY and PERCENT. A match may end inside a run ("$2.5." of
 * "$2.5.5usd"); the search goes on at the digit after it, which the
 * look-behind would skip, so that digit is tried here.
 */
function collectNumbers(pattern: RegExp, text: string, kind: Quantity['kind'], out: Quantity[]): void {
  const here = AT_ONE_PLACE.get(pattern) as RegExp;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    out.push({ text: match[0].trim(), kind, unitStems: [] });
    let end = pattern.lastIndex;
    while (isDigit(text.charCodeAt(end)) && (text[end - 1] === '.' || text[end - 1] === ',')) {
      here.lastIndex = end;
      const next = here.exec(text);
      if (!next) break;
      out.push({ text: next[0].trim(), kind, unitStems: [] });
      end = here.lastIndex;
    }
    pattern.lastIndex = end;
  }
}

// What every match of an expression holds, lower-cased: one of these words
// (besides a digit, for all but a date or a count in words). A text holding
// none of them is not searched; each search tried the expression at every
// character. Only the long s (ſ) reads as a letter of these words to a
// case-insensitive expression and not to toLowerCase, as an s: a text with
// one is always searched.
const MONEY_WORDS = ['$', '€', '£', 'arr', 'mrr', 'usd', 'eur', 'gbp', 'dollars', 'pounds'];
const PERCENT_WORDS = ['%', 'percent', 'pp'];
const RATIO_WORDS = ['x', '×'];
/** A date without a digit names a month or a weekday. */
const DATE_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'day'];
/** A count without a digit is in words. */
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'dozen'];

/**
 * Does `lower` hold one of `words`, or a long s? One expression of the words
 * as they are (no flag: code unit by code unit, as `includes` compares): a
 * dozen `includes` calls per text took four times as long.
 */
function gateOf(words: readonly string[]): RegExp {
  return new RegExp(['ſ', ...words].map(escapeRegExp).join('|'));
}

const MONEY_GATE = gateOf(MONEY_WORDS);
const PERCENT_GATE = gateOf(PERCENT_WORDS);
const RATIO_GATE = gateOf(RATIO_WORDS);
const DATE_GATE = gateOf(DATE_WORDS);
const COUNT_GATE = gateOf(COUNT_WORDS);

/** Every quantity in `text`, money, percentages and dates first. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // Money, percentages and ratios need a digit; most item texts have none.
  const digits = /\d/.test(text);
  const lower = text.toLowerCase();
  if (digits && MONEY_GATE.test(lower)) collectNumbers(MONEY, text, 'money', found);
  if (digits && PERCENT_GATE.test(lower)) collectNumbers(PERCENT, text, 'percent', found);
  if (digits || DATE_GATE.test(lower)) collect(DATE, text, 'date', found);
  if (digits && RATIO_GATE.test(lower)) collect(RATIO, text, 'ratio', found);
  if (!digits && !COUNT_GATE.test(lower)) return found;
  COUNT.lastIndex = 0;
  for (let match = COUNT.exec(text); match; match = COUNT.exec(text)) {
    const units = [match[2], match[3]].filter((w): w is string => w !== undefined).map(stem);
    if (found.some((q) => q.text.includes(match[1] as string))) continue;
    found.push({ text: match[0].trim(), kind: 'count', unitStems: units });
  }
  return found;
}

/** Is the word at `index` in `text` negated by one of the three words before it? */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  // The last three words before it, as `before.match(WORD).slice(-3)`: only their places are kept while scanning.
  lastWords.count = 0;
  scanTailWords(before, keepLastWord);
  const count = lastWords.count;
  for (let at = 0; at < 3 && at < count; at++) if (isNegator(before.slice(lastWords.starts[at] as number, lastWords.ends[at] as number))) return true;
  return false;
}

/**
 * The places of the last three words `isNegated` scanned, in a ring: one
 * record and one function for every call (it runs at every keyword hit, and
 * a closure with two lists each time was most of its garbage). Read right
 * after the synchronous scan that fills it.
 */
const lastWords = { starts: new Int32Array(3), ends: new Int32Array(3), count: 0 };

function keepLastWord(start: number, end: number): void {
  lastWords.starts[lastWords.count % 3] = start;
  lastWords.ends[lastWords.count % 3] = end;
  lastWords.count++;
}

/** "no", "not", "without", "didn't"…: a word that negates the words just after it. */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || word.endsWith('n’t');
}
