// Pagefind's index read back from the files it writes, for the tests and the bench: what a search sees.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';

/** One indexed page, as its fragment holds it: the text Pagefind searches and cuts excerpts from. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string>;
}

/** Pagefind's files are gzip, then a signature, then the data. */
const unpack = (file: string, signature: string): Buffer => {
  const raw = gunzipSync(readFileSync(file));
  const start = raw.indexOf(signature);
  if (start < 0) throw new Error(`${file} no es un archivo de Pagefind.`);
  return raw.subarray(start + signature.length);
};

/** Every page of `dist`'s Pagefind index. */
export function readFragments(dist: string): Fragment[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const data = unpack(join(folder, file), 'pagefind_dcd');
    return JSON.parse(data.toString('utf8')) as Fragment;
  });
}

/** The metadata every search loads first: one entry per page, the word index's chunks, filters and sorts. */
export interface PagefindMeta {
  pages: { hash: string; wordCount: number }[];
  chunks: { from: string; to: string; hash: string }[];
  sorts: { sort: string; pages: number[] }[];
}

/** The metadata of `dist`'s Pagefind index, decoded. */
export function readMeta(dist: string): PagefindMeta {
  const folder = join(dist, 'pagefind');
  const file = readdirSync(folder).find((name) => name.endsWith('.pf_meta'));
  if (!file) throw new Error(`No hay metadatos de Pagefind en ${folder}.`);
  const [, pages, chunks, , sorts] = decode<unknown[][]>(unpack(join(folder, file), 'pagefind_dcd'));
  return {
    pages: (pages as [string, number][]).map(([hash, wordCount]) => ({ hash, wordCount })),
    chunks: (chunks as [string, string, string][]).map(([from, to, hash]) => ({ from, to, hash })),
    sorts: (sorts as [string, number[]][]).map(([sort, order]) => ({ sort, pages: order })),
  };
}
