// "Weekly Review: Import calendar…": merges a week of an iCalendar export into
// the open review (else this week's, created as "New weekly review" does) as
// one WorkspaceEdit, so one undo takes it back. The calendar comes from a
// file picker, or from `weeklyReview.calendar.url` — a private address from
// Google, Outlook or iCloud, fetched only in a trusted workspace (the setting
// is a restricted configuration, so Restricted Mode ignores a workspace's
// value) and only over https; plain http is allowed to a loopback address
// alone (127.0.0.1, ::1, localhost), which never leaves the machine and is
// what the tests serve from. Core decides everything else (core/calendar).

import * as vscode from 'vscode';
import { readFileAtMost } from './boundedFile';
import { calendarImportSummary, decodeCalendar, formatIsoWeek, importCalendarWeek, isoWeekOfDate, MAX_CALENDAR_BYTES, parseWeekValue, type IsoWeek, type ReviewService } from '../core';
import { bodyAtMost } from './boundedBody';
import { analysisOptionsFor } from './config';
import { pathOf } from './host';
import { platform } from './platform';

/** Arguments tests (and keybindings) may pass instead of the picker. */
export interface ImportCalendarArgs {
  /** An .ics file (a path or a file URI). */
  file?: string;
  /** An address to fetch (the setting's value is used when neither is given and the user picks it). */
  url?: string;
  /** The review to merge into (a path or URI); default: the active review, else this week's. */
  into?: string;
  /** The user's zone, over the setting. */
  timeZone?: string;
}

const FETCH_TIMEOUT_MS = 30_000;

export function calendarSettings(scope?: vscode.ConfigurationScope): { url: string; timeZone: string; includePrivate: boolean } {
  const config = vscode.workspace.getConfiguration('weeklyReview.calendar', scope);
  return { url: (config.get<string>('url') ?? '').trim(), timeZone: (config.get<string>('timeZone') ?? '').trim() || Intl.DateTimeFormat().resolvedOptions().timeZone, includePrivate: config.get<boolean>('includePrivate') ?? false };
}

/** Why an address may not be fetched, or undefined: https anywhere, http to this machine only; webcal means https. */
export function addressProblem(address: string): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(address.replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    return { problem: `"${address}" is not an address. Copy the calendar's secret iCal address (https://…) into weeklyReview.calendar.url.` };
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === '[::1]' || url.hostname === 'localhost';
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return { url };
  return { problem: `the calendar address must use https (${url.protocol}// would send your private calendar address in the clear); only this machine (127.0.0.1) may be reached over http.` };
}

/** The body of a calendar address, at most MAX_CALENDAR_BYTES, within the timeout. */
async function fetchCalendar(url: URL): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: abort.signal, redirect: 'follow' });
    if (!response.ok) throw new Error(`the calendar address answered ${response.status} ${response.statusText}. Check that the secret address is still valid`);
    if (response.url && 'problem' in addressProblem(response.url)) throw new Error('the calendar address redirected to an address that is not https');
    return decodeCalendar(await bodyAtMost(response, MAX_CALENDAR_BYTES, 'the calendar is larger than 50 MB, more than an import reads'));
  } finally {
    clearTimeout(timer);
  }
}

const toUri = (value: string): vscode.Uri => (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value));

/** Where the calendar comes from: the arguments, else the setting or a picked file. */
async function chooseSource(args: ImportCalendarArgs | undefined, url: string): Promise<{ name: string; read: () => Promise<string> } | undefined> {
  const fromFile = (uri: vscode.Uri) => ({ name: pathOf(uri), read: async () => decodeCalendar(await readFileAtMost(vscode.workspace.fs, uri, MAX_CALENDAR_BYTES, `the calendar ${uri.scheme === 'file' ? uri.fsPath : uri.toString()}`)) });
  const fromUrl = (address: string) => {
    const checked = addressProblem(address);
    if ('problem' in checked) throw new Error(checked.problem);
    if (!vscode.workspace.isTrusted) throw new Error('a calendar address is fetched only in a trusted workspace. Trust this workspace, or pick an .ics file instead');
    const unsupported = platform().unsupported('calendar-url');
    if (unsupported) throw new Error(unsupported);
    return { name: `${checked.url.protocol}//${checked.url.host}/…`, read: () => fetchCalendar(checked.url) };
  };
  if (args?.file) return fromFile(toUri(args.file));
  if (args?.url) return fromUrl(args.url);
  if (url && vscode.workspace.isTrusted && !platform().unsupported('calendar-url')) {
    const pick = await vscode.window.showQuickPick([{ label: 'From the calendar address', description: 'weeklyReview.calendar.url', id: 'url' }, { label: 'Choose an .ics file…', id: 'file' }], { title: 'Import calendar' });
    if (!pick) return undefined;
    if (pick.id === 'url') return fromUrl(url);
  }
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'iCalendar (.ics)': ['ics', 'ical', 'ifb', 'icalendar'] }, title: 'Import calendar' });
  return picked?.[0] ? fromFile(picked[0]) : undefined;
}

