// week-mismatch: front matter `week` and the file name name different weeks.

import { formatIsoWeek } from '../parse/isoWeek';
import { lineRange, type Rule } from './rule';

export const weekMismatch: Rule = {
  id: 'week-mismatch',
  defaultSeverity: 'warning',
  summary: "Front matter `week` and the week in the file name differ (front matter wins).",
  check(document) {
    const fromFile = document.weekFromFileName;
    const fromFrontMatter = document.weekFromFrontMatter;
    if (!fromFile || !fromFrontMatter || formatIsoWeek(fromFile) === formatIsoWeek(fromFrontMatter)) return [];
    return [{
      range: lineRange(document, document.frontMatter?.weekLine ?? 1),
      message: `Front matter says ${formatIsoWeek(fromFrontMatter)} but the file name says ${formatIsoWeek(fromFile)}; ${formatIsoWeek(fromFrontMatter)} is used. Rename the file or correct "week".`,
      data: { replacement: formatIsoWeek(fromFile) },
    }];
  },
};
