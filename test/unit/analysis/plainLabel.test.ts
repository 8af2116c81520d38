// A heading label of ASCII letters, digits, spaces, `&` and `-` is normalized
// without the expressions over Unicode classes (text.ts `normalizeLabel`): it
// must give what those expressions give, on generated labels of such
// characters and of near ones (other punctuation, emoji, accents, a trailing
// group).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeLabel, withoutTrailingGroup } from '../../../src/core/text';
import { runs } from '../propertyRuns';

/** normalizeLabel as it was: every label through the expressions. */
function throughExpressions(text: string): string {
  return withoutTrailingGroup(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && word !== 'and')
    .join(' ');
}

const PIECES = ['Sales', 'AND', 'and', 'And', 'Long', 'term', 'R2', '10', ' ', '  ', '&', '-', '--', ' & ', '(', ')', '(Q4)', 'é', 'É', 'İ', '🚀', '#', '/', '.', ',', '_', '*', "'", '\u00a0', '\t', '©'];

describe('a plain heading label', () => {
  it('normalizes as the expressions do', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (parts) => {
      const label = parts.join('');
      assert.equal(normalizeLabel(label), throughExpressions(label), JSON.stringify(label));
    }), { numRuns: runs(5000) });
  });
});
