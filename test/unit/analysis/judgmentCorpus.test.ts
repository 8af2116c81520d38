// Judgment: a floor on the tuning part of the labelled corpus (the held-out
// part is scored by `npm run eval`, not here), and the failure classes of
// issue 9 as small, exact cases.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeCorpus, scoreItems } from '../../../scripts/judgmentEval';
import { activityHover, createReviewService, type Rubric } from '../../../src/core';
import { activityAt } from '../helpers';

const service = createReviewService({ readFile: async () => undefined });

async function judged(markdown: string, line: number) {
  return activityAt(await service.analyze('/r/2026-W47.md', markdown), line);
}

describe('the labelled corpus, tuning part', () => {
  it('keeps precision and recall of low-value-item at or above the floor, overall and per writer', async () => {
    const items = await judgeCorpus(['tuning']);
    const overall = scoreItems(items);
    assert.ok(items.length >= 5000, `corpus shrank to ${items.length} items`);
    // The tuning part holds the 278 writers that are no longer held out (6,665 items; P 0.954, R 0.925 when this floor was set).
    assert.ok(overall.precision >= 0.945 && overall.recall >= 0.92, `overall P ${overall.precision.toFixed(2)} R ${overall.recall.toFixed(2)}`);
    // The writers of the category corpus write naturally (the essay's examples, plain-word and arrow-gamed outcomes): a lower floor each.
    // The lowest: video-game-engine-director (P 0.40: design reviews and build-vs-buy with no stated result, which both labellers
    // called worthy and the rubric's clear-outcome fails) and charity-fundraising-platform-cto (R 0.50).
    for (const writer of new Set(items.map((i) => i.writer))) {
      const scores = scoreItems(items.filter((i) => i.writer === writer));
      assert.ok(scores.precision >= 0.4 && scores.recall >= 0.5, `${writer}: P ${scores.precision.toFixed(2)} R ${scores.recall.toFixed(2)}`);
    }
  });
});

describe('evidence is treated honestly (issue 9 failure classes)', () => {
  it('a category alone does not rescue plain-verb logistics', async () => {
    const activity = await judged('## Engineering culture\n- 1h Booked the venue and catering for the team dinner\n', 2);
    assert.equal(activity.lowValue, true);
    assert.equal(activity.score, 0);
    assert.deepEqual(activity.criteria?.filter((c) => c.verdict === 'fail').map((c) => c.id), ['mission-big-way', 'strategic', 'not-mired-in-details', 'clear-outcome', 'measurable-outcome']);
  });

  it('grand words alone do not make small work worthy: their passes are not counted without an outcome', async () => {
    const activity = await judged('## Engineering culture\n- 1h Org-wide strategic review of our Slack emoji set\n', 2);
    assert.equal(activity.lowValue, true);
    const scope = activity.criteria?.find((c) => c.id === 'company-wide-scope');
    assert.equal(scope?.verdict, 'unknown');
    assert.equal(scope?.evidence, '"org-wide" — not counted: no outcome backs it');
  });

  it('passive time that produced nothing is low; the same meeting with a decision is worthy', async () => {
    assert.equal((await judged('## Other departments\n- 1h Sat in on the marketing QBR\n', 2)).lowValue, true);
    const decided = await judged('## Other departments\n- 1h Marketing QBR → agreed the 2027 launch calendar with the CMO, 3 launches committed\n', 2);
    assert.equal(decided.lowValue, false);
    assert.equal(decided.criteria?.find((c) => c.id === 'measurable-outcome')?.evidence, 'outcome "agreed the 2027 launch calendar with the CMO, 3 launches committed" names "2027", "3 launches committed"');
  });

  it('a result stated in plain words counts as an outcome, and a negated one does not', async () => {
    const stated = await judged('## Architecture\n- 1h Decided with Kenji: metadata moves to Aurora by Nov 15, saves $6k/mo\n', 2);
    assert.equal(stated.lowValue, false);
    assert.equal(stated.criteria?.find((c) => c.id === 'clear-outcome')?.evidence, 'outcome in its own words: "metadata moves to Aurora by Nov 15, saves $6k/mo"');
    const negated = await judged('## Partners\n- 1h Call with the cloud rep. They pitched, nothing agreed.\n', 2);
    assert.equal(negated.lowValue, true);
    assert.equal(negated.criteria?.find((c) => c.id === 'clear-outcome')?.evidence, 'no result: "pitched", "nothing", "no agreed"');
  });

  it('worthy work with a concrete result is not flagged for a detail word', async () => {
    const activity = await judged('## Sales & customers\n- 2h Fixed the SSO bug blocking our largest customer → 3,000 seats live, renewal signed\n', 2);
    assert.equal(activity.lowValue, false);
    assert.equal(activity.criteria?.find((c) => c.id === 'not-mired-in-details')?.verdict, 'fail');
  });

  it('a number that counts a detail does not make an outcome measurable', async () => {
    const activity = await judged('## Operations\n- 1h Renamed Jira labels → 14 labels renamed\n', 2);
    assert.equal(activity.criteria?.find((c) => c.id === 'clear-outcome')?.evidence, 'the outcome "14 labels renamed" only restates the activity');
    assert.equal(activity.criteria?.find((c) => c.id === 'measurable-outcome')?.evidence, 'no clear result to measure');
    assert.equal(activity.lowValue, true);
  });

  it('advice written for the built-in rubric does not appear under a custom rubric (it is the hover\'s last part)', async () => {
    const custom = createReviewService({ readFile: async (path) => (path === '/t/team.yaml' ? 'extends: cto\nname: team\n' : undefined) });
    const analysis = await custom.analyze('/t/2026-W47.md', '---\nrubric: team.yaml\n---\n## Operations\n- 1h Tweaked staging logging config\n');
    const advice = activityHover(analysis, { line: 5, column: 6 })?.parts.at(-1) ?? '';
    assert.equal(advice, 'Note the outcome it produced, or justify it with \\<\\!\\-\\- worthy: reason \\-\\-\\>\\.');
    const builtin = activityHover(await service.analyze('/r/2026-W47.md', '## Operations\n- 1h Tweaked staging logging config\n'), { line: 2, column: 6 })?.parts.at(-1) ?? '';
    assert.match(builtin, /worth a CTO's time/);
  });

  it('a Problems row says why in words, in at most 100 characters', async () => {
    const analysis = await service.analyze('/r/2026-W47.md', '## Operations\n- 1h Debugged a flaky CSS test on my branch\n- 2h Cleaned up my inbox\n- 1h Coffee with the team → 2 coffees\n');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'low-value-item').map((d) => d.message), [
      'Low value: hands-on, admin or passive work (“debugged”), no outcome stated',
      'Low value: hands-on, admin or passive work (“cleaned”), no outcome stated',
      'Low value: the outcome only restates it',
    ]);
  });

  it('a rubric without requireOutcome keeps word evidence without an outcome', async () => {
    const rubric: Rubric = { ...(await service.resolveRubric('/r/2026-W47.md', '')).ok ? ((await service.resolveRubric('/r/2026-W47.md', '')) as { rubric: Rubric }).rubric : ({} as Rubric), requireOutcome: false };
    const analysis = service.analyzeWith('/r/2026-W47.md', '## Engineering culture\n- 1h Org-wide strategic review of our Slack emoji set\n', { ok: true, rubric, file: 'test' });
    assert.equal(activityAt(analysis, 2).criteria?.find((c) => c.id === 'company-wide-scope')?.verdict, 'pass');
  });
});
