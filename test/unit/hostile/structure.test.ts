// Structure that made the parser slow (issue 23). Long runs of lazy
// continuation lines are indented before the parser reads them, so a run
// costs linear time, and the engine reads the same activities, minutes and
// findings as from the same run written indented. A section of plain bullet
// lines is read line by line without the parser, with the parser's reading.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LAZY_RUN_MIN, indentLazyRuns } from '../../../src/core/parse/lazyLines';
import { parseSectionSyntax, readTree } from '../../../src/core/parse/sectionSyntax';
import { analyze, fixture, rulesAt } from '../helpers';

/** The fastest of three runs, in ms. */
async function fastest(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

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
    const run = (n: number) => fixture().service.analyze('/r/2026-W47.md', lazyReview(n));
    await run(2_000);
    const small = await fastest(() => run(2_000));
    const large = await fastest(() => run(20_000));
    assert.ok(large < 30 * small + 25, `${small.toFixed(1)} ms at 2,000 lines, ${large.toFixed(1)} ms at 20,000`);
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
    const run = (n: number) => fixture().service.analyze('/r/2026-W47.md', bullets(n));
    await run(1_000);
    const small = await fastest(() => run(1_000));
    const large = await fastest(() => run(10_000));
    assert.ok(large < 30 * small + 25, `${small.toFixed(1)} ms at 1,000 lines, ${large.toFixed(1)} ms at 10,000`);
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
    const run = (n: number) => fixture().service.analyze('/r/2026-W47.md', '## Ops\n- 1h x\n'.repeat(n));
    await run(300);
    const small = await fastest(() => run(300));
    const large = await fastest(() => run(3_000));
    assert.ok(large < 30 * small + 25, `${small.toFixed(1)} ms at 300 sections, ${large.toFixed(1)} ms at 3,000`);
  });
});
