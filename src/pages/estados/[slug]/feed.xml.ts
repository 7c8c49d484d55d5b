import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getSite } from '~/lib/content';
import { feedResponse, stateEntries, stateFeed } from '~/lib/feeds';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.estados.map((state) => ({ params: { slug: state.id }, props: { state } }));
}) satisfies GetStaticPaths;

/** /estados/<id>/feed.xml: the newest entries its hub lists. */
export const GET: APIRoute<{ state: CollectionEntry<'estados'> }> = async ({ props: { state }, site: base }) => {
  const site = await getSite();
  return feedResponse(site, { ...stateFeed(state.id, state.data.nombre), entries: stateEntries(site, state.id), base });
};
