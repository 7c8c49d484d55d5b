import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse as parseHtml, type Node } from 'node-html-parser';
import { t } from '#/src/i18n/es.ts';
import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';
import { readFragments, readMeta, type Fragment } from '#/scripts/herramientas/pagefind.ts';

// What Pagefind indexed, read back from its own files: each page's fragment holds the text it searches
// and cuts excerpts from. `npm test` builds dist/ before vitest runs.

const fragments = readFragments('dist');

/** The built page behind a fragment. */
const pageOf = (url: string) => parseHtml(readFileSync(`dist${url}index.html`, 'utf8'));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text's words, punctuation left out. */
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** A text's letters and digits alone: the same whether Pagefind ran its parts together or kept them apart. */
const glued = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
/** An element's text with a break between elements, as a reader hears «<span>INAI</span><span>Instituto…</span>». */
const spoken = (node: Node): string =>
  node instanceof HTMLElement ? node.childNodes.map(spoken).join(' ') : node.text;

/** A text as a browser lays it out: runs of white space as one space. */
const squish = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Each fact of a `<dl class="facts">` as Pagefind would run it together, label then value («RegiónNorte»):
 * apart, a label and its value can be prose («la Región Norte»), so whole lists are checked apart below.
 */
const factsOf = (page: HTMLElement) =>
  page.querySelectorAll('dl.facts dt').map((dt) => `${squish(dt.text)}${squish(dt.nextElementSibling?.text ?? '')}`);

/** What a page shows around its own text, found by its role in the built page, each part as the text it shows. */
function surroundingsOf(url: string, page: HTMLElement): { part: string; text: string }[] {
  const parts = (part: string, texts: string[]) => texts.map((text) => ({ part, text }));
  const texts = (selector: string) => page.querySelectorAll(selector).map(spoken);
  const hub = /^\/(?:estados|regiones|comisiones|organismos)\//.test(url);
  return [
    ...parts('breadcrumbs', texts('nav.breadcrumbs')),
    ...parts('header or footer', texts('header.site-header, footer')),
    ...parts('navigation', texts('main nav')),
    ...parts('facts', texts('dl.facts')),
    ...parts('entry card', texts('li.card')),
    ...parts('hub list', hub ? texts('main ul, main ol') : []),
  ].filter(({ text }) => glued(text));
}

/** Sentences that say something about the page or the site, never what the entry says. */
const boilerplate = [
  t('example.explain'),
  t('retired.onDay', { date: '' }).trim(),
  t('retired.inPeriod', { date: '' }).trim(),
  t('retired.successor'),
  t('capsule.noVideo'),
  t('capsule.download'),
  t('hub.search', { name: '' }),
  t('agenda.hubCalendar', { name: '' }).split(' de ')[0] ?? '',
  t('event.calendar'),
  t('call.calendar'),
  t('agenda.asOf', { date: '' }).trim(),
  t('entry.updated'),
  t('date.published'),
  'Descargar PDF',
];

test('every page that says it is searchable was indexed', () => {
  const indexed = new Set(fragments.map((fragment) => fragment.url));
  expect(indexed.size).toBeGreaterThan(50);
  for (const url of [
    '/capsulas/archivos-en-orden/',
    '/planes/region-norte-2019-2020/',
    '/comisiones/archivos-y-gestion-documental/',
    '/eventos/foro-transparencia-en-la-frontera/',
  ]) {
    expect(indexed, url).toContain(url);
  }
});

test('results carry only what they show: title, type, date and «Retirado»; no image, whose file name Pagefind would index', () => {
  for (const { url, meta } of fragments) {
    expect(meta['image'], url).toBe('');
    expect(
      Object.keys(meta).filter((key) => !['title', 'tipo', 'fecha', 'image', 'retirado'].includes(key)),
      url,
    ).toEqual([]);
  }
  // A retired page gives the date its banner states; the INAI's is content/organismos.yaml's.
  const retired = fragments.filter(({ meta }) => meta['retirado'] !== undefined);
  expect(retired.find(({ url }) => url === '/organismos/inai/')?.meta['retirado']).toBe('2025-03-21');
  for (const { url } of retired)
    expect(readFileSync(join('dist', url, 'index.html'), 'utf8'), url).toContain('retired-banner');
  const entries = fragments.filter(({ meta }) => meta['fecha']);
  expect(entries.length).toBeGreaterThan(20);
  for (const { url, meta } of entries) expect(meta['tipo'], url).toBeTruthy();
});

