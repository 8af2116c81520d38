// Issue 8, "wrong numbers": every reading of a duration that used to count
// the wrong minutes (or none, silently), each pinned by the minutes it must
// count and the diagnostic it must (or must not) raise.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readLeadingDuration } from '../../../src/core/parse/durations';
import { parseSectionSyntax } from '../../../src/core/parse/sectionSyntax';
import { analyze, byRule, counted } from '../helpers';

const section = (...items: string[]) => `# Recruiting\n${items.join('\n')}\n`;
const firstItem = (line: string) => parseSectionSyntax(`${line}\n`).items[0];

describe('leading Nm followed by a noun', () => {
  for (const [item, minutes] of [['- 45m Events team sync', 45], ['- 30m requests triage with support', 30], ['- 20m customers escalation review', 20], ['- 15m lines of feedback on the doc', 15]] as const) {
    it(`"${item}" counts ${minutes} minutes`, async () => {
      const analysis = await analyze(section(item));
      assert.deepEqual(counted(analysis), [[2, minutes]]);
      assert.deepEqual(byRule(analysis, 'missing-duration'), []);
    });
  }

  it('"10m ARR" and "5m in revenue" are money, not minutes', async () => {
    const analysis = await analyze(section('- 10m ARR pipeline reviewed', '- 5m in revenue from the deal'));
    assert.deepEqual(counted(analysis), []);
  });

  it('"10m users" counts 10 minutes and carries a note saying it could be millions', async () => {
    const analysis = await analyze(section('- 10m users onboarding review'));
    assert.deepEqual(counted(analysis), [[2, 10]]);
    assert.match(firstItem('- 10m users onboarding review')?.leading?.note ?? '', /could mean millions.*10 minutes/);
  });
});

describe('times of day', () => {
  it('"- 14:00 design review" counts nothing and says it is a time of day', async () => {
    const analysis = await analyze(section('- 14:00 design review'));
    assert.equal(analysis.document.totalMinutes, 0);
    const [warning, ...rest] = byRule(analysis, 'invalid-duration');
    assert.deepEqual(rest, []);
    assert.match(warning?.message ?? '', /14:00 reads as a time of day/);
  });

  it('"- 9:30 standup (15m)" counts the bracketed 15m, silently', async () => {
    const analysis = await analyze(section('- 9:30 standup (15m)'));
    assert.deepEqual(counted(analysis), [[2, 15]]);
    assert.deepEqual(byRule(analysis, 'duration-conflict'), []);
    assert.deepEqual(byRule(analysis, 'invalid-duration'), []);
  });

  it('edges: 12:30 alone is a duration, 13:00 is a time, am/pm makes a time, 24:00 is a duration', () => {
    assert.equal(readLeadingDuration('12:30 lunch with the team')?.minutes, 750);
    assert.match(readLeadingDuration('13:00 lunch')?.problem ?? '', /time of day/);
    assert.match(readLeadingDuration('9:30 am standup')?.problem ?? '', /time of day/);
    assert.equal(readLeadingDuration('24:00 on-call shift')?.problem, undefined);
    assert.equal(readLeadingDuration('24:00 on-call shift')?.minutes, 1440);
  });

  it('"- 9:00-10:30 planning" is a time range with the duration as the fix', () => {
    const leading = firstItem('- 9:00-10:30 planning')?.leading;
    assert.match(leading?.problem ?? '', /time range/);
    assert.equal(leading?.fix, '1h30m');
  });
});

describe('1:1, 1-1 and 1on1 are meetings', () => {
  for (const item of ['- 1:1 with Sam (30m)', '- 1-1 with Sam (30m)', '- 1on1 with Sam (30m)', '- 1-on-1 with Sam (30m)']) {
    it(`"${item}" counts its 30m and is not an invalid duration`, async () => {
      const analysis = await analyze(section(item));
      assert.deepEqual(counted(analysis), [[2, 30]]);
      assert.deepEqual(byRule(analysis, 'invalid-duration'), []);
    });
  }

  it('"- 1:5 standup" is still a malformed duration', async () => {
    const analysis = await analyze(section('- 1:5 standup'));
    assert.equal(byRule(analysis, 'invalid-duration').length, 1);
  });
});

describe('overflow and the 168h cap', () => {
  it('a 400-digit hours value is invalid, and every number stays finite', async () => {
    const { fixture } = await import('../helpers');
    const { service } = fixture();
    const analysis = await service.analyze('/r/2026-W47.md', section(`- ${'9'.repeat(400)}h Interviews`, '- 1h Sourcing'));
    assert.equal(analysis.document.totalMinutes, 60);
    assert.match(byRule(analysis, 'invalid-duration')[0]?.message ?? '', /168h/);
    const summary = service.summarize(analysis);
    const numbers = JSON.stringify(summary).match(/-?\d[\d.e+-]*|null|NaN|Infinity/g) ?? [];
    assert.ok(!numbers.some((n) => n === 'null' || n === 'NaN' || n === 'Infinity'), JSON.stringify(summary));
  });

  it('168h is the most one item can take: 169h and 100000h are invalid', async () => {
    const analysis = await analyze(section('- 168h On-call week', '- 169h Too long', '- 100000h Way too long', '- Long (10081m)'));
    assert.deepEqual(counted(analysis), [[2, 168 * 60]]);
    assert.equal(byRule(analysis, 'invalid-duration').length, 3);
  });
});

