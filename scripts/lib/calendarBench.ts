// The calendar part of the bench (issue 18): a generated ten-year export
// (50,000 events, 200 of them weekly series with EXDATEs and moved instances,
// attendees and a VTIMEZONE, as Google writes them), one week imported by the
// shipped CLI (dist/cli.js, --dry-run) in its own process, five times: wall
// time and peak resident memory of each; the engine's import alone in this
// process; and what ical.js adds to the two bundles (esbuild's metafile).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { builtinRubric, importCalendarWeek, reviewTemplate } from '../../src/core';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const wall = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
};

const TZ = ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE'];
const TITLES = ['Roadmap review', 'Hiring committee', 'Customer call', 'Design review', 'Incident postmortem', 'Budget sync', 'Partner QBR', 'Team retro'];

function event(uid: string, start: number, minutes: number, title: string, extra: string[] = []): string[] {
  return ['BEGIN:VEVENT', `DTSTART;TZID=Europe/Berlin:${wall(start)}`, `DTEND;TZID=Europe/Berlin:${wall(start + minutes * 60_000)}`, 'DTSTAMP:20270101T000000Z', `UID:${uid}`, 'ORGANIZER;CN=me@acme.com:mailto:me@acme.com', 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=me@acme.com;X-NUM-GUESTS=0:mailto:me@acme.com', `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Person ${uid.length % 7};X-NUM-GUESTS=0:mailto:p${uid.length % 7}@acme.com`, ...extra, `SUMMARY:${title}`, 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT'];
}

/** 50,000 events over 2027–2036: 200 weekly series and 49,800 single events, deterministic. */
export function generateCalendar(events = 50_000, series = 200): string {
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'X-WR-CALNAME:me@acme.com', 'X-WR-TIMEZONE:Europe/Berlin', ...TZ];
  const from = Date.UTC(2027, 0, 4);
  const span = 10 * 365 * DAY;
  for (let s = 0; s < series; s++) {
    const start = from + (s % 5) * DAY + (8 + (s % 9)) * 3_600_000 + (s * 7 * DAY) % (400 * DAY);
    const ex = Array.from({ length: 5 }, (_, k) => `EXDATE;TZID=Europe/Berlin:${wall(start + (10 + k * 37 + s) * 7 * DAY)}`);
    const rule = s % 3 === 0 ? 'RRULE:FREQ=WEEKLY' : `RRULE:FREQ=WEEKLY;UNTIL=${wall(start + span).slice(0, 8)}T000000Z`;
    lines.push(...event(`series-${s}@google.com`, start, 30 + (s % 4) * 15, `${TITLES[s % TITLES.length]} ${s}`, [rule, ...ex]));
    const moved = start + (20 + s) * 7 * DAY;
    lines.push(...event(`series-${s}@google.com`, moved + DAY, 45, `${TITLES[s % TITLES.length]} ${s}`, [`RECURRENCE-ID;TZID=Europe/Berlin:${wall(moved)}`]));
  }
  const singles = events - series;
  for (let i = 0; i < singles; i++) {
    const day = Math.floor((i * span) / singles / DAY);
    lines.push(...event(`single-${i}@google.com`, from + day * DAY + (8 + (i % 10)) * 3_600_000 + (i % 4) * 900_000, 30 + (i % 5) * 15, `${TITLES[i % TITLES.length]} #${i}`));
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

export interface CalendarBench {
  events: number;
  series: number;
  bytes: number;
  week: string;
  cliMs: number[];
  peakRssMb: number[];
  cpuMs: number[];
  loadAverage: number;
  engineMs: number[];
  engineCpuMs: number[];
  importedEvents: number;
  icalBytes: { cli: number; extension: number };
  calendarCodeBytes: { cli: number; extension: number };
}

/** Bytes that ical.js and src/core/calendar put into each bundle, as esbuild builds them (minified, as packaged). */
async function bundleCost(): Promise<Pick<CalendarBench, 'icalBytes' | 'calendarCodeBytes'>> {
  const common = { bundle: true, minify: true, write: false, metafile: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'silent' as const, define: { 'import.meta.url': '__importMetaUrl' } };
  const [cli, extension] = await Promise.all([esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'out/bench-cli.js' }), esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'out/bench-extension.js', external: ['vscode'] })]);
  const bytesOf = (result: esbuild.BuildResult, match: (input: string) => boolean) => Object.values(result.metafile?.outputs ?? {}).reduce((sum, out) => sum + Object.entries(out.inputs).filter(([input]) => match(input)).reduce((s, [, v]) => s + v.bytesInOutput, 0), 0);
  const ical = (input: string) => input.includes('node_modules/ical.js/');
  const code = (input: string) => input.startsWith('src/core/calendar/') || input.startsWith('src/cli/commands/import') || input.startsWith('src/extension/importCalendar');
  return { icalBytes: { cli: bytesOf(cli, ical), extension: bytesOf(extension, ical) }, calendarCodeBytes: { cli: bytesOf(cli, code), extension: bytesOf(extension, code) } };
}

