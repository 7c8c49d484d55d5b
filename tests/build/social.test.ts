import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const SITE = 'https://micrositio.snt.org.mx';
const DIST = 'dist';

/**
 * Every built HTML page with the address it is served at, but redirects and the embeddable players
 * under /embed/ (frames for other sites: noindex, with the capsule page as their canonical).
 */
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    file,
    path: file === 'index.html' ? '/' : `/${file.replace(/(?:\/index)?\.html$/, '')}/`,
    html: readFileSync(join(DIST, file), 'utf8'),
  }))
  .filter((page) => !page.html.includes('http-equiv="refresh"') && !page.path.startsWith('/embed/'))
  // The browser editor is nobody's to share or find: tests/build/serving.test.ts checks it says so.
  .filter((page) => !page.path.startsWith(ADMIN_URL));

const issues = readCollection('revista');
const issueNumber = (id: string) => String(issues.find((issue) => issue.id === id)?.data['numero']);
const bodies = dataEntries(readFileSync('content/organismos.yaml', 'utf8'), 'organismos') as { id: string }[];

/** What one entry page must describe: a schema.org type and the properties it must carry. */
type Need = { type: string; props: string[] };
const need = (path: string, type: string, props: string[]): [string, Need] => [path, { type, props }];

/** Which schema.org type each entry page must describe, and the properties it must carry. */
const required = new Map<string, Need>([
  ...readCollection('capsulas').map((capsule) =>
    need(`/capsulas/${capsule.id}/`, 'VideoObject', ['name', 'description', 'thumbnailUrl', 'uploadDate', 'duration']),
  ),
  // An episode of a series is a PodcastEpisode of its PodcastSeries, with its audio; a spot, the audio itself.
  ...readCollection('audios').map((audio) =>
    audio.data['serie']
      ? need(`/audios/${audio.id}/`, 'PodcastEpisode', ['name', 'duration', 'associatedMedia', 'partOfSeries'])
      : need(`/audios/${audio.id}/`, 'AudioObject', ['name', 'contentUrl', 'encodingFormat', 'duration', 'license']),
  ),
  ...readCollection('audios')
    .filter((audio) => audio.data['serie'])
    .map((audio) => need(`/audios/series/${String(audio.data['serie'])}/`, 'PodcastSeries', ['name', 'webFeed'])),
  ...issues.map((issue) =>
    need(`/revista/${String(issue.data['numero'])}/`, 'PublicationIssue', ['issueNumber', 'isPartOf']),
  ),
  ...readCollection('articulos').map((article) =>
    need(`/revista/${issueNumber(String(article.data['revista']))}/${article.id}/`, 'ScholarlyArticle', [
      'headline',
      'author',
      'isPartOf',
    ]),
  ),
  ...readCollection('abc').map((booklet) => need(`/abc/${booklet.id}/`, 'Book', ['name', 'datePublished'])),
  ...readCollection('planes').map((plan) => need(`/planes/${plan.id}/`, 'Report', ['name', 'datePublished'])),
  ...bodies.map((body) => need(`/organismos/${body.id}/`, 'GovernmentOrganization', ['name', 'url'])),
  ...readCollection('eventos').map((event) =>
    need(`/eventos/${event.id}/`, 'Event', [
      'name',
      'startDate',
      'endDate',
      'eventStatus',
      'eventAttendanceMode',
      'location',
      'organizer',
    ]),
  ),
  ...readCollection('convocatorias').map((call) =>
    need(`/convocatorias/${call.id}/`, 'CreativeWork', ['name', 'expires', 'audience', 'author']),
  ),
]);

const meta = (root: HTMLElement, key: string): string[] =>
  root
    .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
    .map((element) => element.getAttribute('content') ?? '');

test('the walk finds the site and every entry that needs structured data', () => {
  expect(pages.length).toBeGreaterThan(50);
  const built = new Set(pages.map((page) => page.path));
  for (const path of required.keys()) expect(built, path).toContain(path);
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const root = parseHtml(page.html);
  const jsonLd = root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

  test('has exactly one canonical https URL, its own address', () => {
    const canonical = root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href'));
    expect(canonical).toEqual([`${SITE}${path}`]);
    expect(meta(root, 'og:url')).toEqual([`${SITE}${path}`]);
  });

  test('has OpenGraph and Twitter metadata', () => {
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'og:site_name']) {
      expect(meta(root, key), key).toHaveLength(1);
      expect(meta(root, key)[0], key).not.toBe('');
    }
    expect(meta(root, 'og:locale')).toEqual(['es_MX']);
    expect(meta(root, 'twitter:card')).toEqual(['summary_large_image']);
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt']) {
      expect(meta(root, key), key).toHaveLength(1);
    }
  });

  test('its social image is a built PNG or JPEG under 80 KB, in the 1.91:1 shape and of the size and type it declares', async () => {
    const image = meta(root, 'og:image')[0] ?? '';
    expect(image.startsWith(`${SITE}/`)).toBe(true);
    expect(meta(root, 'twitter:image')).toEqual([image]);
    const file = join(DIST, new URL(image).pathname);
    expect(existsSync(file), file).toBe(true);
    const { width, height, format } = await sharp(file).metadata();
    expect([meta(root, 'og:image:width'), meta(root, 'og:image:height')]).toEqual([[String(width)], [String(height)]]);
    expect(width / height).toBeCloseTo(1200 / 630, 1);
    expect(width).toBeGreaterThanOrEqual(600);
    expect(meta(root, 'og:image:type')).toEqual([format === 'jpeg' ? 'image/jpeg' : `image/${format}`]);
    expect(readFileSync(file).length).toBeLessThan(80 * 1024);
  });

  test('has JSON-LD that parses, with what its kind of page requires', () => {
    expect(jsonLd.length).toBeGreaterThan(0);
    for (const data of jsonLd) expect(data['@context']).toBe('https://schema.org');
    const wanted = required.get(path);
    if (wanted) {
      const found = jsonLd.find((data) => data['@type'] === wanted.type);
      expect(found, wanted.type).toBeDefined();
      for (const prop of wanted.props) expect(found?.[prop], `${wanted.type}.${prop}`).toBeTruthy();
    }
  });

  test('has a BreadcrumbList ending with itself when it shows breadcrumbs', () => {
    const trail = jsonLd.filter((data) => data['@type'] === 'BreadcrumbList');
    if (!root.querySelector('nav.breadcrumbs')) {
      expect(trail).toHaveLength(0);
      return;
    }
    expect(trail).toHaveLength(1);
    const items = trail[0]?.['itemListElement'] as { position: number; item: string; name: string }[];
    const shown = root.querySelectorAll('nav.breadcrumbs li').map((li) => li.textContent.trim());
    expect(items.map((item) => item.name)).toEqual(shown);
    expect(items.map((item) => item.position)).toEqual(shown.map((_, index) => index + 1));
    expect(items.at(-1)?.item).toBe(`${SITE}${path}`);
    for (const item of items) expect(item.item.startsWith(`${SITE}/`)).toBe(true);
  });
});

describe('JSON-LD is escaped so it cannot close its script element', () => {
  test('no JSON-LD block contains a raw «<»', () => {
    const blocks = pages.flatMap((page) =>
      [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
        ([, json = '']) => [page.path, json] as const,
      ),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(pages.length);
    for (const [path, json] of blocks) expect(json, path).not.toContain('<');
  });
});
