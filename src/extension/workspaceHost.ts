// The workspace engine's host inside VS Code (core/workspace/host.ts), as
// src/lsp/host.ts is the language server's: workspace folders as engine
// paths; the files that can be reviews, found with workspace.findFiles
// (week-named markdown, and each folder's `weeklyReview.files` globs) so that
// indexing never reads every markdown file of a large repository; reads
// through host.ts (an open document's text first; in Restricted Mode a
// review on disk that is a link leading outside is not read, and a rubric
// is refused by its real path); watch events from one FileSystemWatcher over
// markdown; the `weeklyReview.*` settings of each file (VS Code itself drops
// a workspace's values of the restricted settings in Restricted Mode);
// workspace trust; real timers. Rubric, people and verdicts files are
// watched by rubricWatcher.ts, which also checks them and shows their problems.

import * as vscode from 'vscode';
import { isIgnoredPath, isWeekNamed, MARKDOWN_GLOB, systemClock, WEEK_NAMED_GLOB, type Disposable, type WatchEvent, type WorkspaceHost, type WorkspaceSettings } from '../core';
import { readSettings } from './config';
import { isOpenInEditor, pathOf, readText, refusedFileThere, refuseOutsideWorkspace, uriOf } from './host';

const MARKDOWN = /\.(md|markdown)$/i;

export class VscodeWorkspaceHost implements WorkspaceHost, vscode.Disposable {
  readonly clock = systemClock;
  private readonly listeners = new Set<(event: WatchEvent) => void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly output: vscode.LogOutputChannel) {
    const fire = (kind: WatchEvent['kind']) => (uri: vscode.Uri) => {
      for (const listener of this.listeners) listener({ kind, path: pathOf(uri) });
    };
    this.subscriptions = [this.watcher, this.watcher.onDidCreate(fire('created')), this.watcher.onDidChange(fire('changed')), this.watcher.onDidDelete(fire('deleted'))];
  }

  folders(): readonly string[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => pathOf(folder.uri));
  }

  async listFiles(): Promise<readonly string[]> {
    const found = new Set<string>();
    const add = (uris: readonly vscode.Uri[]) => {
      for (const uri of uris) if (!isIgnoredPath(pathOf(uri))) found.add(pathOf(uri));
    };
    add((await vscode.workspace.findFiles(WEEK_NAMED_GLOB)).filter((uri) => isWeekNamed(pathOf(uri))));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of readSettings(folder.uri).files) add(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob)));
    }
    return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async readFile(path: string): Promise<string | undefined> {
    // Restricted Mode: a review that is a link to a file outside the workspace is not read (an editor's own text is the user's choice).
    if (MARKDOWN.test(path) && !isOpenInEditor(path) && (await refuseOutsideWorkspace(path, 'review')) !== undefined) return undefined;
    return readText(path);
  }

  watch(listener: (event: WatchEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  settings(path: string | undefined): WorkspaceSettings {
    return path === undefined ? readSettings() : readSettings(uriOf(path));
  }

  isTrusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  refuseRead(path: string): Promise<string | undefined> {
    return refuseOutsideWorkspace(path);
  }

  unreadable(path: string): string | undefined {
    return refusedFileThere(path);
  }

  log(message: string): void {
    this.output.error(message);
  }

  dispose(): void {
    this.listeners.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
