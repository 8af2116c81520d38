// Issue 23: hostile input. Each pattern that reads user text is linear (time
// at n and 10n, with a generous bound: a quadratic pattern is 100 times
// slower, a cubic one 1,000), and gives the same answers as before.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileKeywords } from '../../../src/core/analysis/keywords';
import { bracketPairs, findBracketedNearMisses } from '../../../src/core/parse/durations';
import { findMeasure } from '../../../src/core/parse/measure';
import { withoutTrailingGroup, withoutTrailingPunctuation } from '../../../src/core/text';
import { parseYamlDocument } from '../../../src/core/parse/yamlDocument';
import { LineCounter } from 'yaml';
import { findSummaryBlock, summaryTableChange, summaryTableEdit } from '../../../src/core';
import { analyzed, applyEdits } from '../features/helpers';
import { activityAt, analyze, at, fixture } from '../helpers';
import { assertLinear } from './timing';

/** A fresh service each time: nothing is cached between the runs. */
function analyzeFresh(text: string): Promise<unknown> {
  return fixture().service.analyze('/r/2026-W47.md', text);
}

/** The near-miss pattern as it was, to hold the one-pass reading equal to it. */
function oldBracketPairs(text: string): string[] {
  return [...text.matchAll(/([([])\s*([^()[\]]{1,60}?)\s*([)\]])/g)].map((m) => `${m.index}|${m[0]}|${m[2]}`);
}

