// findQuantities searches a text with an expression only when the text holds
// a word every match of it holds (signals.ts): it finds exactly what
// searching every text with every expression found, on generated texts of
// numbers, units, month and number words, currency signs and case variants
// (and the count expression, which skips to where a count may start, finds
// what the expression without that lookahead found).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findQuantities, stem, type Quantity } from '../../../src/core/analysis/signals';
import { runs } from '../propertyRuns';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(`\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})|(?:by|from|in|until|before|for)\\s+(?:${MONTHS})(?!\\.?\\s*\\d)|q[1-4](?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|(?:by|on|before|until)\\s+(?:mon|tues|wednes|thurs|fri)day|w\\d{1,2}|20\\d\\d)\\b`, 'giu');
const MONEY = /(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|bn|b|million|billion)?\b(?:\/(?:mo|month|yr|year))?|\b\d[\d.,]*\s?(?:k|m|mm|bn|million|billion)?\s?(?:arr|mrr|usd|eur|gbp|dollars|euros|pounds)\b)/giu;
const PERCENT = /\b\d[\d.,]*\s?(?:%|percent\b|pp\b)/giu;
const RATIO = /\b\d+(?:\.\d+)?\s?[×x](?![\p{L}\d])/giu;
const COUNT = /(?<![\p{L}\d.,:/-])(\d[\d,]*(?:\.\d+)?(?:k|m)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousands|dozen|dozens)\s+(?:of\s+)?([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?/giu;

/** findQuantities as it was: every expression over every text. */
function everyExpression(text: string): Quantity[] {
  const found: Quantity[] = [];
  const digits = /\d/.test(text);
  const collect = (pattern: RegExp, kind: Quantity['kind']) => {
    for (const match of text.matchAll(pattern)) found.push({ text: match[0].trim(), kind, unitStems: [] });
  };
  if (digits) collect(MONEY, 'money');
  if (digits) collect(PERCENT, 'percent');
  collect(DATE, 'date');
  if (digits) collect(RATIO, 'ratio');
  for (const match of text.matchAll(COUNT)) {
    const units = [match[2], match[3]].filter((w): w is string => w !== undefined).map(stem);
    if (found.some((q) => q.text.includes(match[1] as string))) continue;
    found.push({ text: match[0].trim(), kind: 'count', unitStems: units });
  }
  return found;
}

const pieces = ['3', '12', '2027', '1.5', '$', '€', '£', '%', 'x', 'X', '×', 'k', 'K', 'ſ', 'uſd', 'USD', 'eur', 'Pounds', 'arr', 'MRR', 'percent', 'pp', 'PP',
  'jan', 'Sept', 'May', 'by', 'on', 'Friday', 'in', 'q3', 'W4', 'two', 'Twelve', 'dozen', 'hundreds', 'ſix', 'Seven', 'one', 'Eleven', 'nine', 'Fifty', 'THOUSANDS', 'ten', 'of', 'teams', 'customers', 'İ', ' ', ' ', '-', '.', ','];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

describe('findQuantities', () => {
  it('finds what every expression over every text found', () => {
    fc.assert(fc.property(textArb, (text) => {
      assert.deepEqual(findQuantities(text), everyExpression(text));
    }), { numRuns: runs(20_000) });
  });

  it('reads a long s as an s, as the expressions do', () => {
    assert.deepEqual(findQuantities('saves 5 uſd'), [{ text: '5 uſd', kind: 'money', unitStems: [] }]);
    assert.deepEqual(findQuantities('by ſeptember'), [{ text: 'by ſeptember', kind: 'date', unitStems: [] }]);
  });
});
