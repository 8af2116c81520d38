// The engine's file access inside VS Code. The engine speaks '/'-separated path
// strings; VS Code speaks URIs (file, but also vscode-vfs and friends in
// virtual workspaces). This module maps one to the other and reads through
// vscode.workspace.fs, preferring the text of open (possibly unsaved) documents.

import * as vscode from 'vscode';
import type { Logger, ReviewHost } from '../core';

// Non-file URIs become `/::scheme::authority/path` so that the engine's folder
// walk (nearest rubric) and relative `extends` resolution still work on them.
const FOREIGN = /^\/::([a-zA-Z][\w+.-]*)::([^/]*)(\/.*)?$/;

export function pathOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.path : `/::${uri.scheme}::${uri.authority}${uri.path}`;
}

export function uriOf(path: string): vscode.Uri {
  const foreign = FOREIGN.exec(path);
  if (foreign) return vscode.Uri.from({ scheme: foreign[1] as string, authority: foreign[2] as string, path: foreign[3] ?? '/' });
  return vscode.Uri.file(path);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function createVscodeHost(output: vscode.LogOutputChannel): ReviewHost {
  const decoder = new TextDecoder('utf-8');
  const logger: Logger = { info: (message) => output.info(message), warn: (message) => output.warn(message) };
  return {
    logger,
    async readFile(path) {
      const uri = uriOf(path);
      const key = uri.toString();
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
      if (open) return open.getText();
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        // Missing files are the normal case here (the nearest-rubric walk probes every folder).
        return undefined;
      }
    },
  };
}