describe('linear patterns (issue 23)', () => {
  it('a `<!-- worthy:` comment followed by spaces is linear, and its reason is still read', async () => {
    await assertLinear('worthy', (n) => analyzeFresh(`## Recruiting\n- 1h foo\n  <!-- worthy:${' '.repeat(n)}x\n`), 300);
    const analysis = await analyze('## Recruiting\n- 1h foo <!-- worthy:   audit   needs it  -->\n- 1h bar <!-- x --> <!-- WORTHY: -->\n- 1h baz <!-- worthy: never closes\n');
    assert.equal(activityAt(analysis, 2).worthyReason, 'audit   needs it');
    assert.equal(activityAt(analysis, 3).worthyReason, 'marked worthy');
    assert.equal(activityAt(analysis, 4).worthyReason, undefined);
  });

  it('an outcome that says where the code went, then a long run of spaces, is linear, and "→ PR up." still fails', async () => {
    // Ten items whose outcome is "PR up", a run of spaces (up to 18,000: a line is read up to 20,000 characters) and a word.
    await assertLinear('code handed in', (n) => analyzeFresh(`## Ops\n${`- 1h Fixed the webhook → PR up${' '.repeat(n)}x\n`.repeat(10)}`), 1800);
    const analysis = await analyze('## Ops\n- 1h Fixed the webhook retry → fix PR up.\n- 1h Fixed the webhook retry → PR up !\n');
    assert.deepEqual([2, 3].map((line) => activityAt(analysis, line).criteria?.find((c) => c.id === 'clear-outcome')?.evidence.includes('where the code went')), [true, true]);
  });

  it('many directives in one comment block are linear, and they still apply on their own lines', async () => {
    await assertLinear('directives', (n) => analyzeFresh(`## Ops\n- 1h x\n\n${'<!-- weekly-review-disable --><!-- weekly-review-enable -->'.repeat(n)}\n`), 300);
    await assertLinear('unclosed directives', (n) => analyzeFresh(`## Ops\n- 1h x\n\n${'<!-- weekly-review-disable '.repeat(n)}\n`), 300);
    const lines = (text: string) => analyze(text).then((a) => a.diagnostics.map((d) => `${d.range.start.line}:${d.ruleId}`));
    assert.deepEqual(await lines('## Ops\n<!-- x -->\n- 1h Fixed CSS\n- 1h Fixed CSS\n'), ['3:low-value-item', '4:low-value-item']);
    assert.deepEqual(await lines('## Ops\n<!-- x --> <!-- weekly-review-disable-next-line low-value-item -->\n- 1h Fixed CSS\n- 1h Fixed CSS\n'), ['4:low-value-item']);
  });

  it('an unclosed bracket followed by spaces is linear (findBracketedNearMisses)', async () => {
    await assertLinear('brackets', (n) => findBracketedNearMisses(`- (${' '.repeat(n)}x`), 2000);
    assert.deepEqual(findBracketedNearMisses('- (8-9 hours) and [ 25 mins pomodoro ]').map((d) => [d.index, d.text, d.fix]), [
      [2, '(8-9 hours)', '(8h30m)'],
      [18, '[ 25 mins pomodoro ]', '[25m]'],
    ]);
  });

  it('the one-pass bracket reading finds what the old pattern found', () => {
    const alphabet = ['(', ')', '[', ']', ' ', ' ', 'a', '1', 'h', '~'];
    let state = 11;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = round % 90;
      for (let i = 0; i < length; i++) {
        state = (state * 1_103_515_245 + 12_345) >>> 0;
        text += alphabet[(state >>> 16) % alphabet.length];
      }
      const now = [...bracketPairs(text)].map((pair) => `${pair.index}|${pair.whole}|${pair.inner}`);
      assert.deepEqual(now, oldBracketPairs(text), JSON.stringify(text));
    }
  });

  it('long digit runs in an outcome are linear (findMeasure), and a percentage is still found first', async () => {
    await assertLinear('digits', (n) => findMeasure(`x ${'1'.repeat(n)} y`), 2000);
    await assertLinear('digit groups', (n) => findMeasure(`${'12.'.repeat(n)}`), 700);
    assert.equal(findMeasure('latency 1.5.5 % lower'), '5.5 %');
    assert.equal(findMeasure('cut 12345 to 20,5%'), '20,5%');
    assert.equal(findMeasure(`${'1'.repeat(30)}`), '1'.repeat(30));
  });

  it('rubric keyword wildcards are linear in the text, and still match what they did', async () => {
    for (const keyword of ['*-year', 'all * engineers', 'a*b', 'debug* foo']) {
      const matcher = compileKeywords([keyword]);
      await assertLinear(keyword, (n) => matcher.findAffirmed('a-'.repeat(n / 2)), 2000);
    }
    const matcher = compileKeywords(['debug*', 'all * engineers', '*-year', 're*ing']);
    assert.deepEqual(matcher.findAffirmed('Debugged it, told all 60 engineers the multi-year plan, not refactoring').affirmed, ['debugged', 'all 60 engineers', 'multi-year']);
    assert.deepEqual(matcher.findAffirmed('not refactoring').negated, ['refactoring']);
  });

  it('a keyword with 20 wildcards is a rubric error at its line, and never matched', async () => {
    const keyword = `${'a*'.repeat(20)}b`;
    const started = performance.now();
    assert.deepEqual(compileKeywords([keyword, 'plan']).findAffirmed(`${'a'.repeat(35)} plan`).affirmed, ['plan']);
    assert.ok(performance.now() - started < 10000);
    const text = `extends: cto\nvocabulary:\n  wild: [ok*, "*a*a*b"]\ncriteria:\n  strategic:\n    pass:\n      keywords: [plan, "${keyword}", "a* b* c* d* e*"]\n`;
    const { service } = fixture({ '/w/r.yaml': text });
    const problems = await service.checkRubricFile('/w/r.yaml', text);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column}: ${p.message}`), [
      '3:15: keyword "*a*a*b" has 3 wildcards (*) in one word; a word may hold at most 2',
      `7:24: keyword "${keyword}" has 20 wildcards (*); a keyword may hold at most 4`,
      '7:69: keyword "a* b* c* d* e*" has 5 wildcards (*); a keyword may hold at most 4',
    ]);
  });
});

describe('bounded YAML and extends (issue 23)', () => {
  const chain = (length: number) => Object.fromEntries(Array.from({ length }, (_, i) => [`/w/r${i}.yaml`, i === length - 1 ? 'extends: cto\n' : `name: r${i}\nextends: ./r${i + 1}.yaml\n`]));

  it('an extends chain 16 files deep loads; one deeper is a rubric error at the extends: line', async () => {
    const ok = chain(17);
    assert.deepEqual(await fixture(ok).service.checkRubricFile('/w/r0.yaml', ok['/w/r0.yaml'] as string), []);
    const deep = chain(20000);
    const started = performance.now();
    const problems = await fixture(deep).service.checkRubricFile('/w/r0.yaml', deep['/w/r0.yaml'] as string);
    assert.ok(performance.now() - started < 10000);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`), [
      '/w/r16.yaml:2:10: "extends" goes more than 16 files deep (/w/r0.yaml → … → /w/r17.yaml); a rubric may extend at most 16 others in a chain',
    ]);
  });
});

