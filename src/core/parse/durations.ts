// Durations, in one module: how a token is read (`readLeadingDuration`,
// `findBracketedDurations`), what a near miss is and the repair it suggests
// (`suggestDuration`), and how minutes are written back (`formatMinutes`,
// `canonicalDuration`, `decimalHours`). Forms: `2h`, `2.5h`, `2h30m`,
// `2h 30m`, `45m`, `90min`, `1:30`. A token must stand alone: numbers
// elsewhere in a line ("10m ARR", "3 teams", "Q1") are never durations.
// The TextMate grammar (syntaxes/) colours the same tokens; the table of
// cases in test/unit/parse/durationCases.ts is run through both.
//
// How a token is read (docs/FORMAT.md's table "How durations are read"):
// - `~2h`, `≈2h`, `**2h**`, `_2h_`, `2h:` are 2h (approximation, emphasis and
//   a label colon are decoration);
// - `1:1`, `1-1`, `1on1`, `1-on-1` are never durations (they name a meeting);
// - a leading `h:mm` is a time of day, not a duration, when the hour is 13 to
//   23, when `am`/`pm` follows, or when the item also has a bracketed duration;
// - `Nm` followed by a money word (`10m ARR`) is a metric, not minutes; followed
//   by a count word that could be "million" (`10m users`) it counts as minutes
//   with a note saying so;
// - `2,000m` (a thousands separator), ranges (`2h-3h`, `8-9 hours`), products
//   (`3 x 30m`), time ranges (`9:00-10:30`) and more than 168h (a whole week)
//   are invalid durations with a suggested fix, never silently dropped.

const HOUR_UNITS = 'hours|hour|hrs|hr|h';
const MINUTE_UNITS = 'minutes|minute|mins|min|m';
/** A decimal comma takes one or two digits: `1,5h`; `2,000m` is a thousands separator. */
const NUMBER = '\\d+(?:\\.\\d+|,\\d{1,2}(?!\\d))?';
/** A whole week: no single item can be longer. */
export const MAX_ITEM_MINUTES = 168 * 60;

/** Strict grammar of one duration token; anchored by the callers. */
const TOKEN_SOURCE =
  `(?:(${NUMBER})\\s?(?:${HOUR_UNITS})(?:\\s?(\\d+)\\s?(?:${MINUTE_UNITS}))?` +
  `|(${NUMBER})\\s?(?:${MINUTE_UNITS})` +
  `|(\\d{1,3}):(\\d{2}))`;

/** Words after an `m` token that make it money ("10m ARR"): not a duration. */
const MONEY_WORDS = /^\s*(?:arr|mrr|revenue|dollars|usd|eur|euros?|gbp|valuation|funding|acv|tcv|gmv|ebitda|in (?:revenue|sales|funding|arr))\b/i;
/** Words after an `m` token that may mean "million": counted as minutes, with a note. */
const COUNT_WORDS = /^\s*(?:users|downloads|installs|subscribers|views|visits|impressions|signups|sign-ups|rows|records|tokens|parameters|params|dau|mau)\b/i;

const END_OF_TOKEN = '(?![\\w.:/%$€£-])';
const END = new RegExp(`^${END_OF_TOKEN}`);

const CORE = new RegExp(`^${TOKEN_SOURCE}`, 'i');
const BRACKETED = new RegExp(`([([])\\s*([~≈]\\s?)?${TOKEN_SOURCE}\\s*([)\\]])`, 'gi');

/** `1:1`, `1-1`, `1on1`, `1-on-1`, `1:1s`: a meeting, never a duration. */
const ONE_ON_ONE = /^1\s?(?::|-|‑|–|on|-on-)\s?1(?:s)?(?![\w.:/%-]|\s?(?:h|hrs?|hours?|m|mins?|minutes?)\b)/i;
const UNIT = `(?:${HOUR_UNITS}|${MINUTE_UNITS})`;
const RANGE = new RegExp(`^(${NUMBER})\\s?(${UNIT})?\\s?(?:-|–|—|to)\\s?(${NUMBER})\\s?(${UNIT})${END_OF_TOKEN}`, 'i');
const TIME_RANGE = /^(\d{1,2}):(\d{2})\s?(?:-|–|—|to)\s?(\d{1,2}):(\d{2})(?![\w.:/%$€£-])/i;
const PRODUCT = new RegExp(`^(\\d{1,3})\\s?[x×*]\\s?(${NUMBER})\\s?(${UNIT})${END_OF_TOKEN}`, 'i');
const THOUSANDS = new RegExp(`^(\\d{1,3}(?:,\\d{3})+)\\s?(${UNIT})${END_OF_TOKEN}`, 'i');
const AM_PM = /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w])/i;

