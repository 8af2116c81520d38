// The engine's file access inside VS Code. The engine speaks '/'-separated path
// strings; VS Code speaks URIs (file, but also vscode-vfs and friends in
// virtual workspaces). This module maps one to the other, reads through
// vscode.workspace.fs preferring the text of open (possibly unsaved)
// documents, and in Restricted Mode refuses rubric paths outside the workspace.

import * as vscode from 'vscode';
import type { ReviewHost } from '../core';

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

export function createVscodeHost(): ReviewHost {
  const decoder = new TextDecoder('utf-8');
  return {
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
    refuseRead: refuseOutsideWorkspace,
  };
}

/**
 * In Restricted Mode a review or rubric from an untrusted folder must not make
 * the extension read files elsewhere (`rubric: /etc/passwd`, `extends: ../../x`,
 * `https://…`): only paths inside a workspace folder are allowed.
 */
export function refuseOutsideWorkspace(path: string): string | undefined {
  if (vscode.workspace.isTrusted) return undefined;
  const inside = normalizedPath(path);
  if (inside !== undefined && isInWorkspace(uriOf(inside))) return undefined;
  return `Restricted Mode: rubric path ${path} is outside the workspace folders`;
}

/** Resolves `.` and `..`; undefined for anything but an absolute engine path or for `..` past the root. */
function normalizedPath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return `/${out.join('/')}`;
}

function isInWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some(({ uri: root }) => {
    if (root.scheme !== uri.scheme || root.authority !== uri.authority) return false;
    const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri.path.startsWith(base);
  });
}
