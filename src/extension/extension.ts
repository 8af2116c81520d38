// Entry point of the VS Code extension: wires the engine (src/core) to VS Code.
// Every feature reads the diagnostics controller's latest analysis, so a
// review is parsed once per change. Everything registered here is pushed to
// context.subscriptions and disposed on deactivation.

import * as vscode from 'vscode';
import { createReviewService } from '../core';
import { ReviewCodeActionProvider } from './codeActions';
import { CategoryLensProvider } from './codeLens';
import { ReviewController } from './diagnostics';
import { ActivityHoverProvider } from './hover';
import { createVscodeHost, pathOf } from './host';
import { newWeeklyReview } from './newReview';
import { openRubric } from './openRubric';
import { RubricWatcher } from './rubricWatcher';
import { ReviewStatusItem } from './statusBar';
import { SummaryPanel } from './summaryPanel';
import { insertSummaryTable } from './summaryTable';
import { TrendHistory } from './trends';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Weekly Review', { log: true });
  const host = createVscodeHost(log);
  const service = createReviewService(host);
  const collection = vscode.languages.createDiagnosticCollection('weekly-review');
  const controller = new ReviewController(service, collection, log);
  const panel = new SummaryPanel(context.extensionUri, controller, new TrendHistory(service));
  const lenses = new CategoryLensProvider(controller);

  context.subscriptions.push(
    log,
    collection,
    controller,
    new RubricWatcher(service, controller, (uri) => host.readFile(pathOf(uri))),
    new ReviewStatusItem(controller),
    panel,
    lenses,
    vscode.languages.registerHoverProvider(MARKDOWN, new ActivityHoverProvider(controller)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ReviewCodeActionProvider(controller), ReviewCodeActionProvider.metadata),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lenses),
    vscode.commands.registerCommand('weeklyReview.summarize', (uri?: unknown) => panel.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('weeklyReview.newReview', () => newWeeklyReview(service)),
    vscode.commands.registerCommand('weeklyReview.insertSummaryTable', () => insertSummaryTable(controller, vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('weeklyReview.openRubric', () => openRubric(service, controller)),
  );

  // Rubric files that are already open get their problems shown right away.
  for (const document of vscode.workspace.textDocuments) {
    if (controller.isRubricDocument(document)) void controller.checkRubricFile(document.uri, document.getText());
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
