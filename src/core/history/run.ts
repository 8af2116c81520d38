// The workspace-level findings of a run of reviews, shared by the hosts: the
// `duplicate-week` findings of the index and the `overdue-one-on-one` findings
// of the people report on the latest review, at the severity the host override,
// the rubric's `rules:` or the rule's default gives (`off` drops them). The
// file's own disable comments apply to them as to its other findings.

import type { Person } from '../rubric/people';
import type { PeopleReport } from './peopleTypes';
import type { HistoryFinding } from './findings';
import { overdueFindings } from './overdue';
import { buildPeopleReport } from './peopleReport';
import type { ReviewIndex } from './reviewIndex';
import { disabledLines, type SeverityOverrides } from '../rules/runner';

/** The people list of a run: the latest review's rubric (people:, plus people.yaml beside it). */
export function peopleOfRun(index: ReviewIndex): Person[] {
  return index.latest()?.analysis.document.rubric?.people ?? [];
}

/** The people report of a run, as of its latest review. */
export function peopleReportOfRun(index: ReviewIndex): PeopleReport {
  return buildPeopleReport(index.reviews(), peopleOfRun(index));
}

/** Duplicate weeks and overdue 1:1s of the run, with severities resolved; `report` defaults to the run's. */
export function runFindings(index: ReviewIndex, overrides?: SeverityOverrides, report?: PeopleReport): HistoryFinding[] {
  const latest = index.latest();
  const people = report ?? peopleReportOfRun(index);
  const findings = [...index.duplicateWeekFindings(), ...(latest ? overdueFindings(people, latest) : [])];
  return findings.flatMap((finding) => {
    const document = index.get(finding.path)?.analysis.document;
    const severity = overrides?.[finding.ruleId] ?? document?.rubric?.rules[finding.ruleId] ?? finding.severity;
    if (severity === 'off' || (document && disabledLines(document.directives)(finding.ruleId, finding.range.start.line))) return [];
    return [{ ...finding, severity }];
  });
}