describe('YAML limits (issue 23)', () => {
  it('YAML keys are read in linear time, and duplicate keys are still reported where they are', async () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');
    const texts = new Map([3000, 30000].map((n) => [n, keys(n)]));
    await assertLinear('keys', (n) => parseYamlDocument(texts.get(n) ?? '', { lineCounter: new LineCounter() }), 3000);
    const doc = parseYamlDocument('a: 1\nb: {c: 1, c: 2}\na: 3\n', { prettyErrors: false });
    assert.deepEqual(doc.errors.map((e) => [e.code, e.pos, e.message]), [['DUPLICATE_KEY', [15, 16], 'Map keys must be unique'], ['DUPLICATE_KEY', [21, 22], 'Map keys must be unique']]);
    const rubric = 'extends: cto\nextends: cto\n';
    const problems = await fixture().service.checkRubricFile('/w/r.yaml', rubric);
    assert.deepEqual(problems.map((p) => `${p.line}:${p.column}: ${p.message}`), ['2:1: YAML syntax: Map keys must be unique']);
  });

  it('front matter over 64 KB is reported on its first line, not parsed', async () => {
    const text = `---\n${Array.from({ length: 50000 }, (_, i) => `k${i}: v`).join('\n')}\nweek: 2026-W47\n---\n# Ops\n- 1h Release → shipped 3.2\n`;
    const started = performance.now();
    const analysis = await analyze(text);
    // Generous: it took 33 s before; the bound only catches that class coming back, under CI load too.
    assert.ok(performance.now() - started < 20000);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'front-matter-error').map((d) => `${at(d)?.join(':')} ${d.message}`), [
      '1:1:1:4 Front matter is 478 KB, more than front matter may be (64 KB), so it was not read. Keep week, hours and rubric there, and notes below it.',
    ]);
    assert.equal(analysis.document.totalMinutes, 60);
  });

  it('a rubric map with more than 1,000 entries, or a rubric file over 1 MB, is a rubric error, not read for seconds', async () => {
    const categories = `extends: cto\ncategories:\n${Array.from({ length: 1001 }, (_, i) => `  c${i}: {name: c${i}, target: 0%, priority: people}\n`).join('')}`;
    const many = await fixture().service.checkRubricFile('/w/r.yaml', categories);
    assert.deepEqual(many.map((p) => `${p.line}:${p.column}: ${p.message}`), ['2:1: "categories" holds 1,001 entries; a rubric file may hold at most 1,000']);
    const huge = `extends: cto\ncriteria:\n  strategic:\n    pass:\n      keywords: [${Array.from({ length: 150000 }, (_, i) => `w${i}`).join(', ')}]\n`;
    const started = performance.now();
    const large = await fixture().service.checkRubricFile('/w/r.yaml', huge);
    assert.ok(performance.now() - started < 10000);
    assert.deepEqual(large.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`), ['/w/r.yaml:1:1: the file holds 1.18 MB of text, more than a rubric or people file may (1 MB), so it was not read']);
  });
});

describe('"Insert summary table" never deletes a review (issue 23)', () => {
  const START = '<!-- weekly-review:summary -->';
  const END = '<!-- /weekly-review:summary -->';
  const ACTIVITIES = '## Recruiting\n- 4h Hiring committee → 3 offers approved\n- 2h Interviews → 2 hires\n';

  /** Inserts the table at the end, edits a number in it, then inserts again: every activity is still there. */
  async function insertTwice(before: string): Promise<string> {
    const text = `${before}${ACTIVITIES}\n`;
    const { summary } = await analyzed(text);
    const lastLine = text.split('\n').length;
    const once = applyEdits(text, [summaryTableEdit(summary, text, lastLine, '\n')!]);
    const stale = once.replace('**6h**', '**9h**');
    const edit = summaryTableEdit(summary, stale, 1, '\n');
    return edit ? applyEdits(stale, [edit]) : stale;
  }

  for (const [where, before] of [
    ['inline code', `# Notes\nThe table goes between \`${START}\` and its end marker.\n\n`],
    ['a fence', `# Notes\n\`\`\`md\n${START}\n\`\`\`\n\n`],
    ['a quote', `# Notes\n> ${START}\n\n`],
    ['an opening marker left alone', `# Notes\n${START}\n\n`],
  ]) {
    it(`a start marker in ${where} is not the block's start: nothing is deleted`, async () => {
      const after = await insertTwice(before as string);
      assert.ok(after.startsWith(`${before}${ACTIVITIES}`), after);
      const analysis = await analyze(after);
      assert.equal(analysis.document.totalMinutes, 360);
      assert.equal(after.split(START).length - 1, (before as string).split(START).length);
      assert.ok(!after.includes('**9h**'));
    });
  }

  it('a block that holds activities is not replaced: the insert refuses and says why', async () => {
    const text = `# Notes\n${START}\n${ACTIVITIES}${END}\n`;
    const { summary } = await analyzed(text);
    assert.deepEqual(summaryTableChange(summary, text, 1, '\n'), {
      refused: `The summary table was not updated: the text between ${START} (line 2) and ${END} (line 6) holds review text (line 3), which replacing it would delete. Move that text out of the block, or remove the markers.`,
    });
    assert.equal(summaryTableEdit(summary, text, 1, '\n'), undefined);
  });

  it('markers count only as whole lines outside fences', () => {
    assert.equal(findSummaryBlock(`\`${START}\`\n${END}\n`), undefined);
    assert.equal(findSummaryBlock(`~~~\n${START}\n${END}\n~~~\n`), undefined);
    assert.equal(findSummaryBlock(`> ${START}\n> ${END}\n`), undefined);
    assert.equal(findSummaryBlock(`    ${START}\n${END}\n`), undefined);
    assert.deepEqual(findSummaryBlock(`${START}\r\nx\r\n${START}\r\nt\r\n   ${END}  \r\n`), { start: 35, end: 104, startLine: 3, endLine: 5 });
  });
});

