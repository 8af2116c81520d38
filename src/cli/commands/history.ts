// `weekly-review trends` and `weekly-review people`: the reviews the PATHS
// name form runs by the engine's one definition (core/workspace/reviews.ts:
// the reviews that share the rubric in effect; a command line has no
// workspace folder), each indexed by the engine's review index (each file
// analysed once); the numbers and lists come from core/history, this file
// only prints them, one block per run when there are several. Paths in the output are shown as the user typed them (relative to the
// current folder). Workspace findings (duplicate-week, overdue-one-on-one) go
// to stderr; `people --frail` exits 1 when someone is overdue.

import type { HistoryFinding, ItemRef, PeopleReport, ReviewIndex, ReviewService, TrendData } from '../../core';
import { computeTrends, createReviewIndex, groupRuns, peopleReportOfRun, renderPeopleJson, renderPeopleText, renderTrendsJson, renderTrendsMarkdown, renderTrendsText, runFindings, runKeyOf } from '../../core';
import { analysisOptions, type CliArgs } from '../args';
import { displayPath } from '../files';
import { plain, reportText, type FileDiagnostic, type Style } from '../reporters';

export interface HistoryReview {
  /** Engine path (absolute, '/'-separated). */
  file: string;
  text: string;
}

interface HistoryIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const shown = (path: string): string => displayPath(path);

function showRef(ref: ItemRef | null): ItemRef | null {
  return ref ? { ...ref, path: shown(ref.path) } : null;
}

/** The report with every path as the user sees it. */
function shownPeople(report: PeopleReport): PeopleReport {
  return {
    ...report,
    asOf: report.asOf ? { ...report.asOf, path: shown(report.asOf.path) } : null,
    people: report.people.map((person) => ({ ...person, lastOneOnOne: showRef(person.lastOneOnOne), lastTouchpoint: showRef(person.lastTouchpoint) })),
    openAsks: report.openAsks.map((ask) => ({ ...ask, opened: showRef(ask.opened) as ItemRef, lastSeen: showRef(ask.lastSeen) as ItemRef, done: showRef(ask.done) })),
    doneAsks: report.doneAsks.map((ask) => ({ ...ask, opened: showRef(ask.opened) as ItemRef, lastSeen: showRef(ask.lastSeen) as ItemRef, done: showRef(ask.done) })),
    ...(report.ambiguousNames ? { ambiguousNames: report.ambiguousNames.map((entry) => ({ ...entry, firstSeen: showRef(entry.firstSeen) as ItemRef })) } : {}),
  };
}

function shownTrends(trends: TrendData): TrendData {
  return { ...trends, weeks: trends.weeks.map((week) => ({ ...week, path: week.path === null ? null : shown(week.path) })) };
}

/**
 * Shortens the run's paths where a message names them, as the user sees them.
 * Each message is read once, trying at each place a path may start only the
 * lengths the run's paths have (longest first): a run of 10,000 reviews split
 * every finding's message by every path (files × findings, each a
 * `path.relative`: over 100 s for `trends`; hostile input 13).
 */
function pathShortener(files: readonly string[]): (message: string) => string {
  const known = new Set(files);
  const lengths = [...new Set(files.map((file) => file.length))].filter((length) => length > 0).sort((a, b) => b - a);
  const starts = new Set(files.map((file) => file.charAt(0)));
  const memo = new Map<string, string>();
  const show = (file: string): string => {
    let short = memo.get(file);
    if (short === undefined) memo.set(file, (short = shown(file)));
    return short;
  };
  return (message) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < message.length; i++) {
      if (!starts.has(message.charAt(i))) continue;
      const length = lengths.find((candidate) => i + candidate <= message.length && known.has(message.slice(i, i + candidate)));
      if (length === undefined) continue;
      out += message.slice(from, i) + show(message.slice(i, i + length));
      from = i + length;
      i = from - 1;
    }
    return from === 0 ? message : out + message.slice(from);
  };
}

/** A finding as the CLI's other reports print one, its message's paths shortened too. */
function toFileDiagnostic(finding: HistoryFinding, shorten: (message: string) => string): FileDiagnostic {
  const { start, end } = finding.range;
  return { file: shown(finding.path), line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: finding.severity, ruleId: finding.ruleId, message: shorten(finding.message) };
}

