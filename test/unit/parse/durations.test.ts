// SPEC §2.2: every duration form, leading and bracketed, and the numbers that
// are never durations.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalDuration, decimalHours, findBracketedDurations, formatMinutes, parseLeadingDuration } from '../../../src/core';
import { tokenRange } from '../../../src/core/types';
import { activityAt, analyze, at, byRule, counted } from '../helpers';
import { DURATION_FORMS } from './durationCases';
import { findMalformedLeadingDuration, readLeadingDuration } from '../../../src/core/parse/durations';

const section = (item: string) => `# Recruiting\n${item}\n`;

describe('duration tokens', () => {
  for (const [token, minutes] of DURATION_FORMS) {
    it(`leading "${token}" is ${minutes} minutes, with the token's exact range`, async () => {
      const analysis = await analyze(section(`- ${token} Interviewed a candidate`));
      const activity = activityAt(analysis, 2);
      assert.equal(activity.minutes, minutes);
      assert.equal(activity.leading?.text, token);
      assert.deepEqual(activity.leading && tokenRange(activity.leading), { start: { line: 2, column: 3 }, end: { line: 2, column: 3 + token.length } });
      assert.equal(activity.text, 'Interviewed a candidate');
      assert.equal(activity.textColumn, 4 + token.length);
    });
    it(`bracketed "(${token})" and "[${token}]" are ${minutes} minutes`, async () => {
      for (const [open, close] of [['(', ')'], ['[', ']']]) {
        const analysis = await analyze(section(`- Interviewed a candidate ${open}${token}${close}`));
        const activity = activityAt(analysis, 2);
        assert.equal(activity.minutes, minutes);
        assert.equal(activity.leading, undefined);
        assert.deepEqual(activity.bracketed && tokenRange(activity.bracketed), { start: { line: 2, column: 27 }, end: { line: 2, column: 29 + token.length } });
        assert.equal(activity.text, 'Interviewed a candidate');
      }
    });
  }

  it('parses at the start of a string only when the token stands alone', () => {
    assert.deepEqual(parseLeadingDuration('2h30m x'), { text: '2h30m', minutes: 150, index: 0 });
    assert.equal(parseLeadingDuration('2h-long x'), undefined);
    assert.equal(parseLeadingDuration('2h/week x'), undefined);
    assert.equal(parseLeadingDuration('45%'), undefined);
    assert.equal(parseLeadingDuration('x 2h'), undefined);
  });

  it('finds bracketed tokens with their offsets', () => {
    assert.deepEqual(findBracketedDurations('a (2h) b [45m]').map((d) => [d.text, d.minutes, d.index]), [['(2h)', 120, 2], ['[45m]', 45, 9]]);
    assert.deepEqual(findBracketedDurations('[x] [2h](http://x) (2h]'), []);
  });

  it('formats minutes as h:mm, canonical tokens and decimal hours', () => {
    assert.equal(formatMinutes(390), '6h 30m');
    assert.equal(formatMinutes(45), '45m');
    assert.equal(formatMinutes(120), '2h');
    assert.equal(formatMinutes(-90), '−1h 30m');
    assert.equal(canonicalDuration(150), '2h30m');
    assert.equal(decimalHours(390), 6.5);
    assert.equal(decimalHours(100), 1.67);
  });
});

describe('leading and bracketed together', () => {
  it('agreeing durations count once and raise nothing', async () => {
    const analysis = await analyze(section('- 1h Partner sync (1h)'));
    assert.deepEqual(counted(analysis), [[2, 60]]);
    assert.equal(analysis.document.totalMinutes, 60);
    assert.deepEqual(byRule(analysis, 'duration-conflict'), []);
  });

  it('equal values in different spellings agree', async () => {
    const analysis = await analyze(section('- 1h30m Partner sync (1:30)'));
    assert.equal(analysis.document.totalMinutes, 90);
    assert.deepEqual(byRule(analysis, 'duration-conflict'), []);
  });

  it('differing durations are a duration-conflict at the bracketed token; the leading one counts', async () => {
    const analysis = await analyze(section('- 1h Partner sync (2h)'));
    assert.deepEqual(counted(analysis), [[2, 60]]);
    const [conflict, ...rest] = byRule(analysis, 'duration-conflict');
    assert.deepEqual(rest, []);
    assert.deepEqual(at(conflict), [2, 19, 2, 23]);
    assert.equal(conflict?.severity, 'warning');
    assert.match(conflict?.message ?? '', /1h.*\(2h\).*leading one counts/);
  });

  it('after a checkbox the leading duration starts after "[x] "', async () => {
    const analysis = await analyze(section('- [x] 2h Interviewed (3h)'));
    const activity = activityAt(analysis, 2);
    assert.equal(activity.minutes, 120);
    assert.deepEqual(activity.leading && tokenRange(activity.leading), { start: { line: 2, column: 7 }, end: { line: 2, column: 9 } });
    assert.deepEqual(at(byRule(analysis, 'duration-conflict')[0]), [2, 22, 2, 26]);
  });
});

