// Judges one activity against the rubric's criteria. Every criterion gives
// pass, fail or unknown together with the evidence that decided it: a tag, the
// words found, the outcome, or the category's default. Nothing else is
// consulted, so the hover can show exactly why an item scored as it did.

import type { KeywordCompiler } from './keywords';
import type { Rubric, RubricCriterion } from '../rubric/model';
import type { CriterionResult, Verdict } from '../types';

export interface ScoringInput {
  /** The activity's own words (first line without durations and outcome). */
  text: string;
  outcome?: { text: string; measure?: string; inheritedFromLine?: number };
  tags: readonly string[];
  categoryId?: string;
}

export interface ScoringResult {
  /** Weighted share of passed criteria among those with a verdict; undefined when none has one. */
  score: number | undefined;
  criteria: CriterionResult[];
}

function quote(words: string[]): string {
  const shown = words.slice(0, 4).map((word) => `"${word}"`).join(', ');
  return words.length > 4 ? `${shown} and ${words.length - 4} more` : shown;
}

function result(criterion: RubricCriterion, verdict: Verdict, evidence: string, words?: string[]): CriterionResult {
  const judged: CriterionResult = { id: criterion.id, name: criterion.name, verdict, weight: criterion.weight, evidence };
  if (words) judged.words = words;
  return judged;
}

function judgeOutcome(criterion: RubricCriterion, input: ScoringInput, compile: KeywordCompiler): CriterionResult | undefined {
  const outcome = input.outcome;
  const source = outcome?.inheritedFromLine !== undefined ? ` (from the item on line ${outcome.inheritedFromLine})` : '';
  if (criterion.check === 'outcome') {
    if (!outcome) return result(criterion, 'fail', 'no outcome: add "→ what changed" or a nested "Outcome:" item');
    const vague = compile(criterion.fail.keywords).find(outcome.text);
    if (vague.length > 0 && outcome.measure === undefined) {
      return result(criterion, 'fail', `outcome "${outcome.text}"${source} is vague (${quote(vague)}) and names no number or date`);
    }
    return result(criterion, 'pass', `outcome: "${outcome.text}"${source}`);
  }
  if (criterion.check === 'measurable-outcome') {
    if (!outcome) return result(criterion, 'unknown', 'no outcome to measure');
    if (outcome.measure !== undefined) return result(criterion, 'pass', `outcome names "${outcome.measure}"${source}`);
    return result(criterion, 'fail', `outcome "${outcome.text}"${source} has no number, percentage or date`);
  }
  return undefined;
}

export function judgeCriterion(criterion: RubricCriterion, input: ScoringInput, compile: KeywordCompiler): CriterionResult {
  const failTag = input.tags.find((tag) => criterion.fail.tags.includes(tag));
  if (failTag) return result(criterion, 'fail', `tag #${failTag}`);
  const passTag = input.tags.find((tag) => criterion.pass.tags.includes(tag));
  if (passTag) return result(criterion, 'pass', `tag #${passTag}`);

  const structural = judgeOutcome(criterion, input, compile);
  if (structural) return structural;

  const words = input.outcome && input.outcome.inheritedFromLine === undefined ? `${input.text} ${input.outcome.text}` : input.text;
  const passHits = compile(criterion.pass.keywords).find(words);
  const failHits = compile(criterion.fail.keywords).find(words);
  if (failHits.length > passHits.length) return result(criterion, 'fail', `${quote(failHits)}${passHits.length ? `, outweighing ${quote(passHits)}` : ''}`, failHits);
  if (passHits.length > failHits.length) return result(criterion, 'pass', `${quote(passHits)}${failHits.length ? `, outweighing ${quote(failHits)}` : ''}`, passHits);
  if (passHits.length > 0) return result(criterion, 'unknown', `mixed: ${quote(passHits)} against ${quote(failHits)}`);

  const byCategory = input.categoryId !== undefined ? criterion.categories[input.categoryId] : undefined;
  if (byCategory !== undefined) return result(criterion, byCategory, `category ${input.categoryId} defaults to ${byCategory}`);
  return result(criterion, criterion.otherwise, criterion.otherwise === 'unknown' ? 'no signal either way' : `rubric default: ${criterion.otherwise}`);
}

export function scoreActivity(rubric: Rubric, input: ScoringInput, compile: KeywordCompiler): ScoringResult {
  const criteria = rubric.criteria.map((criterion) => judgeCriterion(criterion, input, compile));
  let judged = 0;
  let passed = 0;
  for (const criterion of criteria) {
    if (criterion.verdict === 'unknown') continue;
    judged += criterion.weight;
    if (criterion.verdict === 'pass') passed += criterion.weight;
  }
  return { score: judged > 0 ? Math.round((passed / judged) * 1000) / 1000 : undefined, criteria };
}
