// SPEC §2.4 and §2.5: outcomes (arrows and nested "Outcome:" items,
// measurable or not, inherited) and overrides (worthy comments and
// markdownlint-style disable/enable comments).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityAt, analyze, byRule, rulesAt } from '../helpers';

describe('outcomes', () => {
  const text = [
    '# Ops', //                                               1
    '- 1h Incident review → 3 action items with owners', //   2
    '- 1h Sync -> better alignment', //                       3
    '- 1h Launch => done by 2026-12-01', //                   4
    '- 1h Load tests', //                                     5
    '  - Outcome: p95 40% faster', //                         6
    '- 2h Migration → cut over by Dec 1', //                  7
    '  - 1h Dry run', //                                      8
    '  - 1h Cutover', //                                      9
    '- 1h No outcome here', //                               10
    '- 1h Code `a -> b` is not an arrow', //                 11
    '- 1h Outcome in Q3 → ship it in Q3', //                 12
  ].join('\n');

  it('reads arrows, nested Outcome: items and inheritance, with the measure', async () => {
    const analysis = await analyze(text);
    const outcomes = analysis.document.activities.map((a) => [a.line, a.text, a.outcome?.text ?? null, a.outcome?.measurable ?? null, a.outcome?.measure ?? null, a.outcome?.line ?? null, a.outcome?.inheritedFromLine ?? null]);
    assert.deepEqual(outcomes, [
      [2, 'Incident review', '3 action items with owners', true, '3', 2, null],
      [3, 'Sync', 'better alignment', false, null, 3, null],
      [4, 'Launch', 'done by 2026-12-01', true, '2026-12-01', 4, null],
      [5, 'Load tests', 'p95 40% faster', true, '40%', 6, null],
      [7, 'Migration', 'cut over by Dec 1', true, 'Dec 1', 7, null],
      [8, 'Dry run', 'cut over by Dec 1', true, 'Dec 1', 7, 7],
      [9, 'Cutover', 'cut over by Dec 1', true, 'Dec 1', 7, 7],
      [10, 'No outcome here', null, null, null, null, null],
      [11, 'Code `a -> b` is not an arrow', null, null, null, null, null],
      [12, 'Outcome in Q3', 'ship it in Q3', true, 'Q3', 12, null],
    ]);
  });

  it('the outcome criteria see it: clear and measurable pass, missing fails', async () => {
    const analysis = await analyze(text);
    const verdicts = (line: number) => Object.fromEntries((activityAt(analysis, line).criteria ?? []).filter((c) => c.id.endsWith('outcome')).map((c) => [c.id, c.verdict]));
    assert.deepEqual(verdicts(2), { 'clear-outcome': 'pass', 'measurable-outcome': 'pass' });
    assert.deepEqual(verdicts(3), { 'clear-outcome': 'pass', 'measurable-outcome': 'fail' });
    assert.deepEqual(verdicts(8), { 'clear-outcome': 'pass', 'measurable-outcome': 'pass' });
    // No outcome fails both tests: the essay asks for positive evidence, so silence is not neutral.
    assert.deepEqual(verdicts(10), { 'clear-outcome': 'fail', 'measurable-outcome': 'fail' });
    assert.match(activityAt(analysis, 8).criteria?.find((c) => c.id === 'measurable-outcome')?.evidence ?? '', /from the item on line 7/);
  });
});

describe('worthy overrides', () => {
  it('<!-- worthy: reason --> suppresses low-value-item and keeps the reason', async () => {
    const analysis = await analyze('# Ops\n- 2h Cleaned up my inbox <!-- worthy: audit needs it -->\n- 2h Cleaned up my inbox\n- 1h Updated my laptop\n  <!-- worthy: new hire setup -->\n');
    assert.deepEqual(byRule(analysis, 'low-value-item').map((d) => d.range.start.line), [3]);
    assert.equal(activityAt(analysis, 2).worthyReason, 'audit needs it');
    assert.equal(activityAt(analysis, 2).lowValue, false);
    assert.equal(activityAt(analysis, 2).text, 'Cleaned up my inbox');
    assert.equal(activityAt(analysis, 4).worthyReason, 'new hire setup');
    assert.equal(activityAt(analysis, 3).worthyReason, undefined);
  });

  it('a worthy comment on a nested item does not cover its parent', async () => {
    const analysis = await analyze('# Ops\n- 1h Cleaned up my inbox\n  - Fixed typo <!-- worthy: nested -->\n');
    assert.equal(activityAt(analysis, 2).worthyReason, undefined);
    assert.deepEqual(byRule(analysis, 'low-value-item').map((d) => d.range.start.line), [2]);
  });
});

describe('disable and enable comments', () => {
  const inbox = '- 2h Cleaned up my inbox';
  it('disable RULE / enable RULE / disable-next-line, markdownlint style', async () => {
    const text = [
      '# Other', //                                               1
      inbox, //                                                   2
      '<!-- weekly-review-disable low-value-item -->', //         3
      inbox, //                                                   4
      '<!-- weekly-review-enable low-value-item -->', //          5
      inbox, //                                                   6
      '<!-- weekly-review-disable-next-line -->', //              7
      inbox, //                                                   8
      inbox, //                                                   9
      '<!-- weekly-review-disable-next-line uncategorized -->', // 10
      inbox, //                                                  11
      '<!-- weekly-review-disable uncategorized low-value-item -->', // 12
      inbox, //                                                  13
    ].join('\n');
    const analysis = await analyze(text);
    assert.deepEqual(rulesAt(analysis), [
      '2:low-value-item', '2:uncategorized',
      '4:uncategorized',
      '6:low-value-item', '6:uncategorized',
      '9:low-value-item', '9:uncategorized',
      '11:low-value-item',
    ]);
  });

  it('disable without rules silences every rule until enable', async () => {
    const analysis = await analyze(`# Other\n<!-- weekly-review-disable -->\n${inbox}\n<!-- weekly-review-enable -->\n${inbox}\n`);
    assert.deepEqual(rulesAt(analysis), ['5:low-value-item', '5:uncategorized']);
  });

  it('directives inside code are not directives', async () => {
    const analysis = await analyze(`# Other\n\`\`\`\n<!-- weekly-review-disable -->\n\`\`\`\n${inbox}\n`);
    assert.deepEqual(rulesAt(analysis), ['5:low-value-item', '5:uncategorized']);
  });
});
