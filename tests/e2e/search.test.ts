import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, serveSite } from '../support/browser';
import { readCollection } from '../support/content';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveSite()]);
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

const open = async (path: string): Promise<Page> => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${site.url}${path}`);
  return page;
};

/** Addresses of the results the page shows once the search has settled (sub-results included). */
async function resultLinks(page: Page): Promise<string[]> {
  const links = page.locator('pagefind-results a[href]');
  await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  return (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))).filter(Boolean);
}

const pagesOf = (links: string[]) => [...new Set(links.map((link) => link.split('#')[0]))];

test('a search without accents finds pages that write them', async () => {
  const page = await open('/buscar/?q=informacion');
  const links = await resultLinks(page);
  expect(links.length).toBeGreaterThan(0);
  const text = (await page.locator('pagefind-results').innerText()).toLowerCase();
  expect(text).toContain('información');
  await page.context().close();
});

test('a plural finds its singular (Spanish stemming)', async () => {
  const page = await open('/buscar/?q=capacitaciones');
  await resultLinks(page);
  const marks = await page.locator('pagefind-results mark').allInnerTexts();
  expect(marks.map((mark) => mark.toLowerCase())).toContain('capacitación');
  await page.context().close();
});

test('a phrase from a plan line finds the plan, and its sub-result lands on the line', async () => {
  const page = await open('/buscar/?q=' + encodeURIComponent('videoconferencias del INEGI'));
  const links = await resultLinks(page);
  expect(pagesOf(links)[0]).toBe('/planes/region-norte-2019-2020/');
  const line = page.locator('pagefind-results a[href*="#linea-1-2"]').first();
  await line.click();
  await page.waitForURL(/\/planes\/region-norte-2019-2020\/#linea-1-2$/);
  await expect.poll(async () => (await page.locator('#linea-1-2').boundingBox())?.y ?? 1e6).toBeLessThan(900);
  await page.context().close();
});

test('each filter narrows the results, and the address keeps them', async () => {
  const page = await open('/buscar/?q=transparencia');
  const all = pagesOf(await resultLinks(page));
  for (const [filter, value, prefix] of [
    ['tipo', 'Cápsula', '/capsulas/'],
    ['tipo', 'Plan', '/planes/'],
  ] as const) {
    const narrowed = await open(`/buscar/?q=transparencia&${filter}=${encodeURIComponent(value)}`);
    const pages = pagesOf(await resultLinks(narrowed));
    expect(pages.length).toBeLessThan(all.length);
    for (const path of pages) expect(path?.startsWith(prefix), path).toBe(true);
    await narrowed.context().close();
  }
  await page.context().close();
});

test.each([
  ['estado', 'Chihuahua', ['/planes/comision-vinculacion-2022/', '/capsulas/como-presentar-una-solicitud/']],
  ['region', 'Centro-Occidente', ['/planes/region-centro-occidente-2021-2022/']],
  ['comision', 'Archivos', ['/capsulas/archivos-en-orden/']],
  ['anio', '2024', ['/planes/comision-vinculacion-2023-2024/']],
])('the %s filter alone (%s) lists what belongs to it', async (filter, value, expected) => {
  const page = await open(`/buscar/?${filter}=${encodeURIComponent(value)}`);
  const pages = pagesOf(await resultLinks(page));
  expect(pages).toEqual(expect.arrayContaining(expected));
  expect(pages).not.toContain('/planes/info-cdmx-comunicacion-social-2023/');
  await page.context().close();
});

test('a shared address shows its query in the box and its filters ticked', async () => {
  const page = await open(`/buscar/?q=archivos&tipo=${encodeURIComponent('Cápsula')}`);
  await resultLinks(page);
  expect(await page.locator('pagefind-input input').inputValue()).toBe('archivos');
  await expect
    .poll(() =>
      page
        .locator('pagefind-filter-pane')
        .getByLabel(/^Cápsula/)
        .isChecked(),
    )
    .toBe(true);
  await page.context().close();
});

test('typing a query and choosing the order update the address', async () => {
  const page = await open('/buscar/?tipo=C%C3%A1psula');
  await resultLinks(page);
  await page.locator('pagefind-input input').fill('datos');
  await page.waitForURL(/q=datos/);
  expect(new URL(page.url()).searchParams.get('tipo')).toBe('Cápsula');
  await page.locator('#orden').selectOption('fecha');
  await page.waitForURL(/orden=fecha/);
  await page.context().close();
});

test('sorting by date lists capsules newest first', async () => {
  const newestFirst = readCollection('capsulas')
    .sort((a, b) => String(b.data['fecha']).localeCompare(String(a.data['fecha'])))
    .map((capsule) => `/capsulas/${capsule.id}/`);
  const page = await open(`/buscar/?tipo=${encodeURIComponent('Cápsula')}&orden=fecha`);
  expect(pagesOf(await resultLinks(page))).toEqual(newestFirst);
  await page.context().close();
});

test('the search page passes axe-core and works by keyboard', async () => {
  const page = await open('/buscar/?q=archivos');
  await resultLinks(page);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.locator('pagefind-input input').focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null);
  expect(focused).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/buscar/'));
  await page.context().close();
});

test.each([
  { width: 375, colorScheme: 'light' as const },
  { width: 375, colorScheme: 'dark' as const },
  { width: 1280, colorScheme: 'dark' as const },
])('the search page with results passes axe-core at $width px, $colorScheme', async (options) => {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    colorScheme: options.colorScheme,
  });
  const page = await context.newPage();
  await page.goto(`${site.url}/buscar/?q=datos`);
  await resultLinks(page);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await context.close();
});

test('ticking a filter narrows the results and writes it into the address', async () => {
  const page = await open('/buscar/?q=transparencia');
  await resultLinks(page);
  await page
    .locator('pagefind-filter-pane')
    .getByLabel(/^Cápsula/)
    .check();
  await page.waitForURL(/tipo=C%C3%A1psula/);
  await expect
    .poll(async () => pagesOf(await resultLinks(page)).every((path) => path?.startsWith('/capsulas/')))
    .toBe(true);
  await page.context().close();
});

test('a hub links to a search narrowed to it', async () => {
  const page = await open('/estados/chihuahua/');
  await page.getByRole('link', { name: 'Buscar en Chihuahua' }).click();
  await page.waitForURL(/\/buscar\/\?estado=Chihuahua$/);
  expect(pagesOf(await resultLinks(page))).toContain('/capsulas/como-presentar-una-solicitud/');
  await page.context().close();
});

test('pages other than /buscar/ load no search code, even when the header search is used', async () => {
  const page = await (await browser.newContext()).newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}/capsulas/archivos-en-orden/`, { waitUntil: 'networkidle' });
  expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('#buscar-cabecera').fill('archivos');
  await page.locator('#buscar-cabecera').press('Enter');
  await page.waitForURL(/\/buscar\/\?q=archivos/);
  expect(pagesOf(await resultLinks(page))).toContain('/capsulas/archivos-en-orden/');
  await page.context().close();
});
