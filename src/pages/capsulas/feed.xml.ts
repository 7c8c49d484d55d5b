import type { APIRoute } from 'astro';
import { getSite } from '~/lib/content';
import { feedResponse, sectionEntries, sectionFeed } from '~/lib/feeds';

/** /capsulas/feed.xml: the newest entries of the section. */
export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  return feedResponse(site, { ...sectionFeed('capsulas'), entries: sectionEntries(site, 'capsulas'), base });
};