describe('numbers that are never durations', () => {
  const traps = [
    '- 10m ARR pipeline reviewed',
    '- 3 teams met',
    '- Q1 planning',
    '- 9:30am standup',
    '- met 3 teams for 2h',
    '- shipped v2.1 in 45 days',
    '- [x] Reviewed the hiring plan',
    '- [2h](https://example.com) link text',
    '- `2h` in inline code',
    '- note `(2h)` in inline code',
    '- 2h-long workshop',
    '- 50% of 2h',
  ];
  for (const trap of traps) {
    it(`"${trap}" is a note, not an activity`, async () => {
      const analysis = await analyze(section(trap));
      assert.deepEqual(analysis.document.activities, []);
      assert.equal(analysis.document.totalMinutes, 0);
      assert.deepEqual(byRule(analysis, 'invalid-duration'), []);
      // One hint: missing-duration, or buried-duration where a duration is mentioned ("for 2h").
      const hint = [...byRule(analysis, 'missing-duration'), ...byRule(analysis, 'buried-duration')];
      assert.equal(hint.length, 1);
      assert.equal(hint[0]?.severity, 'hint');
    });
  }

  it('durations in fenced and indented code blocks are ignored', async () => {
    const text = '# Recruiting\n```\n- 2h in a fence\n```\n~~~md\n- 3h in a tilde fence\n~~~\n\n    - 4h indented code\n\n- 1h real\n';
    const analysis = await analyze(text);
    assert.deepEqual(counted(analysis), [[11, 60]]);
  });
});

describe('invalid durations', () => {
  const cases: [string, number, number, string, string | undefined][] = [
    // item, start column, end column, problem, replacement
    ['- 2h75m Interviews', 3, 8, 'the minutes part (75) must be below 60', undefined],
    ['- 1:75 Interviews', 3, 7, 'the minutes part (75) must be below 60', undefined],
    ['- 0h Interviews', 3, 5, 'a duration must be at least one minute', undefined],
    ['- 2h30 Interviews', 3, 7, 'it does not match any duration form', '2h30m'],
    ['- 1:5 Interviews', 3, 6, 'it does not match any duration form', '1:05'],
    ['- 3hrs45 Interviews', 3, 9, 'it does not match any duration form', '3h45m'],
    ['- Interviews (2h75m)', 14, 21, 'the minutes part (75) must be below 60', undefined],
    ['- Interviews [0m]', 14, 18, 'a duration must be at least one minute', undefined],
  ];
  for (const [item, column, endColumn, problem, replacement] of cases) {
    it(`"${item}" is invalid-duration at 2:${column}-${endColumn} and not counted`, async () => {
      const analysis = await analyze(section(item));
      const diagnostics = byRule(analysis, 'invalid-duration');
      assert.equal(diagnostics.length, 1);
      assert.deepEqual(at(diagnostics[0]), [2, column, 2, endColumn]);
      assert.equal(diagnostics[0]?.severity, 'warning');
      assert.ok(diagnostics[0]?.message.includes(problem), diagnostics[0]?.message);
      assert.equal(diagnostics[0]?.data?.replacement, replacement);
      assert.equal(analysis.document.totalMinutes, 0);
      assert.deepEqual(byRule(analysis, 'missing-duration'), []);
    });
  }

  it('an invalid leading duration does not hide a valid bracketed one', async () => {
    const analysis = await analyze(section('- 2h75m Interviews (2h)'));
    assert.deepEqual(counted(analysis), [[2, 120]]);
    assert.deepEqual(at(byRule(analysis, 'invalid-duration')[0]), [2, 3, 2, 8]);
  });
});

describe('a leading duration starts with a digit, or ~, ≈, * or _ before one', () => {
  // readLeadingDuration lets any other first character go before its expressions: each first character it keeps still reads.
  it('reads every form it keeps, and nothing after another first character', () => {
    const read = (text: string) => [readLeadingDuration(text)?.text, readLeadingDuration(text)?.problem !== undefined, findMalformedLeadingDuration(text)];
    assert.deepEqual(['~2h x', '≈ 2h x', '**2h** x', '__2h__ x', '_2h_ x', '*2h* x', '2h x', '2-3h x', '9:00-10:30 x'].map(read), [
      ['~2h', false, undefined], ['≈ 2h', false, undefined], ['**2h**', false, undefined], ['__2h__', false, undefined], ['_2h_', false, undefined], ['*2h*', false, undefined], ['2h', false, undefined], ['2-3h', true, undefined], ['9:00-10:30', true, undefined],
    ]);
    assert.deepEqual(['1h30 x', '1:1 x', 'x 2h', '(2h) x', ' 2h x', '-2h x', '１h x'].map(read), [
      [undefined, false, '1h30'], [undefined, false, undefined], [undefined, false, undefined], [undefined, false, undefined], [undefined, false, undefined], [undefined, false, undefined], [undefined, false, undefined],
    ]);
  });
});
