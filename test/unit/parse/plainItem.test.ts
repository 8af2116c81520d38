// Blocks whose tree is known are read without remark's parser
// (src/core/parse/plainBlocks.ts): plain bullet lines (plain inline code and
// links among their words), nested by the book, a plain heading, front matter. The tree built for them must equal the
// parser's, node for node (positions, offsets, spread, checked), and what the
// walk finds in it must equal what it finds in the parser's tree, for random
// nested lists and their near-misses.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { plainListTree, plainTree } from '../../../src/core/parse/plainBlocks';
import { readTree } from '../../../src/core/parse/sectionSyntax';
import { runs } from '../propertyRuns';

/** The section parser's configuration (sectionSyntax.ts): CommonMark, task items, YAML front matter. */
function gfmTaskListItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}
const processor = unified().use(remarkParse).use(gfmTaskListItems).use(remarkFrontmatter, ['yaml']);
const remarkTree = (text: string) => JSON.parse(JSON.stringify(processor.parse(text))) as unknown;

const PLAIN_MARKERS = ['- ', '* ', '+ ', '- [ ] ', '- [x] ', '* [X] '];
const OTHER_MARKERS = ['- []', '-', '1. ', '  - ', '-  ', '-\t', ''];
const WORDS = ['1h ', '2h30m ', '(45m) ', '45m', 'Wrote', ' the ', 'plan', ' #hiring', ' #n1-2', ' → ', ' -> ', ' => ', 'agreed ', '3 teams', ':', '9:30 ', '|', 'é', '½', '!', ' ', '  ', ' & ', 'R&D', '&x', ';', '`inline code`', '`x`', ' [link](https://example.com)', '[the doc](https://x.io/a-b/c.d?e=1#f)', '[ a (b) ](x)'];
/** Inline code and links near the ones read without the parser: each is left to it, or read as it reads them. */
const INLINE_NEAR = ['``x``', '`x', '` x`', '`x `', '` `', '![i](x)', '[a](b c)', '[a][b]', '[a]', '[a](<b>)', '[`a`](b)', '[a](b_c)', '[a](b%20c)', '`a``b`', '[a](b)(c)', '[](x)', '[a](x "t")', '`[a](b)`', '[a `b](c)`', '[a](b))', '[a]( b)', '`a&amp;b`', '[a&amp;](b)', '`*a*`', '[a](b)`'];
const MARKUP = [
  '\t', '# ', '## ', '> ', '= ', '===', '---', '- ', '~~~', '```', '`x`', '*', '_', '[', ']', '](', '<', '>', '&amp;', '&#38;', '&#x26;', '&', '\\', '[x] ', '1. ', '\u00a0', 'Outcome: ', '<!-- worthy: y -->', ...INLINE_NEAR,
];
const pieceArb = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 12 }, { arbitrary: fc.constantFrom(...MARKUP), weight: 1 });
const contentArb = fc.array(pieceArb, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
const lineArb = fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...PLAIN_MARKERS), weight: 3 }, fc.constantFrom(...OTHER_MARKERS)), contentArb).map(([marker, content]) => marker + content);
const blockArb = fc.tuple(lineArb, fc.constantFrom('', '\n', '\n\n', '\n \n', '\nnext'));

/**
 * A nested list, line by line: mostly a child of the line before (two
 * columns deeper), a sibling at an open item's column or the same column
 * again, with the same bullet; sometimes a near-miss (one column off, another
 * bullet, a task box, a blank line, a continuation line, a tab, markup).
 */