/** The review document to merge into: the argument, the active review, or this week's (made by "New weekly review"). */
async function targetDocument(service: ReviewService, args: ImportCalendarArgs | undefined, createThisWeek: () => Promise<void>): Promise<vscode.TextDocument | undefined> {
  if (args?.into) return vscode.workspace.openTextDocument(toUri(args.into));
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.languageId === 'markdown' && service.isReview(pathOf(active.uri), active.getText())) return active;
  await createThisWeek();
  const created = vscode.window.activeTextEditor?.document;
  return created && created.languageId === 'markdown' ? created : undefined;
}

/** The whole merge as one edit: the lines between the unchanged head and tail replaced. */
function mergeEdit(document: vscode.TextDocument, after: string): vscode.WorkspaceEdit {
  const before = document.getText();
  const edit = new vscode.WorkspaceEdit();
  let head = 0;
  while (head < before.length && head < after.length && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  edit.replace(document.uri, new vscode.Range(document.positionAt(head), document.positionAt(before.length - tail)), after.slice(head, after.length - tail));
  return edit;
}

function weekOf(analysisWeek: IsoWeek | undefined, zone: string): IsoWeek {
  if (analysisWeek) return analysisWeek;
  const parsed = parseWeekValue(new Date().toLocaleDateString('en-CA', { timeZone: zone }));
  return parsed.ok ? parsed.week : isoWeekOfDate(new Date());
}

/** Runs the command; resolves with the summary line shown (tests read it), or undefined when nothing was imported. */
export async function importCalendar(service: ReviewService, args: ImportCalendarArgs | undefined, createThisWeek: () => Promise<void>): Promise<string | undefined> {
  try {
    const target = await targetDocument(service, args, createThisWeek);
    if (!target) return undefined;
    const settings = { ...calendarSettings(target.uri), ...(args?.timeZone ? { timeZone: args.timeZone } : {}) };
    const source = await chooseSource(args, settings.url);
    if (!source) return undefined;
    const calendar = await source.read();
    const version = target.version;
    const review = target.getText();
    const { options } = analysisOptionsFor(target.uri);
    const analysis = await service.analyze(pathOf(target.uri), review, options);
    const resolution = await service.resolveRubric(pathOf(target.uri), review, options);
    if (!resolution.ok) throw new Error(`the rubric ${resolution.file} is broken; fix it first, as the import places events under its categories`);
    const week = weekOf(analysis.document.week, settings.timeZone);
    const result = importCalendarWeek({ file: source.name, calendar, week, review, rubric: resolution.rubric, people: resolution.rubric.people, options: { timeZone: settings.timeZone, includePrivate: settings.includePrivate } });
    if (!result.ok) throw new Error(`${result.error.file}:${result.error.line}: ${result.error.message}. Nothing was changed`);
    if (target.version !== version) throw new Error('the review changed while the calendar was read. Run the import again');
    if (result.text !== review && !(await vscode.workspace.applyEdit(mergeEdit(target, result.text)))) throw new Error('VS Code refused the edit');
    const summary = calendarImportSummary(formatIsoWeek(week), result.report);
    const kept = result.report.kept.filter((k) => k.why !== 'unknown');
    void vscode.window.showInformationMessage(`Weekly Review: ${summary}${kept.length > 0 ? ` Kept ${kept.length} line${kept.length === 1 ? '' : 's'} you edited whose event changed (line ${kept.map((k) => k.line).join(', ')}).` : ''}`);
    return summary;
  } catch (error) {
    void vscode.window.showErrorMessage(`Weekly Review: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}.`);
    return undefined;
  }
}

/** After "New weekly review" created a file: offers to pre-fill it from the configured calendar address (trusted workspaces only). */
export async function offerCalendarPrefill(service: ReviewService, created: vscode.Uri): Promise<void> {
  const { url } = calendarSettings(created);
  // In the browser the address cannot be fetched: the activation notice said so once; no offer that would fail.
  if (!url || !vscode.workspace.isTrusted || platform().unsupported('calendar-url')) return;
  const choice = await vscode.window.showInformationMessage('Pre-fill this week\'s review from your calendar?', 'Import calendar', 'Not now');
  if (choice === 'Import calendar') await importCalendar(service, { url, into: created.toString() }, async () => undefined);
}
