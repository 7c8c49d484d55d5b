import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { FEED_KINDS, feedResponse, sectionEntries, sectionFeed } from '#/src/lib/feeds.ts';
import type { EntryCollection } from '#/src/kinds/index.ts';

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
