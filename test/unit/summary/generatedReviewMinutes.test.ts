// Issue 8's property suite: generated reviews that carry their own ground
// truth. Every generated item knows the minutes it must count (durations in
// every form, times of day, 1:1s, money metrics, planned tasks, nesting,
// items hidden in closed and unclosed fences), documents mix LF and CRLF, and
// the engine must count exactly the sum, section by section and as a whole.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { builtinRubric, createReviewService } from '../../../src/core';
import { runs } from '../propertyRuns';

const sectioned = createReviewService({ readFile: async () => undefined });
const whole = createReviewService({ readFile: async () => undefined }, { sectioned: false });
const resolution = { ok: true as const, rubric: builtinRubric(), file: 'built-in' };
const RUNS = runs(150);

interface Piece {
  lines: string[];
  minutes: number;
}

const words = fc.constantFrom('Interviewed two candidates', 'Planning with finance', 'Career ladder calibration', 'Reviewed the hiring plan', 'Customer escalation', 'Wrote the strategy memo');
const bullet = fc.constantFrom('- ', '* ', '+ ', '1. ', '- [x] ');

/** A leading duration as written, with its minutes. */
const leading = fc.constantFrom<[string, number]>(
  ['2h', 120], ['1.5h', 90], ['1,5h', 90], ['2h30m', 150], ['2h 30m', 150], ['45m', 45], ['90min', 90], ['1:30', 90], ['0:45', 45],
  ['3 hours', 180], ['40 mins', 40], ['~2h', 120], ['**2h**', 120], ['2h:', 120], ['_45m_', 45], ['12:00', 720], ['168h', 10_080],
);
const bracketed = fc.constantFrom<[string, number]>(['(45m)', 45], ['[2h]', 120], ['(1h30m)', 90], ['(~1h)', 60], ['(1:15)', 75]);

/** One top-level item and its truth. */
const simpleItem: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(bullet, leading, words).map(([b, [d, m], w]) => ({ lines: [`${b}${d} ${w}`], minutes: m })),
  fc.tuple(bullet, words, bracketed).map(([b, w, [d, m]]) => ({ lines: [`${b}${w} ${d}`], minutes: m })),
  fc.tuple(bullet, leading, words).map(([b, [d, m], w]) => ({ lines: [`${b}${d} ${w} → ladder adopted by 12 teams`], minutes: m })),
  // Times of day: beside a bracketed duration, or alone from 13:00 on.
  fc.tuple(bullet, fc.constantFrom('9:30', '14:00', '16:45', '8:00'), words, bracketed).map(([b, t, w, [d, m]]) => ({ lines: [`${b}${t} ${w} ${d}`], minutes: m })),
  fc.tuple(bullet, fc.constantFrom('14:00', '13:30', '9:30 am', '23:15'), words).map(([b, t, w]) => ({ lines: [`${b}${t} ${w}`], minutes: 0 })),
  // 1:1s are meetings.
  fc.tuple(bullet, fc.constantFrom('1:1', '1-1', '1on1', '1-on-1'), bracketed).map(([b, o, [d, m]]) => ({ lines: [`${b}${o} with Sam ${d}`], minutes: m })),
  fc.tuple(bullet, fc.constantFrom('1:1', '1-1', '1on1')).map(([b, o]) => ({ lines: [`${b}${o} with Sam`], minutes: 0 })),
  // Money metrics are not minutes; count words are.
  fc.tuple(bullet, fc.constantFrom('10m ARR pipeline reviewed', '5m in revenue booked', '$2m deal closed', '3 teams met')).map(([b, t]) => ({ lines: [`${b}${t}`], minutes: 0 })),
  fc.tuple(bullet, fc.constantFrom<[string, number]>(['45m Events team sync', 45], ['30m requests triage', 30], ['20m customers escalation review', 20]), fc.constant(0)).map(([b, [t, m]]) => ({ lines: [`${b}${t}`], minutes: m })),
  // Not countable: planned tasks, invalid and near-miss durations, link text.
  fc.tuple(leading, words).map(([[d], w]) => ({ lines: [`- [ ] ${d} ${w}`], minutes: 0 })),
  fc.tuple(bullet, fc.constantFrom('2h75m', '2h-3h', '3 x 30m', '2,000m', '169h', '0h', '1h 1h'), words).map(([b, d, w]) => ({ lines: [`${b}${d} ${w}`], minutes: 0 })),
  fc.tuple(bullet, words).map(([b, w]) => ({ lines: [`${b}[runbook (1h)](https://example.com) ${w}`], minutes: 0 })),
  fc.tuple(bullet, words).map(([b, w]) => ({ lines: [`${b}${w}`], minutes: 0 })),
);

