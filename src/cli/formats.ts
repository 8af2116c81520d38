// Outputs other tools read (issue 22), as markdownlint-cli2 has them:
// `check --format sarif` (SARIF 2.1.0, for GitHub code scanning), `github`
// (workflow commands that annotate a pull request), `junit` (CI test
// reports) and `summary --format csv` (one row per activity, for
// spreadsheets). Each is a pure function of the findings or the rows.

import type { ActivityRow, Severity } from '../core';
import { DOCS_BASE_URL, RULES } from '../core';
import type { FileDiagnostic } from './reporters';
import { findingsByFile, plain } from './reporters';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative path as a SARIF/URI reference: forward slashes, each segment percent-encoded. */
function artifactUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** Every finding of `check` as one SARIF 2.1.0 log with one run; rules carry their docs links. */
export function reportSarif(diagnostics: FileDiagnostic[], version: string): string {
  const ids: string[] = RULES.map((rule) => rule.id);
  const results = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ...(ids.includes(d.ruleId) ? { ruleIndex: ids.indexOf(d.ruleId) } : {}),
    level: SARIF_LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(d.file) }, region: sarifRegion(d) } }],
  }));
  const rules = RULES.map((rule) => ({ id: rule.id, shortDescription: { text: rule.summary }, helpUri: rule.url, defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] } }));
  const driver = { name: 'weekly-review', version, informationUri: DOCS_BASE_URL, rules };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver }, results }] }, null, 2);
}

/** SARIF regions are 1-based with an exclusive end column, as ours; a finding never starts before 1:1. */
function sarifRegion(d: FileDiagnostic) {
  const startLine = Math.max(1, d.line);
  const startColumn = Math.max(1, d.column);
  const endLine = Math.max(startLine, d.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, d.endColumn) : Math.max(1, d.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

const GITHUB_LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** A workflow command's message: %, CR and LF escaped, as the Actions toolkit does. */
function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which end a property. */
function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::warning file=…,line=…::message` line per finding: GitHub Actions annotates the pull request. */
export function reportGithub(diagnostics: FileDiagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [`file=${githubProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${githubProperty(d.ruleId)}`];
      return `::${GITHUB_LEVEL[d.severity]} ${properties.join(',')}::${githubData(plain(d.message))}`;
    })
    .join('\n');
}

// Characters XML 1.0 cannot hold at all (after `plain`, only these could be left).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string): string {
  return plain(text).replace(NOT_XML, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] as string);
}

/** Errors and warnings fail their test case; infos and hints pass, with the finding as output. */
function junitCase(d: FileDiagnostic): string {
  const name = `${d.line}:${d.column} ${d.ruleId}`;
  const text = `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.ruleId})`;
  const open = `    <testcase classname="${xml(d.file)}" name="${xml(name)}">`;
  if (d.severity === 'error' || d.severity === 'warning') return `${open}<failure type="${d.severity}" message="${xml(d.message)}">${xml(text)}</failure></testcase>`;
  return `${open}<system-out>${xml(text)}</system-out></testcase>`;
}

/** JUnit XML: one testsuite per file, one testcase per finding, or one passing case for a clean file. */
export function reportJunit(files: string[], diagnostics: FileDiagnostic[]): string {
  const failing = (d: FileDiagnostic) => d.severity === 'error' || d.severity === 'warning';
  const byFile = findingsByFile(diagnostics);
  const suites = files.map((file) => {
    const own = byFile.get(file) ?? [];
    const cases = own.length === 0 ? [`    <testcase classname="${xml(file)}" name="no issues found"/>`] : own.map(junitCase);
    return [`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${own.filter(failing).length}" errors="0" skipped="0">`, ...cases, '  </testsuite>'].join('\n');
  });
  const tests = files.reduce((sum, file) => sum + Math.max(1, byFile.get(file)?.length ?? 0), 0);
  const head = `<testsuites name="weekly-review" tests="${tests}" failures="${diagnostics.filter(failing).length}" errors="0">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites, '</testsuites>'].join('\n');
}

export interface CsvWeek {
  week: string | null;
  file: string;
  activities: ActivityRow[];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
 * Text that a spreadsheet would run as a formula (= + - @ first) gets a
 * leading apostrophe, as OWASP advises: a review's text is data, not code.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // Printed to a terminal as the other formats are: no escape sequences
  // (issue 23), and the formula check reads what is left, so an escape
  // before `=` hides no formula.
  const text = plain(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `summary --format csv`: a header, then one row per counted activity of every week, in week order. */
export function reportCsv(weeks: CsvWeek[]): string {
  const rows = [['week', 'file', 'line', 'minutes', 'category', 'verdict', 'item'].join(',')];
  for (const week of weeks) {
    for (const row of week.activities) {
      const fields = [week.week ?? '', week.file, row.line, row.minutes, row.category ?? '', row.lowValue ? 'low-value' : 'ok', row.text];
      rows.push(fields.map(csvField).join(','));
    }
  }
  return rows.join('\n');
}
