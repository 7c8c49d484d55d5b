import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { NOTICE } from '#/src/config.ts';
import { readCollection } from '#/tests/support/content.ts';

// The notice of src/config.ts on every page, the page it links to, and plans whose period is over.
const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const REFORM_PAGE = '/que-cambio-en-2025/';

describe.each(['/', '/planes/', '/organismos/inai/', '/acerca/', '/datos/', '/buscar/', REFORM_PAGE])('%s', (path) => {
  test('shows the notice before its header, linking to the page that explains the change', () => {
    const notice = page(path).querySelector('.site-notice');
    expect(notice?.textContent).toContain(NOTICE?.text);
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(REFORM_PAGE);
    // Outside <main>: search does not index it on every page.
    expect(notice?.closest('main')).toBeNull();
  });
});

test('the page on 2025 says what changed and when, where to ask and appeal, and cites its sources', () => {
  const html = page(REFORM_PAGE);
  const text = html.querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? '';
  for (const fact of [
    '20 de diciembre de 2024',
    '21 de marzo de 2025',
    'Sistema Nacional de Acceso a la Información Pública',
    'recurso de revisión',
  ]) {
    expect(text).toContain(fact);
  }
  // What no source verifies is said plainly, not linked.
  expect(text).toContain('No tenemos un dato verificado sobre la dirección web de Transparencia para el Pueblo.');
  const sources = html.querySelectorAll('#fuentes-titulo ~ ol li');
  expect(sources.length).toBeGreaterThanOrEqual(10);
  expect(sources[0]?.querySelector('a')?.getAttribute('href')).toContain('diariooficial.gob.mx');
});

test('the home page speaks of the SNT in the past tense', () => {
  const intro = page('/').querySelector('main')?.textContent ?? '';
  expect(intro).toContain('conserva el trabajo que hizo el Sistema Nacional de Transparencia');
});

describe.each(readCollection('planes').map((plan) => [plan.id, plan.data] as const))('plan %s', (id, data) => {
  test('says its period is over, from its last year and the build clock', () => {
    const over = new Date().getUTCFullYear() > (data['periodo'] as { fin: number }).fin;
    expect(page(`/planes/${id}/`).querySelector('.plan-facts')?.textContent.includes('Este periodo ya terminó.')).toBe(
      over,
    );
  });
});
