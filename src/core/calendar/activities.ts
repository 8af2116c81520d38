// A week's counted events as review activities: `- [x] 1h30m Title → ` with
// the attendees the people file knows as mentions, a note on a double
// booking, and the event's identity in a trailing comment that also holds a
// fingerprint of the line as written, so a later import can tell a line the
// user edited from one it may update. Each goes to a category: the item's own
// words first (the inference every review uses), then the calendar's signals
// — a 1:1 with a known person is culture, an interview is recruiting, people
// from outside the owner's domain point to sales or partners.

import { categoryOfTags } from '../analysis/categories';
import { categoryFromWords, signalIndex } from '../analysis/categoryWords';
import type { SignalIndex } from '../analysis/wordSignals';
import { createMentionMatcher, saysOneOnOne } from '../history/mentions';
import type { Person } from '../rubric/model';
import { canonicalDuration, findBracketedDurations, findMalformedLeadingDuration, parseLeadingDuration } from '../parse/durations';
import { extractTags } from '../parse/sectionSyntax';
import type { Rubric } from '../rubric/model';
import type { Attendee, Occurrence, WeekEvent } from './types';
import { absent } from './week';
import { domainOf, isOwnerAddress, sameOrganisation, withoutSender } from './addresses';

/** One activity to merge: its identity, the line as written, its category and when it starts. */
export interface ImportItem {
  id: string;
  /** The line without its line ending, comment and fingerprint included. */
  line: string;
  /** The fingerprint written in the comment. */
  hash: string;
  categoryId?: string;
  start: number;
  minutes: number;
  title: string;
}

export const PRIVATE_TITLE = 'Private event';

/** Mail domains of people, not companies: an address there says nothing about a customer or partner. */
const PERSONAL_DOMAINS = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'fastmail.com', 'aol.com', 'gmx.de', 'gmx.net', 'web.de']);

