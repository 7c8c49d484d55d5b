import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { imageFileProblem, inspectImage } from '#/src/lib/imageFiles.ts';

let folder: string;
const images: Record<string, Buffer> = {};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'snt-imagenes-'));
  const picture = sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f5a' } }).clone();
  images['png'] = await picture.clone().png().toBuffer();
  images['jpeg'] = await picture.clone().jpeg().withMetadata().toBuffer();
  images['webp'] = await picture.clone().webp().toBuffer();
  images['avif'] = await picture.clone().avif().toBuffer();
  images['gif'] = await picture.clone().gif().toBuffer();
  images['tiff'] = await picture.clone().tiff().toBuffer();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `bytes` as `name` in the test folder and returns its path. */
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
};
const half = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2));

describe.each(['png', 'jpeg', 'webp', 'avif'] as const)('%s', (format) => {
  test('a whole file is an image', () => {
    expect(inspectImage(file(`whole.${format}`, images[format] ?? ''))).toMatchObject({ kind: 'image' });
  });
  test('a file cut in half is truncated', () => {
    expect(inspectImage(file(`half.${format}`, half(images[format] ?? Buffer.alloc(0))))).toMatchObject({
      kind: 'truncated',
    });
  });
});

test('a JPEG followed by other data (a phone photo with its video) is whole', () => {
  const jpeg = images['jpeg'] ?? Buffer.alloc(0);
  expect(inspectImage(file('movil.jpg', Buffer.concat([jpeg, Buffer.alloc(4096, 7)])))).toMatchObject({
    kind: 'image',
  });
});

test('a file changed in place is read again', () => {
  const path = file('cambia.png', 'texto');
  expect(inspectImage(path)).toEqual({ kind: 'unknown' });
  writeFileSync(path, images['png'] ?? '');
  expect(inspectImage(path)).toEqual({ kind: 'image', format: 'PNG' });
});

test.each([
  ['an SVG', 'x.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', '«./x.svg» es un SVG', 'puede llevar código'],
  ['an SVG named .png', 'svg.png', '<?xml version="1.0"?>\n<svg>', '«./svg.png» es un SVG', 'script'],
  ['a GIF', 'x.gif', 'gif', '«./x.gif» es un archivo GIF, que el sitio no admite', 'expórtala'],
  ['a TIFF', 'x.tif', 'tiff', '«./x.tif» es un archivo TIFF', 'expórtala'],
  ['text named .png', 'texto.png', 'Hola.\n', '«./texto.png» no es una imagen', 'expórtala'],
  ['an empty file', 'vacio.png', '', '«./vacio.png» no es una imagen', 'expórtala'],
  ['a truncated PNG', 'corta.png', 'half-png', '«./corta.png» es un PNG incompleto o dañado', 'vuelve a'],
])('%s: the message names the path as written and the formats', (_, name, bytes, ...words) => {
  const content = bytes === 'half-png' ? half(images['png'] ?? Buffer.alloc(0)) : (images[bytes] ?? bytes);
  const message = imageFileProblem(`./${name}`, file(name, content), `content/capsulas/${name}`);
  for (const word of [...words, 'PNG, JPEG, WebP o AVIF']) expect(message).toContain(word);
});

test('a missing file: the message says where it was looked for', () => {
  expect(imageFileProblem('./posters/no-existe.png', join(folder, 'no-existe.png'), 'content/x/no-existe.png')).toBe(
    'no existe la imagen «./posters/no-existe.png»: se buscó en content/x/no-existe.png; súbela ahí o corrige la ruta',
  );
});

test('a whole image has no problem', () => {
  expect(imageFileProblem('./bien.webp', file('bien.webp', images['webp'] ?? ''), 'bien.webp')).toBeUndefined();
});
