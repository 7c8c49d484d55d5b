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
import { atMost } from '#/src/build/atMost.ts';

/** Pagefind's files start, once unzipped, with this signature. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** Files read or written at once: enough to keep the disk busy, far below the system's limit of open files. */
const FILES_AT_ONCE = 64;
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

/** A CBOR head: major type 0 (unsigned integer) or 4 (array) with its argument, in its shortest form. */
function head(major: number, value: number): Buffer {
  const type = major << 5;
  if (value < 24) return Buffer.from([type + value]);
  if (value < 0x100) return Buffer.from([type + 24, value]);
  if (value < 0x10000) return Buffer.from([type + 25, value >> 8, value & 0xff]);
  const bytes = Buffer.alloc(5);
  bytes[0] = type + 26;
  bytes.writeUInt32BE(value, 1);
  return bytes;
}
const arrayHead = (length: number) => head(4, length);

/**
 * A reader of the CBOR heads Pagefind writes in its word chunks: integers, text and arrays of known length.
 * A general CBOR decoder took 20 s at 10,000 entries, for tens of thousands of positions per chunk.
 */
function reader(body: Buffer, file: string) {
  const state = { at: 0 };
  /** Reads one head: its major type and its argument. */
  const next = (): [number, number] => {
    const initial = body[state.at++] ?? 0xff;
    const info = initial & 31;
    if (info < 24) return [initial >> 5, info];
    if (info > 27) throw formatError(file);
    const size = 2 ** (info - 24);
    const value = size === 8 ? Number(body.readBigUInt64BE(state.at)) : body.readUIntBE(state.at, size);
    state.at += size;
    return [initial >> 5, value];
  };
  const expect = (major: number): number => {
    const [found, value] = next();
    if (found !== major) throw formatError(file);
    return value;
  };
  return {
    state,
    expect,
    /** A list of integers (positions, which may be negative); returns how many. */
    integers: (): number => {
      const count = expect(4);
      for (let i = 0; i < count; i++) if (next()[0] > 1) throw formatError(file);
      return count;
    },
    text: (): string => {
      const length = expect(3);
      return body.toString('utf8', state.at, (state.at += length));
    },
  };
}

/**
 * The words of one chunk, read without decoding their positions. Each word is [text, pages, variants], a page
 * [number, positions, field positions], a variant (an accented form) [text, pages]. The words' bytes put
 * back together must give the file again.
 */
function wordsOf(body: Buffer, file: string): IndexWord[] {
  const read = reader(body, file);
  /** A list of pages; returns their weight. */
  const pages = (): number => {
    let weight = 0;
    for (let count = read.expect(4); count > 0; count--) {
      if (read.expect(4) !== 3) throw formatError(file);
      read.expect(0);
      weight += read.integers() + read.integers() + 1;
    }
    return weight;
  };
  if (read.expect(4) !== 1) throw formatError(file);
  const words: IndexWord[] = [];
  for (let count = read.expect(4); count > 0; count--) {
    const start = read.state.at;
    if (read.expect(4) !== 3) throw formatError(file);
    const word = read.text();
    let weight = pages();
    for (let variants = read.expect(4); variants > 0; variants--) {
      if (read.expect(4) !== 2) throw formatError(file);
      read.text();
      weight += pages();
    }
    words.push({ word, weight, bytes: body.subarray(start, read.state.at) });
  }
  const again = Buffer.concat([arrayHead(1), arrayHead(words.length), ...words.map((word) => word.bytes)]);
  if (!again.equals(body)) throw formatError(file);
  return words;
}

/**
 * A word's bytes (as `wordsOf` read and checked them) with every page number `old` replaced by `renumbered[old]`.
 * A word lists its pages in ascending order, each by its difference from the one before; the new numbers are
 * put in order and written the same way. Positions are copied as they are.
 */
