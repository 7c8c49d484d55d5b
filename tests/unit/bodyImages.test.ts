import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { bodyImageProblems } from '#/src/lib/bodyImages.ts';
import { bodyTree } from '#/src/lib/contentSafety.ts';

const root = resolve('.');
const problemsOf = (body: string, name = 'content/capsulas/prueba.md') => {
  const source = `---\ntitulo: Prueba\n---\n\n${body}\n`;
  return bodyImageProblems(name, resolve(name), root, bodyTree(source, name));
};

test('images that exist next to the entry, and addresses, pass', () => {
  expect(problemsOf('![Cartel](./posters/como-presentar-una-solicitud.png)')).toEqual([]);
  expect(problemsOf('![Cartel](posters/como-presentar-una-solicitud.png "Título")')).toEqual([]);
  expect(problemsOf('![Remota](https://example.org/x.png) [enlace](./no-es-imagen.md)')).toEqual([]);
});

test('an image inside code is text, not an image', () => {
  expect(problemsOf('```md\n![Foto](./no-existe.png)\n```\n\n`![x](./tampoco.png)`')).toEqual([]);
});

test('a missing image, by path or by reference, is named with its line', () => {
  expect(problemsOf('Texto.\n\n![Foto](./fotos/no-existe.png)')).toEqual([
    {
      file: 'content/capsulas/prueba.md',
      line: 7,
      found:
        'en el texto, no existe la imagen «./fotos/no-existe.png»: se buscó en content/capsulas/fotos/no-existe.png; súbela ahí o corrige la ruta',
    },
  ]);
  const byReference = problemsOf('![Foto][foto]\n\n[foto]: ./fotos/otra.png');
  expect(byReference.map(({ line, found }) => [line, found.split(':')[0]])).toEqual([
    [7, 'en el texto, no existe la imagen «./fotos/otra.png»'],
  ]);
});
