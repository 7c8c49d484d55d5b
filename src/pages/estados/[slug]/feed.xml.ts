import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getCatalog } from '~/lib/getCatalog';
import { feedResponse, stateEntries, stateFeed } from '~/lib/feeds';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.estados.map((state) => ({ params: { slug: state.id }, props: { state } }));
}) satisfies GetStaticPaths;

/** /estados/<id>/feed.xml: the newest entries its hub lists. */
export const GET: APIRoute<{ state: CollectionEntry<'estados'> }> = async ({ props: { state }, site: base }) => {
  const catalog = await getCatalog();
  return feedResponse(catalog, {
    ...stateFeed(state.id, state.data.nombre),
    entries: stateEntries(catalog, state.id),
    base,
  });
};
