import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '~/i18n/es';
import { calendarResponse, hasCalendar, hubCalendar } from '~/lib/calendars';
import type { Hub } from '~/lib/catalog';
import { getCatalog } from '~/lib/astroContent';
import { HUB_COLLECTIONS, hubKind, hubUrl } from '~/kinds';

/** `/estados/<id>/calendario.ics`…: a hub's events and call closings, for the hubs that have any. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return HUB_COLLECTIONS.flatMap((collection) =>
    catalog[collection]
      .filter((hub: Hub) => hasCalendar(catalog, hub))
      .map((hub: Hub) => {
        const [, hubs = '', slug = ''] = hubUrl(hub).split('/');
        return { params: { hubs, slug }, props: { hub } };
      }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ hub: Hub }> = async ({ props: { hub }, site }) => {
  const catalog = await getCatalog();
  const name = t('agenda.hubCalendarTitle', { name: hubKind(hub.collection).name(hub) });
  return calendarResponse(name, hubCalendar(catalog, hub, new URL('/', site)));
};
