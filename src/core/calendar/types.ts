// Plain data of a calendar import: what was read from an .ics file, which
// events of a week count and why the others do not, and what a merge did.

/** Bad input, at its file and 1-based line, in a sentence that says what to do. */
export interface CalendarError {
  file: string;
  line: number;
  message: string;
}

export interface Attendee {
  /** Lower-cased address without `mailto:`. */
  email?: string;
  name?: string;
  /** PARTSTAT: ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION… */
  partstat: string;
  /** CUTYPE: INDIVIDUAL, ROOM, RESOURCE, GROUP… */
  kind: string;
  /** ROLE=NON-PARTICIPANT: listed for information, as Outlook and Exchange list a meeting's room. */
  nonParticipant?: true;
}

/** One occurrence of an event (a single event, or one instance of a series), in UTC milliseconds. */
export interface Occurrence {
  /** `UID`, or `UID/RECURRENCE-ID` (UTC `20270308T100000Z`, or a day `20270308`) for an instance of a series. */
  id: string;
  uid: string;
  title: string;
  start: number;
  end: number;
  allDay: boolean;
  /** A day or more on the event's own clock (Saturday noon to Sunday noon is 23 hours on the night of a clock change). */
  dayLong?: boolean;
  /** STATUS, upper-cased. */
  status?: string;
  /** TRANSP:TRANSPARENT or an Outlook busy status of FREE. */
  free: boolean;
  outOfOffice: boolean;
  /** CLASS:PRIVATE or CONFIDENTIAL. */
  private: boolean;
  attendees: Attendee[];
  organizer?: string;
  /** The organiser's name (ORGANIZER's CN), when the invitation gives one. */
  organizerName?: string;
  /** The owner of the calendar the event came from, when its name is an address (a file may join several exports). */
  calendarOwner?: string;
  /** Which attendee the calendar's owner is on this invitation, when the export says so (Thunderbird's X-MOZ-INVITED-ATTENDEE). */
  invitedAs?: string;
  /** Line of the event's BEGIN:VEVENT (its exception's, for a moved instance). */
  line: number;
}

export type SkipReason = 'declined' | 'cancelled' | 'allDay' | 'free' | 'outOfOffice' | 'zeroLength';

export type SkipCounts = Record<SkipReason, number>;

/** An occurrence that counts in the week, clipped to it, with the time it adds after overlaps. */
export interface WeekEvent {
  occurrence: Occurrence;
  /** Clipped to the week. */
  start: number;
  end: number;
  /** Whole minutes this event adds: its clipped length less what earlier events already cover. */
  minutes: number;
  /** The earlier event this one is double-booked with, when they overlap. */
  overlapsWith?: Occurrence;
}

export interface ImportOptions {
  /** The user's IANA time zone: weeks run Monday 00:00 to Monday 00:00 there. */
  timeZone: string;
  /** Show private events' titles and attendees (else "Private event"). */
  includePrivate?: boolean;
  /** The calendar owner's addresses, for declined events; else guessed (see owner.ts). */
  owner?: readonly string[];
}
