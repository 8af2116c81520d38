// Which occurrences of a week count, and for how long. Skipped, each with a
// count: cancelled (STATUS:CANCELLED, METHOD:CANCEL, or removed by EXDATE),
// declined by the calendar's owner, all-day (a date, or 24 hours or more),
// out of office, free (transparent), and zero-length events. An event that
// crosses the week's edge counts the part inside it. Overlapping events count
// the overlap once: events are taken in order of start, each adds only the
// time no earlier event covers, and the later one notes the double booking.

import type { Occurrence, SkipCounts, SkipReason, WeekEvent } from './types';
import type { ReadResult, Window } from './read';
import { isOwnerAddress, isSenderAddress } from './addresses';

const DAY = 86_400_000;

export function emptySkipCounts(): SkipCounts {
  return { declined: 0, cancelled: 0, allDay: 0, free: 0, outOfOffice: 0, zeroLength: 0 };
}

/**
 * The calendar owner's addresses: those given, else the calendar's name when
 * it is an address (Google names an export after its owner; of several joined
 * exports so named, the one on the most of these events; one so named beside
 * others named otherwise is it, wherever it sits), else the addresses
 * the export itself marks as the owner's on its invitations (Thunderbird),
 * else the address that attends or organises the most of these events (the
 * owner is on all of their own; a service's sending address is no one's),
 * ties going to whoever organises more of them.
 */
export function ownerOf(occurrences: readonly Occurrence[], given: readonly string[] | undefined, calendarName: string | undefined, owners: readonly string[] = []): Set<string> {
  if (given && given.length > 0) return new Set(given.map((a) => a.trim().toLowerCase()));
  // Of a file that joins a calendar named after an address with others (a team calendar, "Platform on-call", last), that address.
  if (owners.length > 0) return new Set([mostPresent(occurrences, owners)]);
  if (calendarName !== undefined && /^[^\s@]+@[^\s@]+$/.test(calendarName.trim())) return new Set([calendarName.trim().toLowerCase()]);
  const invited = new Set(occurrences.flatMap((o) => (o.invitedAs ? [o.invitedAs] : [])));
  if (invited.size > 0) return invited;
  const appears = new Map<string, number>();
  const organises = new Map<string, number>();
  for (const occurrence of occurrences) {
    const here = new Set(occurrence.attendees.flatMap((a) => (a.email ? [a.email] : [])));
    if (occurrence.organizer) {
      here.add(occurrence.organizer);
      organises.set(occurrence.organizer, (organises.get(occurrence.organizer) ?? 0) + 1);
    }
    // Webex's messenger@webex.com organises every invitation it sends, and is nobody's calendar.
    for (const email of here) if (!isSenderAddress(email)) appears.set(email, (appears.get(email) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [email, count] of appears) {
    const lead = best === undefined ? 1 : count - (appears.get(best) ?? 0) || (organises.get(email) ?? 0) - (organises.get(best) ?? 0);
    if (lead > 0) best = email;
  }
  return new Set(best === undefined ? [] : [best]);
}

/** Of the candidates (in order), the one attending or organising the most of the events; the first on a tie. */
function mostPresent(occurrences: readonly Occurrence[], candidates: readonly string[]): string {
  const count = (address: string) => occurrences.filter((o) => o.organizer === address || o.attendees.some((a) => a.email === address)).length;
  const counts = candidates.map(count);
  return candidates[counts.indexOf(Math.max(...counts))] as string;
}

/** An attendee who will not be there: declined, or delegated the invitation to someone else (RFC 5545's DELEGATED-TO). */
export const absent = (partstat: string): boolean => partstat === 'DECLINED' || partstat === 'DELEGATED';

/** Whether `owner` (or, when the addresses were not given, the owner of the event's own calendar) declined it or sent someone in their place. */
function declined(occurrence: Occurrence, owner: ReadonlySet<string>, given: boolean): boolean {
  const own = !given && occurrence.calendarOwner !== undefined ? occurrence.calendarOwner : undefined;
  return occurrence.attendees.some((a) => a.email !== undefined && isOwnerAddress(a.email, own !== undefined ? new Set([own]) : owner) && absent(a.partstat));
}

function skipReason(occurrence: Occurrence, owner: ReadonlySet<string>, given: boolean): SkipReason | undefined {
  if (occurrence.status === 'CANCELLED') return 'cancelled';
  if (declined(occurrence, owner, given)) return 'declined';
  if (occurrence.allDay || occurrence.dayLong === true || occurrence.end - occurrence.start >= DAY) return 'allDay';
  if (occurrence.outOfOffice) return 'outOfOffice';
  if (occurrence.free) return 'free';
  if (occurrence.end <= occurrence.start) return 'zeroLength';
  return undefined;
}

export interface WeekSelection {
  events: WeekEvent[];
  skipped: SkipCounts;
  owner: Set<string>;
}

/** The week's counted events in order of start, with the minutes each adds, and the skipped counts. */
export function selectWeek(read: ReadResult, window: Window, ownerAddresses?: readonly string[]): WeekSelection {
  const owner = ownerOf(read.occurrences, ownerAddresses, read.calendarName, read.owners);
  const given = ownerAddresses !== undefined && ownerAddresses.length > 0;
  const skipped = emptySkipCounts();
  skipped.cancelled += read.excluded;
  const counted: Occurrence[] = [];
  for (const occurrence of read.occurrences) {
    const reason = skipReason(occurrence, owner, given);
    if (reason) skipped[reason]++;
    else counted.push(occurrence);
  }
  counted.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events: WeekEvent[] = [];
  let coveredUntil = -Infinity;
  let coveredBy: Occurrence | undefined;
  let total = 0;
  for (const occurrence of counted) {
    const start = Math.max(occurrence.start, window.start);
    const end = Math.min(occurrence.end, window.end);
    const own = Math.max(0, end - Math.max(start, coveredUntil));
    // Rounded on the running total, so the minutes add up to the week's exact total.
    const minutes = Math.round((total + own) / 60_000) - Math.round(total / 60_000);
    total += own;
    const event: WeekEvent = { occurrence, start, end, minutes };
    if (coveredBy && coveredUntil > start) event.overlapsWith = coveredBy;
    events.push(event);
    if (end > coveredUntil) {
      coveredUntil = end;
      coveredBy = occurrence;
    }
  }
  return { events, skipped, owner };
}

/** Monday 00:00 to the next Monday 00:00 of an ISO week, in a zone, as instants (a week with a clock change is 167 or 169 hours). */
export function weekWindow(monday: Date, toUtc: (wallMs: number) => number): Window {
  const wall = Date.UTC(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate());
  return { start: toUtc(wall), end: toUtc(wall + 7 * DAY) };
}
