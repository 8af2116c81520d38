// A workspace host held in memory: files in a map, events fired by the test,
// settings per folder, trust and a clock that may be real or stepped by hand.
// Every workspace feature is testable with it in plain node, as the markdown
// language service is with its in-memory workspace.

import type { Disposable, WatchEvent, WorkspaceClock, WorkspaceHost } from './host';
import { systemClock } from './host';
import { DEFAULT_SETTINGS, type WorkspaceSettings } from './settings';

export interface InMemoryHostOptions {
  folders?: string[];
  files?: Record<string, string>;
  settings?: Partial<WorkspaceSettings>;
  trusted?: boolean;
  clock?: WorkspaceClock;
}

/** A clock that moves only when told: `advance(ms)` runs the timers due, in order. */
export class ManualClock implements WorkspaceClock {
  private time: number;
  private timers: { at: number; id: number; callback: () => void }[] = [];
  private ids = 0;

  constructor(start = new Date('2026-11-20T12:00:00Z')) {
    this.time = start.getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.ids;
    this.timers.push({ at: this.time + Math.max(ms, 0), id, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  /** Timers waiting. */
  pending(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = until;
  }
}

export class InMemoryHost implements WorkspaceHost {
  readonly files = new Map<string, string>();
  private readonly listeners = new Set<(event: WatchEvent) => void>();
  private folderList: string[];
  settingsValue: WorkspaceSettings;
  trusted: boolean;
  readonly clock: WorkspaceClock;
  /** Paths read, in order (a test asks whether something was read at all). */
  readonly reads: string[] = [];

  constructor(options: InMemoryHostOptions = {}) {
    this.folderList = options.folders ?? ['/ws'];
    for (const [path, text] of Object.entries(options.files ?? {})) this.files.set(path, text);
    this.settingsValue = { ...DEFAULT_SETTINGS, ...options.settings };
    this.trusted = options.trusted ?? true;
    this.clock = options.clock ?? systemClock;
  }

  folders(): readonly string[] {
    return this.folderList;
  }

  setFolders(folders: string[]): void {
    this.folderList = folders;
  }

  async listFiles(): Promise<readonly string[]> {
    return [...this.files.keys()].filter((path) => /\.(md|markdown)$/i.test(path)).sort();
  }

  async readFile(path: string): Promise<string | undefined> {
    this.reads.push(path);
    return this.files.get(path);
  }

  watch(listener: (event: WatchEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  settings(): WorkspaceSettings {
    return this.settingsValue;
  }

  isTrusted(): boolean {
    return this.trusted;
  }

  /** Writes a file and fires its watch event, as a disk would. */
  writeFile(path: string, text: string): void {
    const kind = this.files.has(path) ? 'changed' : 'created';
    this.files.set(path, text);
    for (const listener of this.listeners) listener({ kind, path });
  }

  deleteFile(path: string): void {
    if (!this.files.delete(path)) return;
    for (const listener of this.listeners) listener({ kind: 'deleted', path });
  }
}
