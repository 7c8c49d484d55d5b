import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '#/src/i18n/es.ts';
import { calendarResponse, hasCalendar, hubCalendar } from '#/src/lib/calendars.ts';
import type { Hub } from '#/src/lib/catalog.ts';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { HUB_COLLECTIONS, hubKind, hubUrl } from '#/src/kinds/index.ts';

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