function renumberWord(bytes: Buffer, renumbered: Int32Array, file: string): Buffer {
  const read = reader(bytes, file);
  /** What `step` reads, as it is. */
  const copy = (step: () => unknown): Buffer => {
    const start = read.state.at;
    step();
    return bytes.subarray(start, read.state.at);
  };
  /** A list of pages with the new numbers, and the first of them. */
  const pages = (): { first: number; parts: Buffer[] } => {
    const entries: { page: number; rest: Buffer }[] = [];
    let old = 0;
    for (let count = read.expect(4); count > 0; count--) {
      read.expect(4);
      old += read.expect(0);
      const page = renumbered[old] ?? -1;
      if (page < 0) throw formatError(file);
      entries.push({ page, rest: copy(() => (read.integers(), read.integers())) });
    }
    entries.sort((a, b) => a.page - b.page);
    const parts = [arrayHead(entries.length)];
    entries.forEach(({ page, rest }, i) => parts.push(arrayHead(3), head(0, page - (entries[i - 1]?.page ?? 0)), rest));
    return { first: entries[0]?.page ?? 0, parts };
  };
  const word = copy(() => (read.expect(4), read.text()));
  const own = pages();
  let count = 0;
  const variantsHead = copy(() => (count = read.expect(4)));
  const variants = Array.from({ length: count }, () => {
    const form = copy(() => (read.expect(4), read.text()));
    const { first, parts } = pages();
    return { first, parts: [form, ...parts] };
  });
  // Pagefind lists a word's accented forms in the order it first met them: by their first page (forms first
  // met on the same page keep Pagefind's order, which depends on how it read that page).
  variants.sort((a, b) => a.first - b.first);
  return Buffer.concat([word, ...own.parts, variantsHead, ...variants.flatMap((variant) => variant.parts)]);
}

/** A Pagefind file of CBOR (metadata, filters), decoded, checked to encode back to the same bytes. */
async function readChecked(file: string): Promise<unknown[]> {
  const body = await unpacked(file);
  const data = decode(body);
  if (!Array.isArray(data) || !Buffer.from(encode(data)).equals(body)) throw formatError(file);
  return data as unknown[];
}

/** What a page's fragment (JSON behind the signature) says of it: its address and its metadata. */
export interface IndexedPage {
  url: string;
  meta: Record<string, string>;
}

async function indexedPage(file: string): Promise<IndexedPage> {
  const { url, meta } = JSON.parse((await unpacked(file)).toString('utf8')) as Partial<IndexedPage>;
  if (typeof url !== 'string' || typeof meta !== 'object') throw formatError(file);
  return { url, meta };
}

const pack = (cbor: Uint8Array): Promise<Buffer> => gzipAsync(Buffer.concat([SIGNATURE, cbor]));
const packed = (data: unknown): Promise<Buffer> => pack(encode(data));
const hashOf = (data: Uint8Array, length: number): string =>
  createHash('sha256').update(data).digest('hex').slice(0, length);

/** A file's name as Pagefind gives it: the language and the shortest start of its hash no other file has. */
function namer(language: string) {
  const names = new Set<string>();
  return (data: Uint8Array): string => {
    const full = hashOf(data, 64);
    let length = 7;
    while (names.has(`${language}_${full.slice(0, length)}`)) length++;
    const name = `${language}_${full.slice(0, length)}`;
    names.add(name);
    return name;
  };
}

/** A filter file: its name, and each of its values with the numbers of the pages that have it. */
type FilterFile = [string, [string, number[]][]];

/**
 * Gives the pages of one language's index new numbers: `renumbered[old]` is each page's new number. Pagefind
 * numbers pages in the order it finishes reading them; the metadata lists them in that order, and the filters,
 * the sorts and every word's list of pages refer to them by number.
 */
async function renumberPages(
  dir: string,
  meta: unknown[],
  { renumbered, sortedBy, name }: { renumbered: Int32Array; sortedBy: string; name: (data: Uint8Array) => string },
) {
  const pages = meta[1] as unknown[];
  const inOrder: unknown[] = new Array(pages.length);
  pages.forEach((page, old) => (inOrder[renumbered[old] ?? -1] = page));
  if (inOrder.includes(undefined)) throw formatError(join(dir, 'pagefind.pf_meta'));
  meta[1] = inOrder;
  const newNumber = (file: string) => (old: number) => {
    const page = renumbered[old];
    if (page === undefined) throw formatError(file);
    return page;
  };
  meta[3] = await Promise.all(
    (meta[3] as [string, string][]).map(async ([filter, hash]) => {
      const file = join(dir, 'filter', `${hash}.pf_filter`);
      const [key, values] = (await readChecked(file)) as FilterFile;
      const bytes = await packed([
        key,
        values.map(([value, list]) => [value, list.map(newNumber(file)).sort((a, b) => a - b)]),
      ]);
      const newHash = name(bytes);
      await rm(file);
      await writeFile(join(dir, 'filter', `${newHash}.pf_filter`), bytes);
      return [filter, newHash];
    }),
  );
  // Pagefind lists pages of equal value by number: in the sort the new numbers follow, that is all of them.
  meta[4] = (meta[4] as [string, number[]][]).map(([sort, list]) => {
    const mapped = list.map(newNumber('pf_meta'));
    return [sort, sort === sortedBy ? mapped.sort((a, b) => a - b) : mapped];
  });
}

