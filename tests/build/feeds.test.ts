import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse, valid, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadRedirects } from '#/src/build/redirects.ts';
import { sitemapOptions } from '#/src/build/sitemap.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';
import { readCollection, type RawEntry } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const SITE = 'https://micrositio.snt.org.mx';
const LIMIT = 50;
const xmlOptions = { lowerCaseTagName: false, voidTag: { tags: [] }, blockTextElements: {} };
const read = (file: string): string => readFileSync(`dist${file}`, 'utf8');
const html = (path: string): HTMLElement => parse(read(`${path}index.html`));

/** A published entry as the test sees it, straight from content/. */
interface Expected {
  url: string;
  /** Its `fecha`, from the first day it may be (2019 → 1 January 2019). */
  date: Date;
  /** Whether its day is known: only then does its item carry a pubDate. */
  dayKnown: boolean;
  collection: string;
  /** Its categories, when not only its type: a new edition is a «Cuadernillo» and a «Nueva edición». */
  categories?: string[];
  /** For a booklet's new edition, the address of the booklet: hubs that list it carry its news too. */
  of?: string;
}

const now = new Date();
const published = (entry: RawEntry): boolean =>
  entry.data['borrador'] !== true && new Date(String(entry.data['fecha'])).getTime() <= now.getTime();
const expected = (collection: string, url: (entry: RawEntry) => string): Expected[] =>
  readCollection(collection)
    .filter(published)
    .map((entry) => ({
      url: url(entry),
      date: new Date(String(entry.data['fecha'])),
      dayKnown: String(entry.data['fecha']).length === 10,
      collection,
    }));

const issues = readCollection('revista');
const issueNumber = (id: string) => String(issues.find((issue) => issue.id === id)?.data['numero']);
const byCollection: Record<string, Expected[]> = {
  planes: expected('planes', (entry) => `/planes/${entry.id}/`),
  abc: expected('abc', (entry) => `/abc/${entry.id}/`),
  revista: expected('revista', (entry) => `/revista/${String(entry.data['numero'])}/`),
  articulos: expected('articulos', (entry) => `/revista/${issueNumber(String(entry.data['revista']))}/${entry.id}/`),
  capsulas: expected('capsulas', (entry) => `/capsulas/${entry.id}/`),
  audios: expected('audios', (entry) => `/audios/${entry.id}/`),
  eventos: expected('eventos', (entry) => `/eventos/${entry.id}/`),
  convocatorias: expected('convocatorias', (entry) => `/convocatorias/${entry.id}/`),
};
type RawEdition = { fecha: string; descripcion: string; texto?: string };
/** Every edition after the first, up to today, is news where its booklet is: linked to what changed in it. */
const newEditions: Expected[] = readCollection('abc')
  .filter(published)
  .flatMap((booklet) => {
    const editions = booklet.data['ediciones'] as RawEdition[];
    const at = `/abc/${booklet.id}/`;
    return editions.flatMap((edition, index) => {
      const date = new Date(edition.fecha);
      if (index === 0 || date.getTime() > now.getTime()) return [];
      const n = index + 1;
      const url =
        edition.texto === undefined
          ? `${at}#ediciones`
          : editions[index - 1]?.texto === undefined
            ? `${at}ediciones/${n}/`
            : `${at}ediciones/${n}/que-cambio/`;
      return [{ url, date, dayKnown: true, collection: 'abc', categories: ['Cuadernillo', 'Nueva edición'], of: at }];
    });
  });
const everything = [...Object.values(byCollection).flat(), ...newEditions];
const typeName: Record<string, string> = {
  planes: 'Plan de trabajo',
  abc: 'Cuadernillo',
  revista: 'Revista',
  articulos: 'Artículo',
  capsulas: 'Cápsula',
  audios: 'Audio',
  eventos: 'Evento',
  convocatorias: 'Convocatoria',
};