/** FNV-1a of the line, in base 36: enough to tell an edited line from the one written. */
export function lineHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** An event id as it can sit in an HTML comment: no spaces, no `>`, no `%` left ambiguous. */
export function encodeEventId(id: string): string {
  return id.replace(/[%\s>~]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) and a stray byte-order mark: in a title they would reorder
 * how the review's line shows against what it says ("Trojan Source"), so
 * they are dropped; the letters of any script stay.
 */
const HIDDEN_FORMAT = /[\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * Titles longer than this are cut (at a word when one ends near) and end
 * with "…": a converter that writes a whole agenda into SUMMARY made a review
 * line longer than the engine reads (MAX_LINE_LENGTH, 20,000 characters), and
 * its minutes were lost. A line holds at most two titles (its own and the one
 * it is double-booked with), so this leaves room for the rest of it.
 */
export const MAX_TITLE_LENGTH = 4000;

function shortened(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH);
  if (cut < MAX_TITLE_LENGTH - 40) cut = MAX_TITLE_LENGTH;
  // Never between the two halves of a surrogate pair (an emoji).
  if (/[\uD800-\uDBFF]/.test(title.charAt(cut - 1))) cut--;
  return `${title.slice(0, cut).trimEnd()}…`;
}

/** A title as one line of review text: no line breaks, no comment markers, no arrow that would start the outcome, no duration in brackets, no reordering marks, at most MAX_TITLE_LENGTH characters. */
export function cleanTitle(raw: string): string {
  let title = shortened(raw.replace(HIDDEN_FORMAT, '').replace(/\p{Cc}+/gu, ' ').replace(/<!--|-->/g, ' ').replace(/→|->|=>/g, ' to ').replace(/\s+/g, ' ').trim());
  if (findBracketedDurations(title).length > 0) title = title.replace(/[()[\]]/g, '');
  // A title that starts with a duration or a time would read as a second one ("1h 9:30 standup"); "1:1" is a meeting.
  if (parseLeadingDuration(title) !== undefined || findMalformedLeadingDuration(title) !== undefined) title = `“${title}”`;
  return title || '(no title)';
}

export interface ActivityContext {
  rubric: Rubric;
  people: readonly Person[];
  owner: ReadonlySet<string>;
  includePrivate: boolean;
}

interface Prepared {
  index: SignalIndex;
  ids: Set<string>;
  mentions: ReturnType<typeof createMentionMatcher>;
  handles: Map<string, Person>;
  ownDomains: Set<string>;
}

/** Whether an address is the company's: its domain is one of the own domains, or another host of the same registered domain (`ana@eu.acme.com` beside `me@acme.com` or `me@us.acme.com`). */
function inOwnDomain(email: string, prepared: Prepared): boolean {
  const domain = domainOf(email);
  for (const own of prepared.ownDomains) if (sameOrganisation(domain, own)) return true;
  return false;
}

function prepare(ctx: ActivityContext, events: readonly WeekEvent[]): Prepared {
  const handles = new Map<string, Person>();
  for (const person of ctx.people) if (person.handle) handles.set(person.handle.slice(1).toLowerCase(), person);
  const ownDomains = new Set([...ctx.owner].map(domainOf));
  if (ownDomains.size === 0) {
    // Without a known owner, the domain most attendees share is the company's.
    const counts = new Map<string, number>();
    for (const event of events) for (const a of event.occurrence.attendees) if (a.email) counts.set(domainOf(a.email), (counts.get(domainOf(a.email)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) ownDomains.add(top[0]);
  }
  return { index: signalIndex(ctx.rubric), ids: new Set(ctx.rubric.categories.map((c) => c.id)), mentions: createMentionMatcher(ctx.people), handles, ownDomains };
}

/**
 * The people file's person an attendee is: by an address in the company's own
 * domain (`ana@acme.com` is `@ana`; a customer's `ana@globex.com` is someone
 * else), else by the name the invitation gives, else by the name such an
 * address spells (`ana.silva@acme.com` is Ana Silva).
 */
function personOf(attendee: Attendee, prepared: Prepared): Person | undefined {
  const own = attendee.email !== undefined && inOwnDomain(attendee.email, prepared);
  const local = own ? attendee.email?.slice(0, attendee.email.indexOf('@')) : undefined;
  const byHandle = local !== undefined ? prepared.handles.get(local) : undefined;
  if (byHandle) return byHandle;
  const named = attendee.name !== undefined ? prepared.mentions(attendee.name) : [];
  if (named.length === 1) return named[0];
  // A company address is often its person's name (`ana.silva@acme.com`), and Google writes that address as the CN too.
  const spelled = local !== undefined && /[._-]/.test(local) ? prepared.mentions(local.split(/[._-]+/).map(capitalized).join(' ')) : [];
  return spelled.length === 1 ? spelled[0] : undefined;
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The attendees of a meeting other than the owner. Outlook and Exchange write
 * the organiser only as ORGANIZER, not among the ATTENDEEs, so an invitation
 * from Ana lists only you: the organiser of a meeting (one with attendees)
 * attends it too. A non-participant (a room Outlook lists without its
 * CUTYPE) is there for information, not a person of the meeting. A
 * service's sending address (Webex, Zoom, Calendly) is no one's: the person
 * its name gives, else no one, and never someone from another company.
 */
function others(occurrence: Occurrence, owner: ReadonlySet<string>): Attendee[] {
  const listed = occurrence.attendees;
  const { organizer, organizerName } = occurrence;
  const organizing: Attendee[] = listed.length > 0 && organizer !== undefined && !listed.some((a) => a.email === organizer) ? [{ email: organizer, ...(organizerName !== undefined ? { name: organizerName } : {}), partstat: 'ACCEPTED', kind: 'INDIVIDUAL' }] : [];
  const present = [...organizing, ...listed].filter((a) => (a.kind === 'INDIVIDUAL' || a.kind === '') && a.nonParticipant !== true && !(a.email !== undefined && isOwnerAddress(a.email, owner)) && !absent(a.partstat));
  return present.flatMap((a) => withoutSender(a) ?? []);
}

/** Categories where the company meets the outside world: words that name one of them win over the attendees' domains. */
const OUTWARD = new Set(['marketing', 'recruiting', 'sales', 'partners']);

function categoryOf(title: string, people: readonly Attendee[], oneOnOneKnown: boolean, prepared: Prepared): string | undefined {
  const has = (id: string) => prepared.ids.has(id);
  const words = categoryFromWords(prepared.index, title);
  if (words.personal) return undefined;
  if (/\binterview/i.test(title) && has('recruiting') && !words.decided) return 'recruiting';
  if (oneOnOneKnown && has('culture')) return 'culture';
  const external = people.some((a) => a.email !== undefined && !inOwnDomain(a.email, prepared) && !PERSONAL_DOMAINS.has(domainOf(a.email)));
  if (external && !(words.decided && OUTWARD.has(words.decided.id))) {
    const partnersNamed = words.candidates?.some((c) => c.id === 'partners') ?? false;
    if (partnersNamed && has('partners')) return 'partners';
    if (has('sales')) return 'sales';
  }
  return words.decided?.id;
}

/** What follows the title: the known people as mentions, and `1:1 with @x` for a 1:1 whose title does not say so. */
function peoplePart(title: string, known: readonly Person[], oneOnOne: boolean, prepared: Prepared): string {
  const named = new Set(prepared.mentions(title));
  const mentions = known.filter((p) => !named.has(p) && p.handle).map((p) => p.handle);
  if (oneOnOne && known.length === 1 && !saysOneOnOne(title)) return ` · 1:1 with ${known[0]?.handle ?? ''}`;
  return mentions.length > 0 ? ` · with ${mentions.join(', ')}` : '';
}

/** The week's events as activities to merge, in order of start. */
export function activitiesOf(events: readonly WeekEvent[], ctx: ActivityContext): ImportItem[] {
  const prepared = prepare(ctx, events);
  const shown = (o: Occurrence) => (o.private && !ctx.includePrivate ? PRIVATE_TITLE : cleanTitle(o.title));
  return events.map((event) => {
    const occurrence = event.occurrence;
    const hidden = occurrence.private && !ctx.includePrivate;
    const title = shown(occurrence);
    const attendees = hidden ? [] : others(occurrence, ctx.owner);
    const known = [...new Set(attendees.map((a) => personOf(a, prepared)).filter((p): p is Person => p !== undefined))];
    // A group invited (a mailing list, CUTYPE=GROUP as Google and Exchange write one) brings more people than its one address.
    const group = occurrence.attendees.some((a) => a.kind === 'GROUP' && !absent(a.partstat));
    const oneOnOne = !hidden && known.length === 1 && ((attendees.length === 1 && !group) || saysOneOnOne(title));
    // The other title's tags are left out of the quote: the engine would read them as this line's (`#sales` made a standup Sales).
    const overlap = event.overlapsWith ? ` · double-booked with “${shown(event.overlapsWith).replace(/^“|”$/g, '').replace(/#(?=\p{L})/gu, '')}”${event.minutes === 0 ? ', its time counted there' : ': the overlap counts there'}` : '';
    const body = `- [x] ${event.minutes > 0 ? `${canonicalDuration(event.minutes)} ` : ''}${title}${hidden ? '' : peoplePart(title, known, oneOnOne, prepared)}${overlap} →`;
    const hash = lineHash(body);
    // A tag in the title (`Budget review #sales`) decides the engine's category, before any heading: the section must agree.
    const categoryId = categoryOfTags(ctx.rubric, extractTags(body))?.id ?? (hidden ? undefined : categoryOf(title, attendees, oneOnOne, prepared));
    return { id: occurrence.id, line: `${body} <!-- event: ${encodeEventId(occurrence.id)} ~${hash} -->`, hash, start: event.start, minutes: event.minutes, title, ...(categoryId !== undefined ? { categoryId } : {}) };
  });
}
