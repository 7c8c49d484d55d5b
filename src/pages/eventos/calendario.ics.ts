import type { APIRoute } from 'astro';
import { t } from '#/src/i18n/es.ts';
import { calendarResponse, eventEntry } from '#/src/lib/calendars.ts';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { current } from '#/src/kinds/index.ts';

/** `/eventos/calendario.ics`: every event, to subscribe to; a retired one leaves it (its own .ics stays). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const base = new URL('/', site);
  return calendarResponse(
    t('agenda.calendarTitle'),
    current(catalog.eventos).map((event) => eventEntry(catalog, event, base)),
  );
};
