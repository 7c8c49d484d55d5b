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

/**
 * Writes a CBOR head (major type 0, unsigned integer, or 4, array) with its argument, in its shortest form,
 * into `out` at `at`; returns where it ends.
 */
function writeHead(out: Buffer, at: number, major: number, value: number): number {
  const type = major << 5;
  if (value < 24) {
    out[at] = type + value;
    return at + 1;
  }
  if (value < 0x100) {
    out[at] = type + 24;
    out[at + 1] = value;
    return at + 2;
  }
  if (value < 0x10000) {
    out[at] = type + 25;
    return out.writeUInt16BE(value, at + 1);
  }
  out[at] = type + 26;
  return out.writeUInt32BE(value, at + 1);
}

/** The head of a CBOR array of `length` items, on its own. */
function arrayHead(length: number): Buffer {
  const bytes = Buffer.alloc(5);
  return bytes.subarray(0, writeHead(bytes, 0, 4, length));
}

/**
 * A reader of the CBOR heads Pagefind writes in its word chunks: integers, text and arrays of known length.
 * A general CBOR decoder took 20 s at 10,000 entries, for tens of thousands of positions per chunk.
 */
function reader(body: Buffer, file: string) {
  const state = { at: 0, major: 0 };
  /** Reads one head: returns its argument and leaves its major type in `state.major` (no array per head). */
  const next = (): number => {
    const initial = body[state.at++] ?? 0xff;
    state.major = initial >> 5;
    const info = initial & 31;
    if (info < 24) return info;
    if (info > 27) throw formatError(file);
    const size = 2 ** (info - 24);
    const value = size === 8 ? Number(body.readBigUInt64BE(state.at)) : body.readUIntBE(state.at, size);
    state.at += size;
    return value;
  };
  const expect = (major: number): number => {
    const value = next();
    if (state.major !== major) throw formatError(file);
    return value;
  };
  return {
    state,
    expect,
    /** A list of integers (positions, which may be negative); returns how many. */
    integers: (): number => {
      const count = expect(4);
      for (let i = 0; i < count; i++) {
        next();
        if (state.major > 1) throw formatError(file);
      }
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
  // Checked without copying the file: its heads as `arrayHead` writes them, then the words, nothing after.
  const heads = Buffer.concat([arrayHead(1), arrayHead(words.length)]);
  if (read.state.at !== body.length || !body.subarray(0, heads.length).equals(heads)) throw formatError(file);
  return words;
}

/**
 * A word's bytes (as `wordsOf` read and checked them) with every page number `old` replaced by `renumbered[old]`.
 * A word lists its pages in ascending order, each by its difference from the one before; the new numbers are
 * put in order and written the same way. Positions are copied as they are.
 */
function renumberWord(bytes: Buffer, renumbered: Int32Array, file: string): Buffer {
  const read = reader(bytes, file);
  // A page's number may take up to 4 bytes more than before; a page takes at least 4.
  const out = Buffer.allocUnsafe(bytes.length * 2 + 8);
  let at = 0;
  /** Copies what `step` reads, as it is. */
  const copy = (step: () => unknown) => {
    const start = read.state.at;
    step();
    at += bytes.copy(out, at, start, read.state.at);
  };
  /** Writes a list of pages with the new numbers; returns the first of them. */
  const pages = (): number => {
    const count = read.expect(4);
    const numbers = new Int32Array(count);
    const rests = new Int32Array(count * 2);
    let old = 0;
    for (let i = 0; i < count; i++) {
      read.expect(4);
      old += read.expect(0);
      const page = renumbered[old] ?? -1;
      if (page < 0) throw formatError(file);
      numbers[i] = page;
      rests[2 * i] = read.state.at;
      read.integers();
      read.integers();
      rests[2 * i + 1] = read.state.at;
    }
    const order = Array.from(numbers.keys()).sort((a, b) => (numbers[a] ?? 0) - (numbers[b] ?? 0));
    at = writeHead(out, at, 4, count);
    let previous = 0;
    for (const i of order) {
      const page = numbers[i] ?? 0;
      at = writeHead(out, writeHead(out, at, 4, 3), 0, page - previous);
      at += bytes.copy(out, at, rests[2 * i], rests[2 * i + 1]);
      previous = page;
    }
    return numbers[order[0] ?? 0] ?? 0;
  };
  copy(() => (read.expect(4), read.text()));
  pages();
  let count = 0;
  copy(() => (count = read.expect(4)));
  const variants = Array.from({ length: count }, () => {
    const start = at;
    copy(() => (read.expect(4), read.text()));
    const first = pages();
    return { first, bytes: Buffer.from(out.subarray(start, at)) };
  });
  // Pagefind lists a word's accented forms in the order it first met them: by their first page (forms first
  // met on the same page keep Pagefind's order, which depends on how it read that page).
  if (count > 0) {
    at -= variants.reduce((sum, variant) => sum + variant.bytes.length, 0);
    for (const variant of variants.sort((a, b) => a.first - b.first)) at += variant.bytes.copy(out, at);
  }
  return out.subarray(0, at);
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
