import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const page = (path: string): string => readFileSync(`dist${path}index.html`, 'utf8');

describe.each(readCollection('planes'))('plan $id', ({ id, data }) => {
  const html = existsSync(`dist/planes/${id}/index.html`) ? page(`/planes/${id}/`) : '';
  const ejes = data['ejes'] as { lineas?: unknown[] }[];

  test('has its page, titled with the plan title', () => {
    expect(html).toContain(`<h1>${String(data['titulo'])}</h1>`);
  });

  test('has an anchor for every eje and every línea', () => {
    ejes.forEach((eje, n) => {
      expect(html).toContain(`id="eje-${n + 1}"`);
      (eje.lineas ?? []).forEach((_, m) => expect(html).toContain(`id="linea-${n + 1}-${m + 1}"`));
    });
    expect(html).not.toContain(`id="eje-${ejes.length + 1}"`);
  });

  test('shows its ejes once, where the body places them', () => {
    expect(html.match(/id="ejes-titulo"/g)).toHaveLength(1);
  });

  test('is listed on the home page and on /planes/', () => {
    expect(page('/')).toContain(`href="/planes/${id}/"`);
    expect(page('/planes/')).toContain(`href="/planes/${id}/"`);
  });
});

test('every page declares Mexican Spanish', () => {
  expect(page('/')).toContain('<html lang="es-MX"');
});
