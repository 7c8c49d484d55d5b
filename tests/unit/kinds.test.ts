import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collections } from '#/src/content.config.ts';
import { t } from '#/src/i18n/es.ts';
import { DATASETS } from '#/src/lib/openData.ts';
import {
  ENTRY_COLLECTIONS,
  GLOSSARY,
  GLOSSARY_COLLECTION,
  SERIES,
  SERIES_COLLECTION,
  HUB_COLLECTIONS,
  HUBS,
  kind,
  KINDS,
  PAGE_COLLECTIONS,
  PAGES,
  sectionUrl,
  SECTIONS,
} from '#/src/kinds/index.ts';

const root = join(import.meta.dirname, '../..');

/** Every source file under `dir`, relative to the project. */
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(?:ts|astro|mjs)$/.test(path))
    .map((path) => join(dir, path));

/** The code of a file without its comments, so that an address in a JSDoc example does not count. */
const code = (file: string): string =>
  readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '');

test('every collection of content.config.ts has exactly one entry in the registry', () => {
  const registered = [
    ...ENTRY_COLLECTIONS,
    ...HUB_COLLECTIONS,
    ...PAGE_COLLECTIONS,
    GLOSSARY_COLLECTION,
    SERIES_COLLECTION,
  ];
  expect(new Set(registered).size).toBe(registered.length);
  expect([...registered].sort()).toEqual(Object.keys(collections).sort());
  expect(Object.keys(KINDS)).toEqual([...ENTRY_COLLECTIONS]);
  expect(Object.keys(HUBS)).toEqual([...HUB_COLLECTIONS]);
  expect(Object.keys(PAGES)).toEqual([...PAGE_COLLECTIONS]);
  expect(GLOSSARY.collection).toBe(GLOSSARY_COLLECTION);
  expect(SERIES.collection).toBe(SERIES_COLLECTION);
  for (const [key, entry] of [...Object.entries(KINDS), ...Object.entries(HUBS), ...Object.entries(PAGES)]) {
    expect(entry.collection).toBe(key);
  }
});

describe.each(ENTRY_COLLECTIONS)('the kind %s', (collection) => {
  const declared = kind(collection);

  test('has its labels and its search type in the dictionary', () => {
    for (const key of [declared.label.one, declared.label.other, declared.searchType]) expect(t(key)).not.toBe('');
  });

  test('has its dataset in /datos/', () => {
    expect(DATASETS.map((dataset) => dataset.id)).toContain(declared.dataset.id);
  });

  test('is the only kind an editor reaches with its words for `npm run nuevo`', () => {
    const words = (other: typeof declared) => [other.scaffold.word, ...other.scaffold.aliases];
    const others = ENTRY_COLLECTIONS.filter((c) => c !== collection).flatMap((c) => words(kind(c)));
    for (const word of words(declared)) expect(others).not.toContain(word);
  });
});

test('every hub kind has its dataset and its list', () => {
  for (const collection of HUB_COLLECTIONS) {
    expect(DATASETS.map((dataset) => dataset.id)).toContain(HUBS[collection].dataset.id);
    expect(sectionUrl(collection)).toMatch(/^\/[a-z-]+\/$/);
  }
});

test('the sections of the site are the lists the registry declares, each with its own address', () => {
  const addresses = SECTIONS.map(sectionUrl);
  expect(new Set(addresses).size).toBe(SECTIONS.length);
  expect(SECTIONS).toEqual([
    'planes',
    'abc',
    'revista',
    'capsulas',
    'audios',
    'eventos',
    'convocatorias',
    ...HUB_COLLECTIONS,
  ]);
});

// Every section of the site, as the first segment of its addresses.
const SECTION_PATH =
  /(['"`])\/(?:planes|abc|revista|capsulas|eventos|convocatorias|embed|estados|regiones|comisiones|organismos|buscar|datos|og|admin|feed\.xml|favicon\.svg|sitemap-index\.xml)\b/;

test('no address is spelled outside src/lib/urls.ts: pages, components and the registry build them from it', () => {
  const spelled = [...sources('src'), 'astro.config.mjs']
    .filter((file) => file !== join('src', 'lib', 'urls.ts'))
    .flatMap((file) =>
      code(file)
        .split('\n')
        .filter((line) => SECTION_PATH.test(line) || /\b(?:href|src|action)="\//.test(line))
        .map((line) => `${relative(root, join(root, file))}: ${line.trim()}`),
    );
  expect(spelled).toEqual([]);
});

test("only the kinds' modules and the players' redirects call the builders of a kind's addresses", () => {
  // An object key of the same name (schema.org's `embedUrl:`) is not a call.
  const builders =
    /\b(?:planUrl|abcUrl|issueUrl|articleUrl|capsuleUrl|embedUrl|stateUrl|regionUrl|commissionUrl|guarantorUrl|issueListPageUrl)\b(?!\s*:)/;
  const callers = [...sources('src'), ...sources('scripts')]
    .filter((file) => file !== join('src', 'lib', 'urls.ts') && builders.test(code(file)))
    .sort();
  // Each kind builds its own addresses (src/kinds/), and everything else asks the registry. A moved capsule
  // takes its player along (src/build/redirects.ts): no entry of the registry can say that.
  expect(callers.filter((file) => !file.startsWith(join('src', 'kinds') + '/'))).toEqual([
    join('src', 'build', 'redirects.ts'),
  ]);
  expect(callers).toContain(join('src', 'kinds', 'plans.ts'));
});
