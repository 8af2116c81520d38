// Time values as people and small scripts write them, made readable for
// ical.js where RFC 5545 allows them or nothing else can be meant: property
// values of rules, durations and offsets are case-insensitive (RFC 5545,
// 3.1: enumerated values; ABNF strings), and whitespace around a date, a
// rule or a duration means nothing, yet ical.js refuses `freq=weekly`,
// `pt15m` and a value that ends in a space (a hand-edited file, a template
// with a trailing blank); a date written without `VALUE=DATE` is a day.
// Text values (SUMMARY, DESCRIPTION…) are never touched.

/** The properties whose values are times, date lists, rules, durations or offsets. */
const TIME_PROPERTY = /^(?:DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE|RRULE|DURATION|TZOFFSETFROM|TZOFFSETTO)(?=[;:])/i;

/** Where a content line's value starts: after its first colon outside quoted parameters; -1 when it has none. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) return i + 1;
  }
  return -1;
}

/** The properties whose values are dates or date-times, by default date-times. */
const DATE_PROPERTY = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);

/** Days only (`20270326`, or a list of them): a value that can only be a DATE. */
const DAYS_ONLY = /^\d{8}(?:,\d{8})*$/;

/** An EXDATE or RDATE list without its empty items (`EXDATE:20270315T100000,`, a generator's trailing comma). */
const listed = (name: string, value: string): string => (name === 'EXDATE' || name === 'RDATE' ? value.split(',').map((item) => item.trim()).filter((item) => item !== '').join(',') : value);

/**
 * An unfolded content line with a time value trimmed, a rule or duration
 * upper-cased, `VALUE=DATE` added to a date written without it (a
 * hand-written or generated all-day event, `DTSTART:20270326`: a value of
 * eight digits can only be a day), and empty items left out of an EXDATE or
 * RDATE list; '' for an EXDATE or RDATE with no date at all (a generator
 * that writes the line whether or not it has one); any other line as it is.
 */
export function tolerantLine(line: string): string {
  const name = TIME_PROPERTY.exec(line)?.[0].toUpperCase();
  if (name === undefined) return line;
  const start = valueStart(line);
  if (start < 0) return line;
  const raw = line.slice(start);
  const value = listed(name, name === 'RRULE' || name === 'DURATION' ? raw.trim().toUpperCase() : raw.trim());
  if (value === '' && (name === 'EXDATE' || name === 'RDATE')) return '';
  const head = line.slice(0, start - 1);
  const day = DATE_PROPERTY.has(name) && DAYS_ONLY.test(value) && !/;VALUE=/i.test(head);
  return value === raw && !day ? line : `${head}${day ? ';VALUE=DATE' : ''}:${value}`;
}
