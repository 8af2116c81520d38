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
    return globToRegExp(folder !== undefined ? pattern : `**/${pattern}`).test(relative);
  });
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