/** A parent with nested activities: the children count, the parent does not. */
const nested: fc.Arbitrary<Piece> = fc.tuple(fc.boolean(), words, fc.array(fc.tuple(leading, words), { minLength: 1, maxLength: 3 })).map(([declared, w, children]) => {
  const sum = children.reduce((total, [[, m]]) => total + m, 0);
  const head = declared ? `- ${sum >= 60 && sum % 60 === 0 ? `${sum / 60}h` : `${sum}m`} ${w}` : `- ${w}`;
  return { lines: [head, ...children.map(([[d], cw]) => `  - ${d} ${cw}`)], minutes: sum };
});

/** Items inside a closed fence count nothing. */
const fenced: fc.Arbitrary<Piece> = fc.tuple(fc.constantFrom('```', '~~~', '```sh'), fc.array(fc.tuple(leading, words), { minLength: 1, maxLength: 3 })).map(([fence, items]) => ({
  lines: ['', fence, ...items.map(([[d], w]) => `- ${d} ${w}`), fence.slice(0, 3), ''],
  minutes: 0,
}));

const heading = fc.constantFrom('# Recruiting', '## Engineering culture', '## Misc', '### Notes 🚀', '## Sales & customers').map((line): Piece => ({ lines: ['', line], minutes: 0 }));

const piece = fc.oneof({ weight: 8, arbitrary: simpleItem }, { weight: 2, arbitrary: nested }, { weight: 1, arbitrary: fenced }, { weight: 2, arbitrary: heading });

/** A whole review: optional front matter, pieces, maybe an unclosed fence hiding a tail, LF or CRLF. */
const review = fc.tuple(
  fc.constantFrom('', '---\nweek: 2026-W47\n---\n', '\ufeff---\nweek: 2026-W47\nhours: 40\n---\n'),
  fc.array(piece, { minLength: 1, maxLength: 25 }),
  fc.option(fc.array(simpleItem, { minLength: 1, maxLength: 3 })),
  fc.constantFrom('\n', '\r\n'),
).map(([frontMatter, pieces, hiddenTail, eol]) => {
  const lines = pieces.flatMap((p) => p.lines);
  if (hiddenTail) lines.push('', '```sh', ...hiddenTail.flatMap((p) => p.lines));
  const text = (frontMatter + lines.join('\n') + '\n').replace(/\n/g, eol);
  return { text, minutes: pieces.reduce((total, p) => total + p.minutes, 0) };
});

describe('generated reviews count exactly their ground-truth minutes', () => {
  it('section by section and as one document', () => {
    fc.assert(fc.property(review, ({ text, minutes }) => {
      const analysis = sectioned.analyzeWith('/r/2026-W47.md', text, resolution);
      assert.equal(analysis.document.totalMinutes, minutes, text);
      assert.equal(whole.analyzeWith('/r/2026-W47.md', text, resolution).document.totalMinutes, minutes, text);
      const summary = sectioned.summarize(analysis);
      assert.ok(summary && Number.isFinite(summary.totalHours) && summary.categories.every((c) => Number.isFinite(c.share)));
    }), { numRuns: RUNS });
  });
});
