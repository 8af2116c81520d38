// What a review is, and what a run of reviews is: one definition for every
// host (the CLI, the VS Code extension, the language server).
//
// A file is a review of the workspace when its name carries an ISO week
// (`2026-W47.md`), or it matches the `weeklyReview.files` globs of its
// workspace folder, or (open in an editor, or named on a command line) its
// front matter says `week:`. Files under node_modules never are.
//
// A run is the reviews of one workspace folder that share the rubric in
// effect (a rubric file, or the built-in one): two people keeping reviews in
// one repository each give their folder a rubric and get their own trends,
// people and duplicate weeks. The CLI has no workspace folder: its run is the
// reviews it was given that share a rubric.

import { weekFromFileName } from '../parse/isoWeek';

/** Week-named markdown, as a glob for a host's file search; `weekFromFileName` has the last word on each match. */
export const WEEK_NAMED_GLOB = '**/*[wW][0-9][0-9]*.{md,markdown}';
/** Every markdown file, as a glob for a host's file watcher. */
export const MARKDOWN_GLOB = '**/*.{md,markdown}';

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Files under a node_modules folder are never reviews. */
export function isIgnoredPath(path: string): boolean {
  return path.includes('/node_modules/');
}

/** The week-named markdown files among `paths` (not ignored). */
export function isWeekNamed(path: string): boolean {
  return /\.(md|markdown)$/i.test(path) && !isIgnoredPath(path) && weekFromFileName(baseName(path)) !== undefined;
}

/** The workspace folder holding `path` (the deepest one when folders nest), or undefined. */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const base = folder.endsWith('/') ? folder : `${folder}/`;
    if (path.startsWith(base) && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}

/**
 * A glob (`journal/*.md`, `**\/notes/{a,b}.md`) as a regular expression over
 * '/'-separated paths: `**` crosses folders, `*` and `?` do not, `{a,b}`
 * chooses, `[a-z]` and `[!a]` are classes. No construct repeats a repetition, so matching stays cheap on
 * any path.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob.charAt(i + 1) === '*') {
      const slash = glob.charAt(i + 2) === '/';
      // `**/` is any number of folders, or none: one `.*` ending at a slash (no nested repetition).
      out += slash ? '(?:|.*/)' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[' && glob.indexOf(']', i + 2) > i) {
      // A character class, `[!…]` negated, never crossing a folder.
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&');
      out += body.startsWith('^') ? `[${body}/]` : `[${body}]`;
      i = end;
    } else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}${')'.repeat(braces)}$`);
}

/** `path` matches one of the `weeklyReview.files` globs, read relative to its workspace folder (none: anywhere). */
export function matchesReviewGlobs(path: string, globs: readonly string[], folder: string | undefined): boolean {
  if (globs.length === 0) return false;
  const relative = folder !== undefined ? path.slice(folder.replace(/\/$/, '').length + 1) : path;
  return globs.some((glob) => {
    const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '');
    return globMatcher(folder !== undefined ? pattern : `**/${pattern}`)(relative);
  });
}

// ---------------------------------------------------------------------------
// Glob matching in time linear in the path (times the glob's length).
//
// The regular expression of `globToRegExp` backtracks: `*a*a*a*a*b.md` is
// `[^/]*a[^/]*a…`, and against a long name of a's without a b it tries every
// way of splitting the name (a 200-character name took 3 s with 5 stars, 34 s
// with 7 at 100 characters). A glob setting comes from the workspace's own
// settings, and every markdown file opened is tested against it, so the
// editor froze. The same language is read here into a small automaton whose
// states are all followed at once: each character of the path is looked at
// once per state. A class that is not a valid regular-expression class
// (`[z-a]`, which made `globToRegExp` throw) matches nothing.

type CharTest = (char: string) => boolean;

/** An automaton: each state's consuming moves and its empty moves. */
interface Automaton {
  moves: { test: CharTest; to: number }[][];
  empty: number[][];
}

const notSlash: CharTest = (char) => char !== '/';
/** What `.` matches in a regular expression without the `s` flag. */
const notLineEnd: CharTest = (char) => char !== '\n' && char !== '\r' && char !== '\u2028' && char !== '\u2029';

function classTest(body: string): CharTest {
  try {
    const single = new RegExp(`^${body.startsWith('^') ? `[${body}/]` : `[${body}]`}$`);
    return (char) => single.test(char);
  } catch {
    return () => false;
  }
}

