import type { APIRoute } from 'astro';
import { getSite } from '~/lib/content';
import { feedResponse, sectionEntries, sectionFeed } from '~/lib/feeds';

/** /abc/feed.xml: the newest entries of the section. */
export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  return feedResponse(site, { ...sectionFeed('abc'), entries: sectionEntries(site, 'abc'), base });
};
