// The engine's file access inside VS Code. The engine speaks '/'-separated path
// strings; VS Code speaks URIs (file, but also vscode-vfs and friends in
// virtual workspaces). This module maps one to the other, reads through
// the disk (Node) or vscode.workspace.fs, preferring the text of open (possibly unsaved)
// documents (the workspace host, workspaceHost.ts, reads with it), and in Restricted Mode refuses paths outside the workspace: by
// their text, and for files on disk by their real path, so a symbolic link
// inside the workspace that leads outside is refused too. What needs a local
// disk (exclusive creation, real paths) goes through the platform seam: in the
// browser there is none, and VS Code's own file edits and text checks remain.

import * as vscode from 'vscode';
import { normalizedPath } from '../core';
import { readFileAtMost } from './boundedFile';
import { MAX_READ_BYTES, platform, type DiskAccess } from './platform';

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

/**
 * Creates a file that must not exist yet: false, and nothing written, when it
 * does. On disk the check and the write are one system call (`wx`, which also
 * refuses a dangling link); elsewhere VS Code's file edit checks as it creates.
 */
export async function createFileExclusively(uri: vscode.Uri, text: string): Promise<boolean> {
  const contents = new TextEncoder().encode(text);
  const disk = platform().disk;
  if (uri.scheme === 'file' && disk) return disk.createExclusively(uri.fsPath, contents);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents });
  return vscode.workspace.applyEdit(edit);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const decoder = new TextDecoder('utf-8');

/**
 * A file's text: an open (possibly unsaved) document's first, else the file
 * on disk read directly (Node), else what vscode.workspace.fs reads (virtual
 * workspaces, the browser); undefined when missing.
 */
export async function readText(path: string): Promise<string | undefined> {
  const uri = uriOf(path);
  const key = uri.toString();
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
  if (open) return open.getText();
  const disk = platform().disk;
  if (uri.scheme === 'file' && disk) {
    const bytes = await disk.readFile(uri.fsPath);
    return bytes === undefined ? undefined : decoder.decode(bytes);
  }
  try {
    // Regular files up to MAX_READ_BYTES only, as on disk: a virtual workspace's or the browser's links to devices too.
    return decoder.decode(await readFileAtMost(vscode.workspace.fs, uri, MAX_READ_BYTES, path));
  } catch {
    // Missing files are the normal case here (the nearest-rubric walk probes every folder).
    return undefined;
  }
}

/** Whether an editor has the file open (its text is the user's, whatever Restricted Mode says of the file on disk). */
export function isOpenInEditor(path: string): boolean {
  const key = uriOf(path).toString();
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
}

/**
 * In Restricted Mode a review or rubric from an untrusted folder must not make
 * the extension read files elsewhere (`rubric: /etc/passwd`, `extends: ../../x`,
 * `https://…`, a `.weekly-review.yaml` that is a link to `~/.ssh/…`): only
 * paths inside a workspace folder are allowed, by their text and, on disk,
 * by their real path. `what` names the path in the reason.
 */
export async function refuseOutsideWorkspace(path: string, what = 'rubric path'): Promise<string | undefined> {
  const found = await refusal(path, what);
  if (found === undefined) refusals.delete(path);
  else refusals.set(path, found);
  return found?.reason;
}

/**
 * The paths refused when last asked. Code that only shows a path (a rubric's
 * problems list) must not offer a file the engine was refused, and it cannot
 * wait for the file system to say so again.
 */
const refusals = new Map<string, Refusal>();

interface Refusal {
  reason: string;
  /** Refused for what is there (a link leading outside), not only for where it is. */
  there: boolean;
}

/** Whether `path` is outside the workspace by its text, or was refused when last asked (by its real path). */
export function wasRefused(path: string): boolean {
  return !vscode.workspace.isTrusted && (outsideByText(path) || refusals.has(path));
}

/** The engine's `unreadable`: a file that is there but was refused (a link leading outside) is reported, even as the nearest rubric. */
export function refusedFileThere(path: string): string | undefined {
  const found = vscode.workspace.isTrusted ? undefined : refusals.get(path);
  return found?.there ? found.reason : undefined;
}

function outsideByText(path: string): boolean {
  const inside = normalizedPath(path);
  return inside === undefined || !isInWorkspace(uriOf(inside));
}

async function refusal(path: string, what: string): Promise<Refusal | undefined> {
  if (vscode.workspace.isTrusted) return undefined;
  if (outsideByText(path)) return { reason: `Restricted Mode: ${what} ${path} is outside the workspace folders`, there: false };
  const uri = uriOf(normalizedPath(path) as string);
  // Virtual workspaces have no links to follow, and the browser cannot see them:
  // there the text check is the whole check.
  const disk = platform().disk;
  if (uri.scheme !== 'file' || !disk) return undefined;
  const real = await disk.realPath(uri.fsPath);
  if (real === undefined || (await isReallyInWorkspace(disk, real))) return undefined;
  const why = typeof real === 'string' ? `leads to ${real}, outside the workspace folders` : real.why;
  // A file not there yet under a linked folder is refused for writing, but is no rubric that is there.
  return { reason: `Restricted Mode: ${what} ${path} ${why}`, there: typeof real !== 'string' || (await disk.exists(uri.fsPath)) };
}

/** Inside the real path of a workspace folder on disk (the folder itself may sit under a link, as /tmp on macOS). */
async function isReallyInWorkspace(disk: DiskAccess, real: string | { why: string }): Promise<boolean> {
  if (typeof real !== 'string') return false;
  for (const { uri } of vscode.workspace.workspaceFolders ?? []) {
    if (uri.scheme !== 'file') continue;
    const root = await disk.realPath(uri.fsPath);
    if (disk.isInside(typeof root === 'string' ? root : uri.fsPath, real)) return true;
  }
  return false;
}

function isInWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some(({ uri: root }) => {
    if (root.scheme !== uri.scheme || root.authority !== uri.authority) return false;
    const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri.path.startsWith(base);
  });
}
