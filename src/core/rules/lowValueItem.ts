// low-value-item: a counted activity whose rubric score is below the threshold.
// The message is one short line that says why in words ("Low value: small
// details (“css”), no outcome stated"); the criteria table and the rubric's
// advice are in the hover.

import type { CriterionCheck, Rubric } from '../rubric/model';
import type { Activity, CriterionResult } from '../types';
import { packedMap } from '../text';
import { defineRule } from './rule';
import { criterionChecks } from '../analysis/compiledRubric';

const NO_CHECKS: ReadonlyMap<string, CriterionCheck | undefined> = new Map();

/** A Problems row a person reads at a glance. */
export const MAX_MESSAGE_LENGTH = 100;

/** What a failed criterion means in a few words: the rubric's `short`, else its name. */
function shortOf(criterion: CriterionResult, rubric: Rubric | undefined): string {
  const declared = rubric?.criteria.find((c) => c.id === criterion.id);
  return declared?.short ?? `fails “${criterion.name}”`;
}

/** Why an outcome failed, in words. */
function outcomeReason(criterion: CriterionResult, rubric: Rubric | undefined): string {
  if (criterion.evidence.includes('only restates')) return 'the outcome only restates it';
  if (criterion.evidence.includes('only counts what was cleaned up')) return 'the outcome only counts a clean-up';
  if (criterion.evidence.includes('how far the form got')) return 'the outcome only says how far the form got';
  if (criterion.evidence.includes('look better')) return 'the outcome only says it looks better';
  if (criterion.evidence.includes('only names where')) return 'the outcome only names where it went';
  if (criterion.evidence.includes('only says the work went out')) return 'the outcome only says it shipped';
  if (criterion.evidence.includes('only says it was done')) return 'the outcome only says it was done';
  if (criterion.evidence.includes('only praises small details')) return 'the outcome is grand words on them';
  if (criterion.evidence.startsWith('setting a new starter up')) return 'setting up a new starter';
  if (criterion.evidence.includes('small details') && criterion.evidence.includes('are done')) return 'the outcome only says the details are done';
  if (criterion.evidence.includes('only counts')) return 'the outcome only counts the work';
  if (criterion.evidence.includes('vague') || criterion.evidence.startsWith('no result')) return 'vague outcome';
  return shortOf(criterion, rubric);
}

/** "small details (“css”, “pixel”)": the reason and at most two of the words that gave it. */
function withWords(reason: string, words: readonly string[] | undefined): string {
  const shown = packedMap([...new Set(words ?? [])].slice(0, 2), (word) => `“${word}”`);
  return shown.length > 0 ? `${reason} (${shown.join(', ')})` : reason;
}

/** The two reasons a reader needs first: the first failed criterion with words, then what is wrong with the outcome. */
export function lowValueReasons(activity: Activity, rubric: Rubric | undefined): string[] {
  const checks = rubric ? criterionChecks(rubric) : NO_CHECKS;
  const failed = (activity.criteria ?? []).filter((c) => c.verdict === 'fail');
  const outcome = failed.find((c) => checks.get(c.id) === 'outcome');
  const others = failed.filter((c) => checks.get(c.id) === undefined);
  const first = others.find((c) => (c.words ?? []).length > 0) ?? others[0];
  const reasons = [...(first ? [withWords(shortOf(first, rubric), first.words)] : []), ...(outcome ? [outcomeReason(outcome, rubric)] : [])];
  return reasons.length > 0 ? reasons : failed.slice(0, 2).map((c) => shortOf(c, rubric));
}

/** `Low value: …`, cut at a word to at most MAX_MESSAGE_LENGTH characters. */
export function lowValueMessage(activity: Activity, rubric: Rubric | undefined): string {
  const message = `Low value: ${lowValueReasons(activity, rubric).join(', ')}`;
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  return `${message.slice(0, MAX_MESSAGE_LENGTH - 1).replace(/\s+\S*$/u, '')}…`;
}

export const lowValueItem = defineRule({
  id: 'low-value-item',
  scope: 'section',
  defaultSeverity: 'warning',
  summary: 'An activity scores below the rubric threshold: it fails more of the "worthy of my time" criteria than it passes.',
  examples: {
    ok: ['## Recruiting\n- 3h Interviewed two staff engineer candidates → one offer extended; hiring plan at 9 of 12\n', '## Misc\n- 1h Cleaned up my inbox <!-- worthy: inbox zero before the board meeting -->\n'],
    notOk: ['## Engineering culture\n- 1h Reviewed two small PRs in the billing service\n', '## Misc\n- 2h Cleaned up my inbox\n'],
  },
  check(document) {
    return document.activities
      .filter((activity) => activity.lowValue)
      .map((activity) => ({ range: activity.itemRange, message: lowValueMessage(activity, document.rubric) }));
  },
});
