import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readCollection, type RawEntry } from '#/tests/support/content.ts';

// Every cover and poster carries the alternative text its entry gives: an empty `alt` would turn the
// picture decorative without a word of warning. `npm test` builds dist/ before vitest runs.

/** A built page, read when a test asks for it: a page that was not built fails that test. */
const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const meta = (root: HTMLElement, key: string) =>
  root.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((tag) => tag.getAttribute('content'));
const field = (entry: RawEntry | undefined, name: string) => (entry?.data[name] as string | undefined)?.trim() ?? '';

const published = (collection: string) => readCollection(collection).filter((entry) => !entry.data['borrador']);
const booklets = published('abc');
const issues = published('revista');
const articles = published('articulos');
const capsules = published('capsulas');
const issuePath = (issue: RawEntry | undefined) => `/revista/${String(issue?.data['numero'])}/`;

/** Each entry page, the alternative text of its picture, and whether the page shows that picture as its cover. */
const pictures = [
  ...booklets.map((booklet) => ({ path: `/abc/${booklet.id}/`, alt: field(booklet, 'portadaAlt'), cover: true })),
  ...issues.map((issue) => ({ path: issuePath(issue), alt: field(issue, 'portadaAlt'), cover: true })),
  // An article is shared with its issue's cover.
  ...articles.map((article) => {
    const issue = issues.find(({ id }) => id === article.data['revista']);
    return { path: `${issuePath(issue)}${article.id}/`, alt: field(issue, 'portadaAlt'), cover: false };
  }),
  // The poster on a capsule page is part of the play button, which its label names: only the shared picture has the text.
  ...capsules.map((capsule) => ({ path: `/capsulas/${capsule.id}/`, alt: field(capsule, 'posterAlt'), cover: false })),
];

test('every collection with a picture has entries to check', () => {
  expect([booklets, issues, articles, capsules].map((entries) => entries.length > 0)).toEqual([true, true, true, true]);
});

describe.each(pictures)('$path', ({ path, alt }) => {
  test('shares its picture with its entry’s alternative text', () => {
    expect(alt.length).toBeGreaterThan(10);
    const root = page(path);
    expect(meta(root, 'og:image:alt')).toEqual([alt]);
    expect(meta(root, 'twitter:image:alt')).toEqual([alt]);
  });
});

describe.each(pictures.filter(({ cover }) => cover))('$path', ({ path, alt }) => {
  test('shows its cover with that text', () => {
    expect(
      page(path)
        .querySelectorAll('main img.cover')
        .map((img) => img.getAttribute('alt')),
    ).toEqual([alt]);
  });
});

test('the home page shows the latest issue’s cover with that issue’s alternative text', () => {
  const latest = page('/').querySelector('.latest-issue');
  const href = latest?.querySelector('a[href^="/revista/"]')?.getAttribute('href');
  const issue = issues.find((entry) => issuePath(entry) === href);
  expect(issue, `número enlazado: ${String(href)}`).toBeDefined();
  expect(latest?.querySelectorAll('img.cover').map((img) => img.getAttribute('alt'))).toEqual([
    field(issue, 'portadaAlt'),
  ]);
});
