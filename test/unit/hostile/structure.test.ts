// Structure that made the parser slow (issue 23). Long runs of lazy
// continuation lines are indented before the parser reads them, so a run
// costs linear time, and the engine reads the same activities, minutes and
// findings as from the same run written indented. A section of plain bullet
// lines, nested or not, is read without the parser, with the parser's reading.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LAZY_RUN_MIN, indentLazyRuns } from '../../../src/core/parse/lazyLines';
import { parseSectionSyntax, readTree } from '../../../src/core/parse/sectionSyntax';
import { analyze, fixture, rulesAt } from '../helpers';
import { assertLinear } from './timing';

const lazyReview = (n: number, indent = '') => `## Ops\n- 1h Fixed the deploy script → builds 40% faster\n${`${indent}lazy continuation text\n`.repeat(n)}- 2h Design review of the billing RFC → we adopt event sourcing\n`;

describe('lazy continuation lines (issue 23)', () => {
  it('a long run is indented to its item\'s content column; a short run, a blank line or a block start is left alone', () => {
    const long = `- 1h x\n${'lazy\n'.repeat(LAZY_RUN_MIN)}`;
    assert.equal(indentLazyRuns(long), `- 1h x\n${'  lazy\n'.repeat(LAZY_RUN_MIN)}`);
    const short = `- 1h x\n${'lazy\n'.repeat(LAZY_RUN_MIN - 1)}`;
    assert.equal(indentLazyRuns(short), short);
    const broken = `- 1h x\n\n${'para\n'.repeat(LAZY_RUN_MIN)}`;
    assert.equal(indentLazyRuns(broken), broken);
    const nested = `  1. 1h x\n${'lazy\n'.repeat(LAZY_RUN_MIN)}# Heading\n`;
    assert.equal(indentLazyRuns(nested), `  1. 1h x\n${'     lazy\n'.repeat(LAZY_RUN_MIN)}# Heading\n`);
  });

  it('the engine reads the same activities and findings as from the run written indented', async () => {
    const lazy = await analyze(lazyReview(3 * LAZY_RUN_MIN));
    const indented = await analyze(lazyReview(3 * LAZY_RUN_MIN, '  '));
    const facts = (a: typeof lazy) => a.document.activities.map((x) => [x.line, x.minutes, x.categoryId, x.outcome?.text]);
    assert.deepEqual(facts(lazy), facts(indented));
    assert.deepEqual(facts(lazy), [[2, 60, 'operations', 'builds 40% faster'], [3 * LAZY_RUN_MIN + 3, 120, 'operations', 'we adopt event sourcing']]);
    assert.deepEqual(rulesAt(lazy), rulesAt(indented));
  });

  it('time grows linearly with the run (was quadratic: 100,000 lines took 44 s)', async () => {
    await assertLinear('lazy lines', (n) => fixture().service.analyze('/r/2026-W47.md', lazyReview(n)), 2_000);
  });
});

describe('a section of plain bullet lines (issue 23)', () => {
  const bullets = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '- a' : i % 3 === 1 ? '- [x] 1h Fixed CSS alignment' : '* 30m Call with the bank → renewal signed')).join('\n') + '\n';

  it('is read as the parser reads it', () => {
    const text = bullets(300);
    const parsed = readTree(text, text.split('\n'), true);
    assert.ok(typeof parsed !== 'string');
    const read = parseSectionSyntax(text);
    assert.deepEqual(read.items, parsed.items);
    assert.equal(read.items.length, 300);
  });

  it('costs time linear in its length (12,000 bare items took 3.7 s of CPU)', async () => {
    await assertLinear('plain bullets', (n) => fixture().service.analyze('/r/2026-W47.md', bullets(n)), 1_000);
  });
});

describe('plain bullet lines nested 30 deep (issue 23)', () => {
  // The hostile corpus's class: each line one level deeper, back to column 0 every 30 lines.
  const nested = (n: number) => `# Ops\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 30)}- 1h x`).join('\n')}\n`;

  it('is read as the parser reads it', () => {
    const text = nested(300);
    const read = parseSectionSyntax(text);
    assert.deepEqual(read, parseSectionSyntax(text, undefined, true));
    assert.equal(read.items.length, 300);
    assert.deepEqual(read.items.slice(28, 32).map((item) => [item.line, item.depth, item.parent, item.markerColumn, item.contentColumn]), [[30, 29, 27, 57, 59], [31, 30, 28, 59, 61], [32, 1, -1, 1, 3], [33, 2, 30, 3, 5]]);
  });

  it('costs time linear in its length (100,000 lines took 13.3 s of CPU, 28.7 s before)', async () => {
    await assertLinear('nested 30 deep', (n) => fixture().service.analyze('/r/2026-W47.md', nested(n)), 1_000);
  });
});

describe('a review of many short sections (issue 23)', () => {
  const headings = ['## Ops', '### Platform work', '# Week 47', '## infra / ops', '## Marlow Bank (client)', '#### a', '## Ops ##', '## *Ops*', '##  Ops', '## Ops '];

  it('reads each plain heading as the parser does, and leaves the others to the parser', () => {
    for (const heading of headings) {
      const text = `${heading}\n- 1h x\n`;
      const parsed = readTree(text, text.split('\n'), true);
      assert.ok(typeof parsed !== 'string');
      const read = parseSectionSyntax(text);
      assert.deepEqual(read.headings, parsed.headings, heading);
      assert.deepEqual(read.items, parsed.items, heading);
    }
  });

  it('costs time linear in the number of sections (40,000 took 9.8 s of CPU)', async () => {
    await assertLinear('short sections', (n) => fixture().service.analyze('/r/2026-W47.md', '## Ops\n- 1h x\n'.repeat(n)), 300);
  });
});

describe('items with a continuation line each (hostile input 7)', () => {
  // Each item's paragraph goes on to a line of plain words, lazy (column 0) or indented; a lazy `===` is words too.
  const continued = (n: number) => `# Ops\n${Array.from({ length: n }, (_, i) => `- 1h Fixed the deploy script\n${['Ops para', '  more words', 'Ops\n==='][i % 3]}`).join('\n')}\n`;
  const oneLine = (n: number) => `# Ops\n${'- 1h Fixed the deploy script and more words\n'.repeat(n)}`;

  it('is read as the parser reads it', () => {
    const text = continued(30);
    assert.deepEqual(parseSectionSyntax(text), parseSectionSyntax(text, undefined, true));
    assert.equal(parseSectionSyntax(text).items.length, 30);
  });

  it('costs at most 3 times what the same items on one line cost (was 9 times; 49,000 items: 15.2 s of CPU before, 2.8 s after)', async () => {
    const best = async (text: string) => {
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await fixture().service.analyze('/r/2026-W47.md', text);
        ms = Math.min(ms, performance.now() - started);
      }
      return ms;
    };
    await best(continued(300));
    const lazy = await best(continued(3000));
    const plain = await best(oneLine(3000));
    console.log(`    3,000 items: ${lazy.toFixed(0)} ms with continuation lines, ${plain.toFixed(0)} ms on one line`);
    assert.ok(lazy < 3 * plain + 25, `${lazy.toFixed(0)} ms with continuation lines, ${plain.toFixed(0)} ms on one line`);
  });
});
