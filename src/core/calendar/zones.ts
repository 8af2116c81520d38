// Time zones for calendar import: wall-clock times in a zone to UTC and back,
// through the runtime's own time-zone database (Intl, present in Node and in
// browsers, so the engine stays free of node:*). Outlook and Exchange name
// zones the Windows way ("W. Europe Standard Time"); the table below maps the
// common ones to IANA names, as the CLDR windowsZones table does. Times in a
// clock change are read as RFC 5545 says: a time that does not exist (the
// spring gap) uses the offset before the gap, a time that exists twice (the
// autumn fold) is the first of the two.

/** A zone that turns wall-clock times into instants and instants into offsets. */
export interface Zone {
  /** IANA name, or the TZID for a zone defined only by the file's VTIMEZONE. */
  name: string;
  /** Offset from UTC in ms at an instant (wall = utc + offset). */
  offsetAt(utcMs: number): number;
  /** The instant of a wall-clock time, given as if it were UTC (Date.UTC of its fields). */
  toUtc(wallMs: number): number;
}

const WINDOWS_ZONES: Record<string, string> = {
  'dateline standard time': 'Etc/GMT+12', 'utc-11': 'Etc/GMT+11', 'hawaiian standard time': 'Pacific/Honolulu',
  'alaskan standard time': 'America/Anchorage', 'pacific standard time': 'America/Los_Angeles',
  'pacific standard time (mexico)': 'America/Tijuana', 'us mountain standard time': 'America/Phoenix',
  'mountain standard time': 'America/Denver', 'mountain standard time (mexico)': 'America/Mazatlan',
  'central america standard time': 'America/Guatemala', 'central standard time': 'America/Chicago',
  'central standard time (mexico)': 'America/Mexico_City', 'canada central standard time': 'America/Regina',
  'sa pacific standard time': 'America/Bogota', 'eastern standard time': 'America/New_York',
  'us eastern standard time': 'America/Indiana/Indianapolis', 'eastern standard time (mexico)': 'America/Cancun',
  'venezuela standard time': 'America/Caracas', 'atlantic standard time': 'America/Halifax',
  'sa western standard time': 'America/La_Paz', 'pacific sa standard time': 'America/Santiago',
  'newfoundland standard time': 'America/St_Johns', 'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Argentina/Buenos_Aires', 'sa eastern standard time': 'America/Cayenne',
  'greenland standard time': 'America/Godthab', 'montevideo standard time': 'America/Montevideo',
  'utc-02': 'Etc/GMT+2', 'azores standard time': 'Atlantic/Azores', 'cape verde standard time': 'Atlantic/Cape_Verde',
  utc: 'Etc/UTC', 'coordinated universal time': 'Etc/UTC', 'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik', 'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest', 'romance standard time': 'Europe/Paris',
  'central european standard time': 'Europe/Warsaw', 'w. central africa standard time': 'Africa/Lagos',
  'jordan standard time': 'Asia/Amman', 'gtb standard time': 'Europe/Bucharest', 'middle east standard time': 'Asia/Beirut',
  'egypt standard time': 'Africa/Cairo', 'e. europe standard time': 'Europe/Chisinau', 'syria standard time': 'Asia/Damascus',
  'south africa standard time': 'Africa/Johannesburg', 'fle standard time': 'Europe/Kiev', 'israel standard time': 'Asia/Jerusalem',
  'kaliningrad standard time': 'Europe/Kaliningrad', 'arabic standard time': 'Asia/Baghdad', 'turkey standard time': 'Europe/Istanbul',
  'arab standard time': 'Asia/Riyadh', 'belarus standard time': 'Europe/Minsk', 'russian standard time': 'Europe/Moscow',
  'e. africa standard time': 'Africa/Nairobi', 'iran standard time': 'Asia/Tehran', 'arabian standard time': 'Asia/Dubai',
  'azerbaijan standard time': 'Asia/Baku', 'georgian standard time': 'Asia/Tbilisi', 'caucasus standard time': 'Asia/Yerevan',
  'afghanistan standard time': 'Asia/Kabul', 'west asia standard time': 'Asia/Tashkent', 'pakistan standard time': 'Asia/Karachi',
  'india standard time': 'Asia/Kolkata', 'sri lanka standard time': 'Asia/Colombo', 'nepal standard time': 'Asia/Kathmandu',
  'central asia standard time': 'Asia/Almaty', 'bangladesh standard time': 'Asia/Dhaka', 'myanmar standard time': 'Asia/Yangon',
  'se asia standard time': 'Asia/Bangkok', 'n. central asia standard time': 'Asia/Novosibirsk', 'china standard time': 'Asia/Shanghai',
  'north asia standard time': 'Asia/Krasnoyarsk', 'singapore standard time': 'Asia/Singapore', 'w. australia standard time': 'Australia/Perth',
  'taipei standard time': 'Asia/Taipei', 'ulaanbaatar standard time': 'Asia/Ulaanbaatar', 'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul', 'cen. australia standard time': 'Australia/Adelaide', 'aus central standard time': 'Australia/Darwin',
  'e. australia standard time': 'Australia/Brisbane', 'aus eastern standard time': 'Australia/Sydney', 'west pacific standard time': 'Pacific/Port_Moresby',
  'tasmania standard time': 'Australia/Hobart', 'vladivostok standard time': 'Asia/Vladivostok', 'central pacific standard time': 'Pacific/Guadalcanal',
  'new zealand standard time': 'Pacific/Auckland', 'fiji standard time': 'Pacific/Fiji', 'tonga standard time': 'Pacific/Tongatapu',
  'samoa standard time': 'Pacific/Apia', 'line islands standard time': 'Pacific/Kiritimati', 'morocco standard time': 'Africa/Casablanca',
  'mauritius standard time': 'Indian/Mauritius', 'ekaterinburg standard time': 'Asia/Yekaterinburg', 'yakutsk standard time': 'Asia/Yakutsk',
  'magadan standard time': 'Asia/Magadan', 'cuba standard time': 'America/Havana', 'haiti standard time': 'America/Port-au-Prince',
  'paraguay standard time': 'America/Asuncion', 'bahia standard time': 'America/Bahia', 'namibia standard time': 'Africa/Windhoek',
  // The rest of CLDR's table, and names older Outlook versions still write (Kamchatka, Mid-Atlantic, Armenian, Mexico):
  // an export built from Exchange data (Microsoft Graph, Power Automate) often names the zone with no VTIMEZONE.
  'aleutian standard time': 'America/Adak', 'marquesas standard time': 'Pacific/Marquesas', 'utc-09': 'Etc/GMT+9', 'utc-08': 'Etc/GMT+8',
  'yukon standard time': 'America/Whitehorse', 'easter island standard time': 'Pacific/Easter',
  'turks and caicos standard time': 'America/Grand_Turk', 'central brazilian standard time': 'America/Cuiaba',
  'tocantins standard time': 'America/Araguaina', 'magallanes standard time': 'America/Punta_Arenas',
  'saint pierre standard time': 'America/Miquelon', 'sao tome standard time': 'Africa/Sao_Tome', 'west bank standard time': 'Asia/Hebron',
  'south sudan standard time': 'Africa/Juba', 'sudan standard time': 'Africa/Khartoum', 'libya standard time': 'Africa/Tripoli',
  'astrakhan standard time': 'Europe/Astrakhan', 'russia time zone 3': 'Europe/Samara', 'saratov standard time': 'Europe/Saratov',
  'volgograd standard time': 'Europe/Volgograd', 'qyzylorda standard time': 'Asia/Qyzylorda', 'omsk standard time': 'Asia/Omsk',
  'altai standard time': 'Asia/Barnaul', 'w. mongolia standard time': 'Asia/Hovd', 'tomsk standard time': 'Asia/Tomsk',
  'north asia east standard time': 'Asia/Irkutsk', 'aus central w. standard time': 'Australia/Eucla', 'transbaikal standard time': 'Asia/Chita',
  'north korea standard time': 'Asia/Pyongyang', 'lord howe standard time': 'Australia/Lord_Howe',
  'bougainville standard time': 'Pacific/Bougainville', 'russia time zone 10': 'Asia/Srednekolymsk', 'norfolk standard time': 'Pacific/Norfolk',
  'sakhalin standard time': 'Asia/Sakhalin', 'russia time zone 11': 'Asia/Kamchatka', 'utc+12': 'Etc/GMT-12',
  'chatham islands standard time': 'Pacific/Chatham', 'utc+13': 'Etc/GMT-13', 'kamchatka standard time': 'Asia/Kamchatka',
  'mid-atlantic standard time': 'Etc/GMT+2', 'armenian standard time': 'Asia/Yerevan', 'mexico standard time': 'America/Mexico_City',
  'mexico standard time 2': 'America/Chihuahua',
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      formatter = null;
    }
    formatters.set(name, formatter);
  }
  return formatter;
}

