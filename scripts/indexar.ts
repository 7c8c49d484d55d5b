// `node scripts/indexar.ts`, the second half of `npm run build` (after `astro build`): the Pagefind
// search index and, meanwhile, the precompressed copies; then what hosts need beside the pages. It runs as a
// process of its own once Astro's has exited, so the two never hold memory at the same time.
import { spawn } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { loadRedirects, type Redirect } from '#/src/build/redirects.ts';
import { atMost } from '#/src/build/atMost.ts';
import { rewriteIndex, type IndexedPage } from '#/src/build/searchChunks.ts';
import { isoDay, startOf } from '#/src/lib/dates.ts';
import {
  headersFile,
  MIN_COMPRESSED_BYTES,
  nginxRedirects,
  PAGEFIND_PACKED,
  PRECOMPRESSED,
} from '#/src/build/serving.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';
import { lastLines } from './checks/astro.ts';

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
 * Pagefind's command line, as its npm package runs it (`npx pagefind`) and the bench's base build does. At
 * 10,000 entries it indexes our pages in 19.8 s where its Node API (`addDirectory`, `writeFiles`) took 22.6 s.
 */
const PAGEFIND_CLI = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Runs Pagefind's command line over the pages of `dist`, into `dist/pagefind/`; returns what it printed. */
function runPagefind(dist: string, folders: string[]): Promise<string> {
  const glob = `{*.html,{${folders.join(',')}}/**/*.html}`;
  // In dist/, where no pagefind.yml is: the command line reads its settings from the folder it runs in.
  const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', '.', '--glob', glob], { cwd: dist });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) {
        resolve(output.stdout);
        return;
      }
      // Its errors last, after what it was doing.
      const said = lastLines(`${output.stdout}\n${output.stderr}`, 12).join('\n');
      reject(new Error(`Pagefind no pudo construir el índice de búsqueda:\n${said}`));
    });
  });
}

/**
 * Builds the Pagefind index of the HTML in `dist` into `dist/pagefind/`; returns how many pages it indexed.
 * Pagefind reads the pages in parallel and numbers them in the order it finishes each; `rewriteIndex` then
 * numbers them oldest first, as they were when pages were sent one by one in date order: the date sort every
 * search loads is then the list 0, 1, 2…, which compresses to a third (−5.4 KB of metadata at 10,000 entries).
 */
export async function buildSearchIndex(
  dist: string,
  log: (line: string) => void = () => {},
  /** Runs once Pagefind has written its files, while they are numbered by date (on one core). */
  meanwhile: () => Promise<unknown> = async () => {},
): Promise<number> {
  const top = await readdir(dist, { withFileTypes: true });
  const folders = top.filter((entry) => entry.isDirectory() && !NOT_SEARCHED.has(entry.name)).map((e) => e.name);
  let started = performance.now();
  /** Logs a part of the index with its own seconds. */
  const done = (part: string) => {
    log(`${part} en ${seconds(started)} s`);
    started = performance.now();
  };
  const output = await runPagefind(dist, folders);
  done(`Índice: Pagefind leyó y escribió ${/Indexed (\d+) pages?/.exec(output)?.[1] ?? '?'} páginas`);
  const [{ pages }] = await Promise.all([
    rewriteIndex(join(dist, 'pagefind'), INDEX_CHUNK_SIZE, {
      order: (indexedPages) => oldestFirst(dist, indexedPages),
      sortedBy: 'fecha',
    }),
    meanwhile(),
  ]);
  done('Índice: páginas numeradas por fecha y palabras en trozos nuevos');
  return pages;
}

/**
 * Brotli quality per file, measured on a 1,000-entry build (see the bench report's notes): 11 for the
 * few files every search or page loads (scripts, the stylesheet, Pagefind's WebAssembly, metadata and
 * filters); 5 for the rest (feeds, calendars, data files), 0.6 % larger than 7 and 25 % faster, and for
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

/** Compressed copies of one file: `.br` and `.gz` of a text file; `.br` of the unpacked bytes of a Pagefind one. */
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
    gzipAsync(data, { level: 9 }).then((gz) => writeFile(`${file}.gz`, gz)),
  ]);
  return true;
}

/**
 * Writes a `.br` and a `.gz` beside every text file among `files` but pages (`PRECOMPRESSED`), for servers that
 * send precompressed files (nginx's brotli_static / gzip_static). Pagefind's metadata, filters and
 * WebAssembly come gzipped by Pagefind, which unpacks them in the browser unless they arrive
 * unpacked: they get a `.br` of their unpacked bytes, ~12 % smaller, which browsers unpack natively.
 * zlib runs in libuv's thread pool: one file per core at a time; returns how many files were compressed.
 */
export async function precompress(files: string[]): Promise<number> {
  // Pagefind's files first: the slowest ones should not finish alone.
  const queue = [
    ...files.filter((file) => PAGEFIND_PACKED.test(file)),
    ...files.filter((file) => PRECOMPRESSED.test(file)),
  ];
  const compressed = await atMost(availableParallelism(), queue, compressFile);
  return compressed.filter(Boolean).length;
}

/** Pagefind's files `rewriteIndex` writes again: the metadata, the filters and the entry that names them. */
const REWRITTEN = /\.pf_(?:meta|filter)$|\/pagefind-entry\.json$/;

/**
 * The search index and the compressed copies at once: the site's files as Pagefind runs (listed as it
 * starts, leaving out its folder), its script, styles and WebAssembly while its index is numbered by date
 * (on one core), the metadata and filters once they are final. Logs each part as it ends.
 */
export async function indexAndCompress(dist: string, log: (line: string) => void = () => {}): Promise<void> {
  const started = performance.now();
  const pagefindDir = join(dist, 'pagefind');
  let pagefindCount = 0;
  const indexing = buildSearchIndex(dist, log, async () => {
    pagefindCount += await precompress((await filesUnder(pagefindDir)).filter((file) => !REWRITTEN.test(file)));
  }).then((pages) => {
    log(`Índice de búsqueda: ${pages} páginas en dist/pagefind/ en ${seconds(started)} s`);
  });
  const compressing = filesUnder(dist).then((files) =>
    precompress(files.filter((file) => !file.startsWith(`${pagefindDir}/`))),
  );
  const [, siteCount] = await Promise.all([indexing, compressing]);
  pagefindCount += await precompress((await filesUnder(pagefindDir)).filter((file) => REWRITTEN.test(file)));
  log(
    `Archivos comprimidos (brotli y gzip; las páginas no: nginx las comprime al enviarlas): ${siteCount + pagefindCount} en ${seconds(started)} s`,
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