async function indexRun(service: ReviewService, reviews: readonly HistoryReview[], args: CliArgs): Promise<ReviewIndex> {
  const index = createReviewIndex(service, { analyzeOptions: analysisOptions(args) });
  await index.setFiles(reviews.map((review) => ({ path: review.file, text: review.text })));
  return index;
}

interface CliRun {
  /** The rubric in effect for the run's reviews (`built-in`, or its file). */
  rubricFile: string;
  index: ReviewIndex;
}

/** The runs of the reviews: grouped by the rubric in effect, in the order the reviews came. */
async function indexRuns(service: ReviewService, reviews: readonly HistoryReview[], args: CliArgs): Promise<CliRun[]> {
  const options = analysisOptions(args);
  const keyed = await Promise.all(reviews.map(async (review) => ({ review, rubricFile: (await service.resolveRubric(review.file, review.text, options)).file })));
  const groups = groupRuns(keyed, (entry) => runKeyOf(undefined, entry.rubricFile));
  return Promise.all(groups.map(async (group) => ({ rubricFile: group.items[0]?.rubricFile ?? '', index: await indexRun(service, group.items.map((entry) => entry.review), args) })));
}

/** The broken rubrics of the runs, one line each (their problems: `weekly-review check`). */
function brokenRubrics(runs: readonly CliRun[]): string[] {
  const broken = new Set<string>();
  for (const { index } of runs) {
    for (const review of index.reviews()) if (!review.analysis.document.rubric) broken.add(review.path);
  }
  return [...broken].map((path) => `weekly-review: ${shown(path)} is not judged: its rubric is broken. Run "weekly-review check ${shown(path)}" to see the rubric's problems.`);
}

const rubricShown = (file: string): string => (file === 'built-in' ? 'the built-in rubric' : shown(file));

/** One run: its output as before; several: each under a line naming its rubric (JSON: an array with `rubric` on each). */
function joinRuns(runs: readonly CliRun[], outputs: readonly string[], json: boolean, values: readonly unknown[]): string {
  if (runs.length === 1) return outputs[0] ?? '';
  if (json) return JSON.stringify(values.map((value, i) => ({ rubric: rubricShown(runs[i]?.rubricFile ?? ''), ...(value as object) })), null, 2);
  return runs.map((run, i) => `Run judged by ${rubricShown(run.rubricFile)} (${run.index.size()} ${run.index.size() === 1 ? 'review' : 'reviews'})\n\n${outputs[i] ?? ''}`).join('\n\n');
}

/** `trends` or `people` over the reviews; returns the exit code. */
export async function runHistoryCommand(service: ReviewService, reviews: readonly HistoryReview[], args: CliArgs, io: HistoryIo, style: Style): Promise<number> {
  const runs = await indexRuns(service, reviews, args);
  const broken = brokenRubrics(runs);
  if (broken.length > 0) {
    for (const line of broken) io.stderr(plain(line));
    return 2;
  }
  const reports = runs.map((run) => peopleReportOfRun(run.index));
  const shorten = pathShortener(reviews.map((r) => r.file));
  const findings = runs.flatMap((run, i) => runFindings(run.index, analysisOptions(args).severities, reports[i])).map((finding) => toFileDiagnostic(finding, shorten));
  if (findings.length > 0) io.stderr(reportText([...new Set(findings.map((f) => f.file))], findings, style));
  const json = args.format === 'json';
  if (args.command === 'trends') {
    const trends = runs.map((run) => shownTrends(computeTrends(run.index.weekly())));
    io.stdout(joinRuns(runs, trends.map((t) => (json ? renderTrendsJson(t) : plain(args.format === 'markdown' ? renderTrendsMarkdown(t) : renderTrendsText(t)))), json, trends));
    return 0;
  }
  const people = reports.map(shownPeople);
  io.stdout(joinRuns(runs, people.map((p) => (json ? renderPeopleJson(p) : plain(renderPeopleText(p)))), json, people));
  return args.frail && reports.some((report) => report.overdue.length > 0) ? 1 : 0;
}
