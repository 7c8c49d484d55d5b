import type { APIRoute, GetStaticPaths } from 'astro';
import type { Call } from '#/src/lib/agenda.ts';
import { calendarResponse, closingEntry } from '#/src/lib/calendars.ts';
import { getCatalog, pagesOf } from '#/src/lib/astroContent.ts';

/** `/convocatorias/<id>.ics`: the moment a call closes, to add to any calendar. */
export const getStaticPaths = (() => pagesOf('convocatorias')) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Call }> = async ({ props: { entry }, site }) => {
  const catalog = await getCatalog();
  const event = closingEntry(catalog, entry, new URL('/', site));
  return calendarResponse(event.summary, [event]);
};
