import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '~/i18n/es';
import { newestFirst, type Site } from './content';
import { entriesOf, type Listed } from './facets';
import { cardOf, sectionUrl } from './hubs';
import { stateUrl } from './urls';

/** Most items a feed carries: the newest ones (feeds are for news, the lists keep the rest). */
export const FEED_LIMIT = 50;

/** Address of the site-wide feed. */
export const SITE_FEED_URL = '/feed.xml';

/** Sections that have their own feed. */
export type FeedSection = 'planes' | 'abc' | 'revista' | 'capsulas';

/** Address of a section's feed: `/capsulas/feed.xml`. */
export const sectionFeedUrl = (section: FeedSection): string => `/${section}/feed.xml`;

/** Address of a state's feed: `/estados/jalisco/feed.xml`. */
export const stateFeedUrl = (id: string): string => `/estados/${id}/feed.xml`;

/** Entries of a section's feed (the magazine feed carries its issues and their articles). */
export function sectionEntries(site: Site, section: FeedSection): Listed[] {
  return section === 'revista' ? [...site.revista, ...site.articulos] : site[section];
}

/** Everything the site publishes: plans, booklets, issues, articles and capsules. */
export const allEntries = (site: Site): Listed[] => [
  ...site.planes,
  ...site.abc,
  ...site.revista,
  ...site.articulos,
  ...site.capsulas,
];

/** Entries that belong to a state (the same ones its hub lists). */
export const stateEntries = (site: Site, id: string): Listed[] => Object.values(entriesOf(site, 'estados', id)).flat();

/** The newest `FEED_LIMIT` entries, as RSS items with absolute links. */
export function feedItems(site: Site, entries: Listed[], base: URL): RSSFeedItem[] {
  return [...entries]
    .sort(newestFirst)
    .slice(0, FEED_LIMIT)
    .map((entry) => {
      const card = cardOf(site, entry);
      return {
        title: card.title,
        link: new URL(card.href, base).href,
        pubDate: card.date,
        description: card.summary,
        categories: [t(card.type)],
      };
    });
}

/** An RSS 2.0 response for `entries`, with a Spanish (es-MX) channel. */
export function feedResponse(
  site: Site,
  options: { title: string; description: string; page: string; entries: Listed[]; base: URL | undefined },
): Promise<Response> {
  if (!options.base) throw new Error('Los canales RSS necesitan la opción `site` de astro.config.mjs.');
  return rss({
    title: options.title,
    description: options.description,
    // The channel links to the page that lists the same entries; items carry absolute links already.
    site: new URL(options.page, options.base),
    items: feedItems(site, options.entries, options.base),
    customData: '<language>es-MX</language>',
    trailingSlash: true,
  });
}

/** Title, description and address of a feed, for its route and for pages' alternate links. */
export interface FeedInfo {
  title: string;
  description: string;
  /** Address of the feed. */
  href: string;
  /** Address of the page that lists the same entries. */
  page: string;
}

/** The site-wide feed. */
export const siteFeed = (): FeedInfo => ({
  title: t('feed.site.title'),
  description: t('feed.site.description'),
  href: SITE_FEED_URL,
  page: '/',
});

/** The feed of a section. */
export const sectionFeed = (section: FeedSection): FeedInfo => ({
  title: t('feed.section.title', { section: t(`nav.${section}`) }),
  description: t(`feed.${section}.description`),
  href: sectionFeedUrl(section),
  page: sectionUrl(section),
});

/** The feed of a state, by its id and name. */
export const stateFeed = (id: string, name: string): FeedInfo => ({
  title: t('feed.state.title', { name }),
  description: t('feed.state.description', { name }),
  href: stateFeedUrl(id),
  page: stateUrl(id),
});
