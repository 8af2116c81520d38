// Earlier weeks for the summary panel's trend sparklines: the reviews in the
// same folder whose file name carries an earlier ISO week (the last few only),
// summarised through the same service. Past files are cached by modification
// time, so following edits of the current review costs no extra file reads.

import * as vscode from 'vscode';
import type { AnalyzeOptions, CategoryTrend, ReviewService, WeekSummary } from '../core';
import { formatIsoWeek, weekFromFileName } from '../core';
import { analysisOptionsFor } from './config';
import { pathOf } from './host';

/** Enough weeks for a shape, few enough to stay cheap. */
const TREND_WEEKS = 8;

interface CachedWeek {
  mtime: number;
  size: number;
  summary: WeekSummary | undefined;
}

export class TrendHistory {
  private readonly cache = new Map<string, CachedWeek>();

  constructor(private readonly service: ReviewService) {}

  /** Summaries of up to TREND_WEEKS − 1 reviews before `current` in its folder, oldest first. */
  async pastWeeks(current: vscode.Uri, currentWeek: string | null): Promise<WeekSummary[]> {
    if (!currentWeek) return [];
    const slash = current.path.lastIndexOf('/');
    const folder = current.with({ path: current.path.slice(0, Math.max(slash, 1)) });
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return [];
    }
    const byWeek = new Map<string, string>();
    for (const [name, type] of entries) {
      if (type !== vscode.FileType.File || !/\.(md|markdown)$/i.test(name)) continue;
      const week = weekFromFileName(name);
      if (!week) continue;
      const label = formatIsoWeek(week);
      if (label < currentWeek && !byWeek.has(label)) byWeek.set(label, name);
    }
    const chosen = [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-(TREND_WEEKS - 1));
    const { options } = analysisOptionsFor(current);
    const summaries = await Promise.all(chosen.map(([, name]) => this.summaryOf(vscode.Uri.joinPath(folder, name), options)));
    return summaries.filter((summary): summary is WeekSummary => summary !== undefined);
  }

  trends(past: WeekSummary[], current: WeekSummary): CategoryTrend[] | undefined {
    if (past.length === 0) return undefined;
    return this.service.summarizeWeeks([...past, current]).trends;
  }

  private async summaryOf(uri: vscode.Uri, options: AnalyzeOptions): Promise<WeekSummary | undefined> {
    const key = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const hit = this.cache.get(key);
      if (hit && hit.mtime === stat.mtime && hit.size === stat.size) return hit.summary;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const analysis = await this.service.analyze(pathOf(uri), text, options);
      const summary = this.service.summarize(analysis);
      this.cache.set(key, { mtime: stat.mtime, size: stat.size, summary });
      return summary;
    } catch {
      return undefined;
    }
  }
}
