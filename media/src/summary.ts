// The summary panel's script (runs inside the webview, built to
// media/dist/summary.js). Renders the week's allocation from typed messages
// (src/shared/protocol.ts). Every string that comes from the user's file is
// set with textContent or an attribute — never parsed as HTML — and charts are
// SVG built with DOM calls, each with a text alternative for screen readers.
// The "Over time" sections draw the review's run: small multiples of each
// category's share per week (a missing week is drawn as a gap, never as 0),
// and the people the reviews keep in touch with.

import type { AskStatus, CategoryAllocation, GroupAllocation, PersonStatus, TrendData, WeekSummary } from '../../src/core';
import { decimalHours, formatMinutes, formatPp as signedPp, percent, statusDelta } from '../../src/core';
import type { FromWebview, HistoryView, ToWebview, WebviewState } from '../../src/shared/protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const SVG_NS = 'http://www.w3.org/2000/svg';
const PRIORITY_CLASSES = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];

// ---------------------------------------------------------------------------
// DOM helpers: text only, never markup.

type Attributes = Record<string, string | number | undefined>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string, attributes: Attributes = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, String(value));
  return node;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, String(value));
  return node;
}

function append(parent: Node, ...children: (Node | undefined | false)[]): void {
  for (const child of children) if (child) parent.appendChild(child);
}

// ---------------------------------------------------------------------------
// Formatting: percent, signedPp and statusDelta come from the engine, so the panel, the lenses and the CLI agree.

function hours(minutes: number): string {
  return `${decimalHours(minutes)} h`;
}

const STATUS_WORDS = { under: 'Under', on: 'On target', over: 'Over' } as const;

// ---------------------------------------------------------------------------
// Charts.

/** Bullet chart: tolerance band around the target, the actual bar, a target tick; all on one shared scale. */
function bulletChart(row: { name: string; share: number; target: number; status: keyof typeof STATUS_WORDS; inferredShare?: number }, tolerance: number, scale: number, large = false): SVGSVGElement {
  const x = (share: number) => Math.max(0, Math.min(100, (share / scale) * 100));
  const chart = svg('svg', { class: `bullet${large ? ' large' : ''}`, viewBox: '0 0 100 20', preserveAspectRatio: 'none', role: 'img', 'aria-label': `${row.name}: ${percent(row.share)} of the week, target ${percent(row.target)} (${STATUS_WORDS[row.status].toLowerCase()})` });
  append(chart,
    svg('rect', { class: 'track', x: 0, y: 2, width: 100, height: 16 }),
    svg('rect', { class: 'band', x: x(row.target - tolerance), y: 2, width: Math.max(x(row.target + tolerance) - x(row.target - tolerance), 0.5), height: 16 }),
    svg('rect', { class: `bar status-${row.status}`, x: 0, y: 6, width: Math.max(x(row.share), row.share > 0 ? 0.8 : 0), height: 8 }),
    svg('line', { class: 'target', x1: x(row.target), x2: x(row.target), y1: 0, y2: 20 }),
  );
  // The inferred part of the bar (from the items' words or headings), drawn over its end so the writer sees how much the tool decided.
  const inferred = row.inferredShare ?? 0;
  if (inferred > 0) {
    append(chart, svg('rect', { class: 'bar-inferred', x: x(row.share - inferred), y: 6, width: Math.max(x(row.share) - x(row.share - inferred), 0.8), height: 8 }));
    chart.setAttribute('aria-label', `${chart.getAttribute('aria-label') ?? ''}; ${percent(inferred)} inferred from the items' words or headings`);
  }
  return chart;
}

// ---------------------------------------------------------------------------
// Sections.