/** What the glob's one-character construct at `i` (`?`, a class, a literal) matches, and where it ends. */
function oneCharacter(glob: string, i: number): { test: CharTest; last: number } {
  const c = glob.charAt(i);
  if (c === '?') return { test: notSlash, last: i };
  const end = c === '[' ? glob.indexOf(']', i + 2) : -1;
  if (end > i) return { test: classTest(glob.slice(i + 1, end).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&')), last: end };
  return { test: (char) => char === c, last: i };
}

/** Compiles the glob (the language of `globToRegExp`) into `automaton`; returns the accepting state. */
function compileGlob(glob: string, automaton: Automaton): number {
  const state = () => {
    automaton.empty.push([]);
    return automaton.moves.push([]) - 1;
  };
  const move = (from: number, test: CharTest, to: number) => automaton.moves[from]?.push({ test, to });
  const empty = (from: number, to: number) => automaton.empty[from]?.push(to);
  // Each open `{`: the state it opened at, and the state its choices join at.
  const groups: { start: number; end: number }[] = [];
  let current = state();
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    const group = groups[groups.length - 1];
    if (c === '*' && glob.charAt(i + 1) === '*') {
      const slash = glob.charAt(i + 2) === '/';
      const loop = state();
      empty(current, loop);
      move(loop, notLineEnd, loop);
      if (slash) {
        const end = state();
        empty(current, end);
        move(loop, (char) => char === '/', end);
        current = end;
      } else current = loop;
      i += slash ? 2 : 1;
    } else if (c === '*') {
      const loop = state();
      empty(current, loop);
      move(loop, notSlash, loop);
      current = loop;
    } else if (c === '{') {
      const start = state();
      empty(current, start);
      groups.push({ start, end: state() });
      current = state();
      empty(start, current);
    } else if (c === '}' && group) {
      empty(current, group.end);
      current = group.end;
      groups.pop();
    } else if (c === ',' && group) {
      empty(current, group.end);
      current = state();
      empty(group.start, current);
    } else {
      const { test, last } = oneCharacter(glob, i);
      const next = state();
      move(current, test, next);
      current = next;
      i = last;
    }
  }
  // Braces left open close at the end, as `globToRegExp` closes them.
  for (let group = groups.pop(); group; group = groups.pop()) {
    empty(current, group.end);
    current = group.end;
  }
  return current;
}

/** Adds `state` and every state its empty moves reach to `set` (marked in `seen`). */
function close(automaton: Automaton, state: number, set: number[], seen: Uint8Array): void {
  const stack = [state];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen[next]) continue;
    seen[next] = 1;
    set.push(next);
    for (const to of automaton.empty[next] ?? []) stack.push(to);
  }
}

/** Whether a whole path matches the glob: what `globToRegExp(glob).test(path)` answers, in linear time. */
export function globMatcher(glob: string): (path: string) => boolean {
  const automaton: Automaton = { moves: [], empty: [] };
  const accept = compileGlob(glob, automaton);
  const states = automaton.moves.length;
  return (path) => {
    let seen = new Uint8Array(states);
    let current: number[] = [];
    close(automaton, 0, current, seen);
    for (let i = 0; i < path.length && current.length > 0; i++) {
      const char = path.charAt(i);
      const next: number[] = [];
      seen = new Uint8Array(states);
      for (const from of current) for (const { test, to } of automaton.moves[from] ?? []) if (test(char)) close(automaton, to, next, seen);
      current = next;
    }
    return current.includes(accept);
  };
}

export interface ReviewFacts {
  path: string;
  /** The `weeklyReview.files` globs in effect for the path. */
  globs: readonly string[];
  /** The path's workspace folder. */
  folder: string | undefined;
  /** The engine's own verdict on the text (`week:` front matter or a week in the name). */
  saysReview: boolean;
  /** The file is open in the editor (or named on a command line). */
  open: boolean;
}

/**
 * Whether a file belongs to the runs: week-named, or matched by the globs,
 * or a review by its front matter while it is open (a closed file is found by
 * name or glob only: reading every markdown file to find `week:` would make
 * indexing as slow as the largest repository).
 */
export function isRunReview(facts: ReviewFacts): boolean {
  if (isIgnoredPath(facts.path)) return false;
  if (weekFromFileName(baseName(facts.path)) !== undefined) return true;
  if (matchesReviewGlobs(facts.path, facts.globs, facts.folder)) return true;
  return facts.open && facts.saysReview;
}

/** The key of a run: the workspace folder (none for the CLI) and the rubric in effect (its file, or `built-in`). */
export function runKeyOf(folder: string | undefined, rubricFile: string): string {
  return `${folder ?? ''}\u0000${rubricFile}`;
}

/** The rubric file of a run key. */
export function rubricFileOfRunKey(key: string): string {
  return key.slice(key.indexOf('\u0000') + 1);
}

/** Groups items into runs by key, keeping the order of first appearance (the CLI prints runs in that order). */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}

/**
 * The reviews folder of the `weeklyReview.folder` setting, as path segments
 * under the workspace folder, or why it is refused: workspace settings come
 * from the repository, so a `..` is refused even in a trusted workspace.
 */
export function reviewsFolderSegments(setting: string, folderName: string): string[] | { refused: string } {
  const segments = setting.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { refused: `the "weeklyReview.folder" setting "${setting}" leads outside the workspace folder ${folderName}; name a folder inside it, such as "reviews".` };
  return segments;
}

/** Resolves `.` and `..`; undefined for anything but an absolute engine path or for `..` past the root. */
export function normalizedPath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** Restricted Mode, by the path's text: a reason when `path` is outside every workspace folder. */
export function outsideFoldersReason(path: string, folders: readonly string[], what: string): string | undefined {
  const normal = normalizedPath(path);
  if (normal !== undefined && folderOf(normal, folders) !== undefined) return undefined;
  return `Restricted Mode: ${what} ${path} is outside the workspace folders`;
}

/** A message naming files by engine path, with paths inside a workspace folder made relative to it (as an editor shows them). */
export function relativeToFolders(message: string, folders: readonly string[]): string {
  let out = message;
  for (const folder of folders) out = out.split(`${folder.replace(/\/$/, '')}/`).join('');
  return out;
}