/** Items of a built feed: path of its link (after checking it is absolute), date and categories. */
function feedItems(file: string) {
  const xml = read(file);
  const root = parse(xml, xmlOptions);
  return root.querySelectorAll('item').map((item) => {
    const link = item.querySelector('link')?.text ?? '';
    return {
      link,
      path: link.startsWith(`${SITE}/`) ? link.slice(SITE.length) : link,
      // Selectors are case-insensitive here, so pubDate is found by its exact tag name.
      pubDate: item.childNodes.find((node) => node.rawTagName === 'pubDate')?.text,
      title: item.querySelector('title')?.text ?? '',
      description: item.querySelector('description')?.text ?? '',
      categories: item.querySelectorAll('category').map((category) => category.text),
    };
  });
}

/** The feed holds the newest `LIMIT` of `entries`, newest first (ties may come in any order). */
function expectNewest(file: string, entries: Expected[]): void {
  const items = feedItems(file);
  expect(items).toHaveLength(Math.min(LIMIT, entries.length));
  const known = new Map(entries.map((entry) => [entry.url, entry]));
  const dates = items.map((item) => known.get(item.path)?.date.getTime() ?? Number.NaN);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of items) {
    expect(known.has(item.path), `${file}: ${item.link} no es una entrada esperada`).toBe(true);
    const entry = known.get(item.path);
    // A day nobody wrote is never sent: an entry known to the month or the year has no pubDate.
    if (entry?.dayKnown) expect(new Date(item.pubDate ?? '').getTime(), item.path).toBe(entry.date.getTime());
    else expect(item.pubDate, item.path).toBeUndefined();
    expect(item.categories).toEqual(entry?.categories ?? [typeName[entry?.collection ?? '']]);
    expect(item.title).not.toBe('');
    expect(item.description).not.toBe('');
  }
  const listed = new Set(items.map((item) => item.path));
  const oldestListed = Math.min(...dates);
  for (const entry of entries.filter((candidate) => !listed.has(candidate.url))) {
    expect(entry.date.getTime(), `${file} deja fuera ${entry.url}, más nueva que otras`).toBeLessThanOrEqual(
      oldestListed,
    );
  }
}

