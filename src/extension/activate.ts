// Activation shared by both entry points (extension.ts for Node, web.ts for the
// browser's web worker): wires the engine (src/core) to VS Code.
// The review store analyses each review once per change; diagnostics, hover,
// code actions, lenses, status item and summary panel are thin adapters over
// its latest state and the engine's features. Everything created here is
// pushed to context.subscriptions and disposed on deactivation. The review
// runs index every review file of the workspace for trends, people and the
// workspace-level diagnostics (duplicate weeks, overdue 1:1s).

import * as vscode from 'vscode';
import { createReviewService, type ReviewHost } from '../core';
import { ReviewCodeActionProvider } from './codeActions';
import { CategoryLensProvider } from './codeLens';
import { DiagnosticsPublisher } from './diagnostics';
import { CategoryHistoryHoverProvider } from './categoryHover';
import { HistoryDiagnostics } from './historyDiagnostics';
import { ActivityHoverProvider } from './hover';
import { createVscodeHost, pathOf, refuseOutsideWorkspace } from './host';
import { newWeeklyReview } from './newReview';
import { importCalendar, offerCalendarPrefill, type ImportCalendarArgs } from './importCalendar';
import { openRubric } from './openRubric';
import { ReviewRuns } from './reviewRuns';
import { ReviewStore } from './reviewStore';
import { RubricWatcher } from './rubricWatcher';
import { ReviewStatusItem } from './statusBar';
import { SummaryPanel } from './summaryPanel';
import { insertSummaryTable } from './summaryTable';
import { TEACH_COMMAND, teachCategory, type TeachArgs } from './teachCategory';
import { REMEMBER_COMMAND, rememberVerdictCommand, type RememberArgs } from './rememberVerdict';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** `notice`: what this platform cannot do, said once in the log when the extension starts. */
export function activateExtension(context: vscode.ExtensionContext, notice?: string): void {
  const log = vscode.window.createOutputChannel('Weekly Review', { log: true });
  if (notice) log.warn(notice);
  const host = createVscodeHost();
  const service = createReviewService(host);
  const store = new ReviewStore(service, log);
  // Subscribed before any document is analysed (the store's first runs wait for a timer).
  const publisher = new DiagnosticsPublisher(store);
  const runs = new ReviewRuns(service, store, log);
  const history = new HistoryDiagnostics(runs);
  const panel = new SummaryPanel(context.extensionUri, store, runs);
  const lenses = new CategoryLensProvider(store);

  context.subscriptions.push(
    log,
    store,
    publisher,
    runs,
    history,
    new RubricWatcher(service, store, (uri) => readAllowed(host, pathOf(uri)), () => runs.reindex()),
    new ReviewStatusItem(store),
    panel,
    lenses,
    vscode.languages.registerHoverProvider(MARKDOWN, new ActivityHoverProvider(store)),
    vscode.languages.registerHoverProvider(MARKDOWN, new CategoryHistoryHoverProvider(store, runs)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ReviewCodeActionProvider(store, runs), ReviewCodeActionProvider.metadata),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lenses),
    vscode.commands.registerCommand('weeklyReview.summarize', (uri?: unknown) => panel.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('weeklyReview.newReview', () => newWeeklyReview(service, new Date(), runs, (uri) => offerCalendarPrefill(service, uri))),
    vscode.commands.registerCommand('weeklyReview.importCalendar', (args?: ImportCalendarArgs) => importCalendar(service, args, () => newWeeklyReview(service, new Date(), runs))),
    vscode.commands.registerCommand('weeklyReview.insertSummaryTable', () => insertSummaryTable(store, vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('weeklyReview.openRubric', () => openRubric(service, store)),
    vscode.commands.registerCommand(TEACH_COMMAND, (args: TeachArgs) => teachCategory(store, args)),
    vscode.commands.registerCommand(REMEMBER_COMMAND, (args: RememberArgs) => rememberVerdictCommand(store, args)),
  );

  // Rubric files that are already open get their problems shown right away.
  for (const document of vscode.workspace.textDocuments) {
    if (store.isRubricDocument(document)) void store.checkRubricFile(document.uri, document.getText());
  }
}

/** The watcher reads changed rubric files itself: the same Restricted Mode rule applies. */
async function readAllowed(host: ReviewHost, path: string): Promise<string | undefined> {
  return (await refuseOutsideWorkspace(path)) === undefined ? host.readFile(path) : undefined;
}
