/**
 * Podcast feeds: RSS 2.0 with Apple's `itunes` namespace and the Podcasting 2.0 `podcast` namespace, one for
 * every audio and one per series, so that podcast apps subscribe to them. Each item carries its MP3 as an
 * enclosure with its size, a guid that never changes (the audio's page, which never moves), its transcript (the
 * captions and the page) and its chapters.
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import { CONTACT } from '#/src/config.ts';
import { t } from '#/src/i18n/es.ts';
import { audioFileOf } from './audioFiles.ts';
import type { Catalog } from './catalog.ts';
import { isDayKnown, startOf } from './dates.ts';
import { FEED_LIMIT } from './feeds.ts';
import {
  AUDIOS_URL,
  audioUrl,
  PODCAST_COVER_URL,
  PODCAST_FEED_URL,
  seriesCoverUrl,
  seriesFeedUrl,
  seriesUrl,
} from './urls.ts';

/** The Podcasting 2.0 namespace, as its specification names it. */
export const PODCAST_NAMESPACE = 'https://podcastindex.org/namespace/1.0';

/** Apple's podcast namespace. */
export const ITUNES_NAMESPACE = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

/** The namespace UUID the Podcasting 2.0 `<podcast:guid>` derives a feed's guid in. */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6';

/** Size of the covers podcast apps show (Apple asks for 1400 to 3000 pixels a side, square). */
export const COVER_SIZE = 1400;

/** The category of Apple's list every feed of the site is filed under. */
export const PODCAST_CATEGORY = 'Government';

/** A UUID version 5 (RFC 9562): SHA-1 of the namespace's bytes and the name's UTF-8. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/** A feed's `<podcast:guid>`: the UUIDv5 of its address without the scheme and without trailing slashes. */
export const podcastGuid = (feedUrl: string): string =>
  uuidV5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, ''), PODCAST_GUID_NAMESPACE);

/** A podcast feed: the channel and its episodes. */
export interface PodcastFeed {
  title: string;
  description: string;
  /** Who makes it. */
  author: string;
  /** Address of the feed itself. */
  href: string;
  /** Address of the page that lists the same audios. */
  page: string;
  /** Address of its square cover. */
  cover: string;
  /** Whether it is example content, said in its description. */
  example: boolean;
  audios: CollectionEntry<'audios'>[];
}

/** The feed of every audio. */
export const allAudiosFeed = (catalog: Catalog): PodcastFeed => ({
  title: t('feed.section.title', { section: t('nav.audios') }),
  description: t('audio.podcastDescription'),
  author: t('site.name'),
  href: PODCAST_FEED_URL,
  page: AUDIOS_URL,
  cover: PODCAST_COVER_URL,
  example: false,
  audios: catalog.audios,
});

/** The feed of one series: its episodes. */
export const seriesFeed = (catalog: Catalog, series: CollectionEntry<'series'>): PodcastFeed => ({
  title: series.data.titulo,
  description: series.data.ejemplo ? `${series.data.descripcion} ${t('audio.seriesExample')}` : series.data.descripcion,
  author: series.data.autor,
  href: seriesFeedUrl(series.id),
  page: seriesUrl(series.id),
  cover: seriesCoverUrl(series.id),
  example: series.data.ejemplo,
  audios: episodesOf(catalog, series.id),
});

/** The episodes of a series, newest first (the catalog's order). */
export const episodesOf = (catalog: Catalog, series: string): CollectionEntry<'audios'>[] =>
  catalog.audios.filter((audio) => audio.data.serie?.id === series);

/** Escapes text for an XML text node or a double-quoted attribute. */
const xml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );

/** Seconds as `itunes:duration` writes them: «H:MM:SS» or «M:SS». */
const clock = (total: number): string => {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
};

/** One audio as an RSS item. */
async function item(audio: CollectionEntry<'audios'>, site: URL): Promise<string> {
  const { data } = audio;
  const page = new URL(audioUrl(audio.id), site).href;
  const file = await audioFileOf(data.archivo);
  return [
    '<item>',
    `<title>${xml(data.titulo)}</title>`,
    `<link>${xml(page)}</link>`,
    // The page never moves (a renamed audio keeps a redirect): the item stays the same item.
    `<guid isPermaLink="true">${xml(page)}</guid>`,
    ...(isDayKnown(data.fecha) ? [`<pubDate>${startOf(data.fecha).toUTCString()}</pubDate>`] : []),
    `<description>${xml(data.resumen)}</description>`,
    `<enclosure url="${xml(new URL(file.hashedUrl, site).href)}" length="${file.bytes}" type="${xml(file.type)}"/>`,
    `<itunes:duration>${clock(data.duracion)}</itunes:duration>`,
    '<itunes:episodeType>full</itunes:episodeType>',
    ...(data.episodio ? [`<itunes:episode>${data.episodio}</itunes:episode>`] : []),
    '<itunes:explicit>false</itunes:explicit>',
    ...(data.subtitulos
      ? [
          `<podcast:transcript url="${xml(new URL(data.subtitulos, site).href)}" type="text/vtt" language="es-MX" rel="captions"/>`,
        ]
      : []),
    `<podcast:transcript url="${xml(`${page}#transcripcion`)}" type="text/html" language="es-MX"/>`,
    ...(data.capitulos
      ? [`<podcast:chapters url="${xml(new URL(data.capitulos, site).href)}" type="application/json+chapters"/>`]
      : []),
    '</item>',
  ].join('\n');
}

/** The whole feed as RSS 2.0 text. */
export async function podcastXml(feed: PodcastFeed, site: URL): Promise<string> {
  const href = new URL(feed.href, site).href;
  const cover = new URL(feed.cover, site).href;
  const link = new URL(feed.page, site).href;
  const description = feed.description;
  const items = await Promise.all(feed.audios.slice(0, FEED_LIMIT).map((audio) => item(audio, site)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:itunes="${ITUNES_NAMESPACE}" xmlns:podcast="${PODCAST_NAMESPACE}" xmlns:atom="http://www.w3.org/2005/Atom">`,
    '<channel>',
    `<title>${xml(feed.title)}</title>`,
    `<link>${xml(link)}</link>`,
    `<atom:link href="${xml(href)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xml(description)}</description>`,
    '<language>es-MX</language>',
    `<image><url>${xml(cover)}</url><title>${xml(feed.title)}</title><link>${xml(link)}</link></image>`,
    `<itunes:image href="${xml(cover)}"/>`,
    `<itunes:author>${xml(feed.author)}</itunes:author>`,
    `<itunes:owner><itunes:name>${xml(CONTACT.office)}</itunes:name><itunes:email>${xml(CONTACT.email)}</itunes:email></itunes:owner>`,
    `<itunes:category text="${PODCAST_CATEGORY}"/>`,
    '<itunes:explicit>false</itunes:explicit>',
    '<itunes:type>episodic</itunes:type>',
    `<podcast:guid>${podcastGuid(href)}</podcast:guid>`,
    // Another host may not import the feed as its own: the SNT's audio stays where it is published.
    `<podcast:locked owner="${xml(CONTACT.email)}">yes</podcast:locked>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The feed as an HTTP response. */
export const podcastResponse = async (feed: PodcastFeed, site: URL | undefined): Promise<Response> => {
  if (!site) throw new Error('Los pódcast necesitan la opción `site` de astro.config.mjs.');
  return new Response(await podcastXml(feed, site), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
