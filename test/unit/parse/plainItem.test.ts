// A block that is one plain bullet line is read without remark's parser
// (src/core/parse/sectionSyntax.ts, plainItemTree): what the walk finds in
// it must equal what it finds in the parser's tree, for any line.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { plainItemTree, readTree } from '../../../src/core/parse/sectionSyntax';
import { runs } from '../propertyRuns';

const PLAIN_MARKERS = ['- ', '* ', '+ ', '- [ ] ', '- [x] ', '* [X] '];
const OTHER_MARKERS = ['- []', '-', '1. ', '  - ', '-  ', '-\t', ''];
const WORDS = ['1h ', '2h30m ', '(45m) ', '45m', 'Wrote', ' the ', 'plan', ' #hiring', ' #n1-2', ' → ', ' -> ', ' => ', 'agreed ', '3 teams', ':', '9:30 ', '|', 'é', '½', '!', ' ', '  '];
const MARKUP = [
  '\t', '# ', '## ', '> ', '= ', '===', '---', '- ', '~~~', '```', '`x`', '*', '_', '[', ']', '](', '<', '>', '&amp;', '&', '\\', '[x] ', '1. ', '\u00a0', 'Outcome: ', '<!-- worthy: y -->',
];
const pieceArb = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 12 }, { arbitrary: fc.constantFrom(...MARKUP), weight: 1 });
const lineArb = fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...PLAIN_MARKERS), weight: 3 }, fc.constantFrom(...OTHER_MARKERS)), fc.array(pieceArb, { minLength: 1, maxLength: 10 })).map(([marker, pieces]) => marker + pieces.join(''));
const blockArb = fc.tuple(lineArb, fc.constantFrom('', '\n', '\n\n', '\n \n', '\nnext'));

describe('reading a plain item without the parser', () => {
  it('finds what the parser finds, on any line', () => {
    let plain = 0;
    const numRuns = runs(3000);
    fc.assert(fc.property(blockArb, ([line, after]) => {
      const text = line + after;
      const lines = text.split('\n');
      if (plainItemTree(lines)) plain++;
      assert.deepEqual(readTree(text, lines), readTree(text, lines, true), JSON.stringify(text));
    }), { numRuns });
    // Plain lines must be common in the sample, or this test proves nothing.
    assert.ok(plain > numRuns / 10, `only ${plain} plain items were generated in ${numRuns} runs`);
  });

  it('reads a plain line and leaves anything with markup to the parser', () => {
    assert.ok(plainItemTree(['- 45m Tweaked staging logging config #ops → done by Nov 20', '']));
    assert.ok(plainItemTree(['- [x] 2h Hiring loop (1h)']));
    for (const line of ['- 1h `code`', '- 1h *em*', '- 1h [link](x)', '- 1h <b>', '- # 1h', '-   1h', '- 1. 1h', '1. 1h', '- 1h\tx', '- 1h &amp;']) assert.equal(plainItemTree([line]), undefined, line);
    assert.equal(plainItemTree(['- 1h plain', '  - 30m nested']), undefined);
  });
});
