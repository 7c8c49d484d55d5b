// iCalendar (RFC 5545) text for the site's events: each event, each call's closing date, all events, each hub.
// Time zones come from the platform's own data through Intl, so no time zone library is needed.

import { inRepeatedHour } from './zonedTime.ts';

/** One event of a calendar. */
export interface CalendarEvent {
  /** Stable and unique across builds, e.g. `evento-foro-2026@micrositio.snt.org.mx`. */
  uid: string;
  summary: string;
  description?: string;
  /** Place, as one line of text. */
  location?: string;
  /** The event's page, absolute https address. */
  url?: string;
  /** Start instant. */
  start: Date;
  /** End instant; absent for a deadline (a moment, no duration). */
  end?: Date;
  /** IANA time zone the event happens in, e.g. `America/Tijuana`; its times are written in that zone. */
  timeZone: string;
  /** Cancelled events stay in calendars with STATUS:CANCELLED. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** When the entry last changed (LAST-MODIFIED); DTSTAMP uses the calendar's `stamp`. */
  lastModified?: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** RFC 5545 §3.1: a content line longer than this many octets is folded. */
const LINE_OCTETS = 75;

/** Wall-clock formatters by zone name: building one is the slow part of reading a zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter that reads `timeZone`'s wall clock, or a Spanish error if there is no such zone. */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  const known = formatters.get(timeZone);
  if (known) return known;
  let formatter: Intl.DateTimeFormat | undefined;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      // In en-US, Intl knows abbreviations (PST, CDT) that es-MX writes as GMT offsets.
      timeZoneName: 'short',
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  // Intl also takes bare offsets (+05:30): they are no IANA zone, and their colon would break the TZID parameter.
  if (!formatter || /^[+-]/.test(formatter.resolvedOptions().timeZone)) {
    throw new Error(
      `La zona horaria «${timeZone}» no existe: usa un nombre de la base IANA, p. ej. America/Mexico_City.`,
    );
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** A zone's UTC offset in seconds at an instant, and its abbreviation if Intl knows one. */
interface Wall {
  offset: number;
  name: string | undefined;
}

/** What `timeZone`'s clock shows at an instant (to the second), as a `Wall`. */
function wallAt(timeZone: string, instant: number): Wall {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of wallClock(timeZone).formatToParts(instant)) parts[type] = value;
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts[type]);
  const shown = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  const name = parts.timeZoneName;
  return {
    offset: (shown - Math.floor(instant / 1000) * 1000) / 1000,
    // «GMT-7» is how Intl says it has no abbreviation; TZOFFSETTO already carries that.
    name: name === undefined || /^(?:GMT|UTC)[+-]/.test(name) ? undefined : name,
  };
}

const offsetAt = (timeZone: string, instant: number): number => wallAt(timeZone, instant).offset;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** An instant as the local DATE-TIME `YYYYMMDDTHHMMSS` of a clock `offset` seconds off UTC. */
function localTime(instant: number, offset: number): string {
  const shifted = new Date(Math.floor(instant / 1000) * 1000 + offset * 1000);
  return (
    `${pad(shifted.getUTCFullYear(), 4)}${pad(shifted.getUTCMonth() + 1)}${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}${pad(shifted.getUTCMinutes())}${pad(shifted.getUTCSeconds())}`
  );
}

/** An instant as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
const utcTime = (instant: number): string => `${localTime(instant, 0)}Z`;

/** A UTC offset as RFC 5545 writes it: +0530, -0700 (seconds only when there are any). */
function utcOffset(seconds: number): string {
  const size = Math.abs(seconds);
  const hours = pad(Math.floor(size / 3600));
  const minutes = pad(Math.floor(size / 60) % 60);
  return `${seconds < 0 ? '-' : '+'}${hours}${minutes}${size % 60 ? pad(size % 60) : ''}`;
}

/** Offset changes of each zone and year, by `zone year`: the same zones and years come up in every calendar. */
const transitionCache = new Map<string, number[]>();

/** Instants (to the minute) at which `timeZone`'s UTC offset changes within a UTC calendar year. */
function transitionsIn(timeZone: string, year: number): number[] {
  const key = `${timeZone} ${year}`;
  const known = transitionCache.get(key);
  if (known) return known;
  const found: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  // The offset at `before`, carried from one day to the next: reading a zone's clock is the slow part.
  let offset = offsetAt(timeZone, before);
  while (before < end) {
    const after = Math.min(before + DAY, end);
    if (offsetAt(timeZone, after) === offset) {
      before = after;
      continue;
    }
    // Bisect to the minute: `low` keeps the old offset, `high` shows another.
    let low = before;
    let high = after;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(timeZone, middle) === offset) low = middle;
      else high = middle;
    }
    found.push(high);
    // Searching on from the change, not the next day, also finds a second change within the same day.
    before = high;
    offset = offsetAt(timeZone, high);
  }
  transitionCache.set(key, found);
  return found;
}

/** Instants at which `timeZone`'s offset changes, from the start of year `first` to the end of year `last`. */
function transitionsBetween(timeZone: string, first: number, last: number): number[] {
  const found: number[] = [];
  for (let year = first; year <= last; year += 1) found.push(...transitionsIn(timeZone, year));
  return found;
}