export interface ParsedDuration {
  text: string;
  minutes: number;
  /** Offset of the token inside the searched string. */
  index: number;
  /** Set when the token is in duration position but its value is not usable. */
  problem?: string;
  /** The token to write instead, for a quick fix (a canonical duration such as `2h30m`). */
  fix?: string;
  /** Set when the token counts but could mean something else (`10m users`). */
  note?: string;
  /** A leading `h:mm` that may be a time of day (see `readLeadingDuration`). */
  clock?: { hour: number };
}

function toNumber(value: string): number {
  return Number(value.replace(',', '.'));
}

function unitMinutes(unit: string | undefined): number {
  return unit !== undefined && /^h/i.test(unit) ? 60 : 1;
}

/** Problem of a minute count: not finite, below one minute, or over a week. */
function rangeProblem(minutes: number): string | undefined {
  if (!Number.isFinite(minutes) || minutes > MAX_ITEM_MINUTES) return 'one item cannot take more than 168h (a whole week)';
  if (Math.round(minutes) <= 0) return 'a duration must be at least one minute';
  return undefined;
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
  problem ??= rangeProblem(minutes);
  const rounded = Number.isFinite(minutes) ? Math.round(minutes) : 0;
  return problem === undefined ? { minutes: rounded } : { minutes: rounded, problem };
}

function withProblem(text: string, problem: string, fix?: string): ParsedDuration {
  const parsed: ParsedDuration = { text, minutes: 0, index: 0, problem };
  if (fix !== undefined) parsed.fix = fix;
  return parsed;
}

/** Forms that are in duration position but need the writer's decision: ranges, products, `2,000m`. */
function readNearMiss(text: string): ParsedDuration | undefined {
  const timeRange = TIME_RANGE.exec(text);
  if (timeRange) {
    const from = Number(timeRange[1]) * 60 + Number(timeRange[2]);
    const to = Number(timeRange[3]) * 60 + Number(timeRange[4]);
    const spent = to > from ? to - from : undefined;
    return withProblem(timeRange[0], `it is a time range; write the time spent${spent !== undefined ? ` (${canonicalDuration(spent)})` : ''}`, spent !== undefined ? canonicalDuration(spent) : undefined);
  }
  const range = RANGE.exec(text);
  if (range) {
    const high = toNumber(range[3] as string) * unitMinutes(range[4]);
    const low = toNumber(range[1] as string) * unitMinutes(range[2] ?? range[4]);
    const middle = Math.round((low + high) / 2);
    const fix = rangeProblem(middle) === undefined ? canonicalDuration(middle) : undefined;
    return withProblem(range[0], `it is a range; write the time you spent${fix !== undefined ? `, e.g. the middle (${fix})` : ''}`, fix);
  }
  const product = PRODUCT.exec(text);
  if (product) {
    const total = Math.round(Number(product[1]) * toNumber(product[2] as string) * unitMinutes(product[3]));
    const fix = rangeProblem(total) === undefined ? canonicalDuration(total) : undefined;
    return withProblem(product[0], `it is a product; write the total${fix !== undefined ? ` (${fix})` : ''}`, fix);
  }
  const thousands = THOUSANDS.exec(text);
  if (thousands) {
    const total = Number((thousands[1] as string).replace(/,/g, '')) * unitMinutes(thousands[2]);
    const fix = rangeProblem(total) === undefined ? canonicalDuration(total) : undefined;
    return withProblem(thousands[0], `the comma reads as a thousands separator, which a duration does not use${fix !== undefined ? `; write ${fix}` : ''}`, fix);
  }
  return undefined;
}

/** The strict token at the start of `text`, with its decoration: `~`, `**…**`, a label colon. */
function readDecoratedToken(text: string): { match: RegExpExecArray; start: number; length: number } | undefined {
  let at = 0;
  const approx = /^[~≈]\s?/.exec(text);
  if (approx) at += approx[0].length;
  const wrap = /^(?:\*\*|__|\*|_)/.exec(text.slice(at))?.[0] ?? '';
  const start = at + wrap.length;
  const match = CORE.exec(text.slice(start));
  if (!match) return undefined;
  let end = start + match[0].length;
  if (wrap) {
    if (!text.startsWith(wrap, end)) return undefined;
    end += wrap.length;
  }
  // `2h: design review`: a colon after the token labels the item.
  if (text[end] === ':' && /^:(?:\s|$)/.test(text.slice(end))) end += 1;
  if (!END.test(text.slice(end))) return undefined;
  return { match, start, length: end };
}