describe('smaller traps (docs/FORMAT.md: "How durations are read")', () => {
  it('"2,000m" is an invalid duration (thousands separator), fixed to 33h20m', async () => {
    const analysis = await analyze(section('- 2,000m Migration'));
    assert.equal(analysis.document.totalMinutes, 0);
    assert.match(byRule(analysis, 'invalid-duration')[0]?.message ?? '', /thousands separator/);
    assert.equal(firstItem('- 2,000m Migration')?.leading?.fix, '33h20m');
    assert.equal(readLeadingDuration('1,5h x')?.minutes, 90);
  });

  it('"(2h) [30m]": the first counts and the second is reported', async () => {
    const analysis = await analyze(section('- Planning (2h) [30m]'));
    assert.deepEqual(counted(analysis), [[2, 120]]);
    assert.match(byRule(analysis, 'invalid-duration')[0]?.message ?? '', /one duration; the first one, \(2h\), counts/);
  });

  it('"1h 1h" is two durations in a row: reported, not silently 60', async () => {
    const analysis = await analyze(section('- 1h 1h Planning'));
    assert.match(byRule(analysis, 'invalid-duration')[0]?.message ?? '', /two durations in a row/);
  });

  for (const [item, minutes] of [['- ~2h Planning', 120], ['- **2h** Planning', 120], ['- 2h: Planning', 120], ['- _45m_ Planning', 45], ['- Planning (~2h)', 120]] as const) {
    it(`"${item}" counts ${minutes} minutes`, async () => {
      const analysis = await analyze(section(item));
      assert.deepEqual(counted(analysis), [[2, minutes]]);
      assert.equal(analysis.document.activities[0]?.text, 'Planning');
    });
  }

  for (const [item, fix, problem] of [['- 2h-3h Planning', '2h30m', /range/], ['- 3 x 30m Interviews', '1h30m', /product/], ['- 3x30m Interviews', '1h30m', /product/]] as const) {
    it(`"${item}" is an invalid duration with the fix ${fix}, not a note`, async () => {
      const analysis = await analyze(section(item));
      assert.equal(analysis.document.totalMinutes, 0);
      assert.match(byRule(analysis, 'invalid-duration')[0]?.message ?? '', problem);
      assert.deepEqual(byRule(analysis, 'missing-duration'), []);
      assert.equal(firstItem(item)?.leading?.fix, fix);
    });
  }

  it('"[runbook (1h)](url)" is link text, like "[2h](url)": not a duration', async () => {
    const analysis = await analyze(section('- [runbook (1h)](https://example.com) updated', '- [2h](https://example.com) link'));
    assert.deepEqual(counted(analysis), []);
  });
});

describe('ranges and near-misses in brackets', () => {
  for (const [item, fix, problem] of [['- Offsite (8-9 hours)', '(8h30m)', /range/], ['- Reading (1-1.5 hours)', '(1h15m)', /range/], ['- Focus (25 mins pomodoro)', '(25m)', /stands alone/]] as const) {
    it(`"${item}" is an invalid duration with the fix ${fix}`, async () => {
      const analysis = await analyze(section(item));
      assert.equal(analysis.document.totalMinutes, 0);
      assert.match(byRule(analysis, 'invalid-duration')[0]?.message ?? '', problem);
      assert.equal(firstItem(item)?.bracketed[0]?.fix, fix);
    });
  }

  it('near-misses are not reported when the item already counts', async () => {
    const analysis = await analyze(section('- 2h Offsite (3 hours late)'));
    assert.deepEqual(counted(analysis), [[2, 120]]);
    assert.deepEqual(byRule(analysis, 'invalid-duration'), []);
  });
});

describe('the outcome arrow', () => {
  it('an arrow after a number or value is a change, not the outcome marker', async () => {
    const analysis = await analyze(section('- 1h Cut p95 800ms -> 300ms', '- 1h Moved the API v1 → v2', '- 1h Cut latency 12 → 5 on checkout → unblocked the launch', '- 1h Outcome in Q3 → ship it'));
    const outcomes = analysis.document.activities.map((a) => a.outcome?.text);
    assert.deepEqual(outcomes, [undefined, undefined, 'unblocked the launch', 'ship it']);
    assert.equal(analysis.document.activities[0]?.text, 'Cut p95 800ms -> 300ms');
  });
});
