import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { startNginx } from '#/scripts/herramientas/servidor.ts';
import { ACCESS_LOG_DAYS } from '#/src/config.ts';
import { readCollection } from '#/tests/support/content.ts';
import { browserAndSite, watchCspViolations, watchThirdPartyRequests } from '#/tests/support/browser.ts';
import { serviceTemplates, templates } from '#/tests/support/templates.ts';

const env = browserAndSite();

const head = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${env.site.url}${path}`, { headers, redirect: 'manual' });

const stylesheet = `/_astro/${readdirSync('dist/_astro').find((file) => file.endsWith('.css')) ?? ''}`;
const embed = serviceTemplates.find((path) => path.startsWith('/embed/')) ?? '';

describe.each([
  ['a page', '/capsulas/', 200],
  ['the 404 page', '/esta-pagina-no-existe/', 404],
  ['an embeddable player', embed, 200],
  ['a dataset', '/datos/capsulas.csv', 200],
])('%s as served', (_kind, path, status) => {
  test('carries the security headers', async () => {
    const response = await head(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain('frame-src https://www.youtube-nocookie.com');
    expect(csp).toContain(path === embed ? 'frame-ancestors *' : "frame-ancestors 'self'");
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

test('a stylesheet and the search engine’s files carry only what applies to any response, not the page policy', async () => {
  const meta = readdirSync('dist/pagefind').find((name) => name.endsWith('.pf_meta')) ?? '';
  const chunk = readdirSync('dist/pagefind/index')[0] ?? '';
  for (const path of [stylesheet, '/pagefind/pagefind.js', `/pagefind/${meta}`, `/pagefind/index/${chunk}`]) {
    const response = await head(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8,}/);
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    for (const name of [
      'content-security-policy',
      'permissions-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
    ])
      expect(response.headers.get(name), `${path} ${name}`).toBeNull();
  }
  // The engine keeps its file names from one build to the next: checked again after a short while.
  expect((await head('/pagefind/pagefind.js')).headers.get('cache-control')).toBe(
    'public, max-age=300, must-revalidate',
  );
});

test('hashed assets are cached for a year, pages are checked on every visit', async () => {
  expect((await head(stylesheet)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await head('/capsulas/')).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
});

test('an audio file is served in ranges, as audio/mpeg, and kept a year under its hashed name', async () => {
  const id = readCollection('audios')[0]?.id ?? '';
  const page = readFileSync(`dist/audios/${id}/index.html`, 'utf8');
  const src = /<source src="([^"]+\.mp3)" type="audio\/mpeg"/.exec(page)?.[1] ?? '';
  expect(src).toMatch(/^\/media\/fijos\/[a-z0-9-]+\.[0-9a-f]{12}\.mp3$/);
  const size = readFileSync(`dist${src}`).length;
  const first = await head(src, { range: 'bytes=0-1023' });
  expect(first.status).toBe(206);
  expect(first.headers.get('content-type')).toBe('audio/mpeg');
  expect(first.headers.get('content-range')).toBe(`bytes 0-1023/${size}`);
  expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(Buffer.from(await first.arrayBuffer()).equals(readFileSync(`dist${src}`).subarray(0, 1024))).toBe(true);
  // A player seeking to the end asks for the rest.
  const rest = await head(src, { range: `bytes=${size - 100}-` });
  expect(rest.status).toBe(206);
  expect((await rest.arrayBuffer()).byteLength).toBe(100);
});

test('only the embeddable player may be framed by other sites', async () => {
  expect((await head('/capsulas/')).headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect((await head(embed)).headers.get('x-frame-options')).toBeNull();
});

test('datasets can be read by other sites’ pages', async () => {
  expect((await head('/datos/capsulas.json')).headers.get('access-control-allow-origin')).toBe('*');
});

test('a calendar is served as text/calendar in UTF-8, kept five minutes like a feed, and a calendar program reads it', async () => {
  const response = await head('/eventos/calendario.ics', { 'accept-encoding': 'br' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(response.headers.get('content-encoding')).toBe('br');
  expect(response.headers.get('cache-control')).toBe((await head('/eventos/feed.xml')).headers.get('cache-control'));
  expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  const calendar = ICAL.Component.fromString(await response.text());
  const titles = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary);
  const published = readCollection('eventos').filter((event) => !event.data['borrador']);
  expect(titles.sort()).toEqual(published.map((event) => String(event.data['titulo'])).sort());
});

test('an address without its final slash is sent to the one with it', async () => {
  const response = await head('/capsulas');
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe('/capsulas/');
});

test('an unknown address answers 404 with the Spanish page', async () => {
  const response = await head('/esta-pagina-no-existe/');
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Página no encontrada');
});

test('the files written for hosts are not served', async () => {
  for (const file of ['/_headers', '/_redirects', '/_nginx-redirecciones.conf']) {
    expect((await head(file)).status, file).toBe(404);
  }
});

describe.each([
  ['br', brotliDecompressSync],
  ['gzip', gunzipSync],
])('asked for %s', (encoding, decompress) => {
  test.each(['/capsulas/', stylesheet, '/datos/capsulas.json'])('%s arrives compressed, intact', async (path) => {
    const response = await head(path, { 'accept-encoding': encoding });
    expect(response.headers.get('content-encoding')).toBe(encoding);
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    // fetch would decompress; read the raw bytes from a second request without its help.
    const raw = Buffer.from(
      await (await fetch(`${env.site.url}${path}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
    );
    const file = path.endsWith('/') ? `dist${path}index.html` : `dist${path}`;
    expect(raw.equals(readFileSync(file))).toBe(true);
    // fetch undoes the encoding: what it hands over must be the file.
    expect(Buffer.from(await response.arrayBuffer()).equals(raw)).toBe(true);
    // A page has no copy: nginx compresses it as it sends it; the rest comes from its copy.
    if (!file.endsWith('.html')) {
      expect(decompress(readFileSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`)).equals(raw)).toBe(true);
    }
  });
});

describe('in Chromium, under the site’s Content-Security-Policy', () => {
  test.each([...templates, ...serviceTemplates])(
    '%s breaks no rule of the policy and contacts no other site',
    async (path) => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const violations = await watchCspViolations(page);
      const thirdParty = watchThirdPartyRequests(page, env.site.url);
      const response = await page.goto(`${env.site.url}${path}`, { waitUntil: 'networkidle' });
      // A template whose entry is gone would check some other page: its address must be whole and answer.
      expect(path).not.toMatch(/\/\/|\/undefined\//);
      expect(response?.status(), path).toBe(path === '/esta-pagina-no-existe/' ? 404 : 200);
      expect(violations).toEqual([]);
      expect(thirdParty).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    },
  );
});

test('Pagefind’s index arrives brotli-compressed, unpacked as Pagefind expects', async () => {
  const meta = `/pagefind/${readdirSync('dist/pagefind').find((file) => file.endsWith('.pf_meta')) ?? ''}`;
  for (const path of [meta, '/pagefind/wasm.es-mx.pagefind']) {
    const response = await head(path, { 'accept-encoding': 'br' });
    expect(response.headers.get('content-encoding'), path).toBe('br');
    // What the browser hands Pagefind after undoing brotli: its unpacked format, smaller on the wire than its gzip.
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 12).toString('latin1'), path).toBe('pagefind_dcd');
    expect(readFileSync(`dist${path}.br`).length, path).toBeLessThan(readFileSync(`dist${path}`).length);
  }
});

test('Pagefind’s index chunks and result fragments arrive as Pagefind packed them, not gzipped again', async () => {
  const first = (folder: string) =>
    String(readdirSync(`dist/pagefind/${folder}`).find((file) => !/\.(?:gz|br)$/.test(file)));
  for (const path of [`/pagefind/index/${first('index')}`, `/pagefind/fragment/${first('fragment')}`]) {
    const response = await head(path, { 'accept-encoding': 'br, gzip' });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-encoding'), path).toBeNull();
    expect(response.headers.get('content-type'), path).toBe('application/octet-stream');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(`dist${path}`)), path).toBe(true);
  }
});

test('the access log keeps what the privacy page says: no last octet, no query, no referring page', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'snt-registro-'));
  const log = join(folder, 'accesos.log');
  const server = await startNginx('dist', undefined, { accessLog: log });
  try {
    await fetch(`${server.url}/buscar/?q=mi+busqueda+privada`, {
      headers: { referer: `${server.url}/capsulas/?q=otra+busqueda` },
    });
  } finally {
    await server.close();
  }
  const written = readFileSync(log, 'utf8');
  const lines = written.trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(/^127\.0\.0\.0 \[.+\] "GET \/\S* HTTP\/1\.1" \d{3} \d+ "[^"]*"$/);
  expect(lines.filter((line) => line.includes('"GET /buscar/ HTTP/1.1" 200'))).toHaveLength(1);
  expect(written).not.toMatch(/busqueda|127\.0\.0\.1|capsulas/);
  rmSync(folder, { recursive: true, force: true });
});

test('the privacy page states how long the server keeps that log', () => {
  const page = readFileSync('dist/aviso-de-privacidad/index.html', 'utf8');
  expect(page).toContain(`se conserva ${ACCESS_LOG_DAYS} días`);
});