/**
 * Reads the duration at the very start of `text` (after a bullet or checkbox).
 * Returns a usable token, a token with a `problem` (in duration position but
 * not countable), or undefined (no duration there). A `clock` token may be a
 * time of day: the caller decides with the rest of the line (see
 * `isTimeOfDay`).
 */
export function readLeadingDuration(text: string): ParsedDuration | undefined {
  if (!mayLeadDuration(text)) return undefined;
  if (ONE_ON_ONE.test(text)) return undefined;
  const nearMiss = readNearMiss(text.replace(/^[~≈]\s?/, ''));
  if (nearMiss) {
    const prefix = text.length - text.replace(/^[~≈]\s?/, '').length;
    return { ...nearMiss, text: text.slice(0, prefix + nearMiss.text.length) };
  }
  const token = readDecoratedToken(text);
  if (!token) return undefined;
  const { match } = token;
  const tokenText = text.slice(0, token.length);
  const core = match[0];
  const rest = text.slice(token.length);
  if (/^[\d.,]+\s?m$/i.test(core) && MONEY_WORDS.test(rest)) return undefined;
  const { minutes, problem } = minutesOf(match, 0);
  const parsed: ParsedDuration = { text: tokenText, minutes, index: 0 };
  if (problem !== undefined) parsed.problem = problem;
  if (match[4] !== undefined) {
    const hour = Number(match[4]);
    parsed.clock = { hour };
    if (problem === undefined && ((hour >= 13 && hour <= 23) || AM_PM.test(rest))) {
      return withProblem(tokenText, `${core} reads as a time of day, not a duration; write the time spent, e.g. (1h)`);
    }
  }
  if (problem === undefined && /^[\d.,]+\s?m$/i.test(core) && COUNT_WORDS.test(rest)) {
    parsed.note = `"${core}${rest.match(COUNT_WORDS)?.[0] ?? ''}" could mean millions; it is counted as ${minutes} minutes. Write "${minutes}min" to say minutes, or "${core.replace(/\s?m$/i, 'M')}" for millions`;
  }
  const space = /^\s+/.exec(rest)?.[0];
  const second = space !== undefined ? readDecoratedToken(rest.slice(space.length)) : undefined;
  if (problem === undefined && space !== undefined && second && second.match[4] === undefined) {
    return withProblem(text.slice(0, token.length + space.length + second.length), 'it holds two durations in a row; keep the one you mean');
  }
  return parsed;
}

/**
 * Parses a usable-or-invalid duration at the very start of `text`; undefined
 * when there is none, or when it is a time of day (`14:00`, `9:30am`).
 */
export function parseLeadingDuration(text: string): ParsedDuration | undefined {
  const parsed = readLeadingDuration(text);
  if (!parsed || (parsed.problem !== undefined && /time of day/.test(parsed.problem))) return undefined;
  return parsed;
}

/**
 * A token at the start of an item that resembles a duration but does not
 * parse (`2h30`, `1:5`, `3hrs45`); reported as `invalid-duration`.
 */
/**
 * Can `text` start with a duration, a near miss or a malformed one? Each of
 * them starts with a digit, or with `~`, `≈`, `*` or `_` before one: most
 * items without a leading duration ("Partner sync (1h)") are let go before
 * a dozen anchored expressions are tried on them.
 */
function mayLeadDuration(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 0x7e || first === 0x2248 || first === 0x2a || first === 0x5f;
}

export function findMalformedLeadingDuration(text: string): string | undefined {
  if (!mayLeadDuration(text)) return undefined;
  if (ONE_ON_ONE.test(text) || readLeadingDuration(text)) return undefined;
  const loose = /^\d+(?:[.,]\d+)?(?:h|hrs?|hours?)\d+\b|^\d{1,3}:\d(?!\d)\b|^\d+(?:[.,]\d+)?(?:h|hrs?|hours?|mins?|minutes?)[:.]\d+\b/i.exec(text);
  return loose ? loose[0] : undefined;
}

/** `2h30` → `2h30m`, `1:5` → `1:05`, `3hrs45` → `3h45m`: the repair a quick fix offers for a malformed token. */
export function suggestDuration(text: string): string | undefined {
  const hoursThenMinutes = /^(\d+)\s?(?:h|hrs?|hours?)[:.]?(\d{1,2})$/i.exec(text);
  if (hoursThenMinutes) {
    const minutes = Number(hoursThenMinutes[2]);
    if (minutes < 60) return canonicalDuration(Number(hoursThenMinutes[1]) * 60 + minutes);
  }
  const clock = /^(\d{1,3}):(\d)$/.exec(text);
  if (clock) return `${clock[1]}:0${clock[2]}`;
  return undefined;
}

