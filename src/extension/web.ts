// Entry point of the VS Code extension in the browser's web-worker extension
// host (vscode.dev, github.dev): the same features as on the desktop, with
// every file read through vscode.workspace.fs and nonces from Web Crypto. What
// cannot work in a browser is said once, in the Weekly Review log, when the
// extension starts; the command that needs it says so again if it is used.

import type * as vscode from 'vscode';
import { activateExtension } from './activate';
import { usePlatform, webPlatform } from './platform';

export const WEB_NOTICE =
  'Running in the browser (vscode.dev, github.dev): diagnostics, hover, quick fixes, CodeLens, the status item, the summary panel, trends, people and the commands work here. ' +
  'Not here: importing a calendar from its address (download the .ics file and pick it instead), and the weekly-review command-line tool, which needs Node.';

export function activate(context: vscode.ExtensionContext): void {
  usePlatform(webPlatform);
  activateExtension(context, WEB_NOTICE);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
