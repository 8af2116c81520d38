// The writes behind "teach it" and "remember", planned as plain file changes
// so that every host applies them its own way (VS Code: an undoable edit and
// a save; a language server: a WorkspaceEdit the client applies). A new file
// is created exclusively, never over an existing one; an existing file gets
// its whole text replaced by the edited text, which keeps every line the user
// wrote (the `yaml` Document API edits in place).

import type { RubricResolution } from '../rubric/resolve';
import type { RememberedVerdict } from '../memory/verdicts';
import { rememberVerdict, VERDICTS_FILE } from '../memory/verdicts';
import { teachRubric, TAUGHT_RUBRIC_FILE, type CategoryLesson } from '../features/teach';
import { BUILTIN_RUBRIC_SOURCE } from '../rubric/load';
import { baseName, outsideFoldersReason } from './reviews';

export interface FileChange {
  /** Engine path of the file written. */
  path: string;
  /** true: the file does not exist and is created with `text` (a host must fail if it appeared meanwhile). */
  create: boolean;
  /** The file's whole text after the change. */
  text: string;
  /** The file's text before (replace only): a host replaces exactly this. */
  previous?: string;
}

export type PlannedChange = FileChange | { refused: string };

export interface ChangeContext {
  folder: string | undefined;
  trusted: boolean;
  folders: readonly string[];
  read(path: string): Promise<string | undefined>;
  /** The host's reason not to touch `path` beyond its text (Restricted Mode: its real path, or its folder's, leads outside). */
  refuse?(path: string): string | undefined | Promise<string | undefined>;
}

/**
 * Restricted Mode: why the file may not be written. Its text is checked, and
 * then the host's real path: a file not there yet under a linked folder
 * (`.weekly-review` leading outside) was planned as a creation, and the
 * language server's client would have created it where the link leads.
 */
async function refusedOutside(path: string, context: ChangeContext): Promise<string | undefined> {
  if (context.trusted) return undefined;
  return outsideFoldersReason(path, context.folders, 'file') ?? (await context.refuse?.(path));
}

/** Teach `lesson` to the rubric of a review: edit its rubric file, or start `.weekly-review.yaml` at the folder's root. */
export async function planTeach(rubric: RubricResolution, lesson: CategoryLesson, context: ChangeContext): Promise<PlannedChange> {
  const builtIn = rubric.file === 'built-in' || rubric.file === BUILTIN_RUBRIC_SOURCE;
  if (builtIn) {
    if (context.folder === undefined) return { refused: 'open the review inside a workspace folder to teach its rubric (the lesson goes into a .weekly-review.yaml there).' };
    const path = `${context.folder}/${TAUGHT_RUBRIC_FILE}`;
    const refused = await refusedOutside(path, context);
    if (refused !== undefined) return { refused };
    if ((await context.read(path)) !== undefined) return { refused: `${TAUGHT_RUBRIC_FILE} exists in ${baseName(context.folder)} but this review uses the built-in rubric (a setting or its front matter says so). Add the lesson there by hand, or point the review at that file.` };
    return { path, create: true, text: teachRubric(path, undefined, lesson) };
  }
  const refused = await refusedOutside(rubric.file, context);
  if (refused !== undefined) return { refused };
  const previous = await context.read(rubric.file);
  if (previous === undefined) return { refused: `cannot read ${rubric.file} to teach it.` };
  try {
    return { path: rubric.file, create: false, text: teachRubric(rubric.file, previous, lesson), previous };
  } catch (error) {
    return { refused: `cannot teach ${rubric.file}: ${(error as Error).message}.` };
  }
}

/** Append a remembered verdict to `.weekly-review/verdicts.yaml` at the folder's root. */
export async function planRemember(entry: RememberedVerdict, context: ChangeContext): Promise<PlannedChange> {
  if (context.folder === undefined) return { refused: 'open the review inside a workspace folder to remember verdicts (they go into .weekly-review/verdicts.yaml there).' };
  const path = `${context.folder}/${VERDICTS_FILE}`;
  const refused = await refusedOutside(path, context);
  if (refused !== undefined) return { refused };
  const previous = await context.read(path);
  try {
    const text = rememberVerdict(previous, entry);
    return previous === undefined ? { path, create: true, text } : { path, create: false, text, previous };
  } catch (error) {
    return { refused: `cannot update ${VERDICTS_FILE}: ${(error as Error).message}.` };
  }
}

/** A snippet's text with its placeholders filled by their defaults (`${1:outcome}` → `outcome`), for hosts without snippet edits. */
export function snippetAsText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}
