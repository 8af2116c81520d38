// Every rule, in the order their findings are listed.

import { durationConflict } from './durationConflict';
import { durationMismatch } from './durationMismatch';
import { frontMatterError } from './frontMatterError';
import { invalidDuration } from './invalidDuration';
import { lowValueItem } from './lowValueItem';
import { missingDuration } from './missingDuration';
import { overExpectedHours } from './overExpectedHours';
import { parseError } from './parseError';
import type { Rule } from './rule';
import { rubricError } from './rubricError';
import { uncategorized } from './uncategorized';
import { weekMismatch } from './weekMismatch';

export const RULES: readonly Rule[] = [
  rubricError,
  frontMatterError,
  parseError,
  weekMismatch,
  invalidDuration,
  durationConflict,
  durationMismatch,
  lowValueItem,
  uncategorized,
  missingDuration,
  overExpectedHours,
];

export type { Rule, Finding } from './rule';
