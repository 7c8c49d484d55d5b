import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '~/lib/astroContent';
import { FEED_KINDS, feedResponse, sectionEntries, sectionFeed } from '~/lib/feeds';
import type { EntryCollection } from '~/kinds';

/** `/capsulas/feed.xml` and the like: the newest entries of each kind that has a feed, beside its list. */
export const getStaticPaths = (() =>
  FEED_KINDS.map((collection) => ({
    // The list's address without its slashes: `/capsulas/` → `capsulas`.
    params: { section: sectionFeed(collection).page.replaceAll('/', '') },
    props: { collection },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: EntryCollection }> = async ({ props: { collection }, site: base }) => {
  const catalog = await getCatalog();
  return feedResponse(catalog, { ...sectionFeed(collection), entries: sectionEntries(catalog, collection), base });
};
