// Duration tokens of the review format (SPEC §2.2): `2h`, `2.5h`, `2h30m`,
// `2h 30m`, `45m`, `90min`, `1:30`. A token must stand alone: numbers
// elsewhere in a line ("10m ARR", "3 teams", "Q1") are never durations.

const HOUR_UNITS = 'hours|hour|hrs|hr|h';
const MINUTE_UNITS = 'minutes|minute|mins|min|m';
const NUMBER = '\\d+(?:[.,]\\d+)?';

/** Strict grammar of one duration token; anchored by the callers. */
const TOKEN_SOURCE =
  `(?:(${NUMBER})\\s?(?:${HOUR_UNITS})(?:\\s?(\\d+)\\s?(?:${MINUTE_UNITS}))?` +
  `|(${NUMBER})\\s?(?:${MINUTE_UNITS})` +
  `|(\\d{1,3}):(\\d{2}))`;

/** Words after an `m` token that make it "million", not minutes. */
const QUANTITY_WORDS = /^\s*(?:arr|mrr|revenue|users|customers|dollars|usd|eur|gbp|rows|records|requests|downloads|views|visits|events|lines|parameters|params|tokens|installs|subscribers)\b/i;

const END_OF_TOKEN = '(?![\\w.:/%$€£-])';

const LEADING = new RegExp(`^${TOKEN_SOURCE}${END_OF_TOKEN}`, 'i');
const BRACKETED = new RegExp(`([([])\\s*${TOKEN_SOURCE}\\s*([)\\]])`, 'gi');

export interface ParsedDuration {
  text: string;
  minutes: number;
  /** Offset of the token inside the searched string. */
  index: number;
  /** Set when the token is well-formed but its value is not usable. */
  problem?: string;
}

function toNumber(value: string): number {
  return Number(value.replace(',', '.'));
}

function minutesOf(match: RegExpExecArray, offset: number): { minutes: number; problem?: string } {
  const hours = match[offset + 1];
  const extraMinutes = match[offset + 2];
  const onlyMinutes = match[offset + 3];
  const clockHours = match[offset + 4];
  const clockMinutes = match[offset + 5];
  let minutes: number;
  let problem: string | undefined;
  if (hours !== undefined) {
    minutes = toNumber(hours) * 60;
    if (extraMinutes !== undefined) {
      const extra = Number(extraMinutes);
      if (extra >= 60) problem = `the minutes part (${extra}) must be below 60`;
      if (!Number.isInteger(toNumber(hours))) problem = 'use either decimal hours or hours and minutes, not both';
      minutes += extra;
    }
  } else if (onlyMinutes !== undefined) {
    minutes = toNumber(onlyMinutes);
  } else {
    const clock = Number(clockMinutes);
    if (clock >= 60) problem = `the minutes part (${clock}) must be below 60`;
    minutes = Number(clockHours) * 60 + clock;
  }
  const rounded = Math.round(minutes);
  if (!problem && rounded <= 0) problem = 'a duration must be at least one minute';
  return problem === undefined ? { minutes: rounded } : { minutes: rounded, problem };
}

/** Parses a duration at the very start of `text` (after a bullet or checkbox). */
export function parseLeadingDuration(text: string): ParsedDuration | undefined {
  const match = LEADING.exec(text);
  if (!match) return undefined;
  // "10m ARR" is ten million, not ten minutes.
  if (/^[\d.,]+\s?m$/i.test(match[0]) && QUANTITY_WORDS.test(text.slice(match[0].length))) return undefined;
  const { minutes, problem } = minutesOf(match, 0);
  return problem === undefined ? { text: match[0], minutes, index: 0 } : { text: match[0], minutes, index: 0, problem };
}

/**
 * A token at the start of an item that resembles a duration but does not
 * parse (`2h30`, `1:5`, `3hrs45`); reported as `invalid-duration`.
 */
export function findMalformedLeadingDuration(text: string): string | undefined {
  if (LEADING.test(text)) return undefined;
  const loose = /^\d+(?:[.,]\d+)?(?:h|hrs?|hours?)\d+\b|^\d{1,3}:\d(?!\d)\b|^\d+(?:[.,]\d+)?(?:h|hrs?|hours?|mins?|minutes?)[:.]\d+\b/i.exec(text);
  return loose ? loose[0] : undefined;
}

/** Finds every `( … )` or `[ … ]` holding exactly one duration token. */
export function findBracketedDurations(text: string): ParsedDuration[] {
  const found: ParsedDuration[] = [];
  BRACKETED.lastIndex = 0;
  for (let match = BRACKETED.exec(text); match; match = BRACKETED.exec(text)) {
    const open = match[1];
    const close = match[7];
    if ((open === '(' && close !== ')') || (open === '[' && close !== ']')) continue;
    // `[x]` checkboxes and `[2h](url)` links are not bracketed durations.
    if (open === '[' && text[match.index + match[0].length] === '(') continue;
    const { minutes, problem } = minutesOf(match, 1);
    const parsed: ParsedDuration = { text: match[0], minutes, index: match.index };
    if (problem !== undefined) parsed.problem = problem;
    found.push(parsed);
  }
  return found;
}

/** `150` → `2h 30m`; `45` → `45m`; `120` → `2h`. */
export function formatMinutes(total: number): string {
  const sign = total < 0 ? '−' : '';
  const abs = Math.abs(Math.round(total));
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  if (hours === 0) return `${sign}${minutes}m`;
  if (minutes === 0) return `${sign}${hours}h`;
  return `${sign}${hours}h ${minutes}m`;
}

/** Canonical token for a duration as written in a review: `2h30m`, `45m`, `3h`. */
export function canonicalDuration(total: number): string {
  return formatMinutes(total).replace(' ', '');
}

/** `150` → `2.5`; rounded to two decimals for display. */
export function decimalHours(total: number): number {
  return Math.round((total / 60) * 100) / 100;
}
