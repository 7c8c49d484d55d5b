import { readFileSync, statSync } from 'node:fs';
import { parseRssFeed } from 'feedsmith';
import { parseFile } from 'music-metadata';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { podcastGuid } from '#/src/lib/podcast.ts';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs. Every podcast feed is read with feedsmith, a feed parser that knows
// the itunes and Podcasting 2.0 namespaces, as a podcast app would read it.
const SITE = 'https://micrositio.snt.org.mx';
const dist = (url: string): string => `dist${new URL(url, SITE).pathname}`;

const audios = readCollection('audios').filter((audio) => !audio.data['borrador']);
const series = dataEntries(readFileSync('content/series.yaml', 'utf8'), 'series') as { id: string; titulo: string }[];

const feeds = [
  { path: '/audios/podcast.xml', page: '/audios/', audios },
  ...series.map((item) => ({
    path: `/audios/series/${item.id}/podcast.xml`,
    page: `/audios/series/${item.id}/`,
    audios: audios.filter((audio) => audio.data['serie'] === item.id),
  })),
];

test('there is a feed of every audio and one per series, and the series have episodes to carry', () => {
  expect(feeds.length).toBe(1 + series.length);
  expect(series.length).toBeGreaterThan(0);
  for (const feed of feeds) expect(feed.audios.length, feed.path).toBeGreaterThan(0);
});

describe.each(feeds)('$path', ({ path, page, audios: expected }) => {
  const text = readFileSync(dist(path), 'utf8');
  const feed = parseRssFeed(text);
  // feedsmith's types call itunes:owner deprecated; podcast directories still read it to verify who owns a feed.
  const owner = (feed.itunes as { owner?: { name?: string; email?: string } } | undefined)?.owner;

  test('is RSS 2.0 with the itunes and Podcasting 2.0 namespaces, in Spanish', () => {
    expect(text).toMatch(/<rss version="2\.0"/);
    expect(text).toContain('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"');
    expect(text).toContain('xmlns:podcast="https://podcastindex.org/namespace/1.0"');
    expect(feed.language).toBe('es-MX');
    expect(feed.link).toBe(`${SITE}${page}`);
    expect(feed.title).toBeTruthy();
    expect(feed.description).toBeTruthy();
  });

  test('its cover is a square PNG of 1400 to 3000 pixels a side, the same in RSS and itunes', async () => {
    const cover = feed.itunes?.image ?? '';
    expect(feed.image?.url).toBe(cover);
    const { width, height, format } = await sharp(dist(cover)).metadata();
    expect(format).toBe('png');
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(1400);
    expect(width).toBeLessThanOrEqual(3000);
  });

  test('names its category, explicitness, author and owner', () => {
    expect(feed.itunes?.categories?.[0]?.text).toBe('Government');
    expect(feed.itunes?.explicit).toBe(false);
    expect(feed.itunes?.author).toBeTruthy();
    expect(owner?.name).toBeTruthy();
    expect(owner?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  test('its podcast:guid is the UUIDv5 of its address, and it is locked to its owner', () => {
    expect(feed.podcast?.guid).toBe(podcastGuid(`${SITE}${path}`));
    expect(feed.podcast?.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.podcast?.locked).toEqual({ value: true, owner: owner?.email });
    expect(feed.atom?.links?.[0]).toMatchObject({ href: `${SITE}${path}`, rel: 'self' });
  });

  test('carries each audio once, newest first', () => {
    const links = (feed.items ?? []).map((item) => item.link);
    const wanted = [...expected]
      .sort((a, b) => String(b.data['fecha']).localeCompare(String(a.data['fecha'])))
      .map((audio) => `${SITE}/audios/${audio.id}/`);
    expect(links).toEqual(wanted);
  });

  describe.each(expected.map((audio) => [audio.id, audio] as const))('item %s', (id, audio) => {
    const item = () => {
      const found = (feed.items ?? []).find((candidate) => candidate.link === `${SITE}/audios/${id}/`);
      if (!found) throw new Error(`${id} no está en ${path}`);
      return found;
    };

    test('encloses the MP3 the site serves, with its length in bytes and its type', async () => {
      const [enclosure, ...others] = item().enclosures ?? [];
      expect(others).toEqual([]);
      expect(enclosure?.type).toBe('audio/mpeg');
      const file = dist(enclosure?.url ?? '');
      expect(enclosure?.length).toBe(statSync(file).size);
      // The hashed copy is the editor's file, byte for byte.
      expect(readFileSync(file).equals(readFileSync(`public${String(audio.data['archivo'])}`))).toBe(true);
      const { format } = await parseFile(file, { duration: true });
      expect(format.container).toBe('MPEG');
      expect(Math.abs((format.duration ?? 0) - (item().itunes?.duration ?? 0))).toBeLessThanOrEqual(1);
    });

    test('has a permanent guid, its page, and its episode type', () => {
      expect(item().guid).toEqual({ value: `${SITE}/audios/${id}/`, isPermaLink: true });
      expect(['full', 'trailer', 'bonus']).toContain(item().itunes?.episodeType);
      expect(item().itunes?.explicit).toBe(false);
      if (audio.data['episodio']) expect(item().itunes?.episode).toBe(audio.data['episodio']);
    });

    test('points to its transcripts: the captions it has and the page that holds the whole text', () => {
      const transcripts = item().podcast?.transcripts ?? [];
      const html = transcripts.find((transcript) => transcript.type === 'text/html');
      expect(html?.url).toBe(`${SITE}/audios/${id}/#transcripcion`);
      const page = parse(readFileSync(`dist/audios/${id}/index.html`, 'utf8'));
      expect(page.querySelector('#transcripcion')?.textContent.trim().length).toBeGreaterThan(40);
      const captions = transcripts.find((transcript) => transcript.type === 'text/vtt');
      if (audio.data['subtitulos']) {
        expect(captions?.url).toBe(`${SITE}${audio.data['subtitulos'] as string}`);
        expect(readFileSync(dist(captions?.url ?? ''), 'utf8')).toMatch(/^WEBVTT/);
      } else {
        expect(captions).toBeUndefined();
      }
    });

    test('points to its chapters where it has them', () => {
      const chapters = item().podcast?.chapters;
      if (!audio.data['capitulos']) {
        expect(chapters).toBeUndefined();
        return;
      }
      expect(chapters).toEqual({
        url: `${SITE}${audio.data['capitulos'] as string}`,
        type: 'application/json+chapters',
      });
      const file = JSON.parse(readFileSync(dist(chapters?.url ?? ''), 'utf8')) as { chapters: { startTime: number }[] };
      expect(file.chapters.length).toBeGreaterThan(0);
    });
  });
});

test('podcast:guid follows the Podcasting 2.0 rule: a UUIDv5 of the address without scheme nor final slash', () => {
  // The example the Podcast Index publishes for Podnews (api.podcastindex.org, podcasts/byguid).
  expect(podcastGuid('https://podnews.net/rss')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  expect(podcastGuid('http://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
});