function header(summary: WeekSummary, fileName: string): HTMLElement {
  const head = el('header', 'head');
  const titles = el('div', 'titles');
  const weekNumber = summary.week ? /W(\d+)$/.exec(summary.week)?.[1] : undefined;
  append(titles,
    el('h1', undefined, weekNumber ? `Week ${Number(weekNumber)}` : 'Weekly review'),
    el('p', 'sub', [summary.week, fileName, `rubric ${summary.rubric}`].filter(Boolean).join(' · ')),
  );
  const rubricButton = el('button', 'quiet', 'Open rubric', { type: 'button', title: 'Open the rubric in effect for this review' });
  rubricButton.addEventListener('click', () => vscode.postMessage({ type: 'openRubric' }));
  append(head, titles, rubricButton);
  return head;
}

function tiles(summary: WeekSummary): HTMLElement {
  const section = el('section', 'tiles', undefined, { 'aria-label': 'The week at a glance' });
  const tile = (label: string, value: string, detail: string, extra?: Node) => {
    const box = el('div', 'tile');
    append(box, el('p', 'tile-label', label), el('p', 'tile-value', value), el('p', 'tile-detail', detail), extra);
    return box;
  };
  let meter: Node | undefined;
  let detail = `${hours(summary.totalMinutes)} · ${summary.activityCount} activities`;
  if (summary.expectedMinutes !== null && summary.expectedMinutes > 0) {
    const ratio = summary.totalMinutes / summary.expectedMinutes;
    detail = `of ${formatMinutes(summary.expectedMinutes)} expected · ${Math.round(ratio * 100)}%`;
    const chart = svg('svg', { class: 'meter', viewBox: '0 0 100 6', preserveAspectRatio: 'none', role: 'img', 'aria-label': `${formatMinutes(summary.totalMinutes)} logged of ${formatMinutes(summary.expectedMinutes)} expected` });
    append(chart,
      svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 6 }),
      svg('rect', { class: ratio > 1 ? 'fill over' : 'fill', x: 0, y: 0, width: Math.min(ratio, 1) * 100, height: 6 }),
    );
    meter = chart;
  }
  append(section,
    tile('Logged', formatMinutes(summary.totalMinutes), detail, meter),
    tile('Low-value', formatMinutes(summary.lowValueMinutes), `${percent(summary.lowValueShare)} of logged · ${summary.lowValue.length} item${summary.lowValue.length === 1 ? '' : 's'}`),
    tile('Uncategorized', formatMinutes(summary.uncategorizedMinutes), summary.uncategorizedMinutes > 0 ? `${percent(summary.uncategorizedShare)} of logged` : 'every activity has a category'),
  );
  if (summary.plannedMinutes > 0) append(section, tile('Planned', formatMinutes(summary.plannedMinutes), 'open - [ ] items, not counted'));
  return section;
}

function allocationRow(name: string, minutes: number, row: CategoryAllocation | GroupAllocation, tolerance: number, scale: number, isGroup: boolean): HTMLElement {
  const line = el('div', isGroup ? 'row group-row' : 'row', undefined, { role: 'row' });
  const label = el('div', 'cell name', undefined, { role: isGroup ? 'rowheader' : 'cell' });
  append(label, el('span', 'name-text', name), el('span', 'minutes', formatMinutes(minutes)));
  const chart = el('div', 'cell chart', undefined, { role: 'cell' });
  const inferredShare = 'inferredMinutes' in row && row.minutes > 0 ? (row.share * row.inferredMinutes) / row.minutes : 0;
  append(chart, bulletChart({ name, share: row.share, target: row.target, status: row.status, inferredShare }, tolerance, scale, isGroup));
  const status = el('div', 'cell status', undefined, { role: 'cell' });
  append(status, el('span', `badge status-${row.status}`, STATUS_WORDS[row.status]));
  append(line,
    label,
    chart,
    el('div', 'cell num share', percent(row.share), { role: 'cell' }),
    el('div', 'cell num target', percent(row.target), { role: 'cell' }),
    el('div', `cell num diff${Math.abs(row.diffPp) > tolerance * 100 ? ' off' : ''}`, statusDelta(row.diffPp), { role: 'cell' }),
    status,
  );
  return line;
}

