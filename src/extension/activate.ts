// Activation shared by both entry points (extension.ts for Node, web.ts for the
// browser's web worker): the workspace engine (createReviewWorkspace over
// VS Code's WorkspaceHost, workspaceHost.ts) decides; every module here is a
// thin adapter that tells it what the editor does (documents, settings,
// folders, rubric files) and shows what it gives (diagnostics, hover, code
// actions, lenses, status item, summary panel, the runs' workspace
// findings). Everything created here is pushed to context.subscriptions and
// disposed on deactivation.

import * as vscode from 'vscode';
import { createReviewService, createReviewWorkspace, reviewHostOf, type ReviewWorkspace, type WorkspaceHost } from '../core';
import { ReviewCodeActionProvider } from './codeActions';
import { CategoryLensProvider } from './codeLens';
import { DiagnosticsPublisher } from './diagnostics';
import { HistoryDiagnostics } from './historyDiagnostics';
import { ReviewHoverProvider } from './hover';
import { pathOf, refuseOutsideWorkspace } from './host';
import { newWeeklyReview } from './newReview';
import { importCalendar, offerCalendarPrefill, type ImportCalendarArgs } from './importCalendar';
import { openRubric } from './openRubric';
import { ReviewDocuments } from './reviewDocuments';
import { RubricWatcher } from './rubricWatcher';
import { IndexingItem, ReviewStatusItem } from './statusBar';
import { SummaryPanel } from './summaryPanel';
import { insertSummaryTable } from './summaryTable';
import { TEACH_COMMAND, teachCategory, type TeachArgs } from './teachCategory';
import { REMEMBER_COMMAND, rememberVerdictCommand, type RememberArgs } from './rememberVerdict';
import { VscodeWorkspaceHost } from './workspaceHost';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** `notice`: what this platform cannot do, said once in the log when the extension starts. */
export function activateExtension(context: vscode.ExtensionContext, notice?: string): void {
  const log = vscode.window.createOutputChannel('Weekly Review', { log: true });
  if (notice) log.warn(notice);
  const host = new VscodeWorkspaceHost(log);
  const service = createReviewService(reviewHostOf(host));
  const workspace = createReviewWorkspace(service, host);
  const rubrics = new RubricWatcher(service, workspace, (uri) => readAllowed(host, pathOf(uri)), log);
  // The open documents' first analyses wait for a timer: the publisher, made next, hears them.
  const documents = new ReviewDocuments(workspace);
  const publisher = new DiagnosticsPublisher(workspace, documents, rubrics);
  const panel = new SummaryPanel(context.extensionUri, workspace, documents);
  const newReview = (onCreated?: (uri: vscode.Uri) => Promise<void>) => newWeeklyReview(workspace, onCreated);

  context.subscriptions.push(
    log,
    host,
    { dispose: () => workspace.dispose() },
    documents,
    publisher,
    rubrics,
    new HistoryDiagnostics(workspace, documents),
    new ReviewStatusItem(workspace),
    new IndexingItem(workspace),
    panel,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('weeklyReview')) workspace.settingsChanged((key) => event.affectsConfiguration(`weeklyReview.${key}`));
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => workspace.settingsChanged()),
    vscode.languages.registerHoverProvider(MARKDOWN, new ReviewHoverProvider(workspace)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ReviewCodeActionProvider(workspace), ReviewCodeActionProvider.metadata),
    registerLenses(workspace),
    vscode.commands.registerCommand('weeklyReview.summarize', (uri?: unknown) => panel.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('weeklyReview.newReview', () => newReview((uri) => offerCalendarPrefill(service, uri))),
    vscode.commands.registerCommand('weeklyReview.importCalendar', (args?: ImportCalendarArgs) => importCalendar(service, args, () => newReview())),
    vscode.commands.registerCommand('weeklyReview.insertSummaryTable', () => insertSummaryTable(workspace, documents, vscode.window.activeTextEditor)),
    vscode.commands.registerCommand('weeklyReview.openRubric', () => openRubric(workspace)),
    vscode.commands.registerCommand(TEACH_COMMAND, (args: TeachArgs) => teachCategory(workspace, args)),
    vscode.commands.registerCommand(REMEMBER_COMMAND, (args: RememberArgs) => rememberVerdictCommand(workspace, args)),
  );
}

function registerLenses(workspace: ReviewWorkspace): vscode.Disposable {
  const lenses = new CategoryLensProvider(workspace);
  return vscode.Disposable.from(lenses, vscode.languages.registerCodeLensProvider(MARKDOWN, lenses));
}

/** The watcher reads changed rubric files itself: the same Restricted Mode rule applies. */
async function readAllowed(host: WorkspaceHost, path: string): Promise<string | undefined> {
  return (await refuseOutsideWorkspace(path)) === undefined ? host.readFile(path) : undefined;
}
