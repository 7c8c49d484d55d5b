import type { APIRoute, GetStaticPaths } from 'astro';
import type { Event } from '#/src/lib/agenda.ts';
import { calendarResponse, eventEntry } from '#/src/lib/calendars.ts';
import { getCatalog, pagesOf } from '#/src/lib/astroContent.ts';

/** `/eventos/<id>.ics`: one event, to add to any calendar. */
export const getStaticPaths = (() => pagesOf('eventos')) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Event }> = async ({ props: { entry }, site }) => {
  const catalog = await getCatalog();
  return calendarResponse(entry.data.titulo, [eventEntry(catalog, entry, new URL('/', site))]);
};
