// The `weekly-review` command: `check` lints reviews against the rubric,
// `summary` shows where the week's hours went, `trends` and `people` read the
// run of reviews over time (commands/history.ts). Exit codes (docs/CLI.md): 0 clean,
// 1 errors found (or warnings with --frail), 2 usage error or unreadable
// input or rubric. User errors are one clear sentence, never a stack trace.

import { activityRows, aggregateWeeks, createReviewService, finiteJson, summaryJson, isoWeekOfDate, rollUpWeeks, RULES, weekFromFileName, weeksByRubric, type MultiWeekSummary, type ReviewService, type RubricProblem, type WeekSummary } from '../core';
import { reportCsv, reportGithub, reportJunit, reportSarif } from './formats';
import { analysisOptions, parseCliArgs, type CliArgs } from './args';
import { runHistoryCommand } from './commands/history';
import { runNewCommand } from './commands/new';
import { runImportCommand } from './commands/import';
import { displayPath, expandPaths, MAX_REVIEW_BYTES, MAX_RUBRIC_BYTES, nodeHost, readStdin, readTextFile, STDIN_DISPLAY, UsageError } from './files';
import { createStyle, plain, reportSummaryMarkdown, reportSummaryText, reportText, reportTrendsText, toFileDiagnostic, type FileDiagnostic, type Style } from './reporters';

declare const WEEKLY_REVIEW_VERSION: string | undefined;

const VERSION = typeof WEEKLY_REVIEW_VERSION === 'string' ? WEEKLY_REVIEW_VERSION : '0.0.0-dev';

const HELP = `weekly-review — judge your week against a "worthy of my time?" rubric

Usage
  weekly-review check   [--format text|json|sarif|github|junit] [--frail] [--rubric FILE] PATHS…
  weekly-review summary [--format text|json|markdown|csv] [--by month|quarter] [--rubric FILE] PATHS…
  weekly-review trends  [--format text|json|markdown] [--rubric FILE] PATHS…
  weekly-review people  [--format text|json] [--frail] [--rubric FILE] PATHS…
  weekly-review new     [--week WEEK] [--rubric FILE] [DIR]
  weekly-review import  [--week WEEK] [--into FILE] [--dry-run] [--tz ZONE]
                        [--include-private] [--me ADDRESS] CALENDAR.ics
  weekly-review lsp     [--stdio]

trends prints each category's share per week (— marks a week without a
review: a gap, never 0), the rolling 4-week average against the target and the
latest week's drift. people lists, as of the latest review, who is overdue for
a 1:1 (weeks since the last 1:1, against the person's cadence), who had none,
and the open #ask items with their age. People come from the rubric's people:
and a people.yaml beside it.

new writes DIR/2026-W48.md (DIR defaults to the current folder) for this
week, or the --week named (2026-W48, or a date in it), from the rubric's
categories, carrying over last week's unchecked "- [ ]" items and the open
asks, as the VS Code command "New weekly review" does. It never overwrites a
file: if the review exists it says so and exits 1.

import merges a week of an iCalendar export into its review (--into, else
WEEK.md here, made from the template of new): each event an activity
"- [x] 1h30m Title → " under its category, marked with its event id, so a
second import adds only new events and never changes a line you edited.
Weeks are ISO weeks in --tz (default: this system's zone). --dry-run prints
the diff and writes nothing. Skipped, and counted: declined, cancelled,
all-day, free, out-of-office and zero-length events.

lsp runs the language server over standard input and output, for Neovim,
Helix and any editor with a language client: diagnostics, hover, quick
fixes, code lenses and the weeklyReview.summary command, with the same
engine and settings (weeklyReview.*) as the VS Code extension.

PATHS are review files, folders (searched for *.md files that are weekly
reviews: an ISO week like 2026-W47 in the name, or week: in front matter),
quoted globs ("reviews/2026-*.md"), "!PATTERN" to leave files out, or - to
read one review from standard input.

Options
  --format FORMAT   text (default), json, or markdown (summary only);
                    check: sarif (code scanning), github (workflow
                    annotations), junit; summary: csv (one row per activity)
  --rubric FILE     rubric file to use (front matter "rubric:" still wins);
                    default: nearest .weekly-review.yaml|yml|json, else "cto"
  --by PERIOD       summary: roll weeks up by month or quarter (a week
                    belongs to the month of its Thursday)
  --week WEEK       new, import: the ISO week (default: this week)
  --into FILE       import: the review to merge into (default: WEEK.md)
  --dry-run         import: print the unified diff, write nothing
  --tz ZONE         import: your time zone (IANA, e.g. Europe/Berlin)
  --include-private import: show private events' titles ("Private event")
  --me ADDRESS      import: your calendar address, for declined events
  --frail           exit 1 on warnings too (check); exit 1 when someone is
                    overdue for a 1:1 (people)
  --no-color        plain text output (also NO_COLOR=1; FORCE_COLOR=1 forces color)
  --no-memory       do not apply remembered verdicts (.weekly-review/verdicts.yaml)
  -h, --help        show this help
  -V, --version     show the version

Exit codes
  0  no errors (and no warnings with --frail)
  1  errors found (check), or warnings with --frail; for summary: errors left
     items out of the totals (the summary is still printed); for new: the
     review already exists (it is left as it is)
  2  usage error, unreadable file, or broken rubric

Rules
${RULES.map((rule) => `  ${rule.id.padEnd(20)} ${rule.defaultSeverity.padEnd(8)} ${rule.summary}`).join('\n')}

Examples
  weekly-review summary reviews/2026-W47.md
  weekly-review check --frail reviews/ '!reviews/drafts/**'
  weekly-review trends --format markdown reviews/
  weekly-review people --frail reviews/
  weekly-review new reviews/
  weekly-review import ~/Downloads/calendar.ics --into reviews/2027-W10.md --dry-run
  cat reviews/2026-W47.md | weekly-review summary --format json -`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  color: boolean;
  /** Standard input, for the path `-` (defaults to the process's). */
  stdin?: () => Promise<string>;
}