test('Pagefind indexes every page that marks a body, and nothing else: no player, no editor', () => {
  const marked = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        file.endsWith('.html') && /<main\b[^>]*\bdata-pagefind-body/.test(readFileSync(join('dist', file), 'utf8')),
    )
    .map((file) => `/${file.replace(/(?:^|\/)index\.html$/, '/')}`.replace(/^\/\//, '/'));
  expect(marked.filter((url) => /^\/(?:embed|admin)\//.test(url))).toEqual([]);
  expect(fragments.map((fragment) => fragment.url).sort()).toEqual(marked.sort());
});

test('pages are numbered oldest first, so the date sort every search loads is the cheap list 0, 1, 2…', () => {
  const { pages, sorts } = readMeta('dist');
  const byDate = sorts.find(({ sort }) => sort === 'fecha')?.pages ?? [];
  expect(byDate.length).toBeGreaterThan(20);
  const first = byDate[0] ?? 0;
  expect(byDate).toEqual(byDate.map((_, position) => first + position));
  // The pages without a date (hubs, the about pages) come first, and are all that comes before.
  expect(first + byDate.length).toBe(pages.length);
});

test('the parts no page indexes are found on the indexed pages, so the checks below have something to check', () => {
  const pages = fragments.map(({ url }) => [url, pageOf(url)] as const);
  const found = new Set(pages.flatMap(([url, page]) => surroundingsOf(url, page).map(({ part }) => part)));
  expect([...found].sort()).toEqual([
    'breadcrumbs',
    'entry card',
    'facts',
    'header or footer',
    'hub list',
    'navigation',
  ]);
  expect(pages.flatMap(([, page]) => factsOf(page)).length).toBeGreaterThan(fragments.length);
});

describe.each(fragments.map((fragment) => [fragment.url, fragment] as const))('%s', (url, { content, meta }) => {
  const page = pageOf(url);

  test('indexes no breadcrumb, header, footer, navigation, facts or list of entries', () => {
    const indexed = glued(content);
    const found = surroundingsOf(url, page).filter(({ text }) => indexed.includes(glued(text)));
    const facts = factsOf(page).filter((fact) => content.includes(fact));
    expect([
      ...found.map(({ part, text }) => `${part}: ${squish(text).slice(0, 80)}`),
      ...facts.map((fact) => `fact: ${fact}`),
    ]).toEqual([]);
  });

  test('is titled with the words of its heading', () => {
    const heading = page.querySelector('main h1');
    expect(heading, 'la página no tiene <h1>').not.toBeNull();
    expect(words(meta['title'] ?? '').join(' ')).toBe(words(spoken(heading ?? page)).join(' '));
  });

  test('indexes no banner, fallback, date label or link label', () => {
    for (const sentence of boilerplate) expect(content, sentence).not.toContain(sentence);
  });

  test('indexes no fact label glued to its value', () => {
    const labels = page
      .querySelectorAll('main dt')
      .map((dt) => dt.text.trim())
      .filter(Boolean);
    // «Duración9 s», «SiglasINAI»: a value starts with a capital or a digit; «Presentación» is a word of its own.
    for (const label of labels) expect(content).not.toMatch(new RegExp(`${escape(label)}[\\p{Lu}\\p{N}]`, 'u'));
  });
});

test('a capsule stays findable by its transcript and by the people who appear in it', () => {
  const capsules = readCollection('capsulas').filter((capsule) => !capsule.data['borrador']);
  const withPeople = capsules.filter((capsule) => (capsule.data['personas'] as unknown[] | undefined)?.length);
  expect(withPeople.length).toBeGreaterThan(0);
  for (const capsule of capsules) {
    const fragment = fragments.find((item) => item.url === `/capsulas/${capsule.id}/`);
    const firstWords = capsule.body.replace(/^#.*$/gm, '').trim().split(/\s+/).slice(0, 6).join(' ');
    expect(fragment?.content, capsule.id).toContain(firstWords);
    for (const person of (capsule.data['personas'] ?? []) as { nombre: string }[]) {
      expect(fragment?.content, capsule.id).toContain(person.nombre);
    }
  }
});

test('a booklet’s editions are labelled with their number and year, and filtered apart from the current booklet', () => {
  const booklet = '/abc/abc-derecho-de-acceso-a-la-informacion/';
  const title = 'El ABC del derecho de acceso a la información pública';
  const find = (url: string) => fragments.find((fragment) => fragment.url === url) as Fragment & { filters: Filters };
  type Filters = Record<string, string[]>;
  expect(find(booklet).meta).toMatchObject({ title, tipo: 'Cuadernillo' });
  expect(find(booklet).filters['tipo']).toEqual(['Cuadernillo']);
  for (const [url, label, fecha] of [
    [`${booklet}ediciones/1/`, `${title}, edición 1 (2024)`, '2024-03-15'],
    [`${booklet}ediciones/2/`, `${title}, edición 2 (2025)`, '2025-09-10'],
    [`${booklet}ediciones/2/que-cambio/`, `${title}: qué cambió en la edición 2 (2025)`, '2025-09-10'],
  ] as const) {
    const fragment = find(url);
    expect(fragment.meta, url).toMatchObject({ title: label, tipo: 'Edición de cuadernillo', fecha });
    expect(fragment.filters['tipo'], url).toEqual(['Edición de cuadernillo']);
    expect(fragment.filters['año'], url).toEqual([fecha.slice(0, 4)]);
    // The same commissions as the booklet, so a search narrowed to one still finds its editions.
    expect(fragment.filters['comisión'], url).toEqual(find(booklet).filters['comisión']);
    // An earlier text answers below the current booklet that says the same.
    expect(pageOf(url).querySelector('main')?.getAttribute('data-pagefind-weight'), url).toBe('0.5');
  }
  expect(pageOf(booklet).querySelector('main')?.getAttribute('data-pagefind-weight')).toBeUndefined();
});
