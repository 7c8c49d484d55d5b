import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '#/scripts/checks/enlaces.ts';
import { checkHtml } from '#/scripts/checks/html.ts';
import { checkImages } from '#/scripts/checks/imagenes.ts';
import { checkPublishedUrls } from '#/scripts/checks/publicadas.ts';
import { checkVideos } from '#/scripts/checks/videos.ts';

const root = resolve(import.meta.dirname, '../..');

// `npm test` builds dist/ before vitest runs.
describe('the real site', () => {
  test.each([
    { name: 'html', check: checkHtml },
    { name: 'enlaces', check: checkLinks },
    { name: 'imagenes', check: checkImages },
    { name: 'videos', check: checkVideos },
    { name: 'urls', check: checkPublishedUrls },
  ])('passes the $name check', async ({ check }) => {
    expect(await check(root)).toEqual([]);
  });

  test('`npm run revisar -- --sin-construir` passes every check', { timeout: 300_000 }, () => {
    const result = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/revisar.ts', '--sin-construir'], {
      cwd: root,
      encoding: 'utf8',
      // A clean environment: vitest exports Vite's import.meta.env values (DEV, SHOW_DRAFTS…).
      env: {
        PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
        HOME: process.env['HOME'] ?? tmpdir(),
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    for (const name of [
      'Contenido',
      'Lenguaje claro (mínimo de lectura por tipo)',
      'Tipos (astro check)',
      'HTML válido',
      'Enlaces internos y anclas',
      'Imágenes con texto alternativo',
      'Subtítulos y transcripciones de las cápsulas',
      'Direcciones publicadas',
    ]) {
      expect(output).toContain(`✔ ${name}\n`);
    }
    // Each entry's readability, as advice: a plan has no minimum, so its low score does not fail.
    expect(output).toContain('Lectura de cada entrada');
    expect(output).toMatch(
      /\n {2}content\/planes\/region-norte-2019-2020\.mdx: Szigriszt-Pazos \d+\.\d \(INFLESZ: muy difícil; sin mínimo para su tipo\)/,
    );
    expect(output).toMatch(/\n {4}Oración de \d+ palabras: «/);
    expect(output).not.toContain('no se revisó');
    expect(output).toContain('Todo en orden');
    expect(result.status).toBe(0);
  });
});