/** The VTIMEZONE lines for a zone, valid for instants from the start of year `first` to the end of year `last`. */
function timeZoneLines(timeZone: string, first: number, last: number): string[] {
  // Local midnight of 1 January, so that a zone without changes reads DTSTART:YYYY0101T000000.
  const spanStart = Date.UTC(first, 0, 1) - offsetAt(timeZone, Date.UTC(first, 0, 1)) * 1000;
  const changes = transitionsBetween(timeZone, first, last);
  // With no change in the first year, an observance must start with the span: before any, ical.js reads UTC.
  const onsets =
    changes[0] === undefined || changes[0] >= Date.UTC(first + 1, 0, 1) ? [spanStart, ...changes] : changes;
  // A DAYLIGHT offset is above the lowest the zone keeps within the year that follows (STANDARD is that lowest).
  const later = [...changes, ...transitionsBetween(timeZone, last + 1, last + 2)];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const onset of onsets) {
    const to = wallAt(timeZone, onset);
    const from = onset === spanStart ? to.offset : offsetAt(timeZone, onset - MINUTE);
    const yearAfter = later.filter((change) => change > onset && change <= onset + 366 * DAY);
    const lowest = Math.min(to.offset, ...yearAfter.map((change) => offsetAt(timeZone, change)));
    const kind = to.offset > lowest ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // RFC 5545 §3.6.5: the onset is written in the local time that was in force before it (TZOFFSETFROM).
      `DTSTART:${localTime(onset, from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to.offset)}`,
      ...(to.name === undefined ? [] : [`TZNAME:${escapeText(to.name)}`]),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A TEXT value escaped per RFC 5545 §3.3.11; other control characters are not allowed in TEXT, so they go. */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** UTF-8 octets of one code point (lone surrogates are sent as U+FFFD, also three). */
function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A content line folded at 75 octets with CRLF and a space, never inside a character (RFC 5545 §3.1). */
function fold(line: string): string {
  let folded = '';
  let width = 0;
  for (const char of line) {
    const size = octets(char);
    if (width + size > LINE_OCTETS) {
      folded += '\r\n ';
      width = 1;
    }
    folded += char;
    width += size;
  }
  return folded;
}

/** The instant of a date, or a Spanish error that says which one is wrong. */
function instantOf(date: Date, what: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new Error(`La fecha ${what} no es válida.`);
  return time;
}

/** An event's start and end instants, checked: a broken date or an end before the start is an error. */
function spanOf(event: CalendarEvent): { start: number; end: number | undefined } {
  const start = instantOf(event.start, `de inicio del evento «${event.uid}»`);
  const end = event.end && instantOf(event.end, `de término del evento «${event.uid}»`);
  // RFC 5545 §3.8.2.2: DTEND must come after DTSTART.
  if (end !== undefined && end <= start) {
    throw new Error(`El evento «${event.uid}» termina antes de empezar: revisa su fecha de término.`);
  }
  return { start, end };
}

/** The VEVENT lines of one event. */
function eventLines(event: CalendarEvent, stamp: number): string[] {
  const { start, end } = spanOf(event);
  if (event.url !== undefined && !URL.canParse(event.url)) {
    throw new Error(`La dirección «${event.url}» del evento «${event.uid}» no es absoluta (https://…).`);
  }
  // A local time the clocks show twice is read as the first by RFC 5545 §3.3.5 and as the second by some
  // readers (ical.js): in the repeated hour, the instant is written in UTC, which every reader takes alike.
  const zoned = (instant: number): string =>
    inRepeatedHour(new Date(instant), event.timeZone)
      ? `:${utcTime(instant)}`
      : `;TZID=${event.timeZone}:${localTime(instant, offsetAt(event.timeZone, instant))}`;
  const lastModified = event.lastModified && instantOf(event.lastModified, `de modificación de «${event.uid}»`);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcTime(stamp)}`,
    `DTSTART${zoned(start)}`,
    ...(end === undefined ? [] : [`DTEND${zoned(end)}`]),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    ...(event.location === undefined ? [] : [`LOCATION:${escapeText(event.location)}`]),
    // A URI, not TEXT: the URL parser's own form has no character that would need escaping.
    ...(event.url === undefined ? [] : [`URL:${new URL(event.url).href}`]),
    ...(event.status === undefined ? [] : [`STATUS:${event.status}`]),
    ...(lastModified === undefined ? [] : [`LAST-MODIFIED:${utcTime(lastModified)}`]),
    'END:VEVENT',
  ];
}

/** The whole calendar as text, CRLF line endings, ready to serve as text/calendar. */
export function calendarText(calendar: {
  name: string;
  productId: string;
  stamp: Date;
  events: CalendarEvent[];
}): string {
  const stamp = instantOf(calendar.stamp, 'del calendario (stamp)');
  // Zones in order of first use, so that the same events always give the same bytes.
  const zones = [...new Set(calendar.events.map((event) => event.timeZone))];
  for (const zone of zones) wallClock(zone);
  const years = calendar.events.flatMap((event) => {
    const { start, end } = spanOf(event);
    return [start, end ?? start].map((instant) => new Date(instant).getUTCFullYear());
  });
  // The year before the first event too: its changes give the offset in force when the first event starts.
  const first = Math.min(...years) - 1;
  const last = Math.max(...years);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(zones.length === 1 ? [`X-WR-TIMEZONE:${zones.join('')}`] : []),
    ...zones.flatMap((zone) => timeZoneLines(zone, first, last)),
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join('');
}
