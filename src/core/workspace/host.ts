// What a host gives the workspace engine (createReviewWorkspace): its folders,
// a file list, reads, watch events, settings, trust and a clock. In the manner
// of vscode-markdown-languageservice's injected workspace: VS Code, a language
// server and the tests each implement this and nothing else. `reviewHostOf`
// turns it into the service's ReviewHost with Restricted Mode's rule applied
// once, here: untrusted, nothing outside the workspace folders is read.

import type { ReviewHost } from '../service';
import type { WorkspaceSettings } from './settings';
import { outsideFoldersReason } from './reviews';

export interface Disposable {
  dispose(): void;
}

export interface WatchEvent {
  kind: 'created' | 'changed' | 'deleted';
  /** Engine path ('/'-separated, absolute). */
  path: string;
}

export interface WorkspaceClock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WorkspaceHost {
  /** Workspace folders, as engine paths (none: a single file, or a client that sent no folders). */
  folders(): readonly string[];
  /** Markdown files under the folders (the workspace decides which are reviews); ignored folders may be left out. */
  listFiles(): Promise<readonly string[]>;
  /** A file's text (the open editor's text first); undefined when missing or unreadable. */
  readFile(path: string): Promise<string | undefined>;
  /** Creation, change and deletion of files under the folders. */
  watch(listener: (event: WatchEvent) => void): Disposable;
  /** The `weeklyReview.*` settings in effect for `path` (undefined: the window's). Restricted Mode's untrusted values are the host's to drop. */
  settings(path: string | undefined): WorkspaceSettings;
  /** false in Restricted Mode: nothing outside the folders is read. */
  isTrusted(): boolean;
  clock: WorkspaceClock;
  /** Beyond the path's text (which the workspace checks): a reason to refuse, e.g. a link leading outside. */
  refuseRead?(path: string): string | undefined | Promise<string | undefined>;
  /** Why an existing rubric or people file cannot be read as text (see ReviewHost.unreadable). */
  unreadable?(path: string): string | undefined;
  /** A line for the host's log (a failure the user cannot act on). */
  log?(message: string): void;
}

/** The service's host over a workspace host: reads, and Restricted Mode's refusal of paths outside the folders. */
export function reviewHostOf(host: WorkspaceHost): ReviewHost {
  return {
    readFile: (path) => host.readFile(path),
    refuseRead: (path) => {
      if (host.isTrusted()) return undefined;
      return outsideFoldersReason(path, host.folders(), 'rubric path') ?? host.refuseRead?.(path);
    },
    ...(host.unreadable ? { unreadable: (path: string) => host.unreadable?.(path) } : {}),
  };
}

/** Real timers, and the real date. */
export const systemClock: WorkspaceClock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
