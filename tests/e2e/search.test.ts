import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { accessibilityViolations, browserAndSite, watchThirdPartyRequests } from '#/tests/support/browser.ts';
import { readCollection } from '#/tests/support/content.ts';

const env = browserAndSite();

const open = async (path: string, options: BrowserContextOptions = {}): Promise<Page> => {
  const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage();
  await page.goto(`${env.site.url}${path}`);
  return page;
};

/** The result count the page announces, once a search has settled. */
async function announced(page: Page): Promise<string> {
  const status = page.getByRole('status');
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/resultado/);
  return status.innerText();
}

/** Addresses of the results the page shows once the search has settled (sub-results included). */
async function resultLinks(page: Page): Promise<string[]> {
  await announced(page);
  return page.locator('.results a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
}

const pagesOf = (links: string[]) => [...new Set(links.map((link) => link.split('#')[0]))];
/** Whether the page lists results, and only capsules: an empty list is not a list of capsules. */
const onlyCapsules = async (page: Page) => {
  const pages = pagesOf(await resultLinks(page));
  return pages.length > 0 && pages.every((path) => path?.startsWith('/capsulas/'));
};
const filterBox = (page: Page, name: RegExp) => page.locator('.search-filters').getByRole('checkbox', { name });
/** Opens one filter of the pane (they start closed, and each loads its values when opened). */
async function openFilter(page: Page, name: string) {
  const details = page.locator('.search-filters details').filter({ has: page.locator('summary', { hasText: name }) });
  if (!(await details.evaluate((node: HTMLDetailsElement) => node.open))) await details.locator('summary').click();
  await expect.poll(() => details.getByRole('checkbox').count()).toBeGreaterThan(0);
}
const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox');

test('a search without accents finds pages that write them', async () => {
  const page = await open('/buscar/?q=informacion');
  expect((await resultLinks(page)).length).toBeGreaterThan(0);
  const text = (await page.locator('.results').innerText()).toLowerCase();
  expect(text).toContain('información');
  await page.context().close();
});

test('a retired body is still found, and its result says «Retirado»; current results do not', async () => {
  const page = await open('/buscar/?q=INAI');
  await announced(page);
  const result = (href: string) => page.locator('.result').filter({ has: page.locator(`h3 a[href="${href}"]`) });
  await expect.poll(() => result('/organismos/inai/').getByText('Retirado', { exact: true }).isVisible()).toBe(true);
  const labelled = await page
    .locator('.result')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('h3 a')?.getAttribute('href'),
        Boolean(item.querySelector('[data-retired]')),
      ]),
    );
  expect(labelled).toContainEqual(['/organismos/inai/', true]);
  expect(labelled.some(([, retired]) => !retired)).toBe(true);
  await page.context().close();
});

test('a plural finds its singular (Spanish stemming), highlighted with <mark> and nothing else', async () => {
  const page = await open('/buscar/?q=capacitaciones');
  await resultLinks(page);
  const marks = await page.locator('.results .excerpt mark').allInnerTexts();
  expect(marks.map((mark) => mark.toLowerCase())).toContain('capacitación');
  const tags = await page.locator('.results .excerpt *').evaluateAll((nodes) => nodes.map((node) => node.localName));
  expect(new Set(tags)).toEqual(new Set(['mark']));
  await page.context().close();
});