describe('trailing groups and punctuation, read from the end', () => {
  const GROUP = /\s*\([^)]*\)\s*$/u;
  const PUNCTUATION = /[.;,]+$/u;

  it('give what the patterns they replace gave, on every string of (, ), a letter, spaces and stops up to length 7', () => {
    const alphabet = ['(', ')', 'a', ' ', '\t', '.', ';', ','];
    const strings: string[] = [''];
    for (let length = 1; length <= 7; length++) for (const prefix of strings.filter((s) => s.length === length - 1)) for (const char of alphabet) strings.push(prefix + char);
    for (const text of strings) {
      assert.equal(withoutTrailingGroup(text), text.replace(GROUP, ''), JSON.stringify(text));
      assert.equal(withoutTrailingPunctuation(text), text.replace(PUNCTUATION, ''), JSON.stringify(text));
    }
  });

  it('are linear on a heading of open brackets and an outcome of full stops', async () => {
    await assertLinear('heading of "("', (n) => analyzeFresh(`## ${'('.repeat(n)}x\n- 1h Friday thing with Sam\n`), 1500);
    await assertLinear('"Decision:" then stops', (n) => analyzeFresh(`## Week\n- 1h RFC review. Decision: ${'.'.repeat(n)}x${'.'.repeat(n)}\n`), 1500);
  });
});