export async function benchCalendar(runs = 5): Promise<CalendarBench> {
  if (!existsSync('dist/cli.js')) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'weekly-review-calendar-bench-'));
  try {
    const text = generateCalendar();
    const file = path.join(dir, 'calendar.ics');
    writeFileSync(file, text);
    const week = '2031-W24';
    const cliMs: number[] = [];
    const peakRssMb: number[] = [];
    const cpuMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const child = spawnSync(process.execPath, ['--require', path.resolve('scripts/lib/peakRss.cjs'), path.resolve('dist/cli.js'), 'import', file, '--week', week, '--into', path.join(dir, `${week}.md`), '--tz', 'Europe/Berlin', '--dry-run'], { encoding: 'utf8', cwd: dir });
      cliMs.push(performance.now() - started);
      if (child.status !== 0) throw new Error(`import failed: ${child.stderr}`);
      peakRssMb.push(Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024);
      cpuMs.push(Number(/cpu-us (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1000);
    }
    const engineMs: number[] = [];
    const engineCpuMs: number[] = [];
    let importedEvents = 0;
    const template = reviewTemplate(week, 24, builtinRubric(), [], []);
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = importCalendarWeek({ file, calendar: text, week: { year: 2031, week: 24 }, review: template, rubric: builtinRubric(), people: [], options: { timeZone: 'Europe/Berlin' } });
      const used = process.cpuUsage(cpu);
      if (run > 0) engineMs.push(performance.now() - started);
      if (run > 0) engineCpuMs.push((used.user + used.system) / 1000);
      if (result.ok) importedEvents = result.report.events;
    }
    return { events: 50_000, series: 200, bytes: Buffer.byteLength(text), week, cliMs, peakRssMb, cpuMs, loadAverage: loadavg()[0] ?? 0, engineMs, engineCpuMs, importedEvents, ...(await bundleCost()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function calendarLine(b: CalendarBench): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `Calendar import: ${b.events.toLocaleString('en-US')} events (${b.series} weekly series) over 10 years, ${(b.bytes / 1e6).toFixed(1)} MB; week ${b.week} (${b.importedEvents} events):`,
    `  CLI (dist/cli.js, own process, node start included): wall median ${median(b.cliMs).toFixed(0)} ms, max ${Math.max(...b.cliMs).toFixed(0)} ms; CPU median ${median(b.cpuMs).toFixed(0)} ms; peak RSS median ${median(b.peakRssMb).toFixed(0)} MB, max ${Math.max(...b.peakRssMb).toFixed(0)} MB (goal ≤ 1,000 ms, < 200 MB; load average ${b.loadAverage.toFixed(1)})`,
    `  engine alone (importCalendarWeek, warm, in this process): wall median ${median(b.engineMs).toFixed(0)} ms, CPU median ${median(b.engineCpuMs).toFixed(0)} ms`,
    `  bundle cost, minified: ical.js ${kb(b.icalBytes.cli)} in dist/cli.js, ${kb(b.icalBytes.extension)} in dist/extension.js; the import's own code ${kb(b.calendarCodeBytes.cli)} and ${kb(b.calendarCodeBytes.extension)}`,
  ].join('\n');
}
