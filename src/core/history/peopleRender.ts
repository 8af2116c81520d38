// Renderers of `weekly-review people`: a text list (overdue, never, on cadence,
// open asks) that says how cadence is counted, and the JSON report.

import type { AskStatus, PeopleReport, PersonStatus } from './peopleTypes';

export function renderPeopleJson(report: PeopleReport): string {
  return JSON.stringify(report, null, 2);
}

const weeks = (n: number) => (n === 1 ? '1 week' : `${n} weeks`);

function who(person: PersonStatus): string {
  const about = [person.role, person.team].filter((part): part is string => part !== null).join(', ');
  return `${person.name} ${person.handle}${about ? ` (${about})` : ''}`;
}

function cadenceOf(person: PersonStatus): string {
  return person.cadence === null ? 'no cadence' : `cadence ${person.cadence}${person.cadence !== `${person.cadenceWeeks}w` ? ` = ${weeks(person.cadenceWeeks as number)}` : ''}`;
}

function personLine(person: PersonStatus): string {
  const last = person.lastOneOnOne;
  switch (person.state) {
    case 'overdue':
      return `  ${who(person)}: ${weeks(person.weeksSinceOneOnOne as number)} since the last 1:1 (${last?.week}), ${cadenceOf(person)}; overdue by ${weeks(person.overdueByWeeks as number)}`;
    case 'never':
      return `  ${who(person)}: no 1:1 in the indexed range; ${cadenceOf(person)}`;
    default:
      return `  ${who(person)}: ${weeks(person.weeksSinceOneOnOne as number)} since the last 1:1 (${last?.week}), ${cadenceOf(person)}`;
  }
}

function askLine(ask: AskStatus): string {
  return `  ${ask.handles.join(' ')}  ${ask.text}  (open ${weeks(ask.ageWeeks)}, since ${ask.opened.week}, ${ask.opened.path}:${ask.opened.line})`;
}

function section(title: string, lines: string[], empty: string): string[] {
  return ['', `${title}${lines.length > 0 ? ` (${lines.length})` : ''}`, ...(lines.length > 0 ? lines : [`  ${empty}`])];
}

/** A hint per first name several people share: written alone it counts for no one (only when there is one). */
function ambiguousLines(report: PeopleReport): string[] {
  const names = report.ambiguousNames ?? [];
  if (names.length === 0) return [];
  const line = (entry: (typeof names)[number]) => `  ${entry.name} (first in ${entry.firstSeen.week}, ${entry.firstSeen.path}:${entry.firstSeen.line}) could be ${entry.handles.join(' or ')}: write the @handle or the full name to count it`;
  return section('First names that match several people', names.map(line), '');
}

/** The people list as text, as of the latest review. */
export function renderPeopleText(report: PeopleReport): string {
  if (!report.asOf || !report.range) return 'No dated reviews: nothing to report about people.';
  const byHandle = new Map(report.people.map((p) => [p.handle, p]));
  const pick = (handles: string[]) => handles.map((h) => personLine(byHandle.get(h) as PersonStatus));
  const rest = report.people.filter((p) => p.state === 'ok' || p.state === 'no-cadence').sort((a, b) => (b.weeksSinceOneOnOne as number) - (a.weeksSinceOneOnOne as number));
  const { range } = report;
  return [
    `People as of ${report.asOf.week} (${report.asOf.path}); ${range.reviews} reviews over ${weeks(range.weeks)}, ${range.firstWeek} … ${range.latestWeek}.`,
    `Cadence is counted as ${report.cadenceRule}.`,
    ...section('Overdue for a 1:1', pick(report.overdue), 'nobody'),
    ...section('No 1:1 in the indexed range', pick(report.never), 'nobody'),
    ...section('Within cadence', rest.map(personLine), 'nobody'),
    ...section('Open asks', report.openAsks.map(askLine), 'none'),
    ...ambiguousLines(report),
  ].join('\n');
}
