import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chunkWords, rangesOf, readChunks, rechunkIndex, shortestAfter } from '#/src/build/searchChunks.ts';

const word = (text: string, weight: number) => ({ word: text, weight });

describe('chunkWords', () => {
  test('closes a chunk before the word that would take it past its size, so a common word stands alone', () => {
    const words = [word('dato', 3), word('dcmx', 2), word('de', 50), word('debe', 4), word('deber', 4)];
    expect(chunkWords(words, 10).map((chunk) => chunk.map((w) => w.word))).toEqual([
      ['dato', 'dcmx'],
      ['de'],
      ['debe', 'deber'],
    ]);
  });

  test('keeps every word, in order, once', () => {
    const words = Array.from({ length: 40 }, (_, i) => word(`w${String(i).padStart(2, '0')}`, (i * 7) % 13));
    expect(chunkWords(words, 20).flat()).toEqual(words);
  });
});

describe('rangesOf', () => {
  test('a range ends just past its last word, so a longer word typed after it falls outside', () => {
    const chunks = [[{ word: '739' }, { word: 'a' }], [{ word: 'abajo' }, { word: 'actualiz' }], [{ word: 'acuerdo' }]];
    const ranges = rangesOf(chunks);
    expect(ranges).toEqual([
      ['739', 'a\u0000'],
      ['ab', 'actualiz\u0000'],
      ['acu', 'acuerdo\u0000'],
    ]);
    // Pagefind's loose match compares the typed word's first characters with the range's end.
    const [, to] = ranges[0] ?? ['', ''];
    expect('actualizar'.slice(0, to.length) <= to).toBe(false);
    expect('a' <= to).toBe(true);
  });

  test('a range starts at the shortest prefix that sorts after the previous chunk', () => {
    expect(shortestAfter('inform', 'informacion')).toBe('informa');
    expect(shortestAfter('abc', 'b')).toBe('b');
    expect(shortestAfter('organ', 'órgano')).toBe('ó');
  });
});

describe('rechunkIndex, on an index Pagefind wrote', () => {
  let dir: string;
  const bundle = () => join(dir, 'pagefind');
  // «de» is on every page many times; «dcmx» and «dato» sort just before it and are on one page each.
  const page = (i: number) =>
    `<html lang="es-mx"><body><main data-pagefind-body><h1>Página ${i}</h1><p>${'de la casa de '.repeat(40)}` +
    `${i === 3 ? 'dcmx' : ''} ${i === 4 ? 'dato' : ''} palabra${i}</p></main></body></html>`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'snt-trozos-'));
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind no arrancó');
    for (let i = 0; i < 60; i++) await index.addHTMLFile({ sourcePath: `p${i}/index.html`, content: page(i) });
    await index.writeFiles({ outputPath: bundle() });
    await pagefind.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a rare word no longer shares its chunk with a common one, and no word is lost', async () => {
    const before = await readChunks(bundle());
    const chunkOf = (chunks: typeof before, text: string) => chunks.find((c) => c.words.some((w) => w.word === text));
    expect(chunkOf(before, 'dcmx')).toBe(chunkOf(before, 'de'));

    const metaBefore = readdirSync(bundle()).find((name) => name.endsWith('.pf_meta'));
    await rechunkIndex(bundle(), 200);
    const after = await readChunks(bundle());
    expect(chunkOf(after, 'dcmx')).not.toBe(chunkOf(after, 'de'));
    expect(chunkOf(after, 'de')?.words.map((w) => w.word)).toEqual(['de']);
    expect(after.flatMap((c) => c.words.map((w) => w.word))).toEqual(before.flatMap((c) => c.words.map((w) => w.word)));
    for (const chunk of after) {
      if (chunk.words.length > 1) expect(chunk.words.reduce((sum, w) => sum + w.weight, 0)).toBeLessThanOrEqual(200);
      expect(chunk.to).toBe(`${chunk.words.at(-1)?.word ?? ''}\u0000`);
    }
    // A new name for the metadata, and only the new chunks on disk.
    const metas = readdirSync(bundle()).filter((name) => name.endsWith('.pf_meta'));
    expect(metas).toHaveLength(1);
    expect(metas[0]).not.toBe(metaBefore);
    expect(readdirSync(join(bundle(), 'index'))).toHaveLength(after.length);
  });
});
