import type { APIRoute } from 'astro';
import { getSite } from '~/lib/content';
import { allEntries, feedResponse, siteFeed } from '~/lib/feeds';

/** /feed.xml: the newest entries of every collection. */
export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  return feedResponse(site, { ...siteFeed(), entries: allEntries(site), base });
};
