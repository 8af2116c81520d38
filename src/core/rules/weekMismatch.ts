// week-mismatch: front matter `week` and the file name name different weeks.

import { formatIsoWeek } from '../parse/isoWeek';
import { defineRule, lineRange } from './rule';

export const weekMismatch = defineRule({
  id: 'week-mismatch',
  scope: 'document',
  defaultSeverity: 'warning',
  summary: 'Front matter `week` and the week in the file name differ (front matter wins), or the file name names no real week (`2026-W54`).',
  // Examples are checked as the file `2026-W47.md`.
  examples: {
    ok: ['---\nweek: 2026-W47\n---\n## Recruiting\n- 1h Phone screen\n', '---\nweek: 2026-11-18\n---\n'],
    notOk: ['---\nweek: 2026-W46\n---\n## Recruiting\n- 1h Phone screen\n'],
    // (A file named 2026-W54.md is tested in test/unit/rules/registry.test.ts: examples are checked as 2026-W47.md.)
  },
  check(document) {
    if (document.fileNameWeekProblem !== undefined) {
      return [{ range: lineRange(document, document.frontMatter?.weekLine ?? 1), message: `${document.fileNameWeekProblem}. Rename the file to a real ISO week, or set "week:" in the front matter.` }];
    }
    const fromFile = document.weekFromFileName;
    const fromFrontMatter = document.weekFromFrontMatter;
    if (!fromFile || !fromFrontMatter || formatIsoWeek(fromFile) === formatIsoWeek(fromFrontMatter)) return [];
    return [{
      range: lineRange(document, document.frontMatter?.weekLine ?? 1),
      message: `Front matter says ${formatIsoWeek(fromFrontMatter)} but the file name says ${formatIsoWeek(fromFile)}; ${formatIsoWeek(fromFrontMatter)} is used. Rename the file or correct "week".`,
      data: { replacement: formatIsoWeek(fromFile) },
    }];
  },
});
