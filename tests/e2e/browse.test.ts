import { describe, expect, test } from 'vitest';
import { readCollection } from '../support/content';
import { templates } from '../support/templates';
import { accessibilityViolations, browserAndSite, watchThirdPartyRequests } from '../support/browser';

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
  expect(thirdParty.every((host) => host === 'www.youtube-nocookie.com')).toBe(true);
  await page.context().close();
});

test('a self-hosted capsule loads its captions track in Spanish', async () => {
  const page = await newPage();
  await page.goto(`${env.site.url}/capsulas/${ownCapsule?.id ?? ''}/`);
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

// Each scheme once, at each layout: the light scheme on a phone, where most readers are (and narrowed to
// 320 px for reflow), the dark one on the desktop layout. A scheme's colours do not change with the width,
// and each axe run costs seconds on this machine (CI must stay under 20 minutes).
describe.each([
  { width: 375, colorScheme: 'light' as const },
  { width: 1280, colorScheme: 'dark' as const },
])('at $width px in the $colorScheme scheme', (options) => {
  test.each(templates)('axe-core finds no WCAG A/AA violation on %s', async (path) => {
    const page = await newPage(options);
    await page.goto(`${env.site.url}${path}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    if (options.width === 375 && options.colorScheme === 'light') {
      // 1280 px zoomed to 400 % leaves a 320 px wide viewport: content must reflow, not scroll sideways.
      // Checked on the page already open, narrowed: a page load less per template.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        'reflow at 320 px',
      ).toBe(true);
    }
    await page.context().close();
  });
});
