// The `weekly-review` command: `check` lints reviews against the rubric,
// `summary` shows where the week's hours went. Exit codes (SPEC §3): 0 clean,
// 1 errors found (or warnings with --frail), 2 usage error or unreadable
// input or rubric. User errors are one clear sentence, never a stack trace.

import { parseArgs } from 'node:util';
import { createReviewService, RULES, type ReviewService, type RubricProblem, type WeekSummary } from '../core';
import { displayPath, expandPaths, nodeHost, toEnginePath, UsageError } from './files';
import { createStyle, reportSummaryMarkdown, reportSummaryText, reportText, reportTrendsText, toFileDiagnostic, type FileDiagnostic } from './reporters';

declare const WEEKLY_REVIEW_VERSION: string | undefined;

const VERSION = typeof WEEKLY_REVIEW_VERSION === 'string' ? WEEKLY_REVIEW_VERSION : '0.0.0-dev';

const HELP = `weekly-review — judge your week against a "worthy of my time?" rubric

Usage
  weekly-review check   [--format text|json] [--frail] [--rubric FILE] PATHS…
  weekly-review summary [--format text|json|markdown] [--rubric FILE] PATHS…

PATHS are review files, folders (searched for *.md files that are weekly
reviews: an ISO week like 2026-W47 in the name, or week: in front matter) or
quoted globs ("reviews/2026-*.md").

Options
  --format FORMAT   text (default), json, or markdown (summary only)
  --rubric FILE     rubric file to use (front matter "rubric:" still wins);
                    default: nearest .weekly-review.yaml|yml|json, else "cto"
  --frail           exit 1 on warnings too (check)
  --no-color        plain text output (also NO_COLOR=1)
  -h, --help        show this help
  -v, --version     show the version

Exit codes
  0  no errors (and no warnings with --frail)
  1  errors found, or warnings with --frail
  2  usage error, unreadable file, or broken rubric

Rules
${RULES.map((rule) => `  ${rule.id.padEnd(20)} ${rule.defaultSeverity.padEnd(8)} ${rule.summary}`).join('\n')}

Examples
  weekly-review summary reviews/2026-W47.md
  weekly-review check --frail reviews/
  weekly-review summary --format json reviews/2026-W47.md`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
}

interface Loaded {
  display: string;
  file: string;
  text: string;
}

function rubricProblemDiagnostics(problems: RubricProblem[]): FileDiagnostic[] {
  return problems.map((p) => ({ file: displayPath(p.file), line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, severity: 'error', ruleId: 'rubric-error', message: p.message }));
}

async function loadReviews(service: ReviewService, paths: string[]): Promise<Loaded[]> {
  const expanded = await expandPaths(paths);
  const loaded: Loaded[] = [];
  for (const entry of expanded) {
    const text = await nodeHost.readFile(entry.file);
    if (text === undefined) throw new UsageError(`cannot read ${displayPath(entry.file)}. Check that it is a readable text file.`);
    if (!entry.explicit && !service.isReview(entry.file, text)) continue;
    loaded.push({ display: displayPath(entry.file), file: entry.file, text });
  }
  if (loaded.length === 0) throw new UsageError(`no weekly reviews found in ${paths.join(', ')}. A review has an ISO week in its name (2026-W47.md) or "week:" in its front matter.`);
  return loaded;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        rubric: { type: 'string' },
        frail: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`weekly-review: ${error instanceof Error ? error.message : String(error)}\nRun "weekly-review --help" for usage.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(VERSION);
    return 0;
  }
  const [command, ...paths] = positionals;
  const usage = (message: string) => {
    io.stderr(`weekly-review: ${message}\nRun "weekly-review --help" for usage.`);
    return 2;
  };
  if (command !== 'check' && command !== 'summary') return usage(command === undefined ? 'missing command: use "check" or "summary".' : `unknown command "${command}": use "check" or "summary".`);
  const format = values.format ?? 'text';
  const formats = command === 'check' ? ['text', 'json'] : ['text', 'json', 'markdown'];
  if (!formats.includes(format)) return usage(`--format ${format} is not available for ${command}; use ${formats.join(', ')}.`);
  if (paths.length === 0) return usage(`${command} needs at least one review file, folder or glob.`);
  if (values.frail && command !== 'check') return usage('--frail only applies to "check".');

  const style = createStyle(io.color && !values['no-color']);
  const service = createReviewService(nodeHost);
  const rubricPath = values.rubric !== undefined ? (values.rubric === 'cto' ? 'cto' : toEnginePath(values.rubric)) : undefined;
  if (rubricPath && rubricPath !== 'cto' && (await nodeHost.readFile(rubricPath)) === undefined) return usage(`cannot read rubric ${values.rubric}: no such file. Check the path or use --rubric cto.`);

  let reviews: Loaded[];
  try {
    reviews = await loadReviews(service, paths);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`weekly-review: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const diagnostics: FileDiagnostic[] = [];
  const summaries: WeekSummary[] = [];
  const brokenRubrics = new Map<string, RubricProblem[]>();
  for (const review of reviews) {
    const resolution = await service.resolveRubric(review.file, review.text, rubricPath ? { rubricPath } : {});
    if (!resolution.ok) brokenRubrics.set(resolution.file, resolution.problems);
    const analysis = service.analyzeWith(review.file, review.text, resolution);
    for (const d of analysis.diagnostics) diagnostics.push(toFileDiagnostic(review.display, d));
    const summary = service.summarize(analysis);
    if (summary) summaries.push({ ...summary, file: review.display });
  }
  const rubricDiagnostics = [...brokenRubrics.values()].flatMap(rubricProblemDiagnostics);

  if (command === 'check') {
    const all = [...rubricDiagnostics, ...diagnostics];
    if (format === 'json') io.stdout(JSON.stringify(all, null, 2));
    else io.stdout(reportText([...new Set([...rubricDiagnostics.map((d) => d.file), ...reviews.map((r) => r.display)])], all, style));
    if (brokenRubrics.size > 0) return 2;
    if (all.some((d) => d.severity === 'error')) return 1;
    if (values.frail && all.some((d) => d.severity === 'warning')) return 1;
    return 0;
  }

  if (brokenRubrics.size > 0) {
    io.stderr(reportText([...new Set(rubricDiagnostics.map((d) => d.file))], rubricDiagnostics, style));
    io.stderr('weekly-review: the rubric is broken, so no summary can be computed. Fix the problems above.');
    return 2;
  }
  const multi = service.summarizeWeeks(summaries);
  if (format === 'json') {
    io.stdout(JSON.stringify(summaries.length === 1 ? summaries[0] : multi, null, 2));
  } else if (format === 'markdown') {
    io.stdout(multi.weeks.map(reportSummaryMarkdown).join('\n\n'));
  } else {
    const blocks = multi.weeks.map((summary) => reportSummaryText(summary, style));
    if (multi.weeks.length > 1) blocks.push(reportTrendsText(multi, style));
    io.stdout(blocks.join('\n\n'));
  }
  return 0;
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  }).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`weekly-review: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\nPlease report this with the file that caused it.\n`);
      process.exitCode = 2;
    },
  );
}