/** The IANA name a TZID stands for: itself, the tail of a `/mozilla.org/…/Europe/Berlin` path, or a Windows name; undefined when none. */
export function ianaNameOf(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (name === '') return undefined;
  const windows = windowsZone(name);
  if (windows !== undefined) return windows;
  if (formatterOf(name)) return formatterOf(name)?.resolvedOptions().timeZone;
  const tail = /[A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?$/.exec(name)?.[0];
  if (tail !== undefined && tail !== name && formatterOf(tail)) return tail;
  return displayNameZone(name);
}

/**
 * Whether a TZID is a Windows zone's name or Outlook's display name of one:
 * Outlook writes such a zone's VTIMEZONE from the computer's settings, which
 * may differ from the zone the name stands for (daylight saving turned off).
 */
export function isWindowsZoneName(tzid: string): boolean {
  const name = tzid.trim().replace(/^"|"$/g, '');
  return windowsZone(name) !== undefined || (!formatterOf(name) && displayNameZone(name) !== undefined);
}

/**
 * The IANA zone of a Windows name (also as Exchange's `tzone://Microsoft/…`
 * identifier), also by its summer name: Exchange hands
 * out "Eastern Daylight Time" for "Eastern Standard Time" in summer, and
 * tools that copy it into an export write that as the TZID.
 */
function windowsZone(name: string): string | undefined {
  // Exchange's own identifiers, as tools built on Exchange Web Services or Microsoft Graph copy them: `tzone://Microsoft/Utc` is UTC.
  const lower = name.toLowerCase().replace(/^tzone:\/\/microsoft\//, '');
  return WINDOWS_ZONES[lower] ?? (lower.endsWith(' daylight time') ? WINDOWS_ZONES[`${lower.slice(0, -' daylight time'.length)} standard time`] : undefined);
}

/**
 * Outlook's display name of a zone, as some exports write it for TZID with
 * no VTIMEZONE: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm,
 * Vienna" names cities, and the first that is an IANA zone's city decides
 * ("Europe/Amsterdam"); a name of a region or of places no IANA zone is
 * named after ("Eastern Time (US & Canada)", "Hawaii", "Brasilia") is read
 * from Windows' own list. Older Outlook wrote "(GMT+01.00) Amsterdam /
 * Berlin / Bern / Rome / Stockholm / Vienna".
 */
function displayNameZone(name: string): string | undefined {
  const display = /^\((?:UTC|GMT)(?:[+\-−]\d{1,2}[:.]\d{2})?\)[ \t]*(.+)$/u.exec(name);
  if (!display) return undefined;
  // Outlook in Portuguese or Spanish writes "Brasília", "Bogotá", "Ámsterdam, Berlín": the marks are dropped, as IANA names have none.
  const places = unaccented(display[1] as string);
  const region = REGIONS[places.toLowerCase().replace(/[ \t]+/g, ' ').trim()];
  if (region !== undefined) return region;
  // Outlook names at most a handful; a TZID of thousands of names must not try each in every area.
  for (const city of places.split(/[,/:]/, MAX_CITIES)) {
    const zone = zoneOfCity(city);
    if (zone !== undefined) return zone;
  }
  return undefined;
}

/** A name without its accents ("Brasília" → "Brasilia"): its letters decomposed and their combining marks dropped. */
const unaccented = (name: string): string => name.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

/** The cities of a display name that are tried. */
const MAX_CITIES = 8;

/**
 * Windows' display names (after "(UTC±hh:mm) ") that name a region, or
 * places none of which an IANA zone is named after: Windows' own list, each
 * with its zone as CLDR's windowsZones maps it.
 */
const REGIONS: Readonly<Record<string, string>> = {
  'eastern time (us & canada)': 'America/New_York',
  'central time (us & canada)': 'America/Chicago',
  'mountain time (us & canada)': 'America/Denver',
  'pacific time (us & canada)': 'America/Los_Angeles',
  'coordinated universal time': 'UTC',
  'international date line west': 'Etc/GMT+12', 'coordinated universal time-11': 'Etc/GMT+11', 'aleutian islands': 'America/Adak',
  hawaii: 'Pacific/Honolulu', 'marquesas islands': 'Pacific/Marquesas', alaska: 'America/Anchorage',
  'coordinated universal time-09': 'Etc/GMT+9', 'baja california': 'America/Tijuana', 'coordinated universal time-08': 'Etc/GMT+8',
  arizona: 'America/Phoenix', yukon: 'America/Whitehorse', 'central america': 'America/Guatemala', 'easter island': 'Pacific/Easter',
  saskatchewan: 'America/Regina', chetumal: 'America/Cancun', haiti: 'America/Port-au-Prince', 'indiana (east)': 'America/Indiana/Indianapolis',
  'turks and caicos': 'America/Grand_Turk', 'atlantic time (canada)': 'America/Halifax', newfoundland: 'America/St_Johns',
  brasilia: 'America/Sao_Paulo', 'city of buenos aires': 'America/Argentina/Buenos_Aires', greenland: 'America/Godthab',
  'saint pierre and miquelon': 'America/Miquelon', salvador: 'America/Bahia', 'coordinated universal time-02': 'Etc/GMT+2',
  'mid-atlantic - old': 'Etc/GMT+2', 'cabo verde is.': 'Atlantic/Cape_Verde', 'west central africa': 'Africa/Lagos',
  'port louis': 'Indian/Mauritius', ekaterinburg: 'Asia/Yekaterinburg', 'sri jayawardenepura': 'Asia/Colombo', astana: 'Asia/Almaty',
  'yangon (rangoon)': 'Asia/Yangon', 'lord howe island': 'Australia/Lord_Howe', 'bougainville island': 'Pacific/Bougainville',
  chokurdakh: 'Asia/Srednekolymsk', 'norfolk island': 'Pacific/Norfolk', 'solomon is., new caledonia': 'Pacific/Guadalcanal',
  'coordinated universal time+12': 'Etc/GMT-12', 'petropavlovsk-kamchatsky - old': 'Asia/Kamchatka', 'chatham islands': 'Pacific/Chatham',
  'coordinated universal time+13': 'Etc/GMT-13', "nuku'alofa": 'Pacific/Tongatapu', samoa: 'Pacific/Apia', 'kiritimati island': 'Pacific/Kiritimati',
};

/** The IANA areas a city's zone may sit in. */
const AREAS = ['Europe', 'America', 'Asia', 'Africa', 'Australia', 'Pacific', 'Atlantic', 'Indian'];

/** The IANA zone named after a city ("Amsterdam" → "Europe/Amsterdam", "Kolkata" → "Asia/Kolkata"), through Intl, which knows every alias. */
function zoneOfCity(city: string): string | undefined {
  const words = city.trim().split(/[ \t]+/);
  if (words.length === 0 || words.length > 3 || !words.every((word) => /^\p{L}[\p{L}.'-]*$/u.test(word))) return undefined;
  const place = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('_');
  for (const area of AREAS) {
    const formatter = formatterOf(`${area}/${place}`);
    if (formatter) return formatter.resolvedOptions().timeZone;
  }
  return undefined;
}

const QUARTER_HOUR = 900_000;
/**
 * A wall time's instant lies between 14 hours before it (UTC+14, Kiritimati)
 * and 12 hours after it (UTC-12): the offsets on either side of a clock change
 * are read an hour beyond each, so that New Zealand (+13 in summer) reads the
 * offset before its change there too.
 */
const EARLIEST = 15 * 3_600_000;
const LATEST = 13 * 3_600_000;
const DAY = 86_400_000;

const WEEK = 7 * DAY;

interface Year {
  /** Offset at the year's first instant. */
  first: number;
  /** Changes in the year, in order: from `at` on, the offset is `offset`. */
  changes: { at: number; offset: number }[];
}

const zoneCache = new Map<string, Zone>();

/**
 * A zone from the runtime's database; undefined when the name is not one.
 * Asking Intl for an offset costs microseconds, and a series asks for
 * thousands, so each UTC year is read once: its offset every week, and each
 * change found to the quarter hour (the finest step any zone uses) by halving
 * the week it falls in. No zone changes twice within a week.
 */
export function intlZone(name: string): Zone | undefined {
  const held = zoneCache.get(name);
  if (held) return held;
  const formatter = formatterOf(name);
  if (!formatter) return undefined;
  const exact = (utcMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) - utcMs;
  };
  const years = new Map<number, Year>();
  const yearOf = (year: number): Year => {
    let info = years.get(year);
    if (info) return info;
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    info = { first: exact(start), changes: [] };
    let before = info.first;
    for (let from = start; from < end; from += WEEK) {
      const to = Math.min(from + WEEK, end);
      const after = exact(to);
      if (after !== before) info.changes.push(changeBetween(exact, from, to, after));
      before = after;
    }
    years.set(year, info);
    return info;
  };
  const offsetAt = (utcMs: number): number => {
    const info = yearOf(new Date(utcMs).getUTCFullYear());
    let offset = info.first;
    for (const change of info.changes) if (utcMs >= change.at) offset = change.offset;
    return offset;
  };
  const zone: Zone = { name, offsetAt, toUtc: (wallMs) => wallToUtc(offsetAt, wallMs) };
  zoneCache.set(name, zone);
  return zone;
}

/** The first quarter hour in (from, to] whose offset is `after`: where the change happens. */
function changeBetween(exact: (utcMs: number) => number, from: number, to: number, after: number): { at: number; offset: number } {
  let low = Math.floor(from / QUARTER_HOUR);
  let high = Math.ceil(to / QUARTER_HOUR);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (exact(middle * QUARTER_HOUR) === after) high = middle;
    else low = middle;
  }
  return { at: high * QUARTER_HOUR, offset: after };
}

/** The instant of a wall-clock time: the first of two in a fold, the offset before the gap in a gap. */
export function wallToUtc(offsetAt: (utcMs: number) => number, wallMs: number): number {
  const before = offsetAt(wallMs - EARLIEST);
  const after = offsetAt(wallMs + LATEST);
  const fits = [before, after].filter((offset) => offsetAt(wallMs - offset) === offset).map((offset) => wallMs - offset);
  if (fits.length > 0) return Math.min(...fits);
  return wallMs - before;
}

/** UTC, as a zone. */
export const UTC_ZONE: Zone = { name: 'UTC', offsetAt: () => 0, toUtc: (wallMs) => wallMs };
