import type { APIRoute } from 'astro';
import { getCatalog } from '~/lib/astroContent';
import { allEntries, feedResponse, siteFeed } from '~/lib/feeds';

/** /feed.xml: the newest entries of every collection. */
export const GET: APIRoute = async ({ site: base }) => {
  const catalog = await getCatalog();
  return feedResponse(catalog, { ...siteFeed(), entries: allEntries(catalog), base });
};
