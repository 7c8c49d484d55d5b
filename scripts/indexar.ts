// `node scripts/indexar.ts`, the second half of `npm run build` (after `astro build`): the Pagefind
// search index and, meanwhile, the precompressed copies; then what hosts need beside the pages. It runs as a
// process of its own once Astro's has exited, so the two never hold memory at the same time.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { loadRedirects, type Redirect } from '#/src/build/redirects.ts';
import { atMost } from '#/src/build/atMost.ts';
import { rewriteIndex, type IndexedPage } from '#/src/build/searchChunks.ts';
import { isoDay, startOf } from '#/src/lib/dates.ts';
import {
  COMPRESSIBLE,
  hasGzipCopy,
  headersFile,
  MIN_COMPRESSED_BYTES,
  nginxRedirects,
  PAGEFIND_PACKED,
} from '#/src/build/serving.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip);

const seconds = (started: number): string => ((performance.now() - started) / 1000).toFixed(1);

/** The browser editor's folder of dist/: never in search, its bundle compressed at a cheaper level. */
const ADMIN_FOLDER = ADMIN_URL.replaceAll('/', '');

/**
 * Folders of dist/ with no page a reader searches for: players other sites embed, assets, files, the
 * editor. Pagefind would read their HTML only to find no `data-pagefind-body` (6,000 embeds at 10,000 entries).
 */
const NOT_SEARCHED = new Set(['embed', '_astro', 'pagefind', 'media', 'pdf', 'og', ADMIN_FOLDER]);

/**
 * Word positions per chunk of the word index, as src/build/searchChunks.ts cuts it again after Pagefind: a
 * search downloads the chunks its words fall in. At 10,000 entries 15,000 keeps a rare word's chunk under
 * 20 KB and the chunk list in the metadata every search loads no longer than Pagefind's own (bench report).
 */
export const INDEX_CHUNK_SIZE = 15_000;

/**
 * The pages of an index oldest first, given as Pagefind read them: their numbers in the new order, for
 * `rewriteIndex`. A page's date is its `data-pagefind-sort="fecha"`, which src/components/SearchIndexData.astro
 * writes from its `fecha` metadata as here; undated pages (hubs, lists) go first; pages of one day by file.
 */
export function oldestFirst(dist: string, pages: IndexedPage[]): number[] {
  const keys = pages.map(({ url, meta }, number) => ({
    number,
    date: meta['fecha'] ? isoDay(startOf(meta['fecha'])) : '',
    file: join(dist, ...decodeURI(url).split('/'), url.endsWith('/') ? 'index.html' : ''),
  }));
  keys.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  return keys.map((key) => key.number);
}

/**
 * Builds the Pagefind index of the HTML in `dist` into `dist/pagefind/`; returns how many pages it indexed.
 * Pagefind reads the pages in parallel (`addDirectory`, as its command line does) and numbers them in the
 * order it finishes each; `rewriteIndex` then numbers them oldest first, as they were when pages were sent one
 * by one in date order: the date sort every search loads is then the list 0, 1, 2…, which compresses to a
 * third (−5.4 KB of metadata at 10,000 entries).
 */
