import type { APIRoute } from 'astro';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { allEntries, feedResponse, siteFeed } from '#/src/lib/feeds.ts';

/** /feed.xml: the newest entries of every collection. */
export const GET: APIRoute = async ({ site: base }) => {
  const catalog = await getCatalog();
  return feedResponse(catalog, { ...siteFeed(), entries: allEntries(catalog), base });
};
