import type { APIRoute, GetStaticPaths } from 'astro';
import type { Hub } from '#/src/lib/catalog.ts';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { feedResponse, hubEntries, hubFeed } from '#/src/lib/feeds.ts';
import { HUB_COLLECTIONS, hubKind, hubUrl } from '#/src/kinds/index.ts';

/** `/estados/<id>/feed.xml`, `/regiones/<id>/feed.xml`…: every hub's newest entries, beside its page. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return HUB_COLLECTIONS.flatMap((collection) =>
    catalog[collection].map((hub: Hub) => {
      const [, hubs = '', slug = ''] = hubUrl(hub).split('/');
      return { params: { hubs, slug }, props: { hub } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ hub: Hub }> = async ({ props: { hub }, site: base }) => {
  const catalog = await getCatalog();
  return feedResponse(catalog, {
    ...hubFeed(hub.collection, hub.id, hubKind(hub.collection).name(hub)),
    entries: hubEntries(catalog, hub.collection, hub.id),
    base,
  });
};
