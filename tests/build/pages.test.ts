import { existsSync, readFileSync } from 'node:fs';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const page = (path: string): string => readFileSync(`dist${path}index.html`, 'utf8');
const data = <T>(name: string): T[] => dataEntries(readFileSync(`content/${name}.yaml`, 'utf8'), name) as T[];

const issues = readCollection('revista');
const issueNumber = (id: string) => issues.find((issue) => issue.id === id)?.data['numero'];
const articles = readCollection('articulos').map((article) => ({
  ...article,
  url: `/revista/${String(issueNumber(String(article.data['revista'])))}/${article.id}/`,
}));
const capsules = readCollection('capsulas').map((capsule) => ({ ...capsule, url: `/capsulas/${capsule.id}/` }));
const booklets = readCollection('abc').map((booklet) => ({ ...booklet, url: `/abc/${booklet.id}/` }));

describe.each([
  ...readCollection('planes').map((plan) => [`/planes/${plan.id}/`, plan.data] as const),
  ...booklets.map((booklet) => [booklet.url, booklet.data] as const),
  ...issues.map((issue) => [`/revista/${String(issue.data['numero'])}/`, issue.data] as const),
  ...articles.map((article) => [article.url, article.data] as const),
  ...capsules.map((capsule) => [capsule.url, capsule.data] as const),
])('%s', (path, entry) => {
  const html = existsSync(`dist${path}index.html`) ? page(path) : '';

  test('exists, with the entry title as its only h1', () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(String(entry['titulo']));
  });

  test(entry['ejemplo'] ? 'says it is example content' : 'is not flagged as an example', () => {
    expect(html.includes('Contenido de ejemplo')).toBe(Boolean(entry['ejemplo']));
  });

  test('has a breadcrumb trail', () => {
    expect(html).toContain('aria-label="Ruta de navegación"');
  });

  test('offers «Editar esta página» on its source file and says when it last changed', () => {
    expect(html).toMatch(
      /href="https:\/\/[^"]+\/edit\/main\/content\/[a-z]+\/[a-z0-9-]+\.mdx?"[^>]*>Editar esta página</,
    );
    expect(html).toMatch(/Última actualización: <time datetime="\d{4}-\d{2}-\d{2}"/);
  });
});

test('the last update comes from the frontmatter when the editor gives it', () => {
  const booklet = booklets.find((entry) => entry.data['actualizado']);
  const day = new Date(String(booklet?.data['actualizado'])).toISOString().slice(0, 10);
  expect(page(booklet?.url ?? '')).toContain(`Última actualización: <time datetime="${day}"`);
});

describe.each([
  ['/', 'home'],
  ['/planes/', 'plans'],
  ['/abc/', 'booklets'],
  ['/revista/', 'issues'],
  ['/capsulas/', 'capsules'],
  ['/estados/', 'states'],
  ['/regiones/', 'regions'],
  ['/comisiones/', 'commissions'],
  ['/organismos/', 'bodies'],
])('list %s', (path) => {
  test('exists', () => expect(existsSync(`dist${path}index.html`)).toBe(true));
});

describe.each([
  ['estados', 32],
  ['regiones', 4],
  ['comisiones', 11],
  ['organismos', data('organismos').length],
])('every one of the %s has its hub', (collection, count) => {
  const ids = data<{ id: string }>(collection).map((item) => item.id);
  test(`all ${count}`, () => {
    expect(ids).toHaveLength(count);
    for (const id of ids) expect(existsSync(`dist/${collection}/${id}/index.html`), id).toBe(true);
  });
});

const bodies = data<{ id: string; estado?: string; sitio: string }>('organismos');
const states = data<{ id: string; region: string }>('estados');
const regionOf = (state: string) => states.find((candidate) => candidate.id === state)?.region;

test('each capsule is listed on its state, region, commission and body hubs', () => {
  for (const capsule of capsules) {
    const { estado, comision, organismo } = capsule.data as Record<string, string>;
    const hubs = [
      `/estados/${String(estado)}/`,
      `/regiones/${String(regionOf(estado ?? ''))}/`,
      `/comisiones/${String(comision)}/`,
    ];
    if (organismo) hubs.push(`/organismos/${organismo}/`);
    for (const hub of hubs) expect(page(hub), `${capsule.url} in ${hub}`).toContain(`href="${capsule.url}"`);
  }
});