const stepArb = fc.record({
  move: fc.oneof({ arbitrary: fc.constantFrom('child', 'same', 'up', 'top'), weight: 20 }, fc.constantFrom('off-by-one', 'deep', 'blank', 'lazy', 'continued', 'tab')),
  bullet: fc.oneof({ arbitrary: fc.constant('same'), weight: 8 }, fc.constantFrom('-', '*', '+')),
  box: fc.oneof({ arbitrary: fc.constant(''), weight: 4 }, fc.constantFrom('[ ] ', '[x] ', '[X] ')),
  content: fc.tuple(fc.constantFrom('1h', 'Wrote', 'plan', '45m', '(1h)', 'x', 'é', 'R&D', '#tag'), fc.array(fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 40 }, { arbitrary: fc.constantFrom(...MARKUP), weight: 1 }), { maxLength: 5 })).map(([word, pieces]) => word + pieces.join('')),
  up: fc.nat({ max: 6 }),
});
const listArb = fc.array(stepArb, { minLength: 1, maxLength: 12 }).map((steps) => {
  const lines: string[] = [];
  const bullets: string[] = [];
  let indent = 0;
  for (const [index, step] of steps.entries()) {
    if (index === 0) indent = 0;
    else if (step.move === 'child') indent += 2;
    else if (step.move === 'up') indent = Math.max(0, indent - 2 * (step.up + 1));
    else if (step.move === 'top') indent = 0;
    else if (step.move === 'off-by-one') indent += step.up % 2 === 0 ? 1 : -1;
    else if (step.move === 'deep') indent += 4;
    indent = Math.max(0, indent);
    const level = Math.floor(indent / 2);
    const bullet = step.bullet === 'same' ? (bullets[level] ?? '-') : step.bullet;
    bullets[level] = bullet;
    if (step.move === 'blank') lines.push('');
    if (step.move === 'lazy') lines.push(step.content.trim() || 'lazy');
    else if (step.move === 'continued') lines.push(`${' '.repeat(indent + 2)}${step.content}`);
    else lines.push(`${' '.repeat(indent)}${step.move === 'tab' ? '\t' : ''}${bullet} ${step.box}${step.content}`);
  }
  return lines.join('\n');
});
/** What a block may start with: mostly a list, or a heading, front matter or nothing. */
const leadArb = fc.oneof(
  { arbitrary: listArb, weight: 6 },
  fc.constantFrom('## Ops', '# Week 47', '### Sales & customers', '## *Ops*', '##  Ops', '---\nweek: 2026-W47\nhours: 45\n---', '---\n---', '---  \nx: 1\n---\t', '---\nweek: 1', ''),
);
/** What may follow it: empty lines, comments and fences that close, and near-misses. */
const KNOWN_TAILS = [
  '', '<!-- weekly-review-disable -->', '<!-- weekly-review-enable -->  ', '<!-- a comment\n# still a comment\n-->', '<!-- a\n\nb --> after', '<!-->', '<!--->', '<!-- -- -->',
  '```sh\n# not a heading\n- 2h not an item\n```', '```\ncode\n````', '~~~\nx\n  ~~~  ', '```\n\n\n```', '````\n```\n````',
];
const NEAR_TAILS = ['<!-- open', ' <!-- indented -->', '<div>', '```a b\nx\n```', '```a`b\nx\n```', '```', '~~~\n```', '``` \nx\n```', 'text', '  - nested after', '- new item', '    indented', '===', '---'];
const tailArb = fc.oneof({ arbitrary: fc.constantFrom(...KNOWN_TAILS), weight: 6 }, fc.constantFrom(...NEAR_TAILS));
const nestedArb = fc.tuple(leadArb, fc.array(tailArb, { maxLength: 3 }), fc.constantFrom('', '\n', '\n\n')).map(([lead, tail, after]) => [lead, ...tail].join('\n') + after);

