// `weekly-review trends` and `weekly-review people`: the reviews the PATHS
// name form one run, indexed by the engine's review index (each file analysed
// once); the numbers and lists come from core/history, this file only prints
// them. Paths in the output are shown as the user typed them (relative to the
// current folder). Workspace findings (duplicate-week, overdue-one-on-one) go
// to stderr; `people --frail` exits 1 when someone is overdue.

import type { HistoryFinding, ItemRef, PeopleReport, ReviewIndex, ReviewService, TrendData } from '../../core';
import { computeTrends, createReviewIndex, peopleReportOfRun, renderPeopleJson, renderPeopleText, renderTrendsJson, renderTrendsMarkdown, renderTrendsText, runFindings } from '../../core';
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

/** A finding as the CLI's other reports print one, its message's paths shortened too. */
function toFileDiagnostic(finding: HistoryFinding, files: readonly string[]): FileDiagnostic {
  let message = finding.message;
  for (const file of files) message = message.split(file).join(shown(file));
  const { start, end } = finding.range;
  return { file: shown(finding.path), line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: finding.severity, ruleId: finding.ruleId, message };
}

async function indexRun(service: ReviewService, reviews: readonly HistoryReview[], args: CliArgs): Promise<ReviewIndex> {
  const index = createReviewIndex(service, { analyzeOptions: analysisOptions(args) });
  await index.setFiles(reviews.map((review) => ({ path: review.file, text: review.text })));
  return index;
}

/** The broken rubrics of the run, one line each (their problems: `weekly-review check`). */
function brokenRubrics(index: ReviewIndex): string[] {
  const broken = new Set<string>();
  for (const review of index.reviews()) {
    if (!review.analysis.document.rubric) broken.add(review.path);
  }
  return [...broken].map((path) => `weekly-review: ${shown(path)} is not judged: its rubric is broken. Run "weekly-review check ${shown(path)}" to see the rubric's problems.`);
}

/** `trends` or `people` over the reviews; returns the exit code. */
export async function runHistoryCommand(service: ReviewService, reviews: readonly HistoryReview[], args: CliArgs, io: HistoryIo, style: Style): Promise<number> {
  const index = await indexRun(service, reviews, args);
  const broken = brokenRubrics(index);
  if (broken.length > 0) {
    for (const line of broken) io.stderr(plain(line));
    return 2;
  }
  const report = peopleReportOfRun(index);
  const findings = runFindings(index, analysisOptions(args).severities, report).map((finding) => toFileDiagnostic(finding, reviews.map((r) => r.file)));
  if (findings.length > 0) io.stderr(reportText([...new Set(findings.map((f) => f.file))], findings, style));
  if (args.command === 'trends') {
    const trends = shownTrends(computeTrends(index.weekly()));
    io.stdout(args.format === 'json' ? renderTrendsJson(trends) : plain(args.format === 'markdown' ? renderTrendsMarkdown(trends) : renderTrendsText(trends)));
    return 0;
  }
  const people = shownPeople(report);
  io.stdout(args.format === 'json' ? renderPeopleJson(people) : plain(renderPeopleText(people)));
  return args.frail && report.overdue.length > 0 ? 1 : 0;
}
