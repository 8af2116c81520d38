// The keyword matcher reads word by word: at each word start only the
// keywords whose first word fits there are tried. It must find exactly what
// one expression of every keyword found (the path a list still takes when a
// keyword starts with a sign, which this test uses as the reference), over
// random lists of words, word starts (`debug*`), phrases and `*` words, and
// random texts of the same words with punctuation and negations.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileKeywords, createKeywordReader } from '../../../src/core/analysis/keywords';
import type { Rubric } from '../../../src/core/rubric/model';
import { builtinRubric } from '../../../src/core/rubric/load';
import { runs } from '../propertyRuns';

const WORDS = ['fix', 'fixed', 'prefix', 'debug', 'debugged', 'on', 'call', 'on-call', 'offer', 'letter', 'all', 'hands', 'team', 'teams', 'no', 'not', '1', '1s', 're', 'pin', 'Café', 'café', 'x', 'xray'];
/** A keyword that starts with a sign: the list then takes the one-expression path, and no text here holds it. */
const REFERENCE = '-zz';

const keyword = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).chain((words) =>
  fc.tuple(fc.constant(words), fc.boolean(), fc.boolean()).map(([ws, star, joker]) => {
    const parts = [...ws];
    if (star) parts[parts.length - 1] = `${parts[parts.length - 1]}*`;
    if (joker && parts.length > 1) parts.splice(1, 0, '*');
    return parts.join(' ');
  }));
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ', ', '-', ':', '. ', '  ', "'s ")), { maxLength: 14 }).map((pairs) => pairs.map(([w, sep]) => w + sep).join(''));

describe('the keyword matcher', () => {
  it('finds, word by word, exactly what one expression of all the keywords finds', () => {
    fc.assert(fc.property(fc.array(keyword, { minLength: 1, maxLength: 12 }), text, (keywords, sample) => {
      assert.deepEqual(compileKeywords(keywords).findAffirmed(sample), compileKeywords([...keywords, REFERENCE]).findAffirmed(sample));
    }), { numRuns: runs(2000) });
  });

  it('finds through a rubric\'s gate (every list checked against a text\'s words at once) exactly what each list alone finds', () => {
    fc.assert(fc.property(fc.array(fc.array(keyword, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), (lists, samples) => {
      // A fresh rubric object each run: its gate starts empty, and lists join it while texts are already read.
      const compile = createKeywordReader().forRubric({} as Rubric);
      for (const sample of samples) for (const list of lists) assert.deepEqual(compile(list).findAffirmed(sample), compileKeywords(list).findAffirmed(sample), `${JSON.stringify(list)} in ${JSON.stringify(sample)}`);
    }), { numRuns: runs(1000) });
  });

  it('agrees with the one expression on the built-in rubric\'s lists over phrases that hit them', () => {
    const lists = builtinRubric().criteria.flatMap((c) => [c.pass.keywords, c.fail.keywords]).filter((list) => list.length > 0);
    const samples = ['Cleaned up my inbox, not the backlog', 'Debugged the flaky test on my branch → fixed', 'Hired two engineers; offer accepted, headcount plan at 11 of 12', 'Company-wide strategy deck: new brand template and fonts', 'No decision, we will revisit'];
    for (const list of lists) for (const sample of samples) assert.deepEqual(compileKeywords(list).findAffirmed(sample), compileKeywords([...list, REFERENCE]).findAffirmed(sample), sample);
  });
});
