// SPEC §2.2: which list items are activities, nesting (time counted once),
// planned items, and the missing-duration hint.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activityAt, analyze, at, byRule, counted } from '../helpers';

describe('nesting', () => {
  it('counts nested activities, not the parent, and flags a parent whose own duration differs', async () => {
    const analysis = await analyze('# Culture\n- 3h Offsite\n  - 1h Planning session\n  - 1h Retro\n- 2h Mentoring\n');
    assert.deepEqual(counted(analysis), [[3, 60], [4, 60], [5, 120]]);
    assert.equal(analysis.document.totalMinutes, 240);
    const parent = activityAt(analysis, 2);
    assert.equal(parent.counted, false);
    assert.equal(parent.minutes, 120);
    assert.equal(parent.declaredMinutes, 180);
    assert.equal(parent.hasChildActivities, true);
    assert.equal(activityAt(analysis, 3).parentLine, 2);
    const [mismatch, ...rest] = byRule(analysis, 'duration-mismatch');
    assert.deepEqual(rest, []);
    assert.deepEqual(at(mismatch), [2, 3, 2, 5]);
    assert.equal(mismatch?.data?.replacement, '2h');
  });

  it('a parent whose duration equals the sum raises nothing', async () => {
    const analysis = await analyze('# Culture\n- Offsite (2h)\n  - 1h Planning\n  - 1h Retro\n');
    assert.deepEqual(counted(analysis), [[3, 60], [4, 60]]);
    assert.deepEqual(byRule(analysis, 'duration-mismatch'), []);
  });

  it('counts any depth once, through notes without durations', async () => {
    const analysis = await analyze('# Culture\n- Offsite\n  - 1h Planning\n    - 30m Agenda\n    - 30m Slides\n  - 1h Retro\n    1. 20m Ordered deep\n       - [x] 10m Deepest\n');
    assert.deepEqual(counted(analysis), [[4, 30], [5, 30], [8, 10]]);
    assert.equal(analysis.document.totalMinutes, 70);
    assert.deepEqual(analysis.document.activities.map((a) => [a.line, a.depth, a.parentLine]), [[3, 2, undefined], [4, 3, 3], [5, 3, 3], [6, 2, undefined], [7, 3, 6], [8, 4, 7]]);
    // 1h Retro declares 60 but holds 10 (its nested 20m holds the 10m).
    assert.deepEqual(byRule(analysis, 'duration-mismatch').map((d) => d.range.start.line), [6, 7]);
  });

  it('ordered lists and GFM task items are activities', async () => {
    const analysis = await analyze('# Culture\n1. 1h First\n2) 2h Second\n- [x] 30m Done task\n- [X] 15m Done too\n* 5m Star\n+ 5m Plus\n');
    assert.deepEqual(counted(analysis), [[2, 60], [3, 120], [4, 30], [5, 15], [6, 5], [7, 5]]);
    assert.equal(activityAt(analysis, 4).checked, true);
    assert.equal(activityAt(analysis, 2).checked, undefined);
  });
});

describe('planned items', () => {
  it('unchecked tasks and everything under them are not counted', async () => {
    const analysis = await analyze('# Culture\n- [ ] 2h Planned offsite\n  - [x] 1h Child of planned\n- [x] 1h Done\n  - [ ] 30m Planned child\n  - [x] 30m Done child\n- [ ] 45m Planned leaf\n');
    assert.deepEqual(counted(analysis), [[6, 30]]);
    assert.equal(analysis.document.totalMinutes, 30);
    assert.equal(activityAt(analysis, 7).counted, false);
    assert.equal(activityAt(analysis, 7).checked, false);
    assert.equal(activityAt(analysis, 3).counted, false);
  });

  it('planned time shows in the summary as planned, not logged', async () => {
    const { fixture } = await import('../helpers');
    const { service } = fixture();
    const analysis = await service.analyze('/r/2026-W47.md', '# Culture\n- [ ] 2h Planned\n- [x] 1h Done\n');
    const summary = service.summarize(analysis);
    assert.equal(summary?.totalMinutes, 60);
    assert.equal(summary?.plannedMinutes, 120);
  });
});

describe('code blocks', () => {
  it('items inside fences (also in list items and quotes) are ignored', async () => {
    const text = [
      '# Culture',
      '- 1h Real',
      '  ```',
      '  - 5h in a fence inside an item',
      '  ```',
      '> ```',
      '> - 5h in a quoted fence',
      '> ```',
      '   ~~~',
      '- 5h in an indented fence',
      '   ~~~',
      '',
      '    - 5h indented code',
      '',
      '- 2h Real too',
    ].join('\n');
    const analysis = await analyze(text);
    assert.deepEqual(counted(analysis), [[2, 60], [15, 120]]);
  });
});

describe('missing-duration', () => {
  it('hints only top-level items in a category section', async () => {
    const text = '- Preamble note\n# Culture\n- A note without time\n  - nested note\n- [ ] Planned without time\n- Container\n  - 1h Child\n- Outcome: not an item hint\n# Random heading\n- Uncategorized note\n';
    const analysis = await analyze(text);
    const hints = byRule(analysis, 'missing-duration');
    assert.deepEqual(hints.map(at), [[3, 3, 3, 22]]);
    assert.equal(hints[0]?.severity, 'hint');
  });

  it('hints under a category heading nested in a non-category one, with the exact item range', async () => {
    const analysis = await analyze('# Week\n## Hiring\n* [x] Sourced candidates   \n');
    assert.deepEqual(byRule(analysis, 'missing-duration').map(at), [[3, 7, 3, 25]]);
  });
});
