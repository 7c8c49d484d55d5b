/**
 * Pagefind's word index, cut again after Pagefind wrote it, so that a rare word never costs what a common one
 * does. Pagefind 1.6 sorts the index's words and closes a chunk after the word that takes it past its size:
 * a very common word («de», «la», «que») ends up in one chunk with the rare words just before it, and a search
 * for «justificación» downloads all of «la» (200 KB at 10,000 entries). Its metadata also names each chunk by
 * the last word's shortest distinct prefix, and a word that falls between two chunks (the search looks up the
 * word as typed besides its stem) loads every chunk whose last word is a prefix of it: «actualizar» loaded all
 * of «a» (171 KB). Here a chunk is closed *before* the word that would take it past its size, so a common word
 * stands alone, and each chunk's range ends just after its real last word. Words, pages and positions are
 * Pagefind's own, unchanged; the metadata gets a new name, so no browser keeps an old one.
 *
 * The files are CBOR behind a signature, gzipped. Every file is decoded and encoded back before anything is
 * changed: if that does not give the same bytes (a Pagefind that writes another format), the build stops.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode } from 'cbor2';

/** Pagefind's files start, once unzipped, with this signature. */
const SIGNATURE = Buffer.from('pagefind_dcd');
const gzipAsync = promisify(gzip);

/**
 * A word of the index: its text, the positions it adds to a chunk (counted as Pagefind counts them: each
 * page's positions, plus one) and its bytes as Pagefind encoded them (the word, its pages with positions, its
 * accented forms), copied as they are into the new chunk.
 */
export interface IndexWord {
  word: string;
  weight: number;
  bytes: Buffer;
}

/** One chunk of the metadata: the first word it may hold, the last, and its file's name. */
type MetaChunk = [string, string, string];

/**
 * Sorted words cut into chunks of at most `size` positions, a chunk closed before the word that would take it
 * past `size`: a word heavier than `size` gets a chunk of its own.
 */
