// The one registry of rules: the single source of rule ids, default
// severities and docs links. `RuleId` is derived from it; the rubric
// validator, the CLI help, the extension's settings reader and a consistency
// test (package.json severity block, JSON schema, README sections) all read it.
// To add a rule: write one module beside this file and add one line below.

import { ambiguousDuration } from './ambiguousDuration';
import { borderlineItem } from './borderlineItem';
import { buriedDuration } from './buriedDuration';
import { durationConflict } from './durationConflict';
import { durationMismatch } from './durationMismatch';
import { duplicateWeek } from './duplicateWeek';
import { frontMatterError } from './frontMatterError';
import { invalidDuration } from './invalidDuration';
import { lowValueItem } from './lowValueItem';
import { missingDuration } from './missingDuration';
import { noActivities } from './noActivities';
import { overdueOneOnOne } from './overdueOneOnOne';
import { overExpectedHours } from './overExpectedHours';
import { parseError } from './parseError';
import { rubricError } from './rubricError';
import { unclosedFence } from './unclosedFence';
import { uncategorized } from './uncategorized';
import { weekMismatch } from './weekMismatch';

/** Every rule, in the order their findings are listed for one line. */
export const RULES = [
  rubricError,
  frontMatterError,
  parseError,
  unclosedFence,
  weekMismatch,
  invalidDuration,
  durationConflict,
  durationMismatch,
  lowValueItem,
  borderlineItem,
  uncategorized,
  missingDuration,
  buriedDuration,
  ambiguousDuration,
  noActivities,
  overExpectedHours,
  duplicateWeek,
  overdueOneOnOne,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
