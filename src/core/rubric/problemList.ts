// The problems of one rubric or people file, at most MAX_PROBLEMS of them:
// a file can hold a flood (30,000 duplicate handles in a people file), and
// every problem is located by a search and shown by every host. Past the
// cap, one last problem says how many more there are and where they start.

import type { RubricProblem } from './model';

/** Problems listed per file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 100;

type Position = Omit<RubricProblem, 'message'>;

/** The last segment of a path, as the count of the rest names its file. */
function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

export class ProblemList {
  readonly list: RubricProblem[] = [];
  private more = 0;

  /** Adds a problem; `where` is asked only for a problem listed or the first one counted (locating can cost a search). */
  add(where: () => Position, message: string): void {
    if (this.list.length < MAX_PROBLEMS) {
      this.list.push({ ...where(), message });
      return;
    }
    if (this.more === 0) this.list.push({ ...where(), message: '' });
    this.more++;
    const last = this.list[MAX_PROBLEMS] as RubricProblem;
    last.message = `and ${this.more.toLocaleString('en-US')} more ${this.more === 1 ? 'problem' : 'problems'} in ${fileName(last.file)}, from line ${last.line} on (the first ${MAX_PROBLEMS} are listed)`;
  }
}