function allocation(summary: WeekSummary, groupNames: Record<string, string>): HTMLElement {
  const section = el('section', 'card', undefined, { 'aria-labelledby': 'allocation-heading' });
  const heading = el('h2', undefined, 'Allocation', { id: 'allocation-heading' });
  append(heading, el('span', 'hint', ` actual vs target · on target within ±${Math.round(summary.tolerance * 100)} pp`));
  const legend = el('p', 'legend', undefined, { 'aria-hidden': 'true' });
  append(legend,
    el('span', 'key key-bar'), el('span', undefined, 'actual'),
    el('span', 'key key-target'), el('span', undefined, 'target'),
    el('span', 'key key-band'), el('span', undefined, 'on-target range'),
  );
  if (summary.inferredMinutes > 0) append(legend, el('span', 'key key-inferred'), el('span', undefined, `inferred (${formatMinutes(summary.inferredMinutes)})`));
  append(section, heading, legend);

  const values = summary.categories.flatMap((c) => [c.share, c.target + summary.tolerance]);
  const scale = Math.min(1, Math.max(0.2, Math.ceil(Math.max(...values, 0) * 10) / 10));
  const groupScale = Math.min(1, Math.max(0.2, Math.ceil(Math.max(...summary.groups.flatMap((g) => [g.share, g.target + summary.tolerance]), 0) * 10) / 10));

  const table = el('div', 'alloc', undefined, { role: 'table', 'aria-label': 'Time per category against its target' });
  const head = el('div', 'row head-row', undefined, { role: 'row' });
  for (const [text, cls, title] of [['Category', 'name', undefined], ['Share', 'chart', `Bars share one scale, 0 to ${Math.round(scale * 100)}% of the week (groups: 0 to ${Math.round(groupScale * 100)}%)`], ['Actual', 'num', undefined], ['Target', 'num', undefined], ['Δ', 'num', 'Difference from target in percentage points'], ['Status', 'status', undefined]] as const) {
    append(head, el('div', `cell ${cls}`, text, { role: 'columnheader', title }));
  }
  append(table, head);
  const grouped = new Set<string>();
  for (const group of summary.groups) {
    const block = el('div', 'group', undefined, { role: 'rowgroup', 'aria-label': group.name });
    append(block, allocationRow(groupNames[group.id] ?? group.name, group.minutes, group, summary.tolerance, groupScale, true));
    for (const category of summary.categories.filter((c) => c.group === group.id)) {
      grouped.add(category.id);
      append(block, allocationRow(category.name, category.minutes, category, summary.tolerance, scale, false));
    }
    append(table, block);
  }
  const loose = summary.categories.filter((c) => !grouped.has(c.id));
  if (loose.length > 0) {
    const block = el('div', 'group', undefined, { role: 'rowgroup' });
    for (const category of loose) append(block, allocationRow(category.name, category.minutes, category, summary.tolerance, scale, false));
    append(table, block);
  }
  append(section, table);
  return section;
}

