// Outputs other tools read (issue 22): `check --format sarif|github|junit`
// and `summary --format csv`. SARIF is validated against the SARIF 2.1.0 JSON
// schema (shipped by @microsoft/jest-sarif, read with Ajv offline), JUnit by
// an XML parser (fast-xml-parser); github and csv are compared exactly.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { csvField, reportGithub } from '../../src/cli/formats';
import { cli, workspace } from './harness';

const REVIEW = `---
week: 2026-W47
---

## Recruiting
- 2h Hiring sync, "final" & <done> → 2 offers approved
- 1h Pairing, on a small CSS fix

## Misc
- Lunch
`;

const CLEAN = `---
week: 2026-W48
---

## Recruiting
- 2h Hiring committee → 3 offers approved; plan at 11 of 12
`;

function sarifValidator() {
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

describe('check --format sarif', () => {
  it('is a SARIF 2.1.0 log that the schema accepts, one result per finding with its rule and place', async () => {
    const dir = workspace({ '2026-W47.md': REVIEW, 'sub dir/2026-W48.md': CLEAN });
    const json = await cli(['check', '--format', 'json', '.'], dir);
    const run = await cli(['check', '--format', 'sarif', '.'], dir);
    assert.equal(run.code, json.code);
    const log = JSON.parse(run.stdout) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: unknown[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'weekly-review');
    const expected = (JSON.parse(json.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; message: string }[]).map((d) => [d.ruleId, d.file, d.line, d.column, d.endLine, d.endColumn, d.message]);
    const results = (log.runs[0].results as { ruleId: string; ruleIndex: number; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[]).map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      assert.equal(log.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
      return [r.ruleId, artifactLocation.uri, region.startLine, region.startColumn, region.endLine, region.endColumn, r.message.text];
    });
    assert.ok(results.length > 0);
    assert.deepEqual(results, expected);
  });

  it('encodes a path with a space as a URI reference', async () => {
    const dir = workspace({ 'sub dir/2026-W47.md': REVIEW });
    const log = JSON.parse((await cli(['check', '--format', 'sarif', '.'], dir)).stdout);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'sub%20dir/2026-W47.md');
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors));
  });
});

describe('check --format github', () => {
  it('prints one workflow command per finding, escaping what would end a property', async () => {
    const dir = workspace({ 'a,b:c.2026-W47.md': '---\nweek: 2026-W47\n---\n\n## Recruiting\n- Phone screen, 100% of it\n' });
    const run = await cli(['check', '--format', 'github', '.'], dir);
    const json = JSON.parse((await cli(['check', '--format', 'json', '.'], dir)).stdout) as { line: number; column: number; endLine: number; endColumn: number; ruleId: string; message: string; severity: string }[];
    const level = (s: string) => (s === 'info' || s === 'hint' ? 'notice' : s);
    assert.equal(run.stdout, json.map((d) => `::${level(d.severity)} file=a%2Cb%3Ac.2026-W47.md,line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${d.ruleId}::${d.message.replace(/%/g, '%25')}`).join('\n'));
    assert.match(run.stdout, /^::notice file=a%2Cb%3Ac\.2026-W47\.md,line=6,col=3,endLine=6,endColumn=\d+,title=missing-duration::/m);
  });

  it('escapes % and LF in the message (plain() has already dropped CR)', () => {
    const d = { file: 'r.md', line: 1, column: 2, endLine: 3, endColumn: 4, severity: 'warning' as const, ruleId: 'x', message: '100% done\r\nnext' };
    assert.equal(reportGithub([d]), '::warning file=r.md,line=1,col=2,endLine=3,endColumn=4,title=x::100%25 done%0Anext');
  });

  it('prints nothing for a clean review', async () => {
    const run = await cli(['check', '--format', 'github', '2026-W48.md'], workspace({ '2026-W48.md': CLEAN }));
    assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
  });
});

describe('check --format junit', () => {
  it('is well-formed XML: a testsuite per file, a testcase per finding, a passing case for a clean file', async () => {
    const dir = workspace({ '2026-W47.md': REVIEW, '2026-W48.md': CLEAN });
    const run = await cli(['check', '--format', 'junit', '.'], dir);
    assert.equal(XMLValidator.validate(run.stdout), true);
    const json = JSON.parse((await cli(['check', '--format', 'json', '.'], dir)).stdout) as { file: string; message: string; severity: string; ruleId: string; line: number; column: number }[];
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(run.stdout);
    const suites = parsed.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { message: string } }[] }[];
    assert.deepEqual(suites.map((s) => s.name), ['2026-W47.md', '2026-W48.md']);
    const w47 = json.filter((d) => d.file === '2026-W47.md');
    assert.equal(suites[0]!.testcase.length, w47.length);
    assert.deepEqual(suites[0]!.testcase.map((c) => c.name), w47.map((d) => `${d.line}:${d.column} ${d.ruleId}`));
    assert.deepEqual(suites[0]!.testcase.filter((c) => c.failure).map((c) => c.failure!.message), w47.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')));
    assert.deepEqual(suites[1]!.testcase, [{ classname: '2026-W48.md', name: 'no issues found' }]);
    assert.equal(parsed.testsuites.tests, String(w47.length + 1));
  });
});

describe('summary --format csv', () => {
  it('prints one row per activity: week, file, line, minutes, category, verdict, item, quoted as RFC 4180', async () => {
    const dir = workspace({ '2026-W47.md': REVIEW, '2026-W48.md': CLEAN });
    const run = await cli(['summary', '--format', 'csv', '.'], dir);
    const json = JSON.parse((await cli(['summary', '--format', 'json', '.'], dir)).stdout) as { weeks: { activities: { line: number; lowValue: boolean; category: string | null }[] }[] };
    const verdict = (week: number, line: number) => (json.weeks[week]!.activities.find((a) => a.line === line)!.lowValue ? 'low-value' : 'ok');
    assert.equal(run.stdout, [
      'week,file,line,minutes,category,verdict,item',
      `2026-W47,2026-W47.md,6,120,recruiting,${verdict(0, 6)},"Hiring sync, ""final"" & <done>"`,
      `2026-W47,2026-W47.md,7,60,${json.weeks[0]!.activities[1]!.category ?? ''},${verdict(0, 7)},"Pairing, on a small CSS fix"`,
      `2026-W48,2026-W48.md,6,120,recruiting,${verdict(1, 6)},Hiring committee`,
    ].join('\n'));
  });

  it('quotes fields and defuses spreadsheet formulas', () => {
    assert.deepEqual(['plain', 'a,b', 'say "hi"', 'two\nlines', '=SUM(A1)', '-1h', 42].map(csvField), ['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', "'=SUM(A1)", "'-1h", '42']);
  });
});