describe('reading a plain block without the parser', () => {
  it('builds the parser\'s tree for a random nested list, and the walk finds what it finds', () => {
    let plain = 0;
    let nested = 0;
    const numRuns = runs(3000);
    fc.assert(fc.property(nestedArb, (text) => {
      const lines = text.split('\n');
      const tree = plainTree(lines);
      if (tree) {
        plain++;
        if (lines.filter(Boolean).length > 2) nested++;
        assert.deepEqual(JSON.parse(JSON.stringify(tree)), remarkTree(text), JSON.stringify(text));
      }
      assert.deepEqual(readTree(text, lines), readTree(text, lines, true), JSON.stringify(text));
    }), { numRuns });
    // Plain nested lists and near-misses must both be common in the sample, or this test proves little.
    assert.ok(plain > numRuns / 10 && nested > numRuns / 20, `${plain} plain blocks (${nested} of more than two lines) in ${numRuns} runs`);
    assert.ok(plain < numRuns * 0.9, `${plain} of ${numRuns} blocks were plain: too few near-misses`);
  });

  it('finds what the parser finds, on any one line', () => {
    let plain = 0;
    const numRuns = runs(3000);
    fc.assert(fc.property(blockArb, ([line, after]) => {
      const text = line + after;
      const lines = text.split('\n');
      const tree = plainTree(lines);
      if (tree) {
        plain++;
        assert.deepEqual(JSON.parse(JSON.stringify(tree)), remarkTree(text), JSON.stringify(text));
      }
      assert.deepEqual(readTree(text, lines), readTree(text, lines, true), JSON.stringify(text));
    }), { numRuns });
    // Plain lines must be common in the sample, or this test proves nothing.
    assert.ok(plain > numRuns / 10, `only ${plain} plain items were generated in ${numRuns} runs`);
  });

  it('builds the parser\'s tree for a plain heading and for front matter', () => {
    for (const text of ['## Ops', '# Week 47\n\n', '### Sales & customers\n', '---\nweek: 2026-W47\nhours: 45\n---\n', '---\n---', '---  \nweek: 1\n---\t\n\n', '\n\n']) {
      const tree = plainTree(text.split('\n'));
      assert.ok(tree, JSON.stringify(text));
      assert.deepEqual(JSON.parse(JSON.stringify(tree)), remarkTree(text), JSON.stringify(text));
    }
    for (const text of ['## Ops ##', '## *Ops*', '##  Ops', '## Ops ', '## A &amp; B', '---\nweek: 1', '----\n---', '---\nweek: 1\n---\ntext', '#Ops']) assert.equal(plainTree(text.split('\n')), undefined, text);
  });

  it('reads plain nested lines and leaves anything else to the parser', () => {
    assert.ok(plainListTree(['- 45m Tweaked staging logging config #ops → done by Nov 20', '']));
    assert.ok(plainListTree(['- [x] 2h Hiring loop (1h)']));
    assert.ok(plainListTree(['- 2h Planning', '  - 1h Headcount model', '    - [ ] 30m Draft', '  - 1h Review → agreed', '- 1h R&D sync', '', '']));
    assert.ok(plainListTree(['- 1h `code` and [a link](https://example.com/a?b=1#c) #ops', '  - [x] 30m `x`']));
    for (const line of ['- 1h ``code``', '- 1h `code', '- 1h ` code`', '- 1h *em*', '- 1h [link]', '- 1h ![image](x)', '- 1h [link](<x>)', '- `code` first', '- [link](x) first', '- 1h <b>', '- # 1h', '-   1h', '- 1. 1h', '1. 1h', '- 1h\tx', '- 1h &amp;', '  - 1h indented']) assert.equal(plainListTree([line]), undefined, line);
    // Continuation lines of plain words, lazy or indented, join the paragraph (hostile input 7: alternating items and lazy lines took 15 s for 49,000 items).
    for (const lines of [['- a', 'lazy'], ['- a', '    continued'], ['- a', '  - b', 'lazy', '===', '- c']]) assert.ok(plainListTree(lines), lines.join('|'));
    for (const lines of [['- a', '   - b'], ['- a', ' - b'], ['- a', '  * b', '  - c'], ['- a', '', '- b'], ['- a', '\t- b'], ['- a', '      - b'], ['- a  ', 'hard break'], ['- a', '  ==='], ['- a', '1. b'], ['- a', '> b'], ['- a', '<b>'], ['- a', 'R&amp;D'], ['- a', 'b *c*'], ['- a', '---'], ['- a', 'b ']]) assert.equal(plainListTree(lines), undefined, lines.join('|'));
  });
});
