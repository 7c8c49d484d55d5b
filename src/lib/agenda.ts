/**
 * Events and calls in time: the zone their times are written in, the instants those times name, their
 * status as of a moment (the build's, on the site) and the order lists show them in. Status is always
 * derived here, never written by an editor.
 */
import type { CollectionEntry } from 'astro:content';
import { t } from '#/src/i18n/es.ts';
import { BUILD_TIME } from './buildTime.ts';
import { byId, type Catalog, type Entry } from './catalog.ts';
import { formatDayIn, formatTimeIn, zoneName } from './dates.ts';
import { inRepeatedHour, localParts, offsetMinutes, zonedInstant } from './zonedTime.ts';

/** A forum, conference, congress, workshop or conversatorio. */
export type Event = CollectionEntry<'eventos'>;

/** A call or contest. */
export type Call = CollectionEntry<'convocatorias'>;

/** The clocks of central Mexico, for an event that names no state nor zone. */
export const CENTRAL_ZONE = 'America/Mexico_City';

/** The zone an event's times are written in: its own, else its first state's main zone, else the centre's. */
export function eventZone(catalog: Catalog, event: Event): string {
  if (event.data.zonaHoraria) return event.data.zonaHoraria;
  const [first] = event.data.estados;
  return (first && byId(catalog, 'estados', first.id)?.data.zonasHorarias[0]) ?? CENTRAL_ZONE;
}

/** When an event starts and ends, and on which clocks its page shows it. */
export interface EventTimes {
  zone: string;
  start: Date;
  end: Date;
}

/** The instants of an event's start and end. */
export function eventTimes(catalog: Catalog, event: Event): EventTimes {
  const zone = eventZone(catalog, event);
  return { zone, start: zonedInstant(event.data.inicio, zone), end: zonedInstant(event.data.fin, zone) };
}

/** Where an event stands: not yet, happening, or over. */
export type EventStatus = 'proximo' | 'en-curso' | 'concluido';

/** An event's status at `now`. */
export function eventStatus({ start, end }: { start: Date; end: Date }, now: Date): EventStatus {
  if (now < start) return 'proximo';
  return now < end ? 'en-curso' : 'concluido';
}

/** When a call opens and closes, and on which clocks. */
export interface CallTimes {
  zone: string;
  opens: Date;
  closes: Date;
}

/** The instants a call opens and closes. */
export function callTimes(call: Call): CallTimes {
  const zone = call.data.zonaHoraria;
  return { zone, opens: zonedInstant(call.data.apertura, zone), closes: zonedInstant(call.data.cierre, zone) };
}

/** Where a call stands: not open yet, open, closed, or closed with its results published. */
export type CallStatus = 'proxima' | 'abierta' | 'cerrada' | 'con-resultados';

/** A call's status at `now`. */
export function callStatus(call: Call, now: Date): CallStatus {
  const { opens, closes } = callTimes(call);
  if (now < opens) return 'proxima';
  if (now < closes) return 'abierta';
  return call.data.resultados ? 'con-resultados' : 'cerrada';
}

/** Events as lists show them: those to come or under way by start, soonest first; then the past, latest first. */
export function eventsInOrder(catalog: Catalog, events: Event[], now: Date): Event[] {
  const timed = events.map((event) => ({ event, ...eventTimes(catalog, event) }));
  const ahead = timed.filter((item) => item.end > now).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = timed.filter((item) => item.end <= now).sort((a, b) => b.start.getTime() - a.start.getTime());
  return [...ahead, ...past].map((item) => item.event);
}

/** Calls as lists show them: open ones closing soonest first, then those about to open, then the rest, latest first. */
export function callsInOrder(calls: Call[], now: Date): Call[] {
  const timed = calls.map((call) => ({ call, status: callStatus(call, now), ...callTimes(call) }));
  const group = (status: CallStatus[]) => timed.filter((item) => status.includes(item.status));
  return [
    ...group(['abierta']).sort((a, b) => a.closes.getTime() - b.closes.getTime()),
    ...group(['proxima']).sort((a, b) => a.opens.getTime() - b.opens.getTime()),
    ...group(['cerrada', 'con-resultados']).sort((a, b) => b.closes.getTime() - a.closes.getTime()),
  ].map((item) => item.call);
}