function priorities(summary: WeekSummary, names: Record<string, string>): HTMLElement | undefined {
  const total = summary.priorities.reduce((sum, p) => sum + p.minutes, 0);
  if (summary.priorities.length === 0) return undefined;
  const section = el('section', 'card', undefined, { 'aria-labelledby': 'priorities-heading' });
  const heading = el('h2', undefined, 'Priorities', { id: 'priorities-heading' });
  append(heading, el('span', 'hint', ' where the categorized time went'));
  const description = summary.priorities.map((p) => `${names[p.id] ?? p.name} ${percent(p.share)}`).join(', ');
  const bar = svg('svg', { class: 'stack', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': `Split by priority: ${description}` });
  let x = 0;
  append(bar, svg('rect', { class: 'track', x: 0, y: 0, width: 100, height: 10 }));
  summary.priorities.forEach((priority, index) => {
    const width = total > 0 ? (priority.minutes / summary.totalMinutes) * 100 : 0;
    if (width > 0) append(bar, svg('rect', { class: `seg ${PRIORITY_CLASSES[index % PRIORITY_CLASSES.length]}`, x, y: 0, width, height: 10 }));
    x += width;
  });
  const legend = el('ul', 'split-legend');
  summary.priorities.forEach((priority, index) => {
    const item = el('li');
    append(item,
      el('span', `swatch ${PRIORITY_CLASSES[index % PRIORITY_CLASSES.length]}`, undefined, { 'aria-hidden': 'true' }),
      el('span', 'split-name', names[priority.id] ?? priority.name),
      el('span', 'split-value', `${percent(priority.share)} · ${formatMinutes(priority.minutes)}`),
    );
    append(legend, item);
  });
  if (summary.uncategorizedMinutes > 0) {
    const item = el('li');
    append(item, el('span', 'swatch none', undefined, { 'aria-hidden': 'true' }), el('span', 'split-name', 'No priority'), el('span', 'split-value', `${percent(Math.max(0, 1 - summary.priorities.reduce((s, p) => s + p.share, 0)))}`));
    append(legend, item);
  }
  append(section, heading, bar, legend);
  return section;
}

function revealButton(line: number, label: string, children: Node[]): HTMLButtonElement {
  const button = el('button', 'item', undefined, { type: 'button', 'aria-label': label, title: `Go to line ${line}` });
  for (const child of children) append(button, child);
  button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line }));
  return button;
}

function lowValue(summary: WeekSummary): HTMLElement {
  const section = el('section', 'card', undefined, { 'aria-labelledby': 'low-heading' });
  const heading = el('h2', undefined, 'Low-value items', { id: 'low-heading' });
  append(heading, el('span', 'hint', summary.lowValue.length > 0 ? ` ${formatMinutes(summary.lowValueMinutes)} · delegate, drop or justify` : ''));
  append(section, heading);
  if (summary.lowValue.length === 0) {
    append(section, el('p', 'empty-note', 'Nothing scored below the threshold this week.'));
    return section;
  }
  const list = el('ol', 'items');
  for (const entry of [...summary.lowValue].sort((a, b) => b.minutes - a.minutes || a.line - b.line)) {
    const text = entry.text || '(no text)';
    const top = el('span', 'item-top');
    append(top, el('span', 'item-text', text), el('span', 'item-minutes', formatMinutes(entry.minutes)));
    const meta = el('span', 'item-meta');
    append(meta, el('span', 'score', `score ${entry.score.toFixed(2)}`));
    if (entry.failed.length > 0) append(meta, el('span', 'fails', `fails ${entry.failed.join(', ')}`));
    const li = el('li');
    append(li, revealButton(entry.line, `${text}, ${formatMinutes(entry.minutes)}, score ${entry.score.toFixed(2)}, fails ${entry.failed.join(', ')}. Go to line ${entry.line}.`, [top, meta]));
    append(list, li);
  }
  append(section, list);
  return section;
}

function uncategorized(summary: WeekSummary): HTMLElement | undefined {
  if (summary.uncategorized.length === 0) return undefined;
  const section = el('section', 'card', undefined, { 'aria-labelledby': 'uncat-heading' });
  const heading = el('h2', undefined, 'Uncategorized time', { id: 'uncat-heading' });
  append(heading, el('span', 'hint', ` ${formatMinutes(summary.uncategorizedMinutes)} · tag it or move it under a category heading`));
  const list = el('ol', 'items');
  for (const entry of summary.uncategorized) {
    const text = entry.text || '(no text)';
    const top = el('span', 'item-top');
    append(top, el('span', 'item-text', text), el('span', 'item-minutes', formatMinutes(entry.minutes)));
    const li = el('li');
    append(li, revealButton(entry.line, `${text}, ${formatMinutes(entry.minutes)}. Go to line ${entry.line}.`, [top]));
    append(list, li);
  }
  append(section, heading, list);
  return section;
}

