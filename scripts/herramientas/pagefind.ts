// Pagefind's index read back from the files it writes, for the tests and the bench: what a search sees.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

type Cbor = number | string | Buffer | boolean | null | Cbor[];

/** The subset of CBOR Pagefind writes in its metadata (integers, strings, arrays). */
function decodeCbor(data: Buffer): Cbor {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const value = size === 8 ? Number(data.readBigUInt64BE(at)) : data.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): Cbor => {
    const initial = data[at++] ?? 0;
    const [major, info] = [initial >> 5, initial & 31];
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const size = length(info);
        const bytes = data.subarray(at, (at += size));
        return major === 2 ? bytes : bytes.toString('utf8');
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      default:
        if (initial === 0xf4 || initial === 0xf5) return initial === 0xf5;
        if (initial === 0xf6) return null;
        throw new Error(`CBOR que Pagefind no escribe (byte ${initial} en ${at - 1}).`);
    }
  };
  return item();
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
  const [, pages, chunks, , sorts] = decodeCbor(unpack(join(folder, file), 'pagefind_dcd')) as Cbor[][];
  return {
    pages: (pages as [string, number][]).map(([hash, wordCount]) => ({ hash, wordCount })),
    chunks: (chunks as [string, string, string][]).map(([from, to, hash]) => ({ from, to, hash })),
    sorts: (sorts as [string, number[]][]).map(([sort, order]) => ({ sort, pages: order })),
  };
}
