import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readCollection } from '#/tests/support/content.ts';
import { browserAndSite } from '#/tests/support/browser.ts';

const env = browserAndSite();

const audios = readCollection('audios').filter((audio) => !audio.data['borrador']);
const call = readCollection('convocatorias').find((entry) =>
  (entry.data['resultados'] as { ganadores: { obra: { audio?: string } }[] } | undefined)?.ganadores.some(
    (winner) => winner.obra.audio,
  ),
);
const winner = (call?.data['resultados'] as { ganadores: { obra: { audio?: string } }[] }).ganadores.find(
  (item) => item.obra.audio,
)?.obra.audio;
const episode = audios.find((audio) => audio.data['subtitulos']);

/** Plays the page's only player for a moment, muted (no gesture needed), and says how far it got, in seconds. */
async function play(page: Page): Promise<number> {
  const player = page.locator('audio');
  expect(await player.count()).toBe(1);
  return player.evaluate(async (audio: HTMLAudioElement) => {
    audio.muted = true;
    await audio.play();
    await new Promise((done) => setTimeout(done, 700));
    audio.pause();
    return audio.currentTime;
  });
}

test('the radio-spot call’s winning spot plays from the call page, from the audio entry’s file', async () => {
  expect(winner).toBeDefined();
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.site.url}/convocatorias/${call?.id ?? ''}/`);
  const source = await page
    .locator('section[aria-labelledby="resultados"] audio source[type="audio/mpeg"]')
    .getAttribute('src');
  // The call shows the audio entry's own file, and links to its page: no second copy of the spot.
  const entry = await context.newPage();
  await entry.goto(`${env.site.url}/audios/${winner ?? ''}/`);
  expect(await entry.locator('audio source[type="audio/mpeg"]').getAttribute('src')).toBe(source);
  expect(await page.locator(`section[aria-labelledby="resultados"] a[href="/audios/${winner ?? ''}/"]`).count()).toBe(
    1,
  );
  expect(await play(page)).toBeGreaterThan(0.2);
  await context.close();
});

test('an audio page plays with its Spanish captions track, and its embeddable player plays too', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.site.url}/audios/${episode?.id ?? ''}/`);
  const track = page.locator('audio track[kind="captions"]');
  expect(await track.getAttribute('srclang')).toBe('es');
  expect(await play(page)).toBeGreaterThan(0.2);
  // The captions the track names arrive as WebVTT.
  const captions = await context.request.get(`${env.site.url}${(await track.getAttribute('src')) ?? ''}`);
  expect(captions.headers()['content-type']).toMatch(/^text\/vtt/);
  expect(await captions.text()).toMatch(/^WEBVTT/);
  await page.goto(`${env.site.url}/embed/audios/${episode?.id ?? ''}/`);
  expect(await play(page)).toBeGreaterThan(0.2);
  await context.close();
});
