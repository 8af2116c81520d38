// The word scanners (src/core/analysis/wordScan.ts) give exactly the matches of the
// expressions they replace, on texts of letters, digits, apostrophes,
// hyphens, accents, combining marks, emoji, astral letters and lone
// surrogates, and the readers built on them answer as the expressions did.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanSignalWords, scanTailWords, scanWordRuns } from '../../../src/core/analysis/wordScan';
import { isNegated, mainVerbs } from '../../../src/core/analysis/signals';
import { stem } from '../../../src/core/text';
import { runs } from '../propertyRuns';

const pieces = ['a', 'Z', 'é', 'İ', 'ß', 'Σ', '\u0301', '7', '٣', '½', '_', "'", '’', '-', ' ', '.', ',', '/', '😀', '𝐀', '\ud800', '\udc00', 'no', 'not', "didn't", 'n’t', 'without', 'zero', 'cannot'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

function matchesOf(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

function scanned(scan: (text: string, found: (start: number, end: number) => void) => void, text: string): [number, number][] {
  const found: [number, number][] = [];
  scan(text, (start, end) => {
    found.push([start, end]);
  });
  return found;
}

/** The readers as they were, with the expressions. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NEGATORS = new Set(['no', 'not', 'nothing', 'never', 'without', 'none', 'nobody', "didn't", 'didn’t', "wasn't", "weren't", "isn't", "hasn't", "haven't", "won't", 'zero', 'neither', 'nor']);
function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase().match(WORD) ?? [];
  return before.slice(-3).some((word) => NEGATORS.has(word) || word.endsWith("n't") || word.endsWith('n’t'));
}
function verbsBefore(text: string): { word: string; stem: string }[] {
  const start = text.replace(/^(?:\s*(?:\[[^\]]*\]|\([^)]*\)|[^\p{L}\p{N}[(]+))+/u, '');
  return (start.match(WORD) ?? []).slice(0, 3).map((word) => word.toLowerCase()).map((word) => ({ word, stem: stem(word) }));
}

describe('word scanners', () => {
  it('find what their expressions find', () => {
    fc.assert(fc.property(textArb, (text) => {
      assert.deepEqual(scanned(scanWordRuns, text), matchesOf(/[\p{L}\p{N}_]+/gu, text));
      assert.deepEqual(scanned(scanSignalWords, text), matchesOf(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu, text));
      assert.deepEqual(scanned(scanTailWords, text), matchesOf(WORD, text));
    }), { numRuns: runs(20_000) });
  });

  it('negation and main verbs read as the expressions did', () => {
    fc.assert(fc.property(textArb, fc.nat(), (text, at) => {
      const index = at % (text.length + 1);
      assert.equal(isNegated(text, index), negatedBefore(text, index));
      // Without a choice word ("or", "vs"), mainVerbs is the first three words.
      if (!/\b(?:or|vs|versus|v)\b/i.test(text)) assert.deepEqual(mainVerbs(text), verbsBefore(text));
    }), { numRuns: runs(20_000) });
  });

  it('reads examples exactly', () => {
    assert.deepEqual(scanned(scanSignalWords, "don't stop'9 team’s x'"), [[0, 5], [6, 10], [11, 12], [13, 19], [20, 21]]);
    assert.deepEqual(scanned(scanTailWords, "-re-hire 'it's"), [[1, 8], [10, 14]]);
    assert.equal(isNegated('we did not agree', 11), true);
    assert.equal(isNegated('nothing of the sort was agreed', 24), false);
  });
});
