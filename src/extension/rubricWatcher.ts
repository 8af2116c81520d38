// Rubric files in VS Code: watched on disk (`.weekly-review.{yaml,yml,json}`
// anywhere, the file named by `weeklyReview.rubric`, `people.yaml` and
// `.weekly-review/verdicts.yaml`) and followed while edited in an editor
// (debounced, unsaved text included: the host reads open documents first).
// A change tells the workspace engine, which reads rubrics again, checks every
// open review again and (for a change on disk) re-reads the runs; the rubric
// itself is validated and its problems are announced (onDidCheckRubric) for
// the rubric file. A `people.yaml` is part of the rubric beside it: its change
// re-checks that rubric, whose problems show in people.yaml. Which file is a
// rubric is the engine's word (`isRubricFile`).

import * as vscode from 'vscode';
import type { ReviewService, ReviewWorkspace, RubricProblem } from '../core';
import { PEOPLE_FILE_NAME, RUBRIC_FILE_NAMES } from '../core';
import { analysisOptionsFor, readSettings } from './config';
import { pathOf, uriOf } from './host';

/** Problems found in a rubric file itself (empty: it is fine, or gone). */
export interface RubricCheck {
  file: string;
  problems: RubricProblem[];
}

export class RubricWatcher implements vscode.Disposable {
  private readonly checked = new vscode.EventEmitter<RubricCheck>();
  private readonly disposables: vscode.Disposable[] = [this.checked];
  private settingWatchers: vscode.Disposable[] = [];
  private readonly edits = new Map<string, ReturnType<typeof setTimeout>>();
  /** Fires when a rubric file was validated on its own. */
  readonly onDidCheckRubric = this.checked.event;

  constructor(
    private readonly service: ReviewService,
    private readonly workspace: ReviewWorkspace,
    private readonly readText: (uri: vscode.Uri) => Promise<string | undefined>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // Remembered verdicts are read with the rubric: a change re-checks every review the same way.
    this.disposables.push(this.watch('**/.weekly-review.{yaml,yml,json}'), this.watch('**/.weekly-review/verdicts.yaml'), this.watchPeople());
    this.watchSettingRubrics();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.rubric')) this.watchSettingRubrics();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchSettingRubrics()),
      vscode.workspace.onDidOpenTextDocument((document) => this.edited(document, 0)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && this.isRubric(document)) this.edited(document, readSettings(document).debounceMs);
      }),
    );
    // Rubric files that are already open get their problems shown right away.
    for (const document of vscode.workspace.textDocuments) if (this.isRubric(document)) void this.check(document.uri, document.getText());
  }

  /** Validates a rubric file on its own (`text` undefined: it was deleted). */
  async check(uri: vscode.Uri, text: string | undefined): Promise<void> {
    const file = pathOf(uri);
    try {
      this.checked.fire({ file, problems: text === undefined ? [] : await this.service.checkRubricFile(file, text) });
    } catch (error) {
      this.log.error(`checking rubric ${file} failed: ${String(error)}`);
    }
  }

  private isRubric(document: vscode.TextDocument): boolean {
    // A keystroke in a review asks nothing more: a rubric is YAML or JSON, never markdown.
    return document.languageId !== 'markdown' && !document.isClosed && this.workspace.isRubricFile(pathOf(document.uri));
  }

  /** An open rubric's text, once the typing pauses: reviews are judged by it before it is saved. */
  private edited(document: vscode.TextDocument, delayMs: number): void {
    if (!this.isRubric(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.edits.get(key));
    this.edits.set(key, setTimeout(() => {
      this.edits.delete(key);
      void this.onRubricEdited(document);
    }, delayMs));
  }

  private async onRubricEdited(document: vscode.TextDocument): Promise<void> {
    if (!this.isRubric(document)) return;
    this.service.forgetRubrics();
    await this.check(document.uri, document.getText());
    // The open reviews are judged by the unsaved text; the runs follow once it is saved (the watcher).
    this.workspace.rubricsChanged(false);
  }

  private watch(pattern: vscode.GlobPattern): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const changed = (uri: vscode.Uri, deleted: boolean) => void this.onRubricChanged(uri, deleted);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidChange((uri) => changed(uri, false)),
      watcher.onDidCreate((uri) => changed(uri, false)),
      watcher.onDidDelete((uri) => changed(uri, true)),
    );
  }

  /** One watcher per workspace folder for the file `weeklyReview.rubric` names (it may have any name). */
  private watchSettingRubrics(): void {
    for (const disposable of this.settingWatchers) disposable.dispose();
    this.settingWatchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const path = analysisOptionsFor(folder.uri).options.rubricPath;
      if (!path || path === 'cto') continue;
      const uri = uriOf(path);
      const slash = uri.path.lastIndexOf('/');
      const parent = uri.with({ path: uri.path.slice(0, Math.max(slash, 1)) });
      this.settingWatchers.push(this.watch(new vscode.RelativePattern(parent, uri.path.slice(slash + 1))));
    }
  }

  private async onRubricChanged(uri: vscode.Uri, deleted: boolean): Promise<void> {
    this.service.forgetRubrics();
    await this.check(uri, deleted ? undefined : await this.readText(uri));
    this.workspace.rubricsChanged();
  }

  private watchPeople(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PEOPLE_FILE_NAME}`);
    const changed = (uri: vscode.Uri) => void this.onPeopleChanged(uri);
    return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  }

  /** Re-checks the rubric file beside a changed people.yaml (that is where its problems come from). */
  private async onPeopleChanged(uri: vscode.Uri): Promise<void> {
    this.service.forgetRubrics();
    for (const name of RUBRIC_FILE_NAMES) {
      const rubric = vscode.Uri.joinPath(uri, '..', name);
      const text = await this.readText(rubric);
      if (text !== undefined) await this.check(rubric, text);
    }
    this.workspace.rubricsChanged();
  }

  dispose(): void {
    for (const timer of this.edits.values()) clearTimeout(timer);
    for (const disposable of [...this.settingWatchers, ...this.disposables]) disposable.dispose();
  }
}
