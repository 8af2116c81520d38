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

  it('reads plain keywords by hand exactly as their expression reads them, case folding, spaces and long word tails included', () => {
    // Letters whose case folding reaches ASCII (the Kelvin sign, a long s), a letter only case folding makes one (U+0345), spaces of every kind, long tails.
    // The reference is the same word-by-word reading through the expressions: where that reading and one expression of every
    // keyword differ (a word holding a long s, which only case folding makes an s; a word after U+0345), the reading by hand keeps it.
    const TRICKY = ['K', '\u212a', 'ſ', 'leadſ', 'S', 'İ', 'ı', '\u0345', 'é', 'É', '\u00a0', '\t', '\u2003', '_', "'", '’', '-', ':', '/', '😀', '\ud835\udc00', '\ud800', '1', 's\u212aip', 'teams\u212a', 'ſhip', 'team\u00a0leads', 'team\tleads', 'debug-', "debug'", 'x'.repeat(30), 'x'.repeat(31), 'x'.repeat(32), 'y'.repeat(40)];
    const LETTERS = ['fix', 'FIX', 'debug', 'on-call', 'team', 'leads', 'SKIP', 'sKip', 'ship', '1:1', 'go/no-go', 'a'];
    const trickyKeyword = fc.oneof(
      fc.constantFrom('skip*', 'team leads', 'team leads*', 'leads*', 'debug*', 'on-call', 'go/no-go', '1:1*', 's*', 'k*', 'fix', 'ship', 'É*'),
      fc.array(fc.constantFrom('fix', 'debug', 'on-call', 'team', 'leads', 'skip', 'ship', '1:1', 'go/no-go', 'a', 's', 'k', 'É'), { minLength: 1, maxLength: 3 })
        .chain((words) => fc.boolean().map((star) => `${words.join(' ')}${star ? '*' : ''}`)),
    );
    const trickyText = fc.array(fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(...TRICKY), fc.constantFrom(' ', '  ', ', ')), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(trickyKeyword, { minLength: 1, maxLength: 8 }), trickyText, (keywords, sample) => {
      assert.deepEqual(compileKeywords(keywords).findAffirmed(sample), compileKeywords(keywords, undefined, false).findAffirmed(sample), `${JSON.stringify(keywords)} in ${JSON.stringify(sample)}`);
    }), { numRuns: runs(3000) });
  });

  it('reads by hand, at the edges, what the expressions read: word tails of 32 characters, hyphens and apostrophes after them, spaces, case folding', () => {
    const tail = (length: number, at = -1, sign = '-') => Array.from({ length }, (_, i) => (i === at ? sign : 'x')).join('');
    const cases: [string[], string][] = [
      ...[30, 31, 32, 33, 40].flatMap((length): [string[], string][] => [[['debug*'], `debug${tail(length)}`], [['debug*'], `debug${tail(length, 29)}`], [['debug*'], `debug${tail(length, 31, "'")}`], [['debug*'], `debug${tail(length, 32)} done`]]),
      [['on-call'], 'on-call-'], [['on-call'], "on-call's"], [['on-call'], 'on-callé'], [['on-call'], 'on-call\u0345'], [['on-call'], 'ON-CALL'],
      [['team leads'], 'team\tleads'], [['team leads'], 'team\u00a0leads'], [['team leads'], 'team\u2003 leads'], [['team leads'], 'teamleads'], [['team leads'], 'team leadſ'],
      [['skip*'], 's\u212aipping'], [['skip*'], 'SKIPPING'], [['skip*', 'k*'], 'K\u212a'], [['k*', 'fix'], '\u212a'], [['1:1*'], '1:1s'], [['go/no-go'], 'go/NO-go'],
    ];
    for (const [keywords, sample] of cases) assert.deepEqual(compileKeywords(keywords).findAffirmed(sample), compileKeywords(keywords, undefined, false).findAffirmed(sample), `${JSON.stringify(keywords)} in ${JSON.stringify(sample)}`);
  });

  it('agrees with the one expression on the built-in rubric\'s lists over phrases that hit them', () => {
    const lists = builtinRubric().criteria.flatMap((c) => [c.pass.keywords, c.fail.keywords]).filter((list) => list.length > 0);
    const samples = ['Cleaned up my inbox, not the backlog', 'Debugged the flaky test on my branch → fixed', 'Hired two engineers; offer accepted, headcount plan at 11 of 12', 'Company-wide strategy deck: new brand template and fonts', 'No decision, we will revisit'];
    for (const list of lists) for (const sample of samples) assert.deepEqual(compileKeywords(list).findAffirmed(sample), compileKeywords([...list, REFERENCE]).findAffirmed(sample), sample);
  });
});