// ---------------------------------------------------------------------------
// Over time: small multiples and people.

interface Multiple {
  name: string;
  shares: (number | null)[];
  rolling: (number | null)[];
  target: number | null;
}

const weeksWord = (n: number) => (n === 1 ? '1 week' : `${n} weeks`);

/** Runs of consecutive non-null values, as polyline point lists (a null breaks the line). */
function segments(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (current.length > 0) out.push(current);
  return out;
}

function weekHit(trends: TrendData, i: number, series: Multiple, x: number, width: number, height: number): SVGRectElement {
  const week = trends.weeks[i];
  const share = series.shares[i];
  const text = week?.gap ? `${week.week}: no review` : `${week?.week}: ${share === null || share === undefined ? 'no logged time' : percent(share)}${series.rolling[i] !== null && series.rolling[i] !== undefined ? ` (4-wk avg ${percent(series.rolling[i] as number)})` : ''}`;
  const hit = svg('rect', { class: week?.gap ? 'hit gap' : 'hit', x, y: 0, width, height, role: week?.gap ? 'img' : 'button', tabindex: week?.gap ? undefined : 0, 'aria-label': week?.gap ? text : `${text}. Open this review.` });
  const title = svg('title');
  title.textContent = text;
  append(hit, title);
  if (!week?.gap && week) {
    const open = () => vscode.postMessage({ type: 'openWeek', week: week.week });
    hit.addEventListener('click', open);
    hit.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
  }
  return hit;
}

function multipleChart(trends: TrendData, series: Multiple): SVGSVGElement {
  const width = 220;
  const height = 60;
  const pad = 4;
  const n = trends.weeks.length;
  const values = [...series.shares, ...series.rolling].filter((v): v is number => v !== null);
  const top = Math.max(...values, series.target ?? 0, 0.05) * 1.15;
  const slot = (width - 2 * pad) / Math.max(n, 1);
  const x = (i: number) => pad + slot * (i + 0.5);
  const y = (share: number) => height - pad - (share / top) * (height - 2 * pad);
  const chart = svg('svg', { class: 'multiple-chart', viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `${series.name}: share per week` });
  append(chart, svg('rect', { class: 'track', x: 0, y: 0, width, height }));
  trends.weeks.forEach((week, i) => {
    if (week.gap) append(chart, svg('rect', { class: 'gap-band', x: pad + slot * i, y: pad, width: slot, height: height - 2 * pad }));
  });
  if (series.target !== null) append(chart, svg('line', { class: 'multiple-target', x1: pad, x2: width - pad, y1: y(series.target), y2: y(series.target) }));
  for (const points of segments(series.rolling, x, y)) append(chart, svg('polyline', { class: 'multiple-rolling', points: points.join(' ') }));
  for (const points of segments(series.shares, x, y)) {
    if (points.length === 1) {
      const [cx, cy] = (points[0] as string).split(',');
      append(chart, svg('circle', { class: 'multiple-point', cx, cy, r: 1.8 }));
    } else append(chart, svg('polyline', { class: 'multiple-line', points: points.join(' ') }));
  }
  const last = series.shares[n - 1];
  if (last !== null && last !== undefined) append(chart, svg('circle', { class: 'multiple-now', cx: x(n - 1), cy: y(last), r: 3 }));
  trends.weeks.forEach((_, i) => append(chart, weekHit(trends, i, series, pad + slot * i, slot, height)));
  return chart;
}

function driftText(share: number | null | undefined, average: number | null | undefined): string {
  if (share === null || share === undefined) return 'no logged time this week';
  if (average === null || average === undefined) return percent(share);
  return `${percent(share)} · ${signedPp(Math.round((share - average) * 1000) / 10, 1)} vs 4-wk avg ${percent(average)}`;
}

