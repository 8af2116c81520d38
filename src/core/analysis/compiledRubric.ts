// The rubric compiled: what the analysis derives from a rubric alone (heading
// labels, category signals, exemplar indexes, keyword matchers and stems),
// built once per rubric object and shared by every service in the process, as
// a linter compiles its rules once. A rubric is immutable once loaded, so each
// of these is a pure function of it; they are held in a WeakMap keyed by the
// rubric, so they go when the rubric goes. Nothing read from a document is
// held here: its words, stems, parses and verdicts stay in each service's
// caches (cache.ts). Each part is built, on first use, by the module that
// reads it.

import type { CriterionCheck, Rubric } from '../rubric/model';
import type { HeadingLabels } from './categories';
import type { ExemplarIndexes } from './exemplars';
import type { RubricKeywords } from './keywords';
import type { SignalIndex } from './wordSignals';

export interface CompiledRubric {
  /** Normalized heading label → category id (categories.ts). */
  headingLabels?: HeadingLabels;
  /** The category signals, indexed for inference (categoryWords.ts). */
  categorySignals?: SignalIndex;
  /** The exemplars, indexed for recognising them (exemplars.ts). */
  exemplars?: ExemplarIndexes;
  /** The keyword lists' matchers, the stems of word lists and lists joined from the criteria (keywords.ts). */
  keywords?: RubricKeywords;
  /** Each criterion's check by its id (`criterionChecks`). */
  checks?: ReadonlyMap<string, CriterionCheck | undefined>;
}

const compiled = new WeakMap<Rubric, CompiledRubric>();

/** The compiled parts of `rubric` built so far; a module that needs one it lacks builds it and sets it here. */
export function compiledRubric(rubric: Rubric): CompiledRubric {
  let parts = compiled.get(rubric);
  if (!parts) {
    parts = {};
    compiled.set(rubric, parts);
  }
  return parts;
}

/** Each criterion's check (`outcome`, `measurable-outcome`, none for signals) by its id: read for every low-value and borderline item. */
export function criterionChecks(rubric: Rubric): ReadonlyMap<string, CriterionCheck | undefined> {
  const parts = compiledRubric(rubric);
  parts.checks ??= new Map(rubric.criteria.map((c) => [c.id, c.check]));
  return parts.checks;
}
