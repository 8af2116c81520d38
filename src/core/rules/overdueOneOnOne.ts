// overdue-one-on-one: the weeks since the last 1:1 with someone on the
// rubric's people list exceed their cadence, as of the latest review. A
// workspace rule: its findings come from the people report over the review
// index (history/overdue.ts `overdueFindings`, on the latest review's title,
// with a quick fix that plans the 1:1); `check` finds nothing by design.
//
// Each example is a run of files, every file introduced by a line
// `==> path <==` (test/unit/history/workspaceRules.test.ts reads them).

import { defineRule } from './rule';

const RUBRIC = '==> /r/.weekly-review.yaml <==\nextends: cto\npeople:\n  - { name: Ana Silva, handle: ana, cadence: 2w }\n';

export const overdueOneOnOne = defineRule({
  id: 'overdue-one-on-one',
  scope: 'workspace',
  defaultSeverity: 'info',
  summary: 'Weeks since the last 1:1 with someone on the people list exceed their cadence (on the latest review, with a quick fix).',
  examples: {
    ok: [`${RUBRIC}==> /r/2026-W45.md <==\n## Engineering culture\n- 30m 1:1 with @ana\n==> /r/2026-W47.md <==\n# Week 47\n## Engineering culture\n- 1h Career ladder calibration\n`],
    notOk: [`${RUBRIC}==> /r/2026-W40.md <==\n## Engineering culture\n- 30m 1:1 with @ana\n==> /r/2026-W47.md <==\n# Week 47\n## Engineering culture\n- [ ] 30m 1:1 with @ana\n`],
  },
  // Workspace-level: produced by the people report over the review index, never by one document.
  check: () => [],
});