test('a phrase from a plan line finds the plan, and its sub-result lands on the line', async () => {
  const page = await open('/buscar/?q=' + encodeURIComponent('videoconferencias del INEGI'));
  const links = await resultLinks(page);
  expect(pagesOf(links)[0]).toBe('/planes/region-norte-2019-2020/');
  const line = page.locator('.results .sub-results a[href*="#linea-1-2"]').first();
  await line.click();
  await page.waitForURL(/\/planes\/region-norte-2019-2020\/#linea-1-2$/);
  await expect.poll(async () => (await page.locator('#linea-1-2').boundingBox())?.y ?? 1e6).toBeLessThan(900);
  await page.context().close();
});

/** How many results the page announced. */
const countOf = async (page: Page) => Number(/^\d+/.exec(await announced(page))?.[0]);

/** Presses «show more» until every result is listed. */
async function showAll(page: Page) {
  const more = page.getByRole('button', { name: 'Mostrar más resultados' });
  const items = page.locator('.results > li');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
}

test('each filter narrows the results, and the address keeps them', async () => {
  const page = await open('/buscar/?q=transparencia');
  const all = await countOf(page);
  for (const [filter, value, prefix] of [
    ['tipo', 'Cápsula', '/capsulas/'],
    ['tipo', 'Plan', '/planes/'],
  ] as const) {
    const narrowed = await open(`/buscar/?q=transparencia&${filter}=${encodeURIComponent(value)}`);
    expect(await countOf(narrowed)).toBeLessThan(all);
    await showAll(narrowed);
    const pages = pagesOf(await resultLinks(narrowed));
    expect(pages.length, `${filter}=${value}`).toBeGreaterThan(0);
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
  await announced(page);
  await showAll(page);
  const pages = pagesOf(await resultLinks(page));
  expect(pages).toEqual(expect.arrayContaining(expected));
  expect(pages).not.toContain('/planes/info-cdmx-comunicacion-social-2023/');
  await page.context().close();
});

test('a booklet’s earlier edition is labelled as one, and the Cuadernillo type leaves editions out', async () => {
  const booklet = '/abc/abc-derecho-de-acceso-a-la-informacion/';
  const query = encodeURIComponent('Unidad de Transparencia de la institución');
  const page = await open(`/buscar/?q=${query}`);
  await announced(page);
  await showAll(page);
  const first = page.locator('.results > li').filter({ has: page.locator(`a[href="${booklet}ediciones/1/"]`) });
  expect(await first.locator('a').first().innerText()).toBe(
    'El ABC del derecho de acceso a la información pública, edición 1 (2024)',
  );
  expect(await first.locator('.meta').innerText()).toBe('Edición de cuadernillo · 15 de marzo de 2024');
  await page.context().close();
  const narrowed = await open(`/buscar/?q=${query}&tipo=Cuadernillo`);
  await announced(narrowed);
  await showAll(narrowed);
  const pages = pagesOf(await resultLinks(narrowed));
  expect(pages).toContain(booklet);
  expect(pages.filter((path) => path?.includes('/ediciones/'))).toEqual([]);
  await narrowed.context().close();
});

test('the Evento type with a state finds that state’s events, and the Convocatoria type every call', async () => {
  const events = await open(`/buscar/?tipo=Evento&estado=Chihuahua`);
  await announced(events);
  await showAll(events);
  expect(pagesOf(await resultLinks(events))).toEqual(['/eventos/foro-transparencia-en-la-frontera/']);
  await events.context().close();
  const calls = await open(`/buscar/?tipo=Convocatoria`);
  await announced(calls);
  await showAll(calls);
  expect(pagesOf(await resultLinks(calls)).sort()).toEqual([
    '/convocatorias/concurso-dibujo-infantil/',
    '/convocatorias/concurso-ensayo-gobierno-abierto/',
    '/convocatorias/concurso-spots-de-radio-universitarios/',
  ]);
  await calls.context().close();
});

test('a shared address restores its query, its filters and its order', async () => {
  const page = await open(`/buscar/?q=archivos&tipo=${encodeURIComponent('Cápsula')}&estado=Chihuahua&orden=fecha`);
  await resultLinks(page);
  expect(await searchBox(page).inputValue()).toBe('archivos');
  expect(await page.locator('#orden').inputValue()).toBe('fecha');
  for (const name of [/^Cápsula/, /^Chihuahua/]) {
    expect(await filterBox(page, name).isChecked()).toBe(true);
    expect(await filterBox(page, name).isVisible()).toBe(true);
  }
  expect(await filterBox(page, /^Plan/).isChecked()).toBe(false);
  await page.context().close();
});

test('typing a query and choosing the order update the address', async () => {
  const page = await open('/buscar/?tipo=C%C3%A1psula');
  await resultLinks(page);
  await searchBox(page).fill('datos');
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

test('the live region announces how many results a search found', async () => {
  const page = await open('/buscar/?q=transparencia');
  const status = page.getByRole('status');
  const [, total] = /^(\d+) resultados para «transparencia»$/.exec(await announced(page)) ?? [];
  expect(Number(total)).toBeGreaterThan(5);
  // The count is the whole search, not the first page: showing every page reaches it.
  await showAll(page);
  expect(await page.locator('.results > li').count()).toBe(Number(total));
  await searchBox(page).fill('zzzxq');
  await expect
    .poll(() => status.innerText())
    .toBe('No hay resultados para «zzzxq». Prueba con otras palabras o quita algún filtro.');
  await page.context().close();
});

test('«show more» adds results and moves the focus to the first new one', async () => {
  const page = await open('/buscar/?q=transparencia');
  await resultLinks(page);
  const items = page.locator('.results > li');
  const before = await items.count();
  await page.getByRole('button', { name: 'Mostrar más resultados' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => items.count()).toBeGreaterThan(before);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(focused).toBe(await items.nth(before).locator('h3 a').getAttribute('href'));
  await page.context().close();
});

test('the search page works by keyboard alone: type, filter, reach a result and open it', async () => {
  const page = await open('/buscar/');
  await searchBox(page).focus();
  await page.keyboard.type('transparencia');
  await page.keyboard.press('Enter');
  await resultLinks(page);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let tab = 0; tab < 10 && (await focusedText()) !== 'Tipo'; tab++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const box = filterBox(page, /^Cápsula/);
  await expect.poll(() => box.isVisible()).toBe(true);
  for (let tab = 0; tab < 10 && !(await box.evaluate((node) => node === document.activeElement)); tab++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.waitForURL(/tipo=C%C3%A1psula/);
  await expect.poll(() => onlyCapsules(page)).toBe(true);
  await searchBox(page).focus();
  await page.keyboard.press('ArrowDown');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(href).toMatch(/^\/capsulas\//);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === href);
  await page.context().close();
});

test.each([
  { width: 375, colorScheme: 'light' as const },
  { width: 375, colorScheme: 'dark' as const },
  { width: 1280, colorScheme: 'light' as const },
  { width: 1280, colorScheme: 'dark' as const },
])('the search page with results and filters passes axe-core at $width px, $colorScheme', async (options) => {
  const page = await open(`/buscar/?q=datos&tipo=${encodeURIComponent('Plan')}`, {
    viewport: { width: options.width, height: 900 },
    colorScheme: options.colorScheme,
  });
  await resultLinks(page);
  for (const name of ['Estado', 'Región', 'Comisión', 'Año']) await openFilter(page, name);
  await expect.poll(() => filterBox(page, /^Plan/).isVisible()).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.context().close();
});

test('ticking a filter narrows the results and writes it into the address', async () => {
  const page = await open('/buscar/?q=transparencia');
  await resultLinks(page);
  await openFilter(page, 'Tipo');
  expect(await filterBox(page, /^Cápsula/).getAttribute('name')).toBe('tipo');
  await filterBox(page, /^Cápsula/).check();
  await page.waitForURL(/tipo=C%C3%A1psula/);
  await expect.poll(() => onlyCapsules(page)).toBe(true);
  // Values of one filter add up: ticking «Plan» too brings plans back beside the capsules.
  await filterBox(page, /^Plan/).check();
  await page.waitForURL(/tipo=C%C3%A1psula.*tipo=Plan|tipo=Plan.*tipo=C%C3%A1psula/);
  await expect
    .poll(async () => {
      await showAll(page);
      return new Set(pagesOf(await resultLinks(page)).map((path) => path?.split('/')[1]));
    })
    .toEqual(new Set(['capsulas', 'planes']));
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
  const page = await (await env.browser.newContext()).newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${env.site.url}/capsulas/archivos-en-orden/`, { waitUntil: 'networkidle' });
  expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('#buscar-cabecera').fill('archivos');
  await page.locator('#buscar-cabecera').press('Enter');
  await page.waitForURL(/\/buscar\/\?q=archivos/);
  expect(pagesOf(await resultLinks(page))).toContain('/capsulas/archivos-en-orden/');
  await page.context().close();
});

test('Pagefind starts loading as /buscar/ opens, and no worker, thumbnails, prebuilt UI or closed filter load', async () => {
  const page = await (await env.browser.newContext()).newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${env.site.url}/buscar/`, { waitUntil: 'networkidle' });
  // The engine and its metadata, before anyone types: the first words wait less on a slow phone.
  await expect.poll(() => loaded).toContain('/pagefind/pagefind.js');
  await expect.poll(() => loaded.some((path) => path.endsWith('.pf_meta'))).toBe(true);
  await searchBox(page).fill('archivos');
  await resultLinks(page);
  await page.waitForLoadState('networkidle');
  expect(
    loaded.filter((path) =>
      /\.(webp|avif|png|jpe?g)$|pagefind-(component-)?ui|pagefind-worker|^\/pagefind\/.*\.css$/.test(path),
    ),
  ).toEqual([]);
  // A closed filter costs nothing; opening one fetches its values and counts.
  expect(loaded.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
  await openFilter(page, 'Tipo');
  expect(loaded.filter((path) => path.startsWith('/pagefind/filter/'))).toHaveLength(1);
  expect(await filterBox(page, /^Cápsula \(\d+\)$/).isVisible()).toBe(true);
  await page.context().close();
});

/** The sections a reader is offered when a search finds nothing or cannot run. */
async function offeredSections(page: Page) {
  const browse = page.getByRole('navigation', { name: 'O explora las secciones del sitio' });
  await expect.poll(() => browse.isVisible()).toBe(true);
  return browse.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
}

test('a search with no results says so and offers the lists and hubs to browse', async () => {
  const page = await open('/buscar/?q=zqxjkw');
  expect(await announced(page).catch(async () => page.getByRole('status').innerText())).toContain(
    'No hay resultados para «zqxjkw»',
  );
  expect(await offeredSections(page)).toEqual(
    expect.arrayContaining(['/planes/', '/capsulas/', '/eventos/', '/convocatorias/', '/estados/', '/comisiones/']),
  );
  await searchBox(page).fill('archivos');
  await resultLinks(page);
  await expect.poll(() => page.locator('.browse').isVisible()).toBe(false);
  await page.context().close();
});

test('while the engine is on its way a search says it is searching; if the network fails, it says so', async () => {
  const page = await (await env.browser.newContext()).newPage();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.site.url}/buscar/`);
  await searchBox(page).fill('archivos');
  await expect.poll(() => page.getByRole('status').innerText()).toBe('Buscando…');
  release();
  expect((await resultLinks(page)).length).toBeGreaterThan(0);
  await page.context().close();

  const offline = await (await env.browser.newContext()).newPage();
  await offline.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await offline.goto(`${env.site.url}/buscar/`);
  await searchBox(offline).fill('archivos');
  await expect.poll(() => offline.getByRole('status').innerText()).toContain('No se pudo cargar la búsqueda');
  expect(await offeredSections(offline)).toContain('/capsulas/');
  await offline.context().close();
});

/** Words of a text, lower-cased, without punctuation: how an excerpt and a page's prose are compared. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A built page's prose: its text blocks outside what the index leaves out, in order, as a reader sees them. */
function proseOf(path: string): string {
  const main = parseHtml(readFileSync(`dist${path}index.html`, 'utf8')).querySelector('main');
  // A list's labels are not prose, except the glossary's terms: there the term is what a reader looks for.
  return (main?.querySelectorAll('h1, h2, h3, h4, p, li, td, th, blockquote, dd, dl.terms > dt') ?? [])
    .filter(
      (block) =>
        !block.closest('[data-pagefind-ignore]') &&
        (block.tagName === 'DT' || !block.closest('dt')) &&
        !block.querySelector('p, li'),
    )
    .map((block) => block.text)
    .join(' ');
}

test.each(['capacitaciones', 'transparencia', 'archivos'])(
  'every excerpt for «%s» is the entry’s own prose, never a label, a banner or a fallback',
  async (query) => {
    const page = await open(`/buscar/?q=${encodeURIComponent(query)}`);
    await announced(page);
    await showAll(page);
    const results = await page.locator('.results > li').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        excerpt: item.querySelector(':scope > .excerpt')?.textContent ?? '',
      })),
    );
    await page.context().close();
    expect(results.length).toBeGreaterThan(0);
    for (const { href, excerpt } of results) expect(` ${words(proseOf(href))} `, href).toContain(` ${words(excerpt)} `);
  },
);

test('each result is titled as a reader sees the heading of the page it opens, word for word', async () => {
  // «instituto» finds the guarantor bodies, whose headings set an acronym above the full name.
  const page = await open('/buscar/?q=instituto');
  await announced(page);
  await showAll(page);
  const results = await page
    .locator('.results > li > h3 > a')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', title: link.textContent })));
  expect(results.filter(({ href }) => href.startsWith('/organismos/')).length).toBeGreaterThan(3);
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.join(' ');
  for (const { href, title } of results) {
    await page.goto(`${env.site.url}${href}`);
    expect(words(title), href).toBe(words(await page.locator('h1').innerText()));
  }
  await page.context().close();
});

test('without JavaScript the page says search needs it and links to the sections to browse', async () => {
  const page = await open('/buscar/?q=archivos', { javaScriptEnabled: false });
  // Playwright's text and role locators skip <noscript>, so these read the rendered note directly.
  const note = page.locator('main .note');
  expect(await note.isVisible()).toBe(true);
  expect(await note.innerText()).toContain('La búsqueda necesita JavaScript');
  const links = await note
    .locator('a')
    .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
  expect(links).toEqual(
    expect.arrayContaining([
      ['Planes de trabajo', '/planes/'],
      ['Cápsulas', '/capsulas/'],
      ['Entidades', '/estados/'],
    ]),
  );
  await page.context().close();
});

test('a search works under the site’s Content-Security-Policy and asks nothing of another origin', async () => {
  // The site's own policy, as nginx serves it (header) and Astro writes it (<meta>).
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const thirdParty = watchThirdPartyRequests(page, env.site.url);
  await page.goto(`${env.site.url}/buscar/?q=${encodeURIComponent('videoconferencias del INEGI')}&tipo=Plan`);
  expect(await resultLinks(page)).toContain('/planes/region-norte-2019-2020/#linea-1-2');
  await searchBox(page).fill('transparencia');
  await filterBox(page, /^Cápsula/).check();
  await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^9 resultados/);
  await page.getByRole('button', { name: 'Mostrar más resultados' }).click();
  await page.waitForLoadState('networkidle');
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  expect(await violations()).toEqual([]);
  expect(await page.locator('main [style]').count()).toBe(0);
  expect(thirdParty).toEqual([]);
  // The policy was really enforced: an inline style set now is reported.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
  await context.close();
});