export function chunkWords<Word extends Pick<IndexWord, 'weight'>>(words: readonly Word[], size: number): Word[][] {
  const chunks: Word[][] = [];
  let current: Word[] = [];
  let weight = 0;
  for (const word of words) {
    if (current.length > 0 && weight + word.weight > size) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
    current.push(word);
    weight += word.weight;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The shortest start of `word` that still sorts after `previous` (Pagefind's own saving on its metadata). */
export function shortestAfter(previous: string, word: string): string {
  // Pagefind compares characters (code points), not UTF-16 units.
  const [a, b] = [Array.from(previous), Array.from(word)];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return b.slice(0, common + 1).join('');
}

/**
 * Each chunk's range in the metadata. It starts at the shortest prefix of its first word that sorts after the
 * previous chunk's last word, and ends at its own last word followed by U+0000: a word typed past it (its
 * last word is a prefix of it, «a» of «actualizar») sorts after the range, where before it matched it.
 */
export const rangesOf = (chunks: readonly Pick<IndexWord, 'word'>[][]): [string, string][] =>
  chunks.map((chunk, i) => {
    const first = chunk[0]?.word ?? '';
    const last = chunk.at(-1)?.word ?? '';
    const previous = chunks[i - 1]?.at(-1)?.word;
    return [previous === undefined ? first : shortestAfter(previous, first), `${last}\u0000`];
  });

const formatError = (file: string) =>
  new Error(
    `${file} no tiene el formato que src/build/searchChunks.ts sabe leer (Pagefind 1.6): revisa ese archivo antes de cambiar de versión de Pagefind.`,
  );

/** The CBOR after the signature of a Pagefind file. */
async function unpacked(file: string): Promise<Buffer> {
  const raw = gunzipSync(await readFile(file));
  if (raw.indexOf(SIGNATURE) !== 0) throw formatError(file);
  return raw.subarray(SIGNATURE.length);
}

/** The head of a CBOR array of `length` items. */
function arrayHead(length: number): Buffer {
  if (length < 24) return Buffer.from([0x80 + length]);
  if (length < 0x100) return Buffer.from([0x98, length]);
  if (length < 0x10000) return Buffer.from([0x99, length >> 8, length & 0xff]);
  const head = Buffer.alloc(5);
  head[0] = 0x9a;
  head.writeUInt32BE(length, 1);
  return head;
}

/**
 * The words of one chunk, read without decoding their positions (a chunk holds tens of thousands of them:
 * a general CBOR decoder took 20 s at 10,000 entries). Only the heads Pagefind writes are read: integers,
 * text and arrays of known length. The words' bytes put back together must give the file again.
 */
function wordsOf(body: Buffer, file: string): IndexWord[] {
  let at = 0;
  /** Reads one head: its major type and its argument. */
  const head = (): [number, number] => {
    const initial = body[at++] ?? 0xff;
    const info = initial & 31;
    if (info < 24) return [initial >> 5, info];
    if (info > 27) throw formatError(file);
    const size = 2 ** (info - 24);
    const value = size === 8 ? Number(body.readBigUInt64BE(at)) : body.readUIntBE(at, size);
    at += size;
    return [initial >> 5, value];
  };
  const expect = (major: number): number => {
    const [found, value] = head();
    if (found !== major) throw formatError(file);
    return value;
  };
  const integers = (): number => {
    const count = expect(4);
    for (let i = 0; i < count; i++) if (head()[0] > 1) throw formatError(file);
    return count;
  };
  /** A list of pages, each [number, positions, field positions]; returns their weight. */
  const pages = (): number => {
    let weight = 0;
    for (let count = expect(4); count > 0; count--) {
      if (expect(4) !== 3 || head()[0] !== 0) throw formatError(file);
      weight += integers() + integers() + 1;
    }
    return weight;
  };
  const text = (): string => {
    const length = expect(3);
    return body.toString('utf8', at, (at += length));
  };
  if (expect(4) !== 1) throw formatError(file);
  const words: IndexWord[] = [];
  for (let count = expect(4); count > 0; count--) {
    const start = at;
    if (expect(4) !== 3) throw formatError(file);
    const word = text();
    let weight = pages();
    for (let variants = expect(4); variants > 0; variants--) {
      if (expect(4) !== 2) throw formatError(file);
      text();
      weight += pages();
    }
    words.push({ word, weight, bytes: body.subarray(start, at) });
  }
  const again = Buffer.concat([arrayHead(1), arrayHead(words.length), ...words.map((word) => word.bytes)]);
  if (!again.equals(body)) throw formatError(file);
  return words;
}

/** Pagefind's metadata, decoded, checked to encode back to the same bytes. */
async function readMetaIndex(file: string): Promise<unknown[]> {
  const body = await unpacked(file);
  const meta = decode(body);
  if (!Array.isArray(meta) || !Buffer.from(encode(meta)).equals(body)) throw formatError(file);
  return meta as unknown[];
}

const pack = (cbor: Uint8Array): Promise<Buffer> => gzipAsync(Buffer.concat([SIGNATURE, cbor]));
const hashOf = (data: Uint8Array, length: number): string =>
  createHash('sha256').update(data).digest('hex').slice(0, length);

/**
 * Cuts the word index of `dir` (a Pagefind bundle, e.g. dist/pagefind) again with at most `size` positions
 * per chunk (`chunkWords`, `rangesOf`). Returns how many chunks it wrote.
 */
export async function rechunkIndex(dir: string, size: number): Promise<number> {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  let written = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = await readMetaIndex(metaFile);
    const oldFiles = (meta[2] as MetaChunk[]).map(([, , hash]) => join(dir, 'index', `${hash}.pf_index`));
    const words = (await Promise.all(oldFiles.map(async (file) => wordsOf(await unpacked(file), file)))).flat();
    const chunks = chunkWords(words, size);
    const files = await Promise.all(
      chunks.map((chunk) => pack(Buffer.concat([arrayHead(1), arrayHead(chunk.length), ...chunk.map((w) => w.bytes)]))),
    );
    // Names as Pagefind's: the language and the shortest start of the content's hash no other chunk has.
    const names: string[] = [];
    for (const data of files) {
      const full = hashOf(data, 64);
      let length = 7;
      while (names.includes(`${language}_${full.slice(0, length)}`)) length++;
      names.push(`${language}_${full.slice(0, length)}`);
    }
    await Promise.all(oldFiles.map((file) => rm(file)));
    await Promise.all(names.map((name, i) => writeFile(join(dir, 'index', `${name}.pf_index`), files[i] ?? '')));
    meta[2] = rangesOf(chunks).map(([from, to], i) => [from, to, names[i]]);
    const metaData = await pack(encode(meta));
    const metaHash = `${language}_${hashOf(metaData, info.hash.length - language.length - 1)}`;
    await rm(metaFile);
    await writeFile(join(dir, `pagefind.${metaHash}.pf_meta`), metaData);
    info.hash = metaHash;
    written += chunks.length;
  }
  await writeFile(entryFile, JSON.stringify(entry));
  return written;
}

/** The chunks of `dir`'s index (a Pagefind bundle) in the metadata's order: each one's range and words. */
export async function readChunks(dir: string): Promise<{ from: string; to: string; words: IndexWord[] }[]> {
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hashes = Object.values(entry.languages).map((info) => info.hash);
  const metas = await Promise.all(hashes.map((hash) => readMetaIndex(join(dir, `pagefind.${hash}.pf_meta`))));
  const chunks = metas.flatMap((meta) => meta[2] as MetaChunk[]);
  return Promise.all(
    chunks.map(async ([from, to, hash]) => {
      const file = join(dir, 'index', `${hash}.pf_index`);
      return { from, to, words: wordsOf(await unpacked(file), file) };
    }),
  );
}
