import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '#/src/i18n/es.ts';
import { newestFirst, type Catalog, type Entry } from './catalog.ts';
import { isDayKnown, startOf } from './dates.ts';
import { entriesOf } from './facets.ts';
import {
  cardOf,
  ENTRY_COLLECTIONS,
  HUBS,
  kind,
  sectionFeedUrl,
  sectionUrl,
  type EntryCollection,
  type HubCollection,
} from '#/src/kinds/index.ts';
import { retiredNotice, retiredText } from './retired.ts';
import { feedUrl, HOME_URL, SITE_FEED_URL } from './urls.ts';

/** Most items a feed carries: the newest ones (feeds are for news, the lists keep the rest). */
export const FEED_LIMIT = 50;

/** Kinds that have a feed of their own (the registry says which). */
export const FEED_KINDS = ENTRY_COLLECTIONS.filter((collection) => kind(collection).feed);

/** Entries of a kind's feed: its own, and those of the kinds its feed carries alongside (an issue's articles). */
export function sectionEntries(catalog: Catalog, collection: EntryCollection): Entry[] {
  const alongside = kind(collection).feed?.alongside ?? [];
  return [collection, ...alongside].flatMap((kind): Entry[] => catalog[kind]);
}

/** Everything the site publishes, every kind in registry order. */
export const allEntries = (catalog: Catalog): Entry[] =>
  ENTRY_COLLECTIONS.flatMap((collection): Entry[] => catalog[collection]);

/** Entries that belong to a hub (the same ones its page lists). */
export const hubEntries = (catalog: Catalog, collection: HubCollection, id: string): Entry[] =>
  Object.values(entriesOf(catalog, collection, id)).flat();

/**
 * The newest `FEED_LIMIT` entries, as RSS items with absolute links. A retired entry keeps its item (an item
 * once sent cannot be unsent), marked where every reader shows it: «(retirado)» in its title, and when, why
 * and what to read instead before its summary; its link and date stay, so readers know it as the same item.
 */
export function feedItems(catalog: Catalog, entries: Entry[], base: URL): RSSFeedItem[] {
  return [...entries]
    .sort(newestFirst)
    .slice(0, FEED_LIMIT)
    .map((entry) => {
      const card = cardOf(catalog, entry);
      const retired = retiredNotice(catalog, entry);
      return {
        title: retired ? t('retired.feedTitle', { title: card.title }) : card.title,
        link: new URL(card.href, base).href,
        // RSS dates are whole days and times: an entry known only to the month or the year has none.
        ...(isDayKnown(card.date) ? { pubDate: startOf(card.date) } : {}),
        description: retired ? `${retiredText(retired, base)} ${card.summary}` : card.summary,
        categories: retired ? [t(card.type), t('retired.badge')] : [t(card.type)],
      };
    });
}

/** An RSS 2.0 response for `entries`, with a Spanish (es-MX) channel. */
export function feedResponse(
  catalog: Catalog,
  options: { title: string; description: string; page: string; entries: Entry[]; base: URL | undefined },
): Promise<Response> {
  const base = siteBase(options.base);
  return channel({ ...options, base, items: feedItems(catalog, options.entries, base) });
}

/** The site's address, which every feed needs to make its links absolute. */
export function siteBase(base: URL | undefined): URL {
  if (!base) throw new Error('Los canales RSS necesitan la opción `site` de astro.config.mjs.');
  return base;
}

/** An RSS 2.0 response with a Spanish (es-MX) channel for items already made. */
export function channel(options: {
  title: string;
  description: string;
  page: string;
  items: RSSFeedItem[];
  base: URL;
}): Promise<Response> {
  return rss({
    title: options.title,
    description: options.description,
    // The channel links to the page that lists the same entries; items carry absolute links already.
    site: new URL(options.page, options.base),
    items: options.items,
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
  page: HOME_URL,
});

/** The feed of a kind, as the registry declares it. */
export function sectionFeed(collection: EntryCollection): FeedInfo {
  const { feed, label } = kind(collection);
  if (!feed) throw new Error(`«${collection}» no tiene canal propio`);
  return {
    title: t('feed.section.title', { section: t(label.other) }),
    description: t(feed.description),
    href: sectionFeedUrl(collection),
    page: sectionUrl(collection),
  };
}

/** The feed of a hub (a state, region, commission or body), by its kind, id and name. */
export const hubFeed = (collection: HubCollection, id: string, name: string): FeedInfo => ({
  title: t('feed.hub.title', { name }),
  description: t('feed.hub.description', { name }),
  href: feedUrl(HUBS[collection].url(id)),
  page: HUBS[collection].url(id),
});
