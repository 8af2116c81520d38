// The `weeklyReview.*` settings as the engine reads them, whatever the host:
// VS Code's configuration, a language client's `workspace/configuration`
// answer, or a test's object. Unknown rules and values are dropped rather
// than thrown (a typo in settings must not stop linting), and the rubric
// setting becomes an engine path the one way every host resolves it.

import type { AnalyzeOptions } from '../service';
import { RULES } from '../rules/registry';
import { SEVERITY_SETTINGS, type RuleId, type SeveritySetting } from '../types';
import { normalizedPath } from './reviews';

export interface WorkspaceSettings {
  /** Extra globs (relative to the workspace folder) of markdown files that are reviews. */
  files: string[];
  /** Folder (relative to the workspace folder) where a new review is created. */
  folder: string;
  /** `weeklyReview.rubric`: a path (absolute, or relative to the workspace folder), `cto`, or undefined. */
  rubric: string | undefined;
  severities: Partial<Record<RuleId, SeveritySetting>>;
  debounceMs: number;
  codeLensEnabled: boolean;
  statusBarEnabled: boolean;
  /** Remembered verdicts (`.weekly-review/verdicts.yaml`) apply. */
  memoryEnabled: boolean;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  files: [],
  folder: 'reviews',
  rubric: undefined,
  severities: {},
  debounceMs: 250,
  codeLensEnabled: true,
  statusBarEnabled: true,
  memoryEnabled: true,
};

const KNOWN_RULES = new Set<string>(RULES.map((rule) => rule.id));

function lookup(raw: Record<string, unknown>, key: string): unknown {
  // A client may send `{ "codeLens.enabled": x }` or `{ codeLens: { enabled: x } }`: both mean one setting.
  if (key in raw) return raw[key];
  const [head, tail] = key.split('.', 2) as [string, string | undefined];
  const nested = raw[head];
  return tail !== undefined && nested !== null && typeof nested === 'object' ? (nested as Record<string, unknown>)[tail] : undefined;
}

const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Settings from the `weeklyReview` section of a configuration (any shape: bad values fall back to defaults). */
export function parseSettings(section: unknown): WorkspaceSettings {
  const raw = section !== null && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const severities: Partial<Record<RuleId, SeveritySetting>> = {};
  const rawSeverities = lookup(raw, 'severity');
  if (rawSeverities !== null && typeof rawSeverities === 'object') {
    for (const [ruleId, value] of Object.entries(rawSeverities)) {
      if (KNOWN_RULES.has(ruleId) && (SEVERITY_SETTINGS as readonly unknown[]).includes(value)) severities[ruleId as RuleId] = value as SeveritySetting;
    }
  }
  const files = lookup(raw, 'files');
  const folder = lookup(raw, 'folder');
  const rubric = lookup(raw, 'rubric');
  const debounce = lookup(raw, 'debounceMs');
  return {
    files: Array.isArray(files) ? files.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : [],
    folder: (typeof folder === 'string' && folder.trim()) || DEFAULT_SETTINGS.folder,
    rubric: typeof rubric === 'string' && rubric.trim() !== '' ? rubric.trim() : undefined,
    severities,
    debounceMs: typeof debounce === 'number' && Number.isFinite(debounce) ? Math.min(Math.max(debounce, 0), 5000) : DEFAULT_SETTINGS.debounceMs,
    codeLensEnabled: bool(lookup(raw, 'codeLens.enabled'), true),
    statusBarEnabled: bool(lookup(raw, 'statusBar.enabled'), true),
    memoryEnabled: bool(lookup(raw, 'memory.enabled'), true),
  };
}

/** `weeklyReview.rubric` as an engine path: relative paths resolve against the workspace folder (none: not applied). */
export function rubricSettingPath(value: string | undefined, folder: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value === 'cto') return 'cto';
  // A drive letter is lower-cased as VS Code's file URIs spell it.
  if (/^[a-zA-Z]:[\\/]/.test(value)) return `/${value.charAt(0).toLowerCase()}${value.slice(1).replace(/\\/g, '/')}`;
  if (value.startsWith('/')) return value;
  if (folder === undefined) return undefined;
  const joined = `${folder.replace(/\/$/, '')}/${value.replace(/\\/g, '/')}`;
  // `.` and `..` resolved, as a URI join does (a foreign path's `/::scheme::` head is one segment).
  return normalizedPath(joined) ?? joined;
}

/** The one recipe from settings to the engine's analysis options for a review in `folder`. */
export function analyzeOptionsOf(settings: WorkspaceSettings, folder: string | undefined): AnalyzeOptions {
  const rubricPath = rubricSettingPath(settings.rubric, folder);
  return { ...(rubricPath ? { rubricPath } : {}), severities: settings.severities, ...(settings.memoryEnabled ? {} : { memory: false }) };
}
