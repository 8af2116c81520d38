// The one registry of rules: the single source of rule ids, default
// severities and docs links. The ids are also listed as plain data in
// types.ts (`RULE_IDS`, so that lower layers name a rule without importing
// the rules); this file does not compile unless both lists hold the same ids.
// The rubric validator, the CLI help, the extension's settings reader and a
// consistency test (package.json severity block, JSON schema, README
// sections) all read them. To add a rule: write one module beside this file,
// add one line below and its id to `RULE_IDS` in types.ts.

import type { RuleId } from '../types';
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

type RegisteredId = (typeof RULES)[number]['id'];
/** Compiles only while the registry and `RULE_IDS` (types.ts) hold the same ids. */
export const SAME_IDS: [RegisteredId, RuleId] extends [RuleId, RegisteredId] ? true : never = true;

export { RULE_IDS, isRuleId, type RuleId } from '../types';
