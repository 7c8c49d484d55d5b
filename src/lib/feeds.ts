import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '#/src/i18n/es.ts';
import type { Catalog, Entry } from './catalog.ts';
import { BUILD_TIME } from './buildTime.ts';
import { isDayKnown, startOf } from './dates.ts';
import { entriesOf } from './facets.ts';
import {
  cardOf,
  ENTRY_COLLECTIONS,
  HUBS,
  kind,
  kindOf,
  sectionFeedUrl,
  sectionUrl,
  type EntryCollection,
  type HubCollection,
  type NewsItem,
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
 * An entry as an RSS item with an absolute link. A retired entry keeps its item (an item once sent cannot be
 * unsent), marked where every reader shows it: «(retirado)» in its title, and when, why and what to read
 * instead before its summary; its link and date stay, so readers know it as the same item.
 */
function entryItem(catalog: Catalog, entry: Entry, base: URL): RSSFeedItem {
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
}

/**
 * What an entry published after itself (a booklet's new edition) as an RSS item: its guid is the news'
 * own address, not its link, so a reader never sees it twice when the page it links to changes.
 */
const newsItem = (entry: Entry, news: NewsItem, base: URL): RSSFeedItem => ({
  title: news.title,
  link: new URL(news.href, base).href,
  pubDate: news.date,
  description: news.summary,
  categories: [t(kindOf(entry).label.one), t(news.category)],
  // Our own address, made of slugs: nothing in it needs escaping.
  customData: `<guid isPermaLink="false">${new URL(news.guid, base).href}</guid>`,
});

/** What an entry published after itself, up to this build (an edition dated later is not news yet). */
const newsOf = (entry: Entry): NewsItem[] =>
  (kindOf(entry).news?.(entry) ?? []).filter((news) => news.date.getTime() <= BUILD_TIME.getTime());

/**
 * The newest `FEED_LIMIT` items of `entries`: each entry, and what each published after itself (a booklet's
 * new editions), as RSS items with absolute links, newest first.
 */
export function feedItems(catalog: Catalog, entries: Entry[], base: URL): RSSFeedItem[] {
  const dated = entries.flatMap((entry): { date: Date; item: () => RSSFeedItem }[] => [
    { date: startOf(entry.data.fecha), item: () => entryItem(catalog, entry, base) },
    ...newsOf(entry).map((news) => ({ date: news.date, item: () => newsItem(entry, news, base) })),
  ]);
  return dated
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, FEED_LIMIT)
    .map(({ item }) => item());
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
