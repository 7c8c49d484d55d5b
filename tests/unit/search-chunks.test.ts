import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSearchIndex, oldestFirst } from '#/scripts/indexar.ts';
import { chunkWords, rangesOf, readChunks, rewriteIndex, shortestAfter } from '#/src/build/searchChunks.ts';

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

describe('rewriteIndex, cutting the chunks of an index Pagefind wrote', () => {
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
    await rewriteIndex(bundle(), 200);
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

/** A Pagefind file's CBOR or JSON, behind its signature. */
const unpack = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);

/**
 * What a search can find in the bundle at `dir`, by address rather than page number: each word's pages with
 * their positions (and its accented forms), each filter value's pages, each sort's pages in order.
 */
async function searchable(dir: string) {
  const metaFile = readdirSync(dir).find((name) => name.endsWith('.pf_meta')) ?? '';
  const [, pages, , filters, sorts] = decode<[string, [string][], unknown, [string, string][], [string, number[]][]]>(
    unpack(join(dir, metaFile)),
  );
  const urls = pages.map(
    ([hash]) => (JSON.parse(unpack(join(dir, 'fragment', `${hash}.pf_fragment`)).toString()) as { url: string }).url,
  );
  /** A word's pages are numbered by their difference from the one before. */
  const listed = (entries: [number, number[], number[]][]) => {
    let page = 0;
    return entries.map(
      ([step, positions, fields]) => `${urls[(page += step)] ?? '?'} ${positions.join()} ${fields.join()}`,
    );
  };
  const words = (await readChunks(dir)).flatMap(({ words }) =>
    words.map((word) => {
      const [text, own, variants] = decode<
        [string, [number, number[], number[]][], [string, [number, number[], number[]][]][]]
      >(word.bytes);
      return [text, listed(own), variants.map(([form, entries]) => [form, listed(entries)]).sort()];
    }),
  );
  const filterValues = filters.map(([, hash]) => {
    const [name, values] = decode<[string, [string, number[]][]]>(unpack(join(dir, 'filter', `${hash}.pf_filter`)));
    return [name, values.map(([value, numbers]) => [value, numbers.map((n) => urls[n])])];
  });
  return { urls, words, filterValues, raw: { pages, sorts } };
}

describe('rewriteIndex, numbering the pages of an index oldest first', () => {
  let dir: string;
  let parallelUrls: string[];
  const dist = () => join(dir, 'dist');
  // Folders in an order unrelated to the dates, some pages of one day, one undated hub; accented forms of a word.
  const dates = ['2024-03-01', '2019', '2022-07', '2022-07-01', '2021-11-30', '', '2024-03-01', '2020-01-15'];
  /** The first day of a date as far as it is known, as the sort key pages carry (SearchIndexData.astro). */
  const day = (date: string) => (date ? `${date}-01-01`.slice(0, 10) : '');
  const pages = Array.from({ length: 24 }, (_, i) => {
    const date = dates[i % dates.length] ?? '';
    const dated = date
      ? `<span data-pagefind-meta="fecha">${date}</span><span data-pagefind-sort="fecha">${day(date)}</span>`
      : '';
    return {
      file: `${['zeta', 'alfa', 'medio'][i % 3] ?? ''}/pagina-${String(i).padStart(2, '0')}/index.html`,
      date,
      html:
        `<html lang="es-mx"><body><main data-pagefind-body><h1>Página ${i}</h1>` +
        `<p>${i % 2 ? 'información pública' : 'informacion publica'} ${i % 5 ? 'diseño' : 'diseñados'} palabra${i % 4}</p>` +
        `<div hidden><span data-pagefind-filter="tipo">${i % 3 ? 'Cápsula' : 'Plan'}</span>${dated}</div>` +
        `</main></body></html>`,
    };
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'snt-orden-'));
    for (const page of pages) {
      mkdirSync(join(dist(), page.file, '..'), { recursive: true });
      writeFileSync(join(dist(), page.file), page.html);
    }
    // As the build did before: every page sent by hand, oldest first.
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind no arrancó');
    const byDate = pages.toSorted(
      (a, b) => day(a.date).localeCompare(day(b.date)) || join(dist(), a.file).localeCompare(join(dist(), b.file)),
    );
    for (const page of byDate) await index.addHTMLFile({ sourcePath: page.file, content: page.html });
    await index.writeFiles({ outputPath: join(dir, 'a-mano') });
    // As the build does now: Pagefind reads the folder in parallel, then the index is numbered again.
    const { index: parallel } = await pagefind.createIndex({});
    if (!parallel) throw new Error('Pagefind no arrancó');
    await parallel.addDirectory({ path: dist() });
    await parallel.writeFiles({ outputPath: join(dir, 'carpeta') });
    await pagefind.close();
    parallelUrls = (await searchable(join(dir, 'carpeta'))).urls;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('gives the same index as sending the pages oldest first, and the date sort is 0, 1, 2…', async () => {
    await rewriteIndex(join(dir, 'carpeta'), 200, {
      order: (indexed) => oldestFirst(dist(), indexed),
      sortedBy: 'fecha',
    });
    const [byHand, rewritten] = [await searchable(join(dir, 'a-mano')), await searchable(join(dir, 'carpeta'))];
    // The check has something to check: Pagefind did number the pages otherwise.
    expect(parallelUrls).not.toEqual(byHand.urls);
    expect(rewritten.urls).toEqual(byHand.urls);
    expect(rewritten.raw).toEqual(byHand.raw);
    expect(rewritten.words).toEqual(byHand.words);
    expect(rewritten.filterValues).toEqual(byHand.filterValues);
    const [, dated] = rewritten.raw.sorts.find(([sort]) => sort === 'fecha') ?? ['', []];
    expect(dated).toEqual(dated.map((_, i) => i + pages.length - dated.length));
    expect(rewritten.urls[0]).toMatch(/pagina-(05|13|21)\//);
  });

  test('the build’s own index (Pagefind’s command line, then numbered again) is the same as by hand', async () => {
    expect(await buildSearchIndex(dist())).toBe(pages.length);
    const [byHand, built] = [await searchable(join(dir, 'a-mano')), await searchable(join(dist(), 'pagefind'))];
    expect(built).toEqual(byHand);
  }, 60_000);

  test('a site Pagefind cannot index stops the build with a Spanish message and Pagefind’s reason', async () => {
    const empty = join(dir, 'vacio');
    mkdirSync(empty);
    await expect(buildSearchIndex(empty)).rejects.toThrow(
      /Pagefind no pudo construir el índice de búsqueda:[\s\S]*not able to build an index/,
    );
  });
});