const hubsOf = (section: string): string[] =>
  readdirSync(`dist/${section}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const states = hubsOf('estados');
/** Every hub, as `<section>/<id>`: states, regions, commissions and bodies all have a feed now. */
const hubs = ['estados', 'regiones', 'comisiones', 'organismos'].flatMap((section) =>
  hubsOf(section).map((id) => `${section}/${id}`),
);

const feeds = [
  '/feed.xml',
  '/planes/feed.xml',
  '/abc/feed.xml',
  '/revista/feed.xml',
  '/capsulas/feed.xml',
  '/audios/feed.xml',
  '/eventos/feed.xml',
  '/convocatorias/feed.xml',
  ...hubs.map((hub) => `/${hub}/feed.xml`),
];

describe.each(feeds)('%s', (file) => {
  test('is well-formed RSS 2.0 with a Spanish (es-MX) channel', () => {
    const xml = read(file);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(valid(xml.replace(/^<\?xml[^>]*\?>/, ''), xmlOptions)).toBe(true);
    const root = parse(xml, xmlOptions);
    expect(root.querySelector('rss')?.getAttribute('version')).toBe('2.0');
    const channel = root.querySelector('rss > channel');
    expect(channel?.querySelector('language')?.text).toBe('es-MX');
    expect(channel?.querySelector('title')?.text).toMatch(/Sistema Nacional de Transparencia/);
    expect(channel?.querySelector('description')?.text).not.toBe('');
  });

  test('links are absolute https addresses of built pages', () => {
    const root = parse(read(file), xmlOptions);
    const channelLink = root.querySelector('rss > channel > link')?.text ?? '';
    const links = [channelLink, ...feedItems(file).map((item) => item.link)];
    for (const link of links) {
      expect(link.startsWith(`${SITE}/`), link).toBe(true);
      const path = new URL(link).pathname;
      expect(existsSync(`dist${path}index.html`), `${link} no existe en dist/`).toBe(true);
    }
  });
});

describe('feed contents', () => {
  test('/feed.xml has the newest entries of every collection', () => {
    expect(Object.values(byCollection).filter((entries) => entries.length === 0)).toEqual([]);
    expectNewest('/feed.xml', everything);
  });

  test.each(['planes', 'capsulas', 'audios', 'eventos', 'convocatorias'])(
    '/%s/feed.xml has the newest entries of the collection',
    (section) => {
      expect(byCollection[section]?.length).toBeGreaterThan(0);
      expectNewest(`/${section}/feed.xml`, byCollection[section] ?? []);
    },
  );

  test('/abc/feed.xml has the newest booklets and their new editions', () => {
    expect(newEditions.length).toBeGreaterThan(0);
    expectNewest('/abc/feed.xml', [...(byCollection['abc'] ?? []), ...newEditions]);
  });

  test('a booklet’s new edition is news: titled as one, dated, linked to what changed, with a guid of its own', () => {
    const booklet = '/abc/abc-derecho-de-acceso-a-la-informacion/';
    for (const file of ['/feed.xml', '/abc/feed.xml']) {
      const root = parse(read(file), xmlOptions);
      const item = root
        .querySelectorAll('item')
        .find((candidate) => candidate.querySelector('link')?.text === `${SITE}${booklet}ediciones/2/que-cambio/`);
      expect(item, file).toBeDefined();
      expect(item?.querySelector('title')?.text).toBe(
        'Nueva edición de «El ABC del derecho de acceso a la información pública» (edición 2)',
      );
      expect(item?.querySelector('description')?.text).toContain('explica la ley publicada el 20 de marzo de 2025');
      const pubDate = item?.childNodes.find((node) => node.rawTagName === 'pubDate')?.text;
      expect(new Date(pubDate ?? '').toISOString()).toBe('2025-09-10T00:00:00.000Z');
      // The guid names the edition, not the page it links to, so it stays when that page changes.
      const guid = item?.querySelector('guid');
      expect(guid?.text).toBe(`${SITE}${booklet}ediciones/2/`);
      expect(guid?.getAttribute('isPermaLink')).toBe('false');
    }
    // The first edition is the booklet itself, already an item; other kinds' feeds and calendars carry no edition.
    expect(read('/abc/feed.xml')).not.toContain(`${booklet}ediciones/1/`);
    for (const file of ['/capsulas/feed.xml', '/planes/feed.xml', '/eventos/calendario.ics']) {
      expect(read(file), file).not.toContain('Nueva edición');
    }
  });

  test('/revista/feed.xml has the newest issues and articles', () => {
    expectNewest('/revista/feed.xml', [...(byCollection['revista'] ?? []), ...(byCollection['articulos'] ?? [])]);
  });

  test('each hub’s feed has the entries its page lists: every state, region, commission and body', () => {
    const entryPath = /^\/(?:planes|abc|capsulas|audios|eventos|convocatorias)\/[^/]+\/$|^\/revista\/\d+\/[^/]+\/$/;
    let nonEmpty = 0;
    for (const hub of hubs) {
      const listed = new Set(
        html(`/${hub}/`)
          .querySelectorAll('main .hub-section a[href]')
          .map((link) => link.getAttribute('href') ?? '')
          .filter((href) => entryPath.test(href)),
      );
      const items = feedItems(`/${hub}/feed.xml`).map((item) => item.path);
      // A hub shows up to 24 entries of each kind; the feed carries the newest 50 of all kinds.
      for (const path of listed) expect(items, `${hub}: falta ${path}`).toContain(path);
      expectNewest(
        `/${hub}/feed.xml`,
        everything.filter((entry) => items.includes(entry.url) || listed.has(entry.url) || listed.has(entry.of ?? '')),
      );
      if (items.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(0);
  });
});

const redirects = loadRedirects();
const redirected = new Set(redirects.map((redirect) => redirect.from));
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .map((file) => `/${file.slice(0, -'index.html'.length)}`)
  .filter((path) => !redirected.has(path))
  // The browser editor is not a page of the site: no feeds, no sitemap (checked below), no search.
  .filter((path) => !path.startsWith(ADMIN_URL));

/** Alternate RSS links of a built page: title → absolute href. */
const alternates = (path: string): Map<string, string> =>
  new Map(
    html(path)
      .querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => [link.getAttribute('title') ?? '', link.getAttribute('href') ?? '']),
  );

describe('pages announce their feeds', () => {
  test('every page links the site-wide feed', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages.filter((page) => !page.startsWith('/embed/'))) {
      expect([...alternates(path).values()], path).toContain(`${SITE}/feed.xml`);
    }
  });

  test.each(['planes', 'abc', 'revista', 'capsulas', 'audios', 'eventos', 'convocatorias'])(
    '/%s/ links its collection feed, with a title',
    (section) => {
      const links = alternates(`/${section}/`);
      expect([...links.values()]).toContain(`${SITE}/${section}/feed.xml`);
      expect(links.size).toBe(2);
      for (const title of links.keys()) expect(title).not.toBe('');
    },
  );

  test('each state hub links its own feed', () => {
    expect(states).toHaveLength(32);
    for (const state of states) {
      expect([...alternates(`/estados/${state}/`).values()], state).toContain(`${SITE}/estados/${state}/feed.xml`);
    }
  });
});

describe('sitemap', () => {
  const index = read('/sitemap-index.xml');
  const sitemaps = parse(index, xmlOptions)
    .querySelectorAll('sitemap > loc')
    .map((loc) => loc.text);
  const urls = sitemaps.flatMap((sitemap) =>
    parse(read(new URL(sitemap).pathname), xmlOptions)
      .querySelectorAll('url')
      .map((url) => ({
        path: new URL(url.querySelector('loc')?.text ?? '').pathname,
        lastmod: url.querySelector('lastmod')?.text,
      })),
  );
  const listed = new Map(urls.map((url) => [url.path, url.lastmod]));

  test('lists every built page but 404, embeddable players and redirects', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    const wanted = pages.filter((path) => !path.startsWith('/embed/') && path !== '/404/');
    expect([...listed.keys()].sort()).toEqual(wanted.sort());
    for (const path of listed.keys()) {
      expect(path).not.toMatch(/^\/(?:404|embed|admin)\b/);
      expect(redirected.has(path)).toBe(false);
    }
  });

  test('lists each booklet edition that kept its text, and what changed from the one before', () => {
    const wanted = readCollection('abc')
      .filter(published)
      .flatMap((booklet) => {
        const editions = booklet.data['ediciones'] as RawEdition[];
        return editions.flatMap((edition, index) => {
          if (edition.texto === undefined) return [];
          const page = `/abc/${booklet.id}/ediciones/${String(index + 1)}/`;
          return editions[index - 1]?.texto === undefined ? [page] : [page, `${page}que-cambio/`];
        });
      });
    expect(wanted).toContain('/abc/abc-derecho-de-acceso-a-la-informacion/ediciones/2/que-cambio/');
    for (const path of wanted) expect(listed.has(path), path).toBe(true);
  });

  test('every entry page has a lastmod equal to the update date the page shows', () => {
    for (const entry of Object.values(byCollection).flat()) {
      const lastmod = listed.get(entry.url);
      expect(lastmod, entry.url).toBeDefined();
      const shown = html(entry.url).querySelector('.entry-footer time')?.getAttribute('datetime');
      expect(lastmod?.slice(0, 10), entry.url).toBe(shown);
    }
  });

  test('the filter leaves out redirects, /embed/ and 404 pages', () => {
    const { filter } = sitemapOptions([{ from: '/capsulas/vieja/', to: '/capsulas/nueva/' }]);
    expect(filter(`${SITE}/capsulas/vieja/`)).toBe(false);
    expect(filter(`${SITE}/embed/capsulas/x/`)).toBe(false);
    expect(filter(`${SITE}/404/`)).toBe(false);
    expect(filter(`${SITE}/capsulas/nueva/`)).toBe(true);
  });
});

test('robots.txt allows everything and points to the sitemap index', () => {
  const robots = read('/robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
  expect(existsSync('dist/sitemap-index.xml')).toBe(true);
});
