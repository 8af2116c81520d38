// The one seam between the extension and the platform it runs on. The
// extension runs in two extension hosts: Node (desktop, Remote, Codespaces)
// and a browser web worker (vscode.dev, github.dev). Everything that only
// Node can do sits behind this interface, so both entries (extension.ts for
// Node, web.ts for the browser) share every other module unchanged. The
// browser entry never imports platformNode.ts, and the build refuses a
// browser bundle that reaches a Node built-in (scripts/build.mjs).

/** Files on a local disk, reached through Node: what `vscode.workspace.fs` cannot do. */
export interface DiskAccess {
  /** Creates a file that must not exist yet in one system call: false when it does. */
  createExclusively(fsPath: string, contents: Uint8Array): Promise<boolean>;
  /**
   * A file's bytes, read directly: undefined when it cannot be read (missing,
   * a folder). Through `vscode.workspace.fs` each missing file cost about half
   * a second while the workbench opened the review, and the nearest-rubric
   * lookup asks for twenty that are usually missing.
   */
  readFile(fsPath: string): Promise<Uint8Array | undefined>;
  /**
   * The real path, or for a file not there yet where it would be written (its
   * nearest existing folder's real path with the rest); undefined when not
   * even a folder above it is there; why not when it cannot be told.
   */
  realPath(fsPath: string): Promise<string | { why: string } | undefined>;
  /** Whether something (a file, a folder, a link, even a dangling one) is at `fsPath`. */
  exists(fsPath: string): Promise<boolean>;
  /** Whether `path` lies strictly inside `root` (both real paths of this platform). */
  isInside(root: string, path: string): boolean;
}

/** The largest file read (from disk or through vscode.workspace.fs): a review's limit on the command line (the engine reads its first 1 MB). */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

export interface Platform {
  /** 'web' in the browser's extension host, where Node is not available. */
  readonly kind: 'node' | 'web';
  /** Present under Node only: the browser has no local disk the extension may touch directly. */
  readonly disk?: DiskAccess;
  /** Why a feature cannot work here, or undefined when it can. */
  unsupported(feature: 'calendar-url'): string | undefined;
}

/** The browser's platform: no disk; every file goes through vscode.workspace.fs. */
export const webPlatform: Platform = {
  kind: 'web',
  unsupported: (feature) =>
    feature === 'calendar-url'
      ? 'importing a calendar from its address does not work in the browser (calendar servers do not allow a web page to read them). Download the .ics file and choose "Import calendar…" again to pick it'
      : undefined,
};

let current: Platform = webPlatform;

/** Called once by the entry point, before activation. */
export function usePlatform(platform: Platform): void {
  current = platform;
}

export function platform(): Platform {
  return current;
}

/** 192 random bits from Web Crypto (in Node 20 and in browsers alike), base64 letters and digits only. */
export function randomNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[^A-Za-z0-9]/g, '');
}
