import type { APIRoute } from 'astro';
import { getSite } from '~/lib/content';
import { feedResponse, sectionEntries, sectionFeed } from '~/lib/feeds';

/** /revista/feed.xml: the newest issues and articles of the magazine. */
export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  return feedResponse(site, { ...sectionFeed('revista'), entries: sectionEntries(site, 'revista'), base });
};
