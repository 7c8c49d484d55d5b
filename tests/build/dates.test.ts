import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';

// A date is shown and emitted only as far as it is known: the plans' sources give a month or a year.
// `npm test` builds dist/ before vitest runs.

const plans = readCollection('planes').map((plan) => ({ id: plan.id, fecha: String(plan.data['fecha']) }));
const partial = plans.filter((plan) => plan.fecha.length < 10);

test('the plans carry what their sources say: January 2022 for the 2022 proposal, the year for the rest', () => {
  expect(Object.fromEntries(plans.map((plan) => [plan.id, plan.fecha]))).toEqual({
    'comision-vinculacion-2022': '2022-01',
    'comision-vinculacion-2023-2024': '2023',
    'info-cdmx-comunicacion-social-2023': '2023',
    'region-centro-occidente-2021-2022': '2021',
    'region-norte-2019-2020': '2019',
  });
});

test('no page, feed, dataset or sitemap writes a day nobody wrote', () => {
  for (const file of [
    'dist/planes/index.html',
    'dist/index.html',
    'dist/feed.xml',
    'dist/planes/feed.xml',
    'dist/datos/planes.json',
    'dist/datos/planes.csv',
    ...plans.map((plan) => `dist/planes/${plan.id}/index.html`),
  ]) {
    // The search index's sort key is the first day a date may be: ordering, never shown.
    const text = readFileSync(file, 'utf8').replace(/<span data-pagefind-sort="fecha">[^<]*<\/span>/g, '');
    expect(text, file).not.toMatch(/1 de enero de 20(19|21|22|23)|20(19|21|22|23)-01-01/);
  }
});

test('a plan known to the month or the year reads so on its card and in its structured data', () => {
  // /planes/ shows each plan's period, not its date: the home page's cards show the date.
  const list = parseHtml(readFileSync('dist/index.html', 'utf8'));
  expect(partial.length).toBeGreaterThan(0);
  for (const plan of partial) {
    const page = parseHtml(readFileSync(`dist/planes/${plan.id}/index.html`, 'utf8'));
    const data = page
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.text) as Record<string, unknown>)
      .find((item) => item['@type'] === 'Report');
    expect(data?.['datePublished'], plan.id).toBe(plan.fecha);
    const card = list.querySelector(`a[href="/planes/${plan.id}/"]`)?.closest('li');
    expect(card?.querySelector('time')?.getAttribute('datetime'), plan.id).toBe(plan.fecha);
  }
});

test('a feed item without a known day has no pubDate; one with a day keeps it', () => {
  const feed = readFileSync('dist/feed.xml', 'utf8');
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item = '']) => item);
  const planItems = items.filter((item) => item.includes('/planes/'));
  const capsuleItems = items.filter((item) => item.includes('/capsulas/'));
  expect(planItems.length).toBeGreaterThan(0);
  expect(capsuleItems.length).toBeGreaterThan(0);
  for (const item of planItems) expect(item).not.toContain('<pubDate>');
  for (const item of capsuleItems) expect(item).toContain('<pubDate>');
});
