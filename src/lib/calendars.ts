/**
 * The site's calendars: an event's own, a call's closing, all events, and a hub's events and closings.
 * Each entry becomes one VEVENT with a UID that never changes, on the clocks of its place.
 */
import { t } from '#/src/i18n/es.ts';
import { callTimes, eventTimes, type Call, type Event } from './agenda.ts';
import type { Catalog, Hub } from './catalog.ts';
import { currentEntriesOf } from './facets.ts';
import { startOf } from './dates.ts';
import { calendarText, type CalendarEvent } from './icsFormat.ts';
import { entryUrl } from '#/src/kinds/index.ts';

/** The calendar's product identifier, as RFC 5545 asks. */
const PRODUCT_ID = '-//Sistema Nacional de Transparencia//Micrositio//ES';

/** One line of where an event happens. */
const placeOf = (event: Event): string | undefined =>
  [event.data.sede, event.data.ciudad].filter(Boolean).join(', ') || event.data.enlace;

/** An event as a calendar event, its UID made of its address's host and its id. */
export function eventEntry(catalog: Catalog, event: Event, site: URL): CalendarEvent {
  const { start, end, zone } = eventTimes(catalog, event);
  const place = placeOf(event);
  return {
    uid: `evento-${event.id}@${site.host}`,
    summary: event.data.titulo,
    description: event.data.resumen,
    ...(place ? { location: place } : {}),
    url: new URL(entryUrl(catalog, event), site).href,
    start,
    end,
    timeZone: zone,
    lastModified: event.data.actualizado ?? startOf(event.data.fecha),
  };
}

/** A call's closing as a calendar event: the moment it closes, no duration. */
export function closingEntry(catalog: Catalog, call: Call, site: URL): CalendarEvent {
  const { closes, zone } = callTimes(call);
  return {
    uid: `cierre-${call.id}@${site.host}`,
    summary: t('agenda.callCalendarSummary', { title: call.data.titulo }),
    description: call.data.resumen,
    url: new URL(entryUrl(catalog, call), site).href,
    start: closes,
    timeZone: zone,
    lastModified: call.data.actualizado ?? startOf(call.data.fecha),
  };
}

/**
 * A calendar file's response. DTSTAMP is the newest change among its entries, so that a build with no
 * change writes the same bytes. An empty calendar is not served: nothing links to one.
 */
export function calendarResponse(name: string, events: CalendarEvent[]): Response {
  const stamp = new Date(Math.max(...events.map((event) => event.lastModified?.getTime() ?? 0)));
  return new Response(calendarText({ name, productId: PRODUCT_ID, stamp, events }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}

/** A hub's calendar: the events and the closings of the calls its page lists (none retired). */
export function hubCalendar(catalog: Catalog, hub: Hub, site: URL): CalendarEvent[] {
  const { eventos, convocatorias } = currentEntriesOf(catalog, hub.collection, hub.id);
  return [
    ...eventos.map((event) => eventEntry(catalog, event, site)),
    ...convocatorias.map((call) => closingEntry(catalog, call, site)),
  ];
}

/** Whether a hub lists any event or call, and so has a calendar. */
export function hasCalendar(catalog: Catalog, hub: Hub): boolean {
  const { eventos, convocatorias } = currentEntriesOf(catalog, hub.collection, hub.id);
  return eventos.length + convocatorias.length > 0;
}
