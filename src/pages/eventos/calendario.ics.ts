import type { APIRoute } from 'astro';
import { t } from '~/i18n/es';
import { calendarResponse, eventEntry } from '~/lib/calendars';
import { getCatalog } from '~/lib/astroContent';
import { current } from '~/kinds';

/** `/eventos/calendario.ics`: every event, to subscribe to; a retired one leaves it (its own .ics stays). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const base = new URL('/', site);
  return calendarResponse(
    t('agenda.calendarTitle'),
    current(catalog.eventos).map((event) => eventEntry(catalog, event, base)),
  );
};