function multiple(trends: TrendData, series: Multiple): HTMLElement {
  const box = el('figure', 'multiple');
  const n = trends.weeks.length;
  const caption = el('figcaption', 'multiple-head');
  append(caption,
    el('span', 'multiple-name', series.name),
    el('span', 'multiple-drift', driftText(series.shares[n - 1], series.rolling[n - 1])),
  );
  if (series.target !== null) append(caption, el('span', 'multiple-targettext', `target ${percent(series.target)}`));
  append(box, caption, multipleChart(trends, series));
  return box;
}

function trendSection(history: HistoryView | undefined): HTMLElement {
  const section = el('section', 'card', undefined, { 'aria-labelledby': 'trends-heading' });
  const heading = el('h2', undefined, 'Trends', { id: 'trends-heading' });
  append(section, heading);
  const trends = history?.trends;
  if (!history || !trends || trends.weeks.length < 2) {
    append(section, el('p', 'empty-note', history ? 'Trends appear once the workspace holds an earlier weekly review of this run (a file named like 2026-W44.md).' : 'Reading the workspace\'s weekly reviews…'));
    return section;
  }
  const gaps = trends.gaps.length;
  append(heading, el('span', 'hint', ` share per week · ${trends.firstWeek} → ${history.week} · ${gaps === 0 ? 'no gaps' : `${gaps} week${gaps === 1 ? '' : 's'} without a review`} · ${history.runReviews} reviews in the run`));
  const legend = el('p', 'legend', undefined, { 'aria-hidden': 'true' });
  append(legend,
    el('span', 'key key-line'), el('span', undefined, 'share'),
    el('span', 'key key-rolling'), el('span', undefined, '4-week average'),
    el('span', 'key key-dashed'), el('span', undefined, 'target'),
    el('span', 'key key-gap'), el('span', undefined, 'no review (a gap, not 0)'),
  );
  const grid = el('div', 'multiples');
  for (const series of trends.categories) append(grid, multiple(trends, series));
  append(grid, multiple(trends, { name: 'Low-value share', shares: trends.weeks.map((w) => w.lowValueShare), rolling: trends.weeks.map((w) => w.lowValueRolling), target: null }));
  append(section, legend, grid, el('p', 'footnote', 'Click a week to open its review. Drift: this week against the average of the 4 weeks ending with it (weeks without a review are skipped).'));
  return section;
}

function personText(person: PersonStatus): string {
  const about = [person.role, person.team].filter((part): part is string => part !== null).join(', ');
  return `${person.name} ${person.handle}${about ? ` · ${about}` : ''}`;
}

function personLine(person: PersonStatus, range: HistoryView['people']['range']): HTMLElement {
  const li = el('li', 'person');
  const cadence = person.cadence === null ? 'no cadence' : `cadence ${person.cadence}`;
  const detail = person.state === 'never'
    ? `no 1:1 since ${range?.firstWeek ?? 'the first review'} · ${cadence}`
    : `${weeksWord(person.weeksSinceOneOnOne ?? 0)} since the last 1:1 (${person.lastOneOnOne?.week}) · ${cadence}${person.overdueByWeeks !== null ? ` · overdue by ${weeksWord(person.overdueByWeeks)}` : ''}`;
  const top = el('span', 'item-top');
  append(top, el('span', 'item-text', personText(person)));
  const meta = el('span', 'item-meta', detail);
  const last = person.lastOneOnOne;
  if (last) {
    const button = el('button', 'item', undefined, { type: 'button', title: `Open the last 1:1 (${last.week}, line ${last.line})` });
    append(button, top, meta);
    button.addEventListener('click', () => vscode.postMessage({ type: 'openWeek', week: last.week, line: last.line }));
    append(li, button);
  } else {
    const box = el('div', 'item static');
    append(box, top, meta);
    append(li, box);
  }
  return li;
}

