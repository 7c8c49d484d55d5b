import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { readCollection, type RawEntry } from '#/tests/support/content.ts';
import { accessibilityViolations, browserAndSite } from '#/tests/support/browser.ts';

/** Another site, on another origin: a page with nothing but the snippet's iframe pointing at `frameUrl`. */
async function serveHost(frameUrl: string, title: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Otro sitio</title></head><body>
<h1>Otro sitio</h1>
<iframe src="${frameUrl}" title="${title}" width="640" height="400" loading="lazy"
  allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen style="border:0"></iframe>
</body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // `localhost` and `127.0.0.1` are different origins for the browser, as another site would be.
  return { url: `http://localhost:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

const env = browserAndSite();

const capsules = readCollection('capsulas').filter((capsule) => !capsule.data['borrador']);
const youtubeCapsule = capsules.find((capsule) => (capsule.data['video'] as { youtube?: string }).youtube);
const ownCapsule = capsules.find((capsule) => (capsule.data['video'] as { archivo?: string }).archivo);
const titleOf = (capsule?: RawEntry) => (capsule?.data['titulo'] as string | undefined) ?? '';

describe.each([
  ['YouTube', youtubeCapsule, '[data-video-facade]'],
  ['self-hosted', ownCapsule, 'video[data-video="archivo"]'],
])('a %s capsule', (_kind, capsule, player) => {
  const id = capsule?.id ?? '';
  const title = titleOf(capsule);

  test('plays inside another site’s iframe, with its link back', async () => {
    const host = await serveHost(`${env.site.url}/embed/capsulas/${id}/`, title);
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    // Nothing leaves the machine: the facade's player would come from YouTube.
    await page.route(/youtube/, (route) => route.fulfill({ status: 200, body: '<!doctype html><title>video</title>' }));
    await page.goto(host.url);
    expect(new URL(page.url()).origin).not.toBe(new URL(env.site.url).origin);

    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator(player).count()).toBe(1);
    const back = frame.locator(`a[href="/capsulas/${id}/"]`);
    expect(await back.getAttribute('target')).toBe('_blank');
    expect(await back.textContent()).toContain(title);

    // The player fills the frame's width in 16:9, with no margin around it.
    const box = await frame.locator('.player').boundingBox();
    const frameBox = await page.locator('iframe').boundingBox();
    expect(box?.width).toBeCloseTo(frameBox?.width ?? 0, 0);
    expect(box?.x).toBeCloseTo(frameBox?.x ?? -1, 0);
    expect(box?.y).toBeCloseTo(frameBox?.y ?? -1, 0);
    expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(16 / 9, 1);
    // The link back fits below the player in the snippet's 640 × 400 frame.
    const backBox = await back.boundingBox();
    expect((backBox?.y ?? 1e6) + (backBox?.height ?? 0)).toBeLessThanOrEqual((frameBox?.y ?? 0) + 400);

    await context.close();
    await host.close();
  });

  test('opened directly, axe-core finds no accessibility problems', async () => {
    const context = await env.browser.newContext({ viewport: { width: 640, height: 400 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}/embed/capsulas/${id}/`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

test('the capsule page’s snippet points at the embed page', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.site.url}/capsulas/${youtubeCapsule?.id ?? ''}/`);
  const snippet = await page.getByLabel(/Código para insertar/).inputValue();
  expect(snippet).toMatch(new RegExp(`^<iframe src="https://[^"]+/embed/capsulas/${youtubeCapsule?.id ?? ''}/"`));
  expect(await accessibilityViolations(page)).toEqual([]);
  await context.close();
});

test('any other page refuses to be shown inside another site’s iframe', async () => {
  const id = ownCapsule?.id ?? '';
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  const host = await serveHost(`${env.site.url}/capsulas/${id}/`, titleOf(ownCapsule));
  await page.goto(host.url);
  expect((await refused).text()).toContain(`Framing '${env.site.url}/' violates`);
  expect(await page.frameLocator('iframe').locator('main').count()).toBe(0);
  await context.close();
  await host.close();
});
