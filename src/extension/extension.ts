// Entry point of the VS Code extension in a Node extension host (desktop,
// Remote, Codespaces): the Node platform (local disk: exclusive creation,
// real paths for Restricted Mode), then the activation both entries share.

import type * as vscode from 'vscode';
import { activateExtension } from './activate';
import { usePlatform } from './platform';
import { nodePlatform } from './platformNode';

export function activate(context: vscode.ExtensionContext): void {
  usePlatform(nodePlatform);
  activateExtension(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
