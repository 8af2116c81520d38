// The people report's shape: what `weekly-review people --format json` prints
// and what the summary panel's people section shows. Stable; documented field
// by field.

/** How cadence is counted, said wherever the report is shown. */
export const CADENCE_RULE = "weeks since the last 1:1, against the person's cadence";

/** Where something was written: a review's week, file and 1-based line, and the item's text. */
export interface ItemRef {
  week: string;
  path: string;
  line: number;
  text: string;
}

export type PersonState =
  /** Had a 1:1 within the cadence. */
  | 'ok'
  /** Weeks since the last 1:1 exceed the cadence. */
  | 'overdue'
  /** No 1:1 anywhere in the indexed range. */
  | 'never'
  /** Had a 1:1, but the person has no cadence to check against. */
  | 'no-cadence';

export interface PersonStatus {
  name: string;
  handle: string;
  role: string | null;
  team: string | null;
  /** As written (`26w`, `6m`), and in weeks. */
  cadence: string | null;
  cadenceWeeks: number | null;
  state: PersonState;
  lastOneOnOne: ItemRef | null;
  /** Latest week minus the week of the last 1:1; null when there was none. */
  weeksSinceOneOnOne: number | null;
  /** `weeksSinceOneOnOne − cadenceWeeks` when overdue (above 0), else null. */
  overdueByWeeks: number | null;
  lastTouchpoint: ItemRef | null;
  /** Weeks with at least one touchpoint (a done item mentioning the person). */
  touchpointWeeks: number;
  /** Weeks with at least one 1:1. */
  oneOnOneWeeks: number;
  /** Open asks of this person. */
  openAsks: number;
}

export interface AskStatus {
  /** The people it is for (`@ana`). */
  handles: string[];
  /** The item's text without durations (as first written). */
  text: string;
  state: 'open' | 'done';
  /** The review where the ask first appeared (still open since then, or until done). */
  opened: ItemRef;
  /** The latest review that lists it. */
  lastSeen: ItemRef;
  /** The review where it was checked; null while open. */
  done: ItemRef | null;
  /** Open: latest week − opened week. Done: done week − opened week. */
  ageWeeks: number;
}

/** `weekly-review people --format json` prints one `PeopleReport`. */
export interface PeopleReport {
  version: 1;
  /** "weeks since the last 1:1, against the person's cadence". */
  cadenceRule: string;
  /** The latest review: everything is "as of" its week. Null with no dated review. */
  asOf: { week: string; path: string } | null;
  /** The indexed range: first to latest week, how many weeks that spans and how many have a review. */
  range: { firstWeek: string; latestWeek: string; weeks: number; reviews: number } | null;
  /** Every person of the list, in list order. */
  people: PersonStatus[];
  /** Handles of the overdue people, most overdue first. */
  overdue: string[];
  /** Handles of the people with no 1:1 in the indexed range, in list order. */
  never: string[];
  /** Open asks, oldest first. */
  openAsks: AskStatus[];
  /** Asks checked done in the range, in the order they were done. */
  doneAsks: AskStatus[];
  /** First names several people share, used alone in an item (first use): they count for no one. Absent when there are none. */
  ambiguousNames?: { name: string; handles: string[]; firstSeen: ItemRef }[];
}
