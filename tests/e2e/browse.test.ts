import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';
import { serviceTemplates, templates } from '#/tests/support/templates.ts';
import { accessibilityViolations, browserAndSite, watchThirdPartyRequests } from '#/tests/support/browser.ts';
import {
  accessibleName,
  readerProblems,
  runTogetherText,
  sidewaysScroll,
  weakFocusIndicators,
} from '#/tests/support/a11y.ts';

const env = browserAndSite();

const newPage = async (options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) => {
  const context = await env.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  return context.newPage();
};

const capsules = readCollection('capsulas');
const youtubeCapsule = capsules.find((capsule) => (capsule.data['video'] as { youtube?: string }).youtube);
const ownCapsule = capsules.find((capsule) => (capsule.data['video'] as { archivo?: string }).archivo);

test('the content has a capsule of each kind of player to test', () => {
  expect(youtubeCapsule).toBeDefined();
  expect(ownCapsule).toBeDefined();
});

test('following a línea link lands on that línea', async () => {
  const page = await newPage({ width: 375 });
  await page.goto(`${env.site.url}/planes/region-norte-2019-2020/`);
  await page.locator('a[href="#linea-5-3"]').first().click();
  expect(new URL(page.url()).hash).toBe('#linea-5-3');
  await expect.poll(async () => (await page.locator('#linea-5-3').boundingBox())?.y ?? 1e6).toBeLessThan(900);
  expect((await page.locator('#linea-5-3').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  await page.context().close();
});

test('opening a shared anchor shows that eje', async () => {
  const page = await newPage();
  await page.goto(`${env.site.url}/planes/comision-vinculacion-2022/#eje-3`);
  // Scrolling may be smooth: wait for it to settle with the eje at the top of the screen.
  await expect.poll(async () => (await page.locator('#eje-3').boundingBox())?.y ?? 1e6).toBeLessThan(200);
  expect((await page.locator('#eje-3').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  await page.context().close();
});

test('a YouTube capsule contacts no third party until the reader clicks play', async () => {
  const page = await newPage();
  const thirdParty = watchThirdPartyRequests(page, env.site.url);
  await page.route(/youtube/, (route) => route.fulfill({ status: 200, body: '<!doctype html><title>video</title>' }));
  await page.goto(`${env.site.url}/capsulas/${youtubeCapsule?.id ?? ''}/`, { waitUntil: 'networkidle' });
  expect(thirdParty).toEqual([]);
  expect(await page.locator('iframe').count()).toBe(0);

  await page.locator('[data-video-facade]').click();
  const iframe = page.locator('iframe');
  await expect.poll(() => iframe.count()).toBe(1);
  const youtube = (youtubeCapsule?.data['video'] as { youtube: string }).youtube;
  expect(await iframe.getAttribute('src')).toContain(`https://www.youtube-nocookie.com/embed/${youtube}`);
  expect(await iframe.getAttribute('title')).toBeTruthy();
  expect(new Set(thirdParty)).toEqual(new Set(['www.youtube-nocookie.com']));
  await page.context().close();
});

test('after «Reproducir» by keyboard, the next Tab reaches the YouTube player’s controls', async () => {
  const page = await newPage();
  // The player arrives a moment after the click, as it does over a real network.
  await page.route(/youtube-nocookie/, async (route) => {
    await new Promise((done) => setTimeout(done, 500));
    await route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>video</title><button id="control">Reproducir</button>',
    });
  });
  await page.goto(`${env.site.url}/capsulas/${youtubeCapsule?.id ?? ''}/`);
  await page.locator('[data-video-facade]').focus();
  await page.keyboard.press('Enter');
  const player = page.frameLocator('iframe').locator('#control');
  await player.waitFor();
  // Focus is on the player, as the reader expects after asking it to play; then the next Tab enters it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  await page.keyboard.press('Tab');
  await expect.poll(() => player.evaluate((control) => control === document.activeElement)).toBe(true);
  await page.context().close();
});

test('a self-hosted capsule loads its captions track in Spanish', async () => {
  const page = await newPage();
  await page.goto(`${env.site.url}/capsulas/${ownCapsule?.id ?? ''}/`);
  // A screen reader names the player after its capsule.
  expect(await accessibleName(page, 'video')).toBe(`Video: ${String(ownCapsule?.data['titulo'])}`);
  const track = page.locator('video track[kind="captions"]');
  expect(await track.getAttribute('srclang')).toBe('es');
  const response = await page.request.get(`${env.site.url}${(await track.getAttribute('src')) ?? ''}`);
  expect((await response.text()).startsWith('WEBVTT')).toBe(true);
  await page.context().close();
});

test('the home page works with the keyboard alone', async () => {
  const page = await newPage({ width: 375 });
  await page.goto(`${env.site.url}/`);
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  expect(await skip.getAttribute('href')).toBe('#contenido');
  expect(await skip.isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenido');

  // Tabbing from the content walks every control in order, each visibly focused, to the footer.
  const visited: string[] = [];
  for (let step = 0; step < 200; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((step) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        key: `${element.tagName} ${element.getAttribute('href') ?? element.getAttribute('name') ?? ''} ${step}`,
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: box.width > 0 && box.height > 0,
        inFooter: Boolean(element.closest('footer')),
      };
    }, step);
    if (!focused) break;
    expect(focused.outlined, focused.key).toBe(true);
    expect(focused.visible, focused.key).toBe(true);
    visited.push(focused.key);
    if (focused.inFooter) break;
  }
  expect(visited.some((key) => key.startsWith('INPUT'))).toBe(true);
  expect(visited.length).toBeGreaterThan(10);
  await page.context().close();
});

test('the search box of the home page submits to /buscar/ without JavaScript', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.site.url}/`);
  await page.locator('input[name="q"]').first().fill('datos personales');
  await page.locator('input[name="q"]').first().press('Enter');
  await page.waitForURL(/\/buscar\/\?q=datos\+personales/);
  await context.close();
});

test('a plan’s indicator table is a Tab stop only where it scrolls sideways', async () => {
  const page = await newPage({ width: 1280 });
  await page.goto(`${env.site.url}/planes/info-cdmx-comunicacion-social-2023/`);
  const boxes = page.locator('.indicators');
  expect(await boxes.count()).toBeGreaterThan(0);
  // A box the browser lets take focus, with its tabindex of 0, is a Tab stop.
  const tabStops = () =>
    boxes.evaluateAll(
      (all) =>
        all.filter((box) => {
          (box as HTMLElement).focus();
          return document.activeElement === box;
        }).length,
    );
  expect(await tabStops()).toBe(0);
  // On a phone the table is wider than its box: the keyboard must be able to scroll it.
  await page.setViewportSize({ width: 375, height: 900 });
  await expect.poll(tabStops).toBe(await boxes.count());
  await page.context().close();
});

test('the checks below find what they look for', async () => {
  const page = await newPage({ width: 320 });
  await page.setContent(`<!doctype html><html lang="es"><body style="margin:0">
    <nav><a href="#estrategia">Ir a Estrategia 2</a></nav><nav><a href="#x" aria-label="Enlace al eje 5">#</a></nav>
    <h2 id="estrategia">Estrategia 2. Difundir</h2>
    <h2><span>INAI</span><span style="margin-left:1em">Instituto</span></h2>
    <h2 id="x">Estrategia 2. Llevar a cabo</h2>
    <p><strong>Contenido de ejemplo.</strong>Esta entrada</p>
    <div style="background:#0b4f6c;padding:1rem"><button style="outline:3px solid #b34700">Buscar</button></div>
    <div style="width:500px">ancho</div></body></html>`);
  expect(await readerProblems(page)).toEqual([
    '2 × navigation: one has no name',
    '2 × navigation: one has no name',
    'heading «INAIInstituto» joins «INAIInstituto»',
    'link «Enlace al eje 5» to the section «Estrategia 2»',
  ]);
  expect(await runTogetherText(page)).toHaveLength(1);
  expect(await weakFocusIndicators(page)).toEqual([expect.stringMatching(/^button\. «Buscar»: 0 px/)]);
  expect(await sidewaysScroll(page)).toEqual([expect.stringMatching(/^500 px wide in a 320 px window: div/)]);
  // A page with nothing to check fails the checks rather than passing them.
  await page.setContent('<!doctype html><html lang="es"><body><p>Nada</p></body></html>');
  expect(await readerProblems(page)).toEqual(['no link or heading found to check']);
  expect(await weakFocusIndicators(page)).toEqual(['no element a keyboard reaches was found']);
  await page.context().close();
});

// Each scheme once, at each layout: the light scheme on a phone, where most readers are, the dark one on
// the desktop layout; both narrowed to 320 px for reflow. A scheme's colours do not change with the width,
// and each axe run costs seconds on this machine (CI must stay under 20 minutes).
describe.each([
  { width: 375, colorScheme: 'light' as const },
  { width: 1280, colorScheme: 'dark' as const },
])('at $width px in the $colorScheme scheme', (options) => {
  // A control that looks like one already checked, in the same surroundings, is not photographed again.
  const focusChecked = new Set<string>();
  test.each([...templates, ...serviceTemplates])(
    '%s: axe-core finds no WCAG A/AA violation, nor does a person with a keyboard, a screen reader or a zoom',
    async (path) => {
      const page = await newPage(options);
      const response = await page.goto(`${env.site.url}${path}`);
      // A template whose entry is gone would otherwise be checked as the 404 page.
      expect(response?.status(), 'status').toBe(path === '/esta-pagina-no-existe/' ? 404 : 200);
      expect.soft(await accessibilityViolations(page), 'axe-core').toEqual([]);
      expect.soft(await readerProblems(page), 'landmarks and names').toEqual([]);
      expect.soft(await runTogetherText(page), 'text that runs together').toEqual([]);
      expect.soft(await weakFocusIndicators(page, focusChecked), 'focus indicators at 3:1').toEqual([]);
      // 1280 px zoomed to 400 % leaves a 320 px wide viewport: content must reflow, not scroll sideways.
      // Checked on the page already open, narrowed: a page load less per template.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await sidewaysScroll(page), 'reflow at 320 px').toEqual([]);
      await page.context().close();
    },
  );
});
