// Hostile input 13: the CLI's outputs of many files, and CSV text.
// `check` over a folder of 20,000 reviews, each with a finding, filtered
// every finding once per file for the text and JUnit reports (2.9 s and
// 5.0 s; 55 ms now). `summary --format csv` printed an item's terminal
// escape sequences as they were (the one output `plain` did not read), and
// an escape before `=` hid a formula from the spreadsheet check.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, reportCsv, reportJunit } from '../../../src/cli/formats';
import { createStyle, reportText, type FileDiagnostic } from '../../../src/cli/reporters';
import { assertLinear } from './timing';

function findings(count: number): { files: string[]; diagnostics: FileDiagnostic[] } {
  const files = Array.from({ length: count }, (_, i) => `reviews/${i}-W01.md`);
  const diagnostics = files.map((file): FileDiagnostic => ({ file, line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'warning', ruleId: 'x', message: 'm' }));
  return { files, diagnostics };
}

describe('outputs of many files and hostile CSV text (hostile input 13)', () => {
  it('the text report of n files with a finding each is linear in n', async () => {
    const style = createStyle(false);
    await assertLinear('text report', (n) => { const { files, diagnostics } = findings(n); reportText(files, diagnostics, style); }, 4000);
  });

  it('the JUnit report of n files with a finding each is linear in n', async () => {
    await assertLinear('junit report', (n) => { const { files, diagnostics } = findings(n); reportJunit(files, diagnostics); }, 4000);
  });

  it('each file keeps its own findings, in order, and a clean file passes', () => {
    const { files, diagnostics } = findings(3);
    const extra: FileDiagnostic = { ...(diagnostics[0] as FileDiagnostic), line: 9, severity: 'info' };
    const text = reportText([...files, 'clean.md'], [...diagnostics, extra], createStyle(false));
    assert.match(text, /reviews\/0-W01\.md\n {2}1:1-1:2 +warning {2}m {2}x\n {2}9:1-1:2 +info +m {2}x/);
    assert.match(text, /clean\.md: no issues found/);
    const junit = reportJunit([...files, 'clean.md'], [...diagnostics, extra]);
    assert.match(junit, /<testsuites name="weekly-review" tests="5" failures="3" errors="0">/);
    assert.match(junit, /<testsuite name="reviews\/0-W01\.md" tests="2" failures="1"/);
  });

  it('a CSV field holds no terminal escape sequence or control character', () => {
    const field = csvField('\u001b]0;pwned\u0007planning \u001b[31mred\u001b[0m\u0000');
    assert.equal(field, 'planning red');
    const csv = reportCsv([{ week: '2026-W47', file: 'a\u001b[2J.md', activities: [{ line: 6, minutes: 60, category: null, lowValue: false, text: 'x\u009b31m y' } as never] }]);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(csv, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('a formula behind an escape sequence is still neutralized', () => {
    assert.equal(csvField('\u001b]0;t\u0007=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvField('\u0007@SUM(1)'), "'@SUM(1)");
    assert.equal(csvField('plain, "quoted"\nnext'), '"plain, ""quoted""\nnext"');
  });
});
