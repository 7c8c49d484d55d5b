import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const page = (path: string): string =>
  existsSync(`dist${path}index.html`) ? readFileSync(`dist${path}index.html`, 'utf8') : '';

const capsules = readCollection('capsulas').filter((capsule) => !capsule.data['borrador']);

describe.each(capsules)('capsule $id', ({ id, data }) => {
  const capsulePath = `/capsulas/${id}/`;
  const embedPath = `/embed/capsulas/${id}/`;
  const embed = parse(page(embedPath));
  const capsulePage = parse(page(capsulePath));
  const site = new URL(capsulePage.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'x:').origin;
  const title = String(data['titulo']);

  test('has its embed page, in Mexican Spanish, not indexed, pointing at the capsule page as canonical', () => {
    expect(existsSync(`dist${embedPath}index.html`)).toBe(true);
    expect(embed.querySelector('html')?.getAttribute('lang')).toBe('es-MX');
    expect(embed.querySelector('title')?.text).toContain(title);
    expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${capsulePath}`);
    expect(embed.querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('shows the player and nothing of the site around it', () => {
    for (const selector of ['header', 'nav', 'footer', '.skip-link', '[aria-label="Ruta de navegación"]'])
      expect(embed.querySelector(selector), selector).toBeNull();
    expect(embed.querySelector('.player [data-video-facade], .player video[data-video="archivo"]')).not.toBeNull();
  });

  test('links back to the capsule page in a new tab', () => {
    const back = embed.querySelectorAll(`a[href="${capsulePath}"]`);
    expect(back).toHaveLength(1);
    expect(back[0]?.getAttribute('target')).toBe('_blank');
    expect(back[0]?.getAttribute('rel')).toContain('noopener');
    expect(back[0]?.text).toContain('Ver en el Sistema Nacional de Transparencia');
    expect(back[0]?.text).toContain(title);
  });

  test(data['ejemplo'] ? 'says it is example content' : 'is not flagged as an example', () => {
    expect(embed.text.includes('Contenido de ejemplo')).toBe(Boolean(data['ejemplo']));
  });

  test('the capsule page offers a labelled, read-only snippet with an iframe of the embed page', () => {
    expect(capsulePage.querySelector('#insertar')?.text).toBe('Inserta esta cápsula en tu sitio');
    const textarea = capsulePage.querySelector('textarea[data-embed-snippet]');
    expect(textarea?.hasAttribute('readonly')).toBe(true);
    expect(capsulePage.querySelector(`label[for="${textarea?.id ?? ''}"]`)).not.toBeNull();
    // The markup is escaped as text of the textarea, never live markup of the page.
    expect(textarea?.innerHTML).not.toMatch(/[<>]/);
    expect(textarea?.innerHTML).toContain('&lt;iframe');
    const snippet = parse(textarea?.text ?? '');
    const iframes = snippet.querySelectorAll('iframe');
    expect(iframes).toHaveLength(1);
    const iframe = iframes[0];
    expect(iframe?.getAttribute('src')).toBe(`${site}${embedPath}`);
    expect(iframe?.getAttribute('title')).toBe(title);
    expect(iframe?.getAttribute('width')).toBe('640');
    expect(iframe?.getAttribute('height')).toBe('400');
    expect(iframe?.getAttribute('loading')).toBe('lazy');
    expect(iframe?.getAttribute('allow')).toBe('autoplay; encrypted-media; picture-in-picture');
    expect(iframe?.hasAttribute('allowfullscreen')).toBe(true);
    expect(iframe?.getAttribute('style')).toBe('border:0');
    expect(snippet.toString().trim()).toBe(textarea?.text.trim());
    expect(capsulePage.querySelector('.embed-snippet')?.text).toContain('sin JavaScript');
  });
});

test('the snippet itself adds no frame to the capsule page', () => {
  expect(capsules.length).toBeGreaterThan(0);
  for (const { id, data } of capsules) {
    const html = page(`/capsulas/${id}/`);
    // The page was built and is the capsule's, so the missing frame means something.
    expect(parse(html).querySelector('main h1')?.text, id).toBe(String(data['titulo']));
    expect(html, id).not.toContain('<iframe');
  }
});
