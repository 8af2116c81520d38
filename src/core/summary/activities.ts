// One row per counted activity, for `summary --format json` and spreadsheets:
// where its minutes went and why, so a reader can check every categorization
// ("from its words “interviews”, “offer”") without opening the editor.

import type { ReviewAnalysis } from '../analysis/analyze';
import { disabledLines } from '../rules/runner';
import type { Activity, CategorySource, CategorySourceKind } from '../types';

export interface ActivityRow {
  line: number;
  text: string;
  minutes: number;
  /** The category id, or null when uncategorized. */
  category: string | null;
  categorySource: CategorySourceKind | null;
  /** Why, in words: the tag, the heading, the item's words, or how its heading was inferred. */
  categoryEvidence: string | null;
  /** Low-value and not silenced by a disable comment (silenced is accepted). */
  lowValue: boolean;
  /** Where careful readers disagree: never counted as low-value. */
  borderline: boolean;
}

const quoted = (words: readonly string[]): string => words.map((word) => `“${word}”`).join(', ');

/** How a category was decided, as plain text ("from its words “interviews”, “offer”"). */
export function sourceEvidence(source: CategorySource, itemLine: number): string {
  switch (source.kind) {
    case 'tag':
      return `from tag ${source.text}`;
    case 'heading':
      return `from heading “${source.text}”`;
    case 'exemplar':
      return `the rubric's own example “${source.text}”, from its words ${quoted(source.words ?? [])}`;
    case 'words':
      return `${source.line === itemLine ? 'from its words' : `from the words of the item on line ${source.line}`} ${quoted(source.words ?? [source.text])}`;
    case 'inferred-heading':
      if (source.basis === 'items') return `inferred: heading “${source.text}” holds ${source.items ?? 0} items of this category`;
      return `inferred: heading “${source.text}”, from its words ${quoted(source.words ?? [])}`;
  }
}

function rowOf(activity: Activity, silenced: (ruleId: string, line: number) => boolean): ActivityRow {
  const source = activity.categorySource;
  const candidates = activity.categoryCandidates;
  return {
    line: activity.line,
    text: activity.text,
    minutes: activity.minutes,
    category: activity.categoryId ?? null,
    categorySource: source?.kind ?? null,
    categoryEvidence: source ? sourceEvidence(source, activity.line) : candidates ? `its words fit ${candidates.map((c) => `${c.id} (${quoted(c.words)})`).join(' and ')} equally` : null,
    lowValue: activity.lowValue === true && !silenced('low-value-item', activity.line),
    borderline: activity.borderline === true,
  };
}

/** Every counted activity of the review, in line order. */
export function activityRows(analysis: ReviewAnalysis): ActivityRow[] {
  const silenced = disabledLines(analysis.document.directives);
  return analysis.document.activities.filter((activity) => activity.counted).map((activity) => rowOf(activity, silenced));
}
