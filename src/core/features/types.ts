// Plain-data results of the editor features, in engine coordinates (1-based
// line and column, `end` exclusive, like Range in ../types). An editor adapter
// converts them; nothing here knows about any editor.

import type { Range } from '../types';

/** Replace `range` with `newText` (an empty range inserts). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A quick fix or refactor: one title, one undo step of edits. */
export interface FeatureAction {
  title: string;
  kind: 'quickfix' | 'refactor';
  edits: TextEdit[];
  /** The edits' texts are snippets (`${1:reason}` placeholders the user types over). */
  snippet?: boolean;
  /** The fix an editor may apply on "auto fix". */
  preferred?: boolean;
}
