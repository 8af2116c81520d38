// What is derived from a rubric alone is compiled once per rubric object and
// shared by every service (src/core/analysis/compiledRubric.ts); what is
// derived from a document stays in each service. And the exemplars, now read
// in one index, match exactly as one index per exemplar did.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createCaches } from '../../../src/core/analysis/cache';
import { compiledRubric } from '../../../src/core/analysis/compiledRubric';
import { exemplarIndexes, matchExemplar } from '../../../src/core/analysis/exemplars';
import { addSignal, emptySignalIndex, scoreWordList, wordsOf } from '../../../src/core/analysis/wordSignals';
import { createReviewService } from '../../../src/core';
import { builtinRubric, loadRubric } from '../../../src/core/rubric/load';
import { BUILTIN_CTO_RUBRIC_YAML } from '../../../src/core/rubric/builtinCto';
import type { Rubric } from '../../../src/core/rubric/model';
import { runs } from '../propertyRuns';

/** The reading before the exemplars shared one index: one index per exemplar, the first whose every group matches and none of whose `unless` words is there. */
function matchOneByOne(rubric: Rubric, text: string): { id: string; words: string[] } | undefined {
  const words = wordsOf(text, false);
  for (const exemplar of rubric.exemplars) {
    const index = emptySignalIndex();
    exemplar.match.forEach((group, at) => { for (const word of group) addSignal(index, String(at), word, 1); });
    for (const word of exemplar.unless ?? []) addSignal(index, 'unless', word, 1);
    const hits = scoreWordList(index, words, false);
    if (!hits.has('unless') && exemplar.match.every((_, group) => hits.has(String(group)))) return { id: exemplar.id, words: [...hits.values()].flatMap((hit) => hit.words) };
  }
  return undefined;
}

/** Every bullet line of the labelled corpora: the texts the exemplars are meant for. */
function corpusLines(): string[] {
  const lines: string[] = [];
  for (const root of ['test/fixtures/judgment', 'test/fixtures/categories']) {
    for (const file of readdirSync(root, { recursive: true }).map(String).filter((name) => name.endsWith('.md'))) {
      for (const line of readFileSync(path.join(root, file), 'utf8').split('\n')) if (/^\s*[-*+] /.test(line)) lines.push(line.replace(/^\s*[-*+] (?:\[[ xX]\] )?/, ''));
    }
  }
  return lines;
}

const REVIEW = '---\nweek: 2026-W47\n---\n\n## Recruiting\n\n- 2h Interview loop for the staff SRE → offer out\n- 1h 1:1s with my six team leads\n\n## Other\n\n- 45m Fixed a typo in the wiki\n';

describe('the rubric compiled', () => {
  it('matches exemplars in one index exactly as one index per exemplar did, on the corpora and on their words mixed', () => {
    const rubric = builtinRubric();
    const indexes = exemplarIndexes(rubric);
    const lines = corpusLines();
    assert.ok(lines.length > 1000, `only ${lines.length} corpus lines`);
    let matched = 0;
    for (const line of lines) {
      const found = matchExemplar(rubric, indexes, line);
      if (found) matched++;
      assert.deepEqual(found && { id: found.exemplar.id, words: found.words }, matchOneByOne(rubric, line), line);
    }
    assert.ok(matched > 20, `only ${matched} corpus lines match an exemplar: the comparison proves little`);
    const pieces = [...new Set(rubric.exemplars.flatMap((e) => e.match.flat()).map((word) => word.replace(/\*$/, 'ing')))];
    const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('not', 'no', 'with', 'the', 'my', '1h', 'Wrote', '→', ',')), { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));
    fc.assert(fc.property(textArb, (text) => {
      const found = matchExemplar(rubric, indexes, text);
      assert.deepEqual(found && { id: found.exemplar.id, words: found.words }, matchOneByOne(rubric, text), text);
    }), { numRuns: runs(3000) });
  });

  it('is built once per rubric object and shared by services, while each new service reads the document again', () => {
    const rubric = builtinRubric();
    const parsed: number[] = [];
    const check = () => {
      let count = 0;
      const service = createReviewService({ readFile: async () => undefined }, { caches: createCaches(() => count++) });
      const analysis = service.analyzeWith('/r/2026-W47.md', REVIEW, { ok: true, rubric, file: 'builtin' });
      parsed.push(count);
      return JSON.stringify([analysis.diagnostics, service.summarize(analysis)]);
    };
    const first = check();
    const compiled = compiledRubric(rubric);
    const parts = { ...compiled };
    assert.deepEqual(Object.keys(parts).sort(), ['categorySignals', 'checks', 'exemplars', 'headingLabels', 'keywords']);
    assert.equal(check(), first);
    // The second service used the same compiled parts, none rebuilt…
    assert.equal(compiledRubric(rubric), compiled);
    for (const [name, part] of Object.entries(parts)) assert.equal(compiled[name as keyof typeof compiled], part, name);
    // …and read the review again from scratch: nothing of the document is shared.
    assert.ok((parsed[0] as number) > 0);
    assert.equal(parsed[1], parsed[0]);
  });

  it('gives another rubric object its own compiled parts, even when it reads the same', async () => {
    const again = await loadRubric('/r/.weekly-review.yaml', BUILTIN_CTO_RUBRIC_YAML, async () => undefined);
    assert.notEqual(again, builtinRubric());
    assert.notEqual(compiledRubric(again), compiledRubric(builtinRubric()));
    assert.deepEqual(compiledRubric(again), {});
  });
});
