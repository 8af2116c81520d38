// Which rubric applies to a review (docs/RUBRIC.md): front matter `rubric:` >
// the host's setting (`--rubric`, `weeklyReview.rubric`) > the nearest
// `.weekly-review.yaml|yml|json` in the review's folder or above > the
// built-in `cto`. Loaded files are cached until `forget()`. A host may refuse
// a read (Restricted Mode: nothing outside the workspace); the refusal is
// reported as the rubric's problem, so the review says why it is not judged.

import { BUILTIN_RUBRIC_NAME, BUILTIN_RUBRIC_SOURCE, builtinRubric, loadRubric, resolveRelativePath, type ReadFile, type RefusePath } from './load';
import { RubricError, type Rubric, type RubricProblem } from './model';
import { parseVerdicts, VERDICTS_FILE, type VerdictMemory } from '../memory/verdicts';

export const RUBRIC_FILE_NAMES = ['.weekly-review.yaml', '.weekly-review.yml', '.weekly-review.json'] as const;

export type RubricResolution =
  | { ok: true; rubric: Rubric; file: string; memory?: VerdictMemory }
  | { ok: false; file: string; problems: RubricProblem[] };

export interface RubricFiles {
  readFile: ReadFile;
  /** A reason to refuse reading `path` (e.g. outside the workspace in Restricted Mode), or undefined to allow it; awaited before every read. */
  refuseRead?: RefusePath;
  /**
   * Why an existing file cannot be read as text (a FIFO, a directory, too
   * large, a link `refuseRead` refused), or undefined: reported, never waited
   * on. Asked after `refuseRead`, whose answer it may repeat.
   */
  unreadable?(path: string): string | undefined;
}

export interface RubricResolver {
  /** `named` is the front matter's `rubric:`; `setting` the host's rubric path. */
  resolve(reviewPath: string, named: string | undefined, setting: string | undefined): Promise<RubricResolution>;
  /** Validates a rubric file on its own; every problem at its file and position. */
  check(path: string, text: string): Promise<RubricProblem[]>;
  forget(): void;
  cachedFiles(): number;
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : slash === 0 ? '/' : '';
}

/**
 * Whether a rubric file is at a place. A rubric that is there but cannot be read (a FIFO, a
 * directory, a link the host refused to follow) is reported, not passed over; a refused place
 * (outside the workspace) is passed over, and never read.
 */
function rubricFileProbe(files: RubricFiles, refusalOf: (path: string) => Promise<string | undefined>): (candidate: string) => Promise<boolean> {
  return async (candidate) => {
    const refused = await refusalOf(candidate);
    if (files.unreadable?.(candidate) !== undefined) return true;
    return refused === undefined && (await files.readFile(candidate)) !== undefined;
  };
}

/** The lookup of the folder above `folder` (started now, its failure handled if nobody awaits it), or `none` at the top. */
function aboveOf<T>(folder: string, lookup: (folder: string) => Promise<T>, none: T): Promise<T> {
  const parent = folderOf(folder);
  if (!parent || parent === folder) return Promise.resolve(none);
  const above = lookup(parent);
  above.catch(() => undefined);
  return above;
}

function problemAtTop(file: string, message: string): RubricProblem[] {
  return [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message }];
}

async function loadOrProblems(load: () => Promise<Rubric>): Promise<{ rubric: Rubric } | { problems: RubricProblem[] }> {
  try {
    return { rubric: await load() };
  } catch (error) {
    if (error instanceof RubricError) return { problems: error.problems };
    throw error;
  }
}

/** Remembered verdicts: the nearest `.weekly-review/verdicts.yaml` in the review's folder or above, read like a rubric file and cached per folder. */
function createMemoryLookup(read: ReadFile): { prefetch(reviewPath: string): void; attach(reviewPath: string, resolution: RubricResolution): Promise<RubricResolution>; forget(): void } {
  const byFolder = new Map<string, Promise<{ memory?: VerdictMemory; problems: RubricProblem[] }>>();
  const find = (folder: string): Promise<{ memory?: VerdictMemory; problems: RubricProblem[] }> => {
    let pending = byFolder.get(folder);
    if (!pending) {
      pending = (async () => {
        const candidate = folder === '/' ? `/${VERDICTS_FILE}` : `${folder}/${VERDICTS_FILE}`;
        // The folders above are asked at the same time, not after: in an editor each read is a round trip.
        const above = aboveOf(folder, find, { problems: [] });
        const text = await read(candidate);
        if (text !== undefined) return parseVerdicts(candidate, text);
        return above;
      })();
      byFolder.set(folder, pending);
    }
    return pending;
  };
  return {
    /** Starts looking for the review's verdicts file, so it is read while the rubric is. */
    prefetch: (reviewPath) => void find(folderOf(reviewPath)).catch(() => undefined),
    /** The resolution with the review's remembered verdicts, unless its rubric turns memory off; a broken verdicts file is the review's rubric problem. */
    async attach(reviewPath, resolution) {
      if (!resolution.ok || !resolution.rubric.memory) return resolution;
      const found = await find(folderOf(reviewPath));
      if (found.problems.length > 0) return { ok: false, file: found.problems[0]?.file ?? VERDICTS_FILE, problems: found.problems };
      return found.memory && found.memory.entries.length > 0 ? { ...resolution, memory: found.memory } : resolution;
    },
    forget: () => byFolder.clear(),
  };
}

