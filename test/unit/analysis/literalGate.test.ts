// A literal gate (text.ts `literalGate`) is tried before an expression read
// with the `iu` flags that opens with `\b` and a list of words: it must pass
// every text the expression matches, whatever the case, the long s (ſ) and
// the Kelvin sign (which `iu` reads as `s` and `k`, and `i` alone does not),
// and the dotted capital I (which lower-cases to two characters).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeRegExp, gatedTest, literalGate } from '../../../src/core/text';
import { runs } from '../propertyRuns';

const WORDS = ['sent', 'back', 'skip', 'kit', 'said', 'say', 'first day', 'turn-out', 'week one', 'new starter'];
const PIECES = [...WORDS, 'S', 'K', 'ſ', '\u212a', 'İ', 'ı', 'é', '→', 'x', '_', '-', ' ', '  ', ',', 'SENT', 'Back', 'ſay', '\u212ait', 'ſkip', 'firſt day', 'Week One'];

describe('a literal gate', () => {
  it('passes every text that the word expression it guards matches', () => {
    const words = fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(words, text, (list, sample) => {
      const pattern = new RegExp(`\\b(?:${list.map(escapeRegExp).join('|')})\\b`, 'iu');
      const gated = gatedTest(pattern, literalGate(list));
      assert.equal(gated.test(sample), pattern.test(sample), `${JSON.stringify(list)} in ${JSON.stringify(sample)}`);
    }), { numRuns: runs(3000) });
  });
});
