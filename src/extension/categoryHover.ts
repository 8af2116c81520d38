// Hover on a category heading: that category's last 8 weeks in the review's
// run, ending at this review's week (core `categoryLastWeeks`): share, the
// rolling 4-week average and the target; a week without a review is shown as
// a gap, never as 0. Plain, untrusted markdown.

import * as vscode from 'vscode';
import type { SeriesHistory } from '../core';
import { categoryLastWeeks, percent } from '../core';
import { toVscodeRange } from './positions';
import type { ReviewStore } from './reviewStore';
import type { ReviewRuns } from './reviewRuns';

const HOVER_WEEKS = 8;

export class CategoryHistoryHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: ReviewStore,
    private readonly runs: ReviewRuns,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.store.stateOf(document);
    const heading = state?.analysis.document.headings.find((h) => h.line === position.line + 1 && h.categoryId !== undefined);
    const week = state?.summary?.week;
    const run = this.runs.runOf(document.uri);
    if (!heading?.categoryId || !week || !run) return undefined;
    const history = categoryLastWeeks(this.runs.trends(run), heading.categoryId, week, HOVER_WEEKS);
    if (!history) return undefined;
    const markdown = new vscode.MarkdownString(historyMarkdown(history), false);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toVscodeRange(heading.range));
  }
}

/** Pipes and markup characters in a name from the rubric are shown, not interpreted. */
function escapeCell(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~-]/g, (c) => `\\${c}`);
}

export function historyMarkdown(history: SeriesHistory): string {
  const rows = history.weeks.map((week) => {
    if (week.gap) return `| ${week.week} | — no review | |`;
    return `| ${week.week} | ${week.share === null ? '· no logged time' : percent(week.share)} | ${week.rolling === null ? '' : percent(week.rolling)} |`;
  });
  const reviews = history.weeks.filter((week) => !week.gap).length;
  return [
    `**${escapeCell(history.name)}**: last ${history.weeks.length} weeks · target ${percent(history.target)} · ${reviews} of ${history.weeks.length} weeks reviewed`,
    '',
    '| Week | Share | 4-wk avg |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}
