import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';

// Every booklet names the law it explains, with its sources; the example booklets explain the laws of 2025.
const booklets = readCollection('abc').filter((booklet) => !booklet.data['borrador']);

describe.each(booklets.map((booklet) => [booklet.id, booklet.data] as const))('/abc/%s/', (id, data) => {
  const html = parse(readFileSync(`dist/abc/${id}/index.html`, 'utf8'));
  const ley = data['ley'] as { nombre: string; estado: string };

  test('names its law, when it was published and whether it is in force', () => {
    const facts = html.querySelector('main .facts')?.text.replace(/\s+/g, ' ') ?? '';
    expect(facts).toContain('Ley que explica');
    expect(facts).toContain(ley.nombre);
    expect(facts).toContain(ley.estado === 'vigente' ? 'Vigente.' : 'Abrogada el');
  });

  test('cites where the facts about its law come from', () => {
    expect(html.querySelectorAll('#ley-fuentes-titulo ~ ol li').length).toBeGreaterThan(0);
  });

  test('its structured data carries the law as Legislation, in force or not', () => {
    const book = html
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
      .find((item) => item['@type'] === 'Book');
    expect(book?.['about']).toContainEqual(
      expect.objectContaining({
        '@type': 'Legislation',
        name: ley.nombre,
        legislationLegalForce: `https://schema.org/${ley.estado === 'vigente' ? 'InForce' : 'NotInForce'}`,
      }),
    );
  });
});

test('the example booklets explain the laws published on 20 March 2025, in force', () => {
  for (const booklet of booklets) {
    expect(String((booklet.data['ley'] as { publicada: unknown }).publicada), booklet.id).toMatch(/^2025-03-20/);
  }
});