/** «UTC−6», «UTC+5:30»: the offset of `zone` at `instant`, as people read it. */
function utcOffsetWords(instant: Date, zone: string): string {
  const minutes = offsetMinutes(instant, zone);
  const hours = Math.trunc(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * «el 15 de marzo de 2026, 10:00» on the clocks of `zone`, parts kept apart for phrases; a time the clocks
 * show twice (the hour repeated when they go back) says which: «01:30 (UTC−7)».
 */
const moment = (instant: Date, zone: string) => ({
  day: formatDayIn(instant, zone),
  time: `${formatTimeIn(instant, zone)}${inRepeatedHour(instant, zone) ? ` (${utcOffsetWords(instant, zone)})` : ''}`,
});

/** The span of an event in words, on its own clocks: «15 de marzo de 2027, de 10:00 a 14:00». */
export function describeRange(start: Date, end: Date, zone: string): string {
  const from = moment(start, zone);
  const to = moment(end, zone);
  return localParts(start, zone).date === localParts(end, zone).date
    ? t('event.range.sameDay', { day: from.day, start: from.time, end: to.time })
    : t('event.range.days', { startDay: from.day, start: from.time, endDay: to.day, end: to.time });
}

/** «Hora local: hora estándar central, UTC−6.»: which clocks a page's times are on, at `instant`. */
export function describeZone(instant: Date, zone: string): string {
  return t('event.zone', { name: zoneName(instant, zone), offset: utcOffsetWords(instant, zone).slice(3) });
}

/** A moment in words on the clocks of `zone`: «29 de enero de 2027, 18:00». */
export function describeMoment(instant: Date, zone: string): string {
  const { day, time } = moment(instant, zone);
  return `${day}, ${time}`;
}

/** What a card says of an event or a call besides its kind: its status as of the build, and its dates. */
export function agendaFacts(
  catalog: Catalog,
  entry: Entry,
  now: Date = BUILD_TIME,
): { status: string; when: string } | undefined {
  if (entry.collection === 'eventos') {
    const times = eventTimes(catalog, entry);
    return {
      status: t(`event.status.${eventStatus(times, now)}`),
      when: describeRange(times.start, times.end, times.zone),
    };
  }
  if (entry.collection === 'convocatorias') {
    const { opens, closes, zone } = callTimes(entry);
    const status = callStatus(entry, now);
    return {
      status: t(`call.status.${status}`),
      when:
        status === 'proxima'
          ? `${t('call.opens')}: ${describeMoment(opens, zone)}`
          : `${t('call.closes')}: ${describeMoment(closes, zone)}`,
    };
  }
  return undefined;
}

/** A heading of a list of events or calls and what goes under it. */
export interface AgendaGroup<T> {
  /** Its anchor: `proximos`, `2026`, `abiertas`… */
  id: string;
  label: string;
  entries: T[];
}

/** Runs of consecutive items with the same key, in order: lists are already sorted. */
function runs<T>(items: T[], keyOf: (item: T) => string, labelOf: (key: string) => string): AgendaGroup<T>[] {
  const groups: AgendaGroup<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last?.id === key) last.entries.push(item);
    else groups.push({ id: key, label: labelOf(key), entries: [item] });
  }
  return groups;
}

/** The heading of the retired entries a list shows last (`retiredLast`), under their own heading. */
const RETIRED_GROUP = 'retirados';

/** Events of a list page under their headings: those to come or under way, the past by year, then the retired. */
export const eventGroups = (catalog: Catalog, events: Event[], now: Date): AgendaGroup<Event>[] =>
  runs(
    events,
    (event) => {
      if (event.data.retirado) return RETIRED_GROUP;
      const { start, end, zone } = eventTimes(catalog, event);
      return end > now ? 'proximos' : localParts(start, zone).date.slice(0, 4);
    },
    (key) =>
      key === RETIRED_GROUP
        ? t('retired.group')
        : key === 'proximos'
          ? t('event.group.ahead')
          : t('event.group.past', { year: key }),
  );

/** Calls of a list page under their headings: open, about to open, closed, then the retired. */
export const callGroups = (calls: Call[], now: Date): AgendaGroup<Call>[] =>
  runs(
    calls,
    (call) => {
      if (call.data.retirado) return RETIRED_GROUP;
      const status = callStatus(call, now);
      return status === 'abierta' ? 'abiertas' : status === 'proxima' ? 'proximas' : 'cerradas';
    },
    (key) =>
      key === RETIRED_GROUP
        ? t('retired.group')
        : key === 'abiertas'
          ? t('call.group.abierta')
          : key === 'proximas'
            ? t('call.group.proxima')
            : t('call.group.closed'),
  );