/** Finds every `( … )` or `[ … ]` holding exactly one duration token. */
export function findBracketedDurations(text: string): ParsedDuration[] {
  const found: ParsedDuration[] = [];
  BRACKETED.lastIndex = 0;
  for (let match = BRACKETED.exec(text); match; match = BRACKETED.exec(text)) {
    const open = match[1];
    const close = match[8];
    if ((open === '(' && close !== ')') || (open === '[' && close !== ']')) continue;
    // `[x]` checkboxes and `[2h](url)` links are not bracketed durations.
    if (open === '[' && text[match.index + match[0].length] === '(') continue;
    const { minutes, problem } = minutesOf(match, 2);
    const parsed: ParsedDuration = { text: match[0], minutes, index: match.index };
    if (problem !== undefined) parsed.problem = problem;
    found.push(parsed);
  }
  return found;
}

/**
 * Each opening bracket whose next bracket closes, with 1–60 characters
 * between them once spaces are trimmed: what `/([([])\s*([^()[\]]{1,60}?)\s*([)\]])/g`
 * matched, found in one pass (issue 23: that pattern backtracked over every
 * space after an unclosed `(`, quadratic on a 20,000-character line).
 */
export function* bracketPairs(text: string): Generator<{ index: number; whole: string; open: string; inner: string; close: string }> {
  const bracket = /[()[\]]/g;
  let previous: RegExpExecArray | null = null;
  for (let next = bracket.exec(text); next; previous = next, next = bracket.exec(text)) {
    const open = previous?.[0];
    if (previous === null || (open !== '(' && open !== '[') || next[0] === '(' || next[0] === '[') continue;
    const between = text.slice(previous.index + 1, next.index);
    // The pattern's greedy leading `\s*` gives back one space when only spaces are left.
    const inner = between.trim() || between.slice(-1);
    if (inner.length < 1 || inner.length > 60) continue;
    yield { index: previous.index, whole: text.slice(previous.index, next.index + 1), open, inner, close: next[0] };
  }
}

/**
 * Brackets that hold a near-miss of a duration: a range `(8-9 hours)`, a
 * product `(3 x 30m)`, or a duration with words `(25 mins pomodoro)`. Each
 * comes back with a problem and a fix; callers report them when the item has
 * no usable duration.
 */
export function findBracketedNearMisses(text: string): ParsedDuration[] {
  const found: ParsedDuration[] = [];
  for (const { index, whole, open, inner, close } of bracketPairs(text)) {
    if ((open === '(') !== (close === ')') || (open === '[' && text[index + whole.length] === '(')) continue;
    const content = inner.replace(/^[~≈]\s?/, '');
    const near = readNearMiss(content);
    if (near && near.text.length === content.length) {
      found.push({ ...near, text: whole, index, ...(near.fix !== undefined ? { fix: `${open}${near.fix}${close}` } : {}) });
      continue;
    }
    // `(25 mins pomodoro)`: a duration with a spelled-out unit, then words.
    const worded = new RegExp(`^(${NUMBER})\\s?(hours?|hrs?|minutes?|mins?)\\s+\\p{L}`, 'iu').exec(content);
    if (worded) {
      const minutes = Math.round(toNumber(worded[1] as string) * unitMinutes(worded[2]));
      if (rangeProblem(minutes) !== undefined) continue;
      const fix = `${open}${canonicalDuration(minutes)}${close}`;
      found.push({ text: whole, minutes: 0, index, problem: `a bracketed duration stands alone; write ${fix} and put the words outside`, fix });
    }
  }
  return found;
}

/** `150` → `2h 30m`; `45` → `45m`; `120` → `2h`. Not-finite input shows as `—`. */
export function formatMinutes(total: number): string {
  if (!Number.isFinite(total)) return '—';
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

/** `150` → `2h 30m (2.5 h)`: the hover shows both spellings. */
export function bothDurations(minutes: number): string {
  return `${formatMinutes(minutes)} (${decimalHours(minutes)} h)`;
}

/** `150` → `2.5`; rounded to two decimals for display. */
export function decimalHours(total: number): number {
  return Number.isFinite(total) ? Math.round((total / 60) * 100) / 100 : 0;
}
