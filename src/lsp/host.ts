// The language server's workspace host (core/workspace/host.ts): folders from
// `initialize`, files found with tinyglobby and read from disk (the client's
// open text first), watch events from `workspace/didChangeWatchedFiles`,
// settings from `workspace/configuration` (section `weeklyReview`, per
// folder), trust from `initializationOptions.trusted`, real timers.
//
// Restricted Mode, as in VS Code: the path settings (files, folder, rubric)
// are not taken from the client (a workspace's own configuration could point
// them anywhere), nothing outside the folders is read (the engine's text
// check), and a path inside that is a link leading outside is refused here
// by its real path.

import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SETTINGS, parseSettings, systemClock, workspaceFolderOf, type Disposable, type WatchEvent, type WorkspaceHost, type WorkspaceSettings } from '../core';
import { markdownFilesUnder, MAX_REVIEW_BYTES, MAX_RUBRIC_BYTES, readTextFile, unreadableRubric } from '../cli/files';

export interface LspHostOptions {
  folders: string[];
  trusted: boolean;
  /** The open document's text, if the client has it open. */
  openText(path: string): string | undefined;
  log(message: string): void;
}

/**
 * Where `file` really is: its real path, or for a file not there yet (one a
 * fix would create) its nearest existing folder's real path with the rest,
 * so `.weekly-review/verdicts.yaml` under a linked `.weekly-review` is placed
 * where the link leads. A link to a missing file is a reason, not a place.
 */
export async function realPathOf(file: string): Promise<string | { why: string } | undefined> {
  let rest = '';
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    try {
      return (await realpath(at)) + rest;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
      if (await lstat(at).then(() => true, () => false)) return { why: 'is a link to a missing file' };
      if (path.dirname(at) === at) return undefined;
      rest = `${path.sep}${path.basename(at)}${rest}`;
    }
  }
}

export class LspHost implements WorkspaceHost {
  readonly clock = systemClock;
  private folderList: string[];
  private readonly listeners = new Set<(event: WatchEvent) => void>();
  private windowSettings: WorkspaceSettings = DEFAULT_SETTINGS;
  private readonly folderSettings = new Map<string, WorkspaceSettings>();

  constructor(private readonly options: LspHostOptions) {
    this.folderList = options.folders;
  }

  folders(): readonly string[] {
    return this.folderList;
  }

  setFolders(folders: string[]): void {
    this.folderList = folders;
  }

  async listFiles(): Promise<readonly string[]> {
    const found = await Promise.all(this.folderList.map((folder) => markdownFilesUnder(folder).catch(() => [])));
    return [...new Set(found.flat().map((file) => file.split(path.sep).join('/')))].sort();
  }

  async readFile(file: string): Promise<string | undefined> {
    const open = this.options.openText(file);
    if (open !== undefined) return open;
    // Restricted Mode: a file inside that is a link leading outside is not read (a review, like a rubric).
    if ((await this.refuseRead(file)) !== undefined) return undefined;
    const read = await readTextFile(file, /\.(md|markdown)$/i.test(file) ? MAX_REVIEW_BYTES : MAX_RUBRIC_BYTES, 'a file');
    return 'text' in read ? read.text : undefined;
  }

  watch(listener: (event: WatchEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  fire(event: WatchEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  settings(file: string | undefined): WorkspaceSettings {
    const folder = file === undefined ? undefined : workspaceFolderOf(file, this.folderList);
    const settings = (folder !== undefined ? this.folderSettings.get(folder) : undefined) ?? this.windowSettings;
    if (this.options.trusted) return settings;
    return { ...settings, files: DEFAULT_SETTINGS.files, folder: DEFAULT_SETTINGS.folder, rubric: DEFAULT_SETTINGS.rubric };
  }

  /** The `weeklyReview` sections the client answered: the window's, then one per folder. */
  setSettings(window: unknown, perFolder: readonly unknown[]): void {
    this.windowSettings = parseSettings(window);
    this.folderSettings.clear();
    this.folderList.forEach((folder, i) => this.folderSettings.set(folder, parseSettings(perFolder[i] ?? window)));
  }

  isTrusted(): boolean {
    return this.options.trusted;
  }

  async refuseRead(file: string): Promise<string | undefined> {
    if (this.options.trusted) return undefined;
    const found = await realPathOf(file);
    if (found === undefined) return undefined;
    if (typeof found !== 'string') return `Restricted Mode: rubric path ${file} ${found.why}`;
    const real = found.split(path.sep).join('/');
    for (const folder of this.folderList) {
      const root = await realpath(folder).then((r) => r.split(path.sep).join('/'), () => folder);
      if (real.startsWith(`${root}/`)) return undefined;
    }
    return `Restricted Mode: rubric path ${file} leads to ${real}, outside the workspace folders`;
  }

  unreadable(file: string): string | undefined {
    return unreadableRubric(file);
  }

  log(message: string): void {
    this.options.log(message);
  }
}