/** How the pages of an index are numbered again: see `rewriteIndex`. */
export interface PageOrder {
  /** Receives the pages in Pagefind's order; returns their numbers in the new order. */
  order: (pages: IndexedPage[]) => number[];
  /** The Pagefind sort (`data-pagefind-sort`) that the new order follows, whose list becomes 0, 1, 2… */
  sortedBy: string;
}

/**
 * Rewrites the index of `dir` (a Pagefind bundle, e.g. dist/pagefind): its pages numbered again as `pages`
 * says, when given, and its words cut again in chunks of at most `size` positions (`chunkWords`, `rangesOf`).
 * Returns how many pages the index holds and how many chunks it wrote.
 */
export async function rewriteIndex(
  dir: string,
  size: number,
  pages?: PageOrder,
): Promise<{ pages: number; chunks: number }> {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const written = { pages: 0, chunks: 0 };
  for (const [language, info] of Object.entries(entry.languages)) {
    const name = namer(language);
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = await readChecked(metaFile);
    let renumbered: Int32Array | undefined;
    if (pages) {
      const hashes = (meta[1] as [string][]).map(([hash]) => hash);
      const olds = pages.order(
        await atMost(FILES_AT_ONCE, hashes, (hash) => indexedPage(join(dir, 'fragment', `${hash}.pf_fragment`))),
      );
      renumbered = new Int32Array(hashes.length).fill(-1);
      olds.forEach((old, page) => {
        if (renumbered && renumbered[old] === -1) renumbered[old] = page;
      });
      if (olds.length !== hashes.length || renumbered.includes(-1))
        throw new Error(
          `El orden de las páginas del índice no nombra cada página una vez (${olds.length} de ${hashes.length}).`,
        );
      await renumberPages(dir, meta, { renumbered, sortedBy: pages.sortedBy, name });
    }
    const oldFiles = (meta[2] as MetaChunk[]).map(([, , hash]) => join(dir, 'index', `${hash}.pf_index`));
    const words = (
      await atMost(FILES_AT_ONCE, oldFiles, async (file) => {
        const read = wordsOf(await unpacked(file), file);
        return renumbered ? read.map((word) => ({ ...word, bytes: renumberWord(word.bytes, renumbered, file) })) : read;
      })
    ).flat();
    const chunks = chunkWords(words, size);
    const files = await Promise.all(
      chunks.map((chunk) => pack(Buffer.concat([arrayHead(1), arrayHead(chunk.length), ...chunk.map((w) => w.bytes)]))),
    );
    const names = files.map(name);
    await atMost(FILES_AT_ONCE, oldFiles, (file) => rm(file));
    await atMost(FILES_AT_ONCE, names, (chunkName, i) =>
      writeFile(join(dir, 'index', `${chunkName}.pf_index`), files[i] ?? ''),
    );
    meta[2] = rangesOf(chunks).map(([from, to], i) => [from, to, names[i]]);
    const metaData = await packed(meta);
    const metaHash = `${language}_${hashOf(metaData, info.hash.length - language.length - 1)}`;
    await rm(metaFile);
    await writeFile(join(dir, `pagefind.${metaHash}.pf_meta`), metaData);
    info.hash = metaHash;
    written.pages += (meta[1] as unknown[]).length;
    written.chunks += chunks.length;
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
  const metas = await Promise.all(hashes.map((hash) => readChecked(join(dir, `pagefind.${hash}.pf_meta`))));
  const chunks = metas.flatMap((meta) => meta[2] as MetaChunk[]);
  return atMost(FILES_AT_ONCE, chunks, async ([from, to, hash]) => {
    const file = join(dir, 'index', `${hash}.pf_index`);
    return { from, to, words: wordsOf(await unpacked(file), file) };
  });
}
