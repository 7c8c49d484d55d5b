import type { APIRoute, GetStaticPaths } from 'astro';
import type { Event } from '~/lib/agenda';
import { calendarResponse, eventEntry } from '~/lib/calendars';
import { getCatalog, pagesOf } from '~/lib/astroContent';

/** `/eventos/<id>.ics`: one event, to add to any calendar. */
export const getStaticPaths = (() => pagesOf('eventos')) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Event }> = async ({ props: { entry }, site }) => {
  const catalog = await getCatalog();
  return calendarResponse(entry.data.titulo, [eventEntry(catalog, entry, new URL('/', site))]);
};