export async function buildSearchIndex(dist: string, log: (line: string) => void = () => {}): Promise<number> {
  const top = await readdir(dist, { withFileTypes: true });
  const folders = top.filter((entry) => entry.isDirectory() && !NOT_SEARCHED.has(entry.name)).map((e) => e.name);
  let started = performance.now();
  /** Logs a part of the index with its own seconds. */
  const done = (part: string) => {
    log(`${part} en ${seconds(started)} s`);
    started = performance.now();
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind no pudo crear el índice: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist, glob: `{*.html,{${folders.join(',')}}/**/*.html}` });
    if (added.errors.length) throw new Error(`Pagefind no pudo indexar estas páginas:\n${added.errors.join('\n')}`);
    done(`Índice: Pagefind leyó ${added.page_count} archivos HTML`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind no pudo escribir el índice: ${written.errors.join('; ')}`);
    done('Índice: Pagefind lo escribió');
  } finally {
    await pagefind.close();
  }
  const { pages } = await rewriteIndex(join(dist, 'pagefind'), INDEX_CHUNK_SIZE, {
    order: (indexed) => oldestFirst(dist, indexed),
    sortedBy: 'fecha',
  });
  done('Índice: páginas numeradas por fecha y palabras en trozos nuevos');
  return pages;
}

/**
 * Brotli quality per file, measured on a 1,000-entry build (see the bench report's notes): 11 for the
 * few files every search or page loads (scripts, the stylesheet, Pagefind's WebAssembly, metadata and
 * filters); 5 for the thousands of pages and data files, 0.6 % larger than 7 and 25 % faster, and for
 * the editor's 7 MB of scripts, which only editors load (11 took 10 s of every build).
 */
const brotliQuality = (file: string): number =>
  (/\.(?:js|mjs|css|wasm)$/.test(file) && !file.includes(`/${ADMIN_FOLDER}/`)) || PAGEFIND_PACKED.test(file) ? 11 : 5;

/**
 * Brotli's window: the smallest that holds the whole file (2^bits − 16 bytes), not its default 4 MB, which it
 * allocates for every file. At 10,000 entries that makes brotli a fifth faster, its copies no larger.
 */
const windowBits = (size: number): number =>
  Math.min(
    constants.BROTLI_DEFAULT_WINDOW,
    Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(size + 16))),
  );

const brotli = (data: Buffer, file: string) =>
  brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_LGWIN]: windowBits(data.length),
    },
  });

/** Every file under `dir`, as absolute paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Compressed copies of one file: `.br` of a text file and, unless it is a page, `.gz` (`hasGzipCopy`); `.br` of
 * the unpacked bytes of a Pagefind one.
 */
async function compressFile(file: string): Promise<boolean> {
  if (PAGEFIND_PACKED.test(file)) {
    const data = await gunzipAsync(await readFile(file));
    await writeFile(`${file}.br`, await brotli(data, file));
    return true;
  }
  if ((await stat(file)).size < MIN_COMPRESSED_BYTES) return false;
  const data = await readFile(file);
  // gzip -9 costs no more than -6 on files this small.
  await Promise.all([
    brotli(data, file).then((br) => writeFile(`${file}.br`, br)),
    hasGzipCopy(file) && gzipAsync(data, { level: 9 }).then((gz) => writeFile(`${file}.gz`, gz)),
  ]);
  return true;
}

/**
 * Writes a `.br` and, but for pages, a `.gz` beside every text file among `files`, for servers that send
 * precompressed files (nginx's brotli_static / gzip_static). Pagefind's metadata, filters and
 * WebAssembly come gzipped by Pagefind, which unpacks them in the browser unless they arrive
 * unpacked: they get a `.br` of their unpacked bytes, ~12 % smaller, which browsers unpack natively.
 * zlib runs in libuv's thread pool: one file per core at a time; returns how many files were compressed.
 */
export async function precompress(files: string[]): Promise<number> {
  // Pagefind's files first: the slowest ones should not finish alone.
  const queue = [
    ...files.filter((file) => PAGEFIND_PACKED.test(file)),
    ...files.filter((file) => COMPRESSIBLE.test(file)),
  ];
  const compressed = await atMost(availableParallelism(), queue, compressFile);
  return compressed.filter(Boolean).length;
}

/**
 * The search index and the compressed copies at once: Pagefind (a process of its own) keeps about one
 * and a half cores busy, zlib takes what is left. The site's files are listed before Pagefind writes
 * anything; its own files are compressed once it has written them. Logs each part as it ends.
 */
export async function indexAndCompress(dist: string, log: (line: string) => void = () => {}): Promise<void> {
  const started = performance.now();
  const pagefindDir = join(dist, 'pagefind');
  const siteFiles = (await filesUnder(dist)).filter((file) => !file.startsWith(`${pagefindDir}/`));
  const indexing = buildSearchIndex(dist, log).then((pages) => {
    log(`Índice de búsqueda: ${pages} páginas en dist/pagefind/ en ${seconds(started)} s`);
  });
  const [, siteCount] = await Promise.all([indexing, precompress(siteFiles)]);
  const count = siteCount + (await precompress(await filesUnder(pagefindDir)));
  log(
    `Archivos comprimidos (brotli, y gzip salvo las páginas, a la par del índice): ${count} en ${seconds(started)} s`,
  );
}

/**
 * What hosts need beside the pages: `_headers` for Netlify / Cloudflare Pages (a rule per top-level
 * entry of dist/; compressed copies are served under their original's address) and nginx's redirects.
 */
export async function writeHostFiles(dist: string, redirects: Redirect[]): Promise<void> {
  const topLevel = (await readdir(dist, { withFileTypes: true }))
    .filter((entry) => !/\.(?:gz|br)$/.test(entry.name))
    .map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
  await writeFile(join(dist, '_headers'), headersFile(topLevel));
  await writeFile(join(dist, '_nginx-redirecciones.conf'), nginxRedirects(redirects));
}

if (import.meta.main) {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(
      'No hay un sitio construido en dist/: corre `npm run build`, que construye con Astro y luego indexa.',
    );
    process.exit(1);
  }
  try {
    const redirects = loadRedirects();
    await indexAndCompress(dist, (line) => console.log(`[indexar] ${line}`));
    await writeHostFiles(dist, redirects);
  } catch (error) {
    console.error(
      `La construcción no terminó: el índice de búsqueda o los archivos del servidor fallaron.\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  console.log('Sitio listo en dist/. Para verlo como se publicará: npm run serve, y abre http://localhost:8080/');
}
