// Watches rubric files (`.weekly-review.{yaml,yml,json}` anywhere, plus the
// file named by `weeklyReview.rubric`): when one changes on disk the engine's
// rubric cache is dropped, the rubric is validated (problems shown in the
// rubric file itself) and every open review is checked again. A `people.yaml`
// is part of the rubric beside it: its change re-checks that rubric (its
// problems show in people.yaml) and everything the rubric judges. Either way
// the review runs are re-indexed (`onRubricsChanged`).

import * as vscode from 'vscode';
import type { ReviewService } from '../core';
import { PEOPLE_FILE_NAME, RUBRIC_FILE_NAMES } from '../core';
import { analysisOptionsFor } from './config';
import { uriOf } from './host';
import type { ReviewStore } from './reviewStore';

export class RubricWatcher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private settingWatchers: vscode.Disposable[] = [];

  constructor(
    private readonly service: ReviewService,
    private readonly store: ReviewStore,
    private readonly readText: (uri: vscode.Uri) => Promise<string | undefined>,
    private readonly onRubricsChanged: () => void = () => undefined,
  ) {
    // Remembered verdicts are read with the rubric: a change re-checks every review the same way.
    this.disposables.push(this.watch('**/.weekly-review.{yaml,yml,json}'), this.watch('**/.weekly-review/verdicts.yaml'), this.watchPeople());
    this.watchSettingRubrics();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('weeklyReview.rubric')) this.watchSettingRubrics();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchSettingRubrics()),
    );
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
    await this.store.checkRubricFile(uri, deleted ? undefined : await this.readText(uri));
    this.store.recheckAll();
    this.onRubricsChanged();
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
      if (text !== undefined) await this.store.checkRubricFile(rubric, text);
    }
    this.store.recheckAll();
    this.onRubricsChanged();
  }

  dispose(): void {
    for (const disposable of [...this.settingWatchers, ...this.disposables]) disposable.dispose();
  }
}
