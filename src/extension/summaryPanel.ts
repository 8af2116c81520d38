// The "Summarize week" webview panel: opens beside the editor, follows the
// active review, and re-renders from the workspace engine's fresh analysis
// on every change (no extra parse). Security: strict CSP with a random
// nonce, resources only from media/, typed messages (src/shared/protocol.ts), and the
// script sets every user string as text. A serializer restores it on reload.
// The trend and people sections are the engine's history view of the review's
// run and follow it: a change to any review of the run re-renders the panel.

import * as vscode from 'vscode';
import type { ReviewState, ReviewWorkspace } from '../core';
import { isFromWebview, type FromWebview, type ToWebview, type WebviewState } from '../shared/protocol';
import { baseName, pathOf } from './host';
import { randomNonce } from './platform';
import { toVscodePosition } from './positions';
import type { ReviewDocuments } from './reviewDocuments';

const SUMMARY_VIEW_TYPE = 'weeklyReview.summary';

export class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[];
  /** The review the panel shows; stays put when the user switches to a non-review editor. */
  private current: vscode.Uri | undefined;
  private lastMessage: ToWebview | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly workspace: ReviewWorkspace,
    private readonly documents: ReviewDocuments,
  ) {
    this.subscriptions = [
      vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => this.restore(panel, state as WebviewState | undefined),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor) return;
        if (this.documents.stateOf(editor.document)) this.follow(editor.document.uri);
      }),
      workspace.onDidAnalyze((state) => {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (this.panel && this.current && pathOf(this.current) === state.path) void this.render(state);
        else if (this.panel && !this.current && active && pathOf(active) === state.path) this.follow(active);
      }),
      workspace.onDidForget((path) => {
        if (this.panel && this.current && pathOf(this.current) === path) this.post({ type: 'empty', reason: 'The review shown here was closed or is no longer a weekly review. Open a review to see its summary.' });
      }),
      // Any review of the run changed (on disk or in an editor): trends and people follow.
      workspace.onDidChangeRuns(() => {
        if (this.panel) this.refresh();
      }),
    ];
  }

  /** Shows the panel for a review (the active editor's when `uri` is not given). */
  async show(uri?: vscode.Uri): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, 'Weekly Review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
      this.adopt(panel);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    if (document && (await this.documents.fresh(document))) this.follow(document.uri);
    else if (!this.current) this.post({ type: 'empty', reason: 'Open a weekly review (a markdown file with `week:` in its front matter, or an ISO week such as 2026-W47 in its name) to see its summary.' });
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      enableFindWidget: true,
    };
  }

  private async restore(panel: vscode.WebviewPanel, state: WebviewState | undefined): Promise<void> {
    this.panel?.dispose();
    this.adopt(panel);
    if (state?.documentUri) {
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.documentUri, true));
        if (await this.documents.fresh(document)) this.follow(document.uri);
        return;
      } catch {
        // The file is gone; fall through to the active editor.
      }
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && (await this.documents.fresh(active))) this.follow(active.uri);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'icon.png');
    panel.webview.html = this.html(panel.webview);
    this.panelSubscriptions = [
      panel.onDidDispose(() => this.onPanelDisposed()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isFromWebview(message)) void this.onMessage(message);
      }),
    ];
  }

  private onPanelDisposed(): void {
    for (const subscription of this.panelSubscriptions) subscription.dispose();
    this.panelSubscriptions = [];
    this.panel = undefined;
    this.current = undefined;
    this.lastMessage = undefined;
  }

  private follow(uri: vscode.Uri): void {
    this.current = uri;
    this.refresh();
  }

  private refresh(): void {
    const state = this.current ? this.documents.stateOf(this.current) : undefined;
    if (state) void this.render(state);
  }

  private async render(state: ReviewState): Promise<void> {
    const summary = state.summary;
    if (!summary) {
      const failure = state.rubric.ok ? 'this review has no rubric' : `the rubric ${state.rubric.file} is broken: ${state.rubric.problems[0]?.message ?? ''}`;
      this.post({ type: 'empty', reason: `Nothing to summarize: ${failure}.` });
      return;
    }
    const rubric = state.analysis.document.rubric;
    // The run's trends and people as of this review's week; none while it is not indexed yet.
    const history = this.workspace.historyView(state.path);
    this.post({
      type: 'summary',
      summary,
      fileName: baseName(state.path),
      documentUri: this.documents.uriOf(state.path).toString(),
      priorityNames: Object.fromEntries((rubric?.priorities ?? []).map((p) => [p.id, p.name])),
      groupNames: Object.fromEntries((rubric?.groups ?? []).map((g) => [g.id, g.name])),
      ...(history ? { history } : {}),
    });
  }

  private post(message: ToWebview): void {
    this.lastMessage = message;
    if (this.panel) {
      this.panel.title = message.type === 'summary' ? `Weekly Review ${message.summary.week ?? message.fileName}` : 'Weekly Review';
      void this.panel.webview.postMessage(message);
    }
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        if (this.lastMessage) this.post(this.lastMessage);
        else this.refresh();
        return;
      case 'reveal':
        await this.reveal(message.line);
        return;
      case 'openWeek':
        await this.openWeek(message.week, message.line);
        return;
      case 'openRubric':
        await vscode.commands.executeCommand('weeklyReview.openRubric');
        return;
    }
  }

  /** Opens the run's review of `week` (the first by path, as trends use), at `line` when given. */
  private async openWeek(week: string, line?: number): Promise<void> {
    const review = this.current ? this.workspace.reviewOfWeek(pathOf(this.current), week) : undefined;
    if (review === undefined) return;
    await this.reveal(line ?? 1, this.documents.uriOf(review));
  }

  /** Reveals and selects a 1-based line of a review (the current one by default) in its editor. */
  private async reveal(line: number, uri = this.current): Promise<void> {
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(uri);
    if (line > document.lineCount) return;
    const existing = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === document.uri.toString());
    const start = toVscodePosition({ line, column: 1 });
    const text = document.lineAt(start.line);
    const selection = new vscode.Selection(text.range.start.translate(0, text.firstNonWhitespaceCharacterIndex), text.range.end);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private html(webview: vscode.Webview): string {
    const nonce = createNonce();
    const media = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', ...path)).toString();
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('summary.css')}">
<title>Weekly Review</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="loading">Summarizing the week…</p></main>
<script nonce="${nonce}" src="${media('dist', 'summary.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const subscription of [...this.panelSubscriptions, ...this.subscriptions]) subscription.dispose();
  }
}

/** 192 random bits from Web Crypto (Node and browser alike); a fresh nonce per HTML load, so no script can guess it. */
function createNonce(): string {
  return randomNonce();
}