test('each article is listed on the hubs of its states and commissions', () => {
  const hubs = articles.flatMap((article) => {
    const { estados = [], comisiones = [] } = article.data as Record<string, string[]>;
    return [...estados.map((id) => `/estados/${id}/`), ...comisiones.map((id) => `/comisiones/${id}/`)].map(
      (hub) => [article.url, hub] as const,
    );
  });
  expect(hubs.length).toBeGreaterThan(0);
  for (const [url, hub] of hubs) expect(page(hub), `${url} in ${hub}`).toContain(`href="${url}"`);
});

test('each plan is listed on the hub of its instance and of the body that presents it', () => {
  for (const plan of readCollection('planes')) {
    const { instancia, presenta } = plan.data as { instancia: string; presenta: { organismo: string } };
    const instanceId = String(plan.data[instancia]);
    const folder = { comision: 'comisiones', region: 'regiones', organismo: 'organismos' }[instancia];
    for (const hub of [`/${String(folder)}/${instanceId}/`, `/organismos/${presenta.organismo}/`]) {
      expect(page(hub), `${plan.id} in ${hub}`).toContain(`href="/planes/${plan.id}/"`);
    }
  }
});

test('a state hub does not list what belongs elsewhere', () => {
  const elsewhere = capsules.filter(
    (capsule) => capsule.data['estado'] !== 'chihuahua' && capsule.data['organismo'] !== 'ichitaip',
  );
  expect(elsewhere.length).toBeGreaterThan(0);
  // The hub lists its own capsule, so the absence of the others is not that of every capsule.
  const own = capsules.find((capsule) => capsule.data['estado'] === 'chihuahua');
  expect(page('/estados/chihuahua/')).toContain(`href="${String(own?.url)}"`);
  for (const capsule of elsewhere) expect(page('/estados/chihuahua/')).not.toContain(`href="${capsule.url}"`);
});

test('a body hub shows its directory card with its official website', () => {
  for (const body of bodies) expect(page(`/organismos/${body.id}/`)).toContain(`href="${body.sitio}"`);
});

test('a region hub lists its states', () => {
  const southeast = states.filter((candidate) => candidate.region === 'sureste');
  expect(southeast).toHaveLength(7);
  for (const state of southeast) {
    expect(page('/regiones/sureste/')).toContain(`href="/estados/${state.id}/"`);
  }
});

test('every booklet page offers its PDF with its size', () => {
  for (const booklet of booklets) {
    expect(page(booklet.url)).toContain(`href="${String(booklet.data['pdf'])}"`);
    expect(page(booklet.url)).toMatch(/\d+(,\d+)? KB/);
  }
});

test('every article links back to its issue', () => {
  for (const article of articles) {
    const issue = `/revista/${String(issueNumber(String(article.data['revista'])))}/`;
    expect(page(article.url)).toContain(`href="${issue}"`);
    expect(page(issue)).toContain(`href="${article.url}"`);
  }
});

test('self-hosted capsules play in a native video with Spanish captions; YouTube ones wait behind a facade', () => {
  const videos = capsules.map((capsule) => capsule.data['video'] as { archivo?: string });
  expect([videos.some((video) => video.archivo), videos.some((video) => !video.archivo)]).toEqual([true, true]);
  for (const capsule of capsules) {
    const html = page(capsule.url);
    const video = capsule.data['video'] as { archivo?: string; subtitulos?: string; youtube?: string };
    if (video.archivo) {
      expect(html).toContain(`src="${video.archivo}"`);
      expect(html).toMatch(
        new RegExp(
          `<track[^>]*kind="captions"[^>]*src="${video.subtitulos ?? ''}"|<track[^>]*src="${video.subtitulos ?? ''}"[^>]*kind="captions"`,
        ),
      );
    } else {
      expect(html).toContain(`data-youtube-id="${video.youtube ?? ''}"`);
      expect(html).not.toContain('<iframe');
      expect(html).not.toMatch(/ytimg|youtube\.com\/vi\//);
    }
    expect(html).toContain('id="transcripcion"');
  }
});

test('the 404 page is in Spanish and offers a way forward', () => {
  const html = readFileSync('dist/404.html', 'utf8');
  expect(html).toContain('lang="es-MX"');
  expect(html).toContain('action="/buscar/"');
  for (const section of ['/', '/planes/', '/abc/', '/revista/', '/capsulas/'])
    expect(html).toContain(`href="${section}"`);
});

test('pages ship no client JavaScript but the video facade', () => {
  const withScript = [
    '/',
    '/planes/',
    ...readCollection('planes').map((plan) => `/planes/${plan.id}/`),
    ...booklets.map((booklet) => booklet.url),
    ...articles.map((article) => article.url),
    '/estados/chihuahua/',
  ].filter((path) => /<script(?![^>]*type="application\/(ld\+)?json")/.test(page(path)));
  expect(withScript).toEqual([]);
});
