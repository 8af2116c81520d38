// The summary panel's script (runs inside the webview, built to
// media/dist/summary.js). Renders the week's allocation from typed messages
// (src/shared/protocol.ts). Every string that comes from the user's file is
// set with textContent or an attribute — never parsed as HTML — and charts are
// SVG built with DOM calls, each with a text alternative for screen readers.

import type { CategoryAllocation, CategoryTrend, GroupAllocation, WeekSummary } from '../../src/core';
import { decimalHours, formatMinutes, formatPp as signedPp, percent } from '../../src/core';
import type { FromWebview, ToWebview, WebviewState } from '../../src/shared/protocol';

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
// Formatting: percent and signedPp come from the engine, so the panel, the lenses and the CLI agree.

function hours(minutes: number): string {
  return `${decimalHours(minutes)} h`;
}

const STATUS_WORDS = { under: 'Under', on: 'On target', over: 'Over' } as const;

// ---------------------------------------------------------------------------
// Charts.

/** Bullet chart: tolerance band around the target, the actual bar, a target tick; all on one shared scale. */
function bulletChart(row: { name: string; share: number; target: number; status: keyof typeof STATUS_WORDS }, tolerance: number, scale: number, large = false): SVGSVGElement {
  const x = (share: number) => Math.max(0, Math.min(100, (share / scale) * 100));
  const chart = svg('svg', { class: `bullet${large ? ' large' : ''}`, viewBox: '0 0 100 20', preserveAspectRatio: 'none', role: 'img', 'aria-label': `${row.name}: ${percent(row.share)} of the week, target ${percent(row.target)} (${STATUS_WORDS[row.status].toLowerCase()})` });
  append(chart,
    svg('rect', { class: 'track', x: 0, y: 2, width: 100, height: 16 }),
    svg('rect', { class: 'band', x: x(row.target - tolerance), y: 2, width: Math.max(x(row.target + tolerance) - x(row.target - tolerance), 0.5), height: 16 }),
    svg('rect', { class: `bar status-${row.status}`, x: 0, y: 6, width: Math.max(x(row.share), row.share > 0 ? 0.8 : 0), height: 8 }),
    svg('line', { class: 'target', x1: x(row.target), x2: x(row.target), y1: 0, y2: 20 }),
  );
  return chart;
}

function sparkline(trend: CategoryTrend): SVGSVGElement {
  const width = 120;
  const height = 28;
  const pad = 3;
  const top = Math.max(...trend.shares, trend.target, 0.01) * 1.1;
  const n = trend.shares.length;
  const xAt = (i: number) => (n === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const yAt = (share: number) => height - pad - (share / top) * (height - 2 * pad);
  const points = trend.shares.map((share, i) => `${xAt(i).toFixed(1)},${yAt(share).toFixed(1)}`).join(' ');
  const description = `${trend.name}: ${trend.weeks.map((week, i) => `${week} ${percent(trend.shares[i] ?? 0)}`).join(', ')}; target ${percent(trend.target)}`;
  const chart = svg('svg', { class: 'spark', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': description });
  append(chart,
    svg('line', { class: 'spark-target', x1: pad, x2: width - pad, y1: yAt(trend.target), y2: yAt(trend.target) }),
    svg('polyline', { class: 'spark-line', points }),
    svg('circle', { class: 'spark-dot', cx: xAt(n - 1), cy: yAt(trend.shares[n - 1] ?? 0), r: 2.5 }),
  );
  append(chart, svg('title'));
  (chart.lastChild as SVGTitleElement).textContent = description;
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
  append(chart, bulletChart({ name, share: row.share, target: row.target, status: row.status }, tolerance, scale, isGroup));
  const status = el('div', 'cell status', undefined, { role: 'cell' });
  append(status, el('span', `badge status-${row.status}`, STATUS_WORDS[row.status]));
  append(line,
    label,
    chart,
    el('div', 'cell num share', percent(row.share), { role: 'cell' }),
    el('div', 'cell num target', percent(row.target), { role: 'cell' }),
    el('div', `cell num diff${Math.abs(row.diffPp) > tolerance * 100 ? ' off' : ''}`, signedPp(row.diffPp), { role: 'cell' }),
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

function trends(list: CategoryTrend[] | undefined): HTMLElement {
  const section = el('section', 'card', undefined, { 'aria-labelledby': 'trends-heading' });
  const heading = el('h2', undefined, 'Trends', { id: 'trends-heading' });
  if (!list || list.length === 0 || (list[0]?.weeks.length ?? 0) < 2) {
    append(section, heading, el('p', 'empty-note', 'Trends appear once earlier weekly reviews sit in the same folder (named like 2026-W44.md).'));
    return section;
  }
  const weeks = list[0]?.weeks ?? [];
  append(heading, el('span', 'hint', ` share per week · ${weeks[0]} → ${weeks[weeks.length - 1]} · dashed line = target`));
  const table = el('div', 'trends', undefined, { role: 'table', 'aria-label': 'Share of each category over recent weeks' });
  for (const trend of list) {
    const row = el('div', 'trend-row', undefined, { role: 'row' });
    const spark = el('div', 'cell', undefined, { role: 'cell' });
    append(spark, sparkline(trend));
    const arrow = trend.direction === 'up' ? '↗' : trend.direction === 'down' ? '↘' : '→';
    append(row,
      el('div', 'cell name-text', trend.name, { role: 'rowheader' }),
      spark,
      el('div', 'cell num', percent(trend.shares[trend.shares.length - 1] ?? 0), { role: 'cell' }),
      el('div', `cell num change ${trend.direction}`, `${arrow} ${signedPp(trend.changePp)}`, { role: 'cell', 'aria-label': `change ${signedPp(trend.changePp)} since ${weeks[0]}` }),
    );
    append(table, row);
  }
  append(section, heading, table);
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
    trends(message.trends),
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
