import type { APIRoute } from 'astro';
import { t } from '~/i18n/es';
import { calendarResponse, eventEntry } from '~/lib/calendars';
import { getCatalog } from '~/lib/getCatalog';

/** `/eventos/calendario.ics`: every event, to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const base = new URL('/', site);
  return calendarResponse(
    t('agenda.calendarTitle'),
    catalog.eventos.map((event) => eventEntry(catalog, event, base)),
  );
};