function askLine(ask: AskStatus): HTMLElement {
  const li = el('li');
  const top = el('span', 'item-top');
  append(top, el('span', 'item-text', ask.text), el('span', 'item-minutes', `open ${weeksWord(ask.ageWeeks)}`));
  const file = ask.opened.path.slice(ask.opened.path.lastIndexOf('/') + 1);
  const meta = el('span', 'item-meta', `${ask.handles.join(' ')} · since ${ask.opened.week} · ${file}:${ask.opened.line}`);
  const button = el('button', 'item', undefined, { type: 'button', title: `Open ${file} at line ${ask.opened.line}` });
  append(button, top, meta);
  button.addEventListener('click', () => vscode.postMessage({ type: 'openWeek', week: ask.opened.week, line: ask.opened.line }));
  append(li, button);
  return li;
}

function peopleList(title: string, className: string, items: HTMLElement[], empty: string): HTMLElement[] {
  const list = el('ol', `items ${className}`);
  for (const item of items) append(list, item);
  return [el('h3', undefined, `${title}${items.length > 0 ? ` (${items.length})` : ''}`), items.length > 0 ? list : el('p', 'empty-note', empty)];
}

function peopleSection(history: HistoryView | undefined): HTMLElement | undefined {
  if (!history) return undefined;
  const report = history.people;
  const section = el('section', 'card people', undefined, { 'aria-labelledby': 'people-heading' });
  const heading = el('h2', undefined, 'People', { id: 'people-heading' });
  append(section, heading);
  if (report.people.length === 0) {
    append(section, el('p', 'empty-note', 'No people listed. Add people: to the rubric, or a people.yaml beside it, to follow 1:1s and asks.'));
    return section;
  }
  if (report.asOf) append(heading, el('span', 'hint', ` as of ${report.asOf.week}`));
  append(section, el('p', 'cadence-rule', `Cadence is counted as ${report.cadenceRule}.`));
  const byHandle = new Map(report.people.map((p) => [p.handle, p]));
  const pick = (handles: string[]) => handles.map((h) => personLine(byHandle.get(h) as PersonStatus, report.range));
  const within = report.people.filter((p) => p.state === 'ok' || p.state === 'no-cadence').length;
  for (const node of [
    ...peopleList('Overdue for a 1:1', 'overdue', pick(report.overdue), 'Nobody: every 1:1 is within its cadence.'),
    ...peopleList('No 1:1 in the indexed range', 'never', pick(report.never), 'Nobody.'),
    ...peopleList('Open asks', 'asks', report.openAsks.map(askLine), 'No open asks.'),
  ]) append(section, node);
  append(section, el('p', 'footnote', `${within} of ${report.people.length} people within cadence.`));
  return section;
}

// ---------------------------------------------------------------------------
// Rendering and messages.

function render(message: ToWebview): void {
  app.replaceChildren();
  if (message.type === 'empty') {
    const box = el('div', 'empty');
    append(box, el('h1', undefined, 'Weekly Review'), el('p', undefined, message.reason));
    append(app, box);
    return;
  }
  const { summary } = message;
  append(app,
    header(summary, message.fileName),
    tiles(summary),
    allocation(summary, message.groupNames),
    priorities(summary, message.priorityNames),
    lowValue(summary),
    uncategorized(summary),
    trendSection(message.history),
    peopleSection(message.history),
  );
}

function isToWebview(value: unknown): value is ToWebview {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'summary' || type === 'empty';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isToWebview(event.data)) return;
  const message = event.data;
  // Keep scroll position across live updates: the panel redraws on every edit.
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  const focusedLine = (document.activeElement as HTMLElement | null)?.getAttribute('title');
  render(message);
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
  if (focusedLine) {
    for (const button of Array.from(document.querySelectorAll<HTMLElement>('button.item'))) {
      if (button.getAttribute('title') === focusedLine) {
        button.focus({ preventScroll: true });
        break;
      }
    }
  }
  vscode.setState(message.type === 'summary' ? { last: message, documentUri: message.documentUri } : { ...(vscode.getState() ?? {}), last: message });
});

const saved = vscode.getState();
if (saved?.last) render(saved.last);
vscode.postMessage({ type: 'ready' });
