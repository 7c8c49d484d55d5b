import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';

// The example booklet with two editions, before and after the 2025 law: each keeps its text at its own
// address, and the second says what changed, word by word, in words a screen reader reads.
const booklet = '/abc/abc-derecho-de-acceso-a-la-informacion/';
const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (html: HTMLElement | null | undefined): string => (html?.textContent ?? '').replace(/\s+/g, ' ').trim();

test('each edition keeps its own text', () => {
  expect(text(page(`${booklet}ediciones/1/`).querySelector('main'))).toContain(
    'publicada en el Diario Oficial de la Federación el 4 de mayo de 2015',
  );
  const second = page(`${booklet}ediciones/2/`);
  expect(text(second.querySelector('main'))).toContain(
    'En el Poder Ejecutivo Federal, esa autoridad es Transparencia para el Pueblo.',
  );
  expect(second.querySelector('main .example-banner')).not.toBeNull();
});

test('the booklet links each edition and what changed in it', () => {
  const hrefs = page(booklet)
    .querySelectorAll('.editions a')
    .map((a) => a.getAttribute('href'));
  expect(hrefs).toEqual([`${booklet}ediciones/1/`, `${booklet}ediciones/2/`, `${booklet}ediciones/2/que-cambio/`]);
});

test('«Qué cambió» gives the change note first, then names every addition and removal in words', () => {
  const main = page(`${booklet}ediciones/2/que-cambio/`).querySelector('main');
  const paragraphs = main?.querySelectorAll('article > p:not(.example-banner)') ?? [];
  expect(paragraphs[0]?.classList.contains('change-note')).toBe(true);
  expect(text(paragraphs[0])).toContain('explica la ley publicada el 20 de marzo de 2025');
  const added = main?.querySelectorAll('.diff ins') ?? [];
  const removed = main?.querySelectorAll('.diff del') ?? [];
  expect(added.length).toBeGreaterThan(0);
  expect(removed.length).toBeGreaterThan(0);
  for (const change of added) expect(text(change)).toMatch(/^\[Se agregó: .+ Fin del cambio\.\]$/);
  for (const change of removed) expect(text(change)).toMatch(/^\[Se quitó: .+ Fin del cambio\.\]$/);
  expect(removed.map((change) => text(change))).toContainEqual(expect.stringContaining('mayo'));
  expect(added.map((change) => text(change))).toContainEqual(expect.stringContaining('marzo'));
  expect(text(main)).toMatch(/se agregaron \d+ palabras y se quitaron \d+/);
});
