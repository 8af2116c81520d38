// The clause breaks of an outcome (outcomeReading.ts BREAK) read the leading
// word boundary of "so", "which" and "but" after their first letter, so the engine
// can skip to where a break may start: they must find exactly what the
// expression with `\b` found, case, the long s and the Kelvin sign included.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BREAK } from '../../../src/core/analysis/outcomeReading';
import { runs } from '../propertyRuns';

const BEFORE = /[,;—–()]|:(?!\d)|\.\s|\s-\s|\bso\b|\bwhich\b|\bbut\b/giu;
const PIECES = ['so', 'SO', 'So', 'ſo', 'which', 'WHICH', 'wHich', 'whiſh', 'but', 'BUT', 'buts', 'rebut', 'also', 'iso', 'sow', 'which_', '_so', 'so_', '\u212a', 'é', 'x', '1', ' ', '  ', '\n', ',', ';', ':', ':1', '.', '. ', ' - ', '—', '(', ')', '→', '-', "'"];

function matches(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(`${match.index}:${match[0]}`);
  return found;
}

describe('the clause breaks of an outcome', () => {
  it('find what the expression with a leading word boundary found', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (sample) => {
      assert.deepEqual(matches(BREAK, sample), matches(BEFORE, sample), JSON.stringify(sample));
    }), { numRuns: runs(5000) });
  });
});
