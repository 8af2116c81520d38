// duplicate-week: two review files claim the same ISO week. A workspace rule:
// one review alone cannot know, so its findings come from the review index
// (history/reviewIndex.ts `duplicateWeekFindings`), which the extension and the
// CLI run over the whole run of reviews; `check` finds nothing by design.
//
// Each example is a run of files, every file introduced by a line
// `==> path <==` (test/unit/history/workspaceRules.test.ts reads them).

import { defineRule } from './rule';

export const duplicateWeek = defineRule({
  id: 'duplicate-week',
  scope: 'workspace',
  defaultSeverity: 'warning',
  summary: 'Two review files claim the same ISO week (reported on both; trends use the first by path).',
  examples: {
    ok: ['==> /r/2026-W46.md <==\n## Recruiting\n- 1h Phone screen\n==> /r/2026-W47.md <==\n## Recruiting\n- 1h Phone screen\n'],
    notOk: ['==> /r/2026-W47.md <==\n## Recruiting\n- 1h Phone screen\n==> /r/late.md <==\n---\nweek: 2026-W47\n---\n## Recruiting\n- 2h Hiring committee\n'],
  },
  // Workspace-level: produced by the review index, never by one document.
  check: () => [],
});