interface Loaded {
  display: string;
  file: string;
  text: string;
}

interface Results {
  reviews: Loaded[];
  diagnostics: FileDiagnostic[];
  rubricDiagnostics: FileDiagnostic[];
  summaries: WeekSummary[];
}

/** Why a file name that looks like it names an ISO week (`2026-W54.md`) names none. */
export function fileNameWeekProblem(file: string): string | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const match = /(?:^|[^\d])(\d{4})-[Ww](\d{2})(?!\d)/.exec(base);
  if (!match || weekFromFileName(file)) return undefined;
  const year = Number(match[1]);
  const last = isoWeekOfDate(new Date(Date.UTC(year, 11, 28))).week;
  return `${base} names ${match[1]}-W${match[2]}, which is not a week: ${year} has weeks 1 to ${last}`;
}

function rubricProblemDiagnostics(problems: RubricProblem[]): FileDiagnostic[] {
  return problems
    .map((p): FileDiagnostic => ({ file: displayPath(p.file), line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, severity: 'error', ruleId: 'rubric-error', message: p.message }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

async function loadReviews(service: ReviewService, paths: string[], io: CliIo): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  for (const entry of await expandPaths(paths)) {
    const display = entry.stdin ? STDIN_DISPLAY : displayPath(entry.file);
    const read = entry.stdin ? { text: await (io.stdin ?? readStdin)() } : await readTextFile(entry.file, MAX_REVIEW_BYTES, 'a review');
    if ('problem' in read) throw new UsageError(read.problem !== undefined ? `${display} ${read.problem}.` : `cannot read ${display}. Check that it is a readable text file.`);
    const text = read.text;
    const badWeek = entry.stdin ? undefined : fileNameWeekProblem(entry.file);
    const review = entry.explicit || service.isReview(entry.file, text);
    if (badWeek) io.stderr(`weekly-review: ${plain(displayPath(entry.file))}: ${plain(badWeek)}${review ? '; its week comes from front matter only' : ', so it was skipped; name the right week or add "week:" front matter'}.`);
    if (review) loaded.push({ display, file: entry.file, text });
  }
  if (loaded.length === 0) throw new UsageError(`no weekly reviews found in ${paths.join(', ')}. A review has an ISO week in its name (2026-W47.md) or "week:" in its front matter.`);
  return loaded;
}

async function analyzeAll(service: ReviewService, reviews: Loaded[], args: CliArgs): Promise<Results> {
  // Each file is analysed once: see AnalyzeOptions.oneShot.
  const options = { ...analysisOptions(args), oneShot: true };
  const results: Results = { reviews, diagnostics: [], rubricDiagnostics: [], summaries: [] };
  const brokenRubrics = new Map<string, RubricProblem[]>();
  for (const review of reviews) {
    const resolution = await service.resolveRubric(review.file, review.text, options);
    if (!resolution.ok) brokenRubrics.set(resolution.file, resolution.problems);
    const analysis = service.analyzeWith(review.file, review.text, resolution, options);
    for (const diagnostic of analysis.diagnostics) results.diagnostics.push(toFileDiagnostic(review.display, diagnostic));
    const summary = service.summarize(analysis);
    // Every activity with its category and why: only the JSON summary prints them.
    if (summary) results.summaries.push({ ...summary, file: review.display, ...((args.format === 'json' || args.format === 'csv') && args.command === 'summary' ? { activities: activityRows(analysis) } : {}) });
  }
  for (const problems of brokenRubrics.values()) for (const diagnostic of rubricProblemDiagnostics(problems)) results.rubricDiagnostics.push(diagnostic);
  return results;
}

function runCheck(results: Results, args: CliArgs, io: CliIo, style: Style): number {
  const all = [...results.rubricDiagnostics, ...results.diagnostics];
  const files = [...new Set([...results.rubricDiagnostics.map((d) => d.file), ...results.reviews.map((r) => r.display)])];
  if (args.format === 'json') io.stdout(finiteJson(all));
  else if (args.format === 'sarif') io.stdout(reportSarif(all, VERSION));
  else if (args.format === 'github') { if (all.length > 0) io.stdout(reportGithub(all)); }
  else if (args.format === 'junit') io.stdout(reportJunit(files, all));
  else io.stdout(reportText(files, all, style));
  if (results.rubricDiagnostics.length > 0) return 2;
  if (all.some((d) => d.severity === 'error')) return 1;
  if (args.frail && all.some((d) => d.severity === 'warning')) return 1;
  return 0;
}

/** One stderr line when errors left items out of the totals. */
function errorsLine(errors: FileDiagnostic[]): string {
  const rules = new Map<string, number>();
  for (const error of errors) rules.set(error.ruleId, (rules.get(error.ruleId) ?? 0) + 1);
  const files = [...new Set(errors.map((e) => e.file))];
  const which = [...rules].map(([rule, count]) => `${rule} ×${count}`).join(', ');
  return `weekly-review: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (${which}) in ${files.join(', ')}: these totals leave out what could not be read. Run "weekly-review check" for details.`;
}

function runSummary(service: ReviewService, results: Results, args: CliArgs, io: CliIo, style: Style): number {
  if (results.rubricDiagnostics.length > 0) {
    // JSON readers get JSON: the error and the rubric's problems, as `check` prints them.
    if (args.format === 'json') io.stdout(finiteJson({ error: 'the rubric is broken, so no summary can be computed', diagnostics: results.rubricDiagnostics }));
    io.stderr(reportText([...new Set(results.rubricDiagnostics.map((d) => d.file))], results.rubricDiagnostics, style));
    io.stderr('weekly-review: the rubric is broken, so no summary can be computed. Fix the problems above.');
    return 2;
  }
  const multi = service.summarizeWeeks(results.summaries);
  // Errors, and the unclosed fence (a warning in the editor): each leaves items out of the totals.
  const errors = results.diagnostics.filter((d) => d.severity === 'error' || d.ruleId === 'unclosed-fence');
  if (args.by !== undefined) io.stdout(reportPeriods(multi.weeks, args, errors.length, style));
  else if (args.format === 'json') io.stdout(finiteJson(summaryJson(multi, errors.length)));
  else if (args.format === 'markdown') io.stdout(multi.weeks.map(reportSummaryMarkdown).join('\n\n'));
  else if (args.format === 'csv') io.stdout(reportCsv(multi.weeks.map((week) => ({ week: week.week, file: week.file, activities: week.activities ?? [] }))));
  else io.stdout(summaryText(service, multi, style));
  if (errors.length === 0) return 0;
  io.stderr(errorsLine(errors));
  return 1;
}

/**
 * Several files: the combined allocation first, then each file, then the
 * trends, one block per rubric so that weeks judged by different rubrics are
 * never compared (issue 22).
 */
function summaryText(service: ReviewService, multi: MultiWeekSummary, style: Style): string {
  if (multi.weeks.length === 1) return reportSummaryText(multi.weeks[0] as WeekSummary, style);
  const blocks = [reportSummaryText(aggregateWeeks(multi.weeks), style, { files: multi.weeks.length }), ...multi.weeks.map((summary) => reportSummaryText(summary, style))];
  const byRubric = weeksByRubric(multi.weeks);
  for (const weeks of byRubric.filter((group) => group.length > 1)) blocks.push(reportTrendsText(service.summarizeWeeks(weeks), style, byRubric.length > 1 ? weeks[0]?.rubric : undefined));
  return blocks.join('\n\n');
}

/** `summary --by month|quarter`: one aggregate per period, in the chosen format. */
function reportPeriods(weeks: WeekSummary[], args: CliArgs, errors: number, style: Style): string {
  const periods = rollUpWeeks(weeks, args.by ?? 'month');
  const labelled = periods.map((period) => ({ ...period, week: `${period.period ?? 'no week'} (${period.weeks.join(', ')})` }));
  if (args.format === 'json') return finiteJson({ by: args.by, periods, errors });
  if (args.format === 'markdown') return labelled.map((period) => `### ${period.period ?? 'No week'}\n\n${reportSummaryMarkdown(period)}`).join('\n\n');
  return labelled.map((period) => reportSummaryText(period, style, { files: period.weeks.length })).join('\n\n');
}

function usage(io: CliIo, message: string): number {
  io.stderr(`weekly-review: ${plain(message)} Run "weekly-review --help" for usage.`);
  return 2;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') io.stdout(HELP);
  if (parsed.kind === 'version') io.stdout(VERSION);
  if (parsed.kind === 'usage') return usage(io, parsed.message);
  if (parsed.kind !== 'run') return 0;
  const args = parsed.args;
  const style = createStyle(io.color && !args.noColor);
  const service = createReviewService(nodeHost);
  const rubricPath = analysisOptions(args).rubricPath;
  if (rubricPath && rubricPath !== 'cto') {
    const read = await readTextFile(rubricPath, MAX_RUBRIC_BYTES, 'a rubric file');
    if ('problem' in read && read.problem !== undefined) return usage(io, `rubric ${args.rubric} ${read.problem}.`);
    if ('problem' in read) return usage(io, `rubric ${args.rubric} not found: no such file. Check the path or use --rubric cto.`);
  }
  if (args.command === 'new') return runNewCommand(service, args, io);
  if (args.command === 'import') return runImportCommand(service, args, io);
  let reviews: Loaded[];
  try {
    reviews = await loadReviews(service, args.paths, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`weekly-review: ${plain(error.message)}`);
    return 2;
  }
  if (args.command === 'trends' || args.command === 'people') return runHistoryCommand(service, reviews, args, io, style);
  const results = await analyzeAll(service, reviews, args);
  return args.command === 'check' ? runCheck(results, args, io, style) : runSummary(service, results, args, io, style);
}

/** Color: FORCE_COLOR (not 0) forces it, NO_COLOR turns it off, else only on a terminal. */
export function wantsColor(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTty;
}

/**
 * A reader that stops early (`weekly-review check | head -3`) closes the
 * pipe; Node then raises EPIPE as an unhandled 'error' event, a stack trace.
 * The reader has what it wanted, so what is left to write is dropped and the
 * CLI ends as it would have, with its exit code.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

if (require.main === module && process.argv[2] === 'lsp') {
  // Loaded only for this command: the other commands do not pay for the protocol library.
  void import('../lsp/main').then((lsp) => lsp.runLanguageServer());
} else if (require.main === module) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY)),
  }).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`weekly-review: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\nPlease report this with the file that caused it.\n`);
      process.exitCode = 2;
    },
  );
}
