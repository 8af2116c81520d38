// Hostile input 7: line ends. A review written with CRLF (Windows), CR alone
// or a mix reads exactly as the same review with LF, and costs what it
// costs: the section parser reads line ends as `\n`, so CRLF takes the
// parser-free readings of plain lines too (49,000 items took 13 s of CPU
// with CRLF, 4.4 s with LF). U+2028, U+2029 and U+0085 are not line ends
// (CommonMark and VS Code agree): they stay inside their line.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReviewAnalysis } from '../../../src/core/analysis/analyze';
import { analyze, fixture } from '../helpers';
import { fastest } from './timing';

const REVIEW = [
  '---', 'week: 2026-W47', 'hours: 40', '---',
  '# Recruiting', '- 4h Hiring committee → 3 offers approved', '  - Outcome: two hires', '- 1h Phone screen',
  '', '<!-- weekly-review-disable-next-line low-value-item -->', '- 30m Fixed CSS', '',
  'Ops', '===', '- [x] 2h Fixed the deploy script → builds 40% faster', '  lazy continuation', '```', '- 1h in code', '```',
  '<!--', 'worthy: no', '-->', '## Engineering', '- 1:1 with Sam (30m)', '- 45m Events team sync <!-- worthy: culture -->', '',
].join('\n');

const facts = (analysis: ReviewAnalysis) => JSON.stringify({ diagnostics: analysis.diagnostics, activities: analysis.document.activities });


describe('line ends (hostile input 7)', () => {
  it('CRLF, CR alone and a mix of the three read exactly as LF', async () => {
    const lf = facts(await analyze(REVIEW));
    let mixed = '';
    REVIEW.split('\n').forEach((line, i) => (mixed += line + (['\n', '\r\n', '\r'][i % 3] as string)));
    for (const text of [REVIEW.replace(/\n/g, '\r\n'), REVIEW.replace(/\n/g, '\r'), mixed.slice(0, -1)]) assert.equal(facts(await analyze(text)), lf);
  });

  it('U+2028, U+2029 and U+0085 stay inside their line', async () => {
    const analysis = await analyze('# Ops\n- 1h Release\u2028- 2h x\u2029- 3h y\u0085- 4h z\n');
    assert.deepEqual(analysis.document.activities.map((a) => [a.line, a.minutes]), [[2, 60]]);
  });

  it('a CRLF review costs at most 1.5 times the same review with LF (was 6 times)', async () => {
    const lf = `# Ops\n${'- 1h Fixed the deploy script → builds 40% faster\n'.repeat(6000)}`;
    const crlf = lf.replace(/\n/g, '\r\n');
    await fixture().service.analyze('/r/2026-W47.md', crlf); // warm up
    await fixture().service.analyze('/r/2026-W47.md', lf);
    const lfMs = await fastest(() => fixture().service.analyze('/r/2026-W47.md', lf));
    const crlfMs = await fastest(() => fixture().service.analyze('/r/2026-W47.md', crlf));
    console.log(`    6,000 items: LF ${lfMs.toFixed(0)} ms, CRLF ${crlfMs.toFixed(0)} ms`);
    assert.ok(crlfMs < 1.5 * lfMs + 25, `LF ${lfMs.toFixed(0)} ms, CRLF ${crlfMs.toFixed(0)} ms`);
  });
});