function problemsOf(loaded: { rubric: Rubric } | { problems: RubricProblem[] }): RubricProblem[] {
  return 'problems' in loaded ? loaded.problems : [];
}

function builtinResolution(): RubricResolution {
  return { ok: true, rubric: builtinRubric(), file: BUILTIN_RUBRIC_SOURCE };
}

export function createRubricResolver(files: RubricFiles): RubricResolver {
  const byFile = new Map<string, Promise<RubricResolution>>();
  const nearestByFolder = new Map<string, Promise<string | undefined>>();
  // Reads go through the refusal check, so `extends` chains are guarded too.
  const refusalOf = async (path: string): Promise<string | undefined> => files.refuseRead?.(path);
  const guardedRead: ReadFile = async (path) => ((await refusalOf(path)) !== undefined ? undefined : files.readFile(path));

  const loadFile = (file: string): Promise<RubricResolution> => {
    let pending = byFile.get(file);
    if (!pending) {
      pending = (async (): Promise<RubricResolution> => {
        const refused = await refusalOf(file);
        if (refused !== undefined) return { ok: false, file, problems: problemAtTop(file, refused) };
        const unreadable = files.unreadable?.(file);
        if (unreadable !== undefined) return { ok: false, file, problems: problemAtTop(file, unreadable) };
        const text = await files.readFile(file);
        if (text === undefined) return { ok: false, file, problems: problemAtTop(file, `rubric file ${file} cannot be read; check the path (relative to the review) or use "cto"`) };
        const loaded = await loadOrProblems(() => loadRubric(file, text, guardedRead, refusalOf, files.unreadable));
        return 'rubric' in loaded ? { ok: true, rubric: loaded.rubric, file } : { ok: false, file, problems: loaded.problems };
      })();
      byFile.set(file, pending);
    }
    return pending;
  };

  const isThere = rubricFileProbe(files, refusalOf);

  const findNearest = (folder: string): Promise<string | undefined> => {
    let pending = nearestByFolder.get(folder);
    if (!pending) {
      pending = (async () => {
        // Every place is asked at once, this folder's names and the folders above: in an editor each
        // read is a round trip (twenty in a row took 3 s while VS Code opened the review). The answer
        // is the same: the first name here that is there, else the nearest above.
        const above = aboveOf<string | undefined>(folder, findNearest, undefined);
        const candidates = RUBRIC_FILE_NAMES.map((name) => (folder === '/' ? `/${name}` : `${folder}/${name}`));
        const present = await Promise.all(candidates.map(isThere));
        return candidates.find((_, at) => present[at]) ?? above;
      })();
      nearestByFolder.set(folder, pending);
    }
    return pending;
  };

  const memories = createMemoryLookup(guardedRead);
  const named = (path: string): Promise<RubricResolution> => (path === BUILTIN_RUBRIC_NAME ? Promise.resolve(builtinResolution()) : loadFile(path));

  const rubricOf = async (reviewPath: string, fromFrontMatter: string | undefined, setting: string | undefined): Promise<RubricResolution> => {
    if (fromFrontMatter !== undefined) return named(fromFrontMatter === BUILTIN_RUBRIC_NAME ? fromFrontMatter : resolveRelativePath(reviewPath, fromFrontMatter));
    if (setting) return named(setting);
    const nearest = await findNearest(folderOf(reviewPath));
    return nearest ? loadFile(nearest) : builtinResolution();
  };

  return {
    resolve: async (reviewPath, fromFrontMatter, setting) => {
      memories.prefetch(reviewPath);
      return memories.attach(reviewPath, await rubricOf(reviewPath, fromFrontMatter, setting));
    },
    check: async (path, text) => problemsOf(await loadOrProblems(() => loadRubric(path, text, guardedRead, refusalOf, files.unreadable))),
    forget() {
      byFile.clear();
      nearestByFolder.clear();
      memories.forget();
    },
    cachedFiles: () => byFile.size,
  };
}
