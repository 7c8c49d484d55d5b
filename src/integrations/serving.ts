import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import type { Redirect } from '../lib/redirects';
import { COMPRESSIBLE, headersFile, nginxRedirects, PAGEFIND_PACKED } from '../lib/serving';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const gunzipAsync = promisify(gunzip);

/** Below this size a compressed copy saves less than its headers cost. */
const MIN_BYTES = 512;

/**
 * Brotli's best quality for the few shared scripts and styles every visitor downloads; a faster
 * one for pages and data, of which there are thousands (quality 11 is 25 times slower for 9 % less).
 */
const brotliQuality = (file: string): number =>
  /\.(?:js|mjs|css|wasm)$/.test(file) || PAGEFIND_PACKED.test(file) ? 11 : 7;

const brotli = (data: Buffer, file: string) =>
  brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

/** Every file under `dir`, as absolute paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes a `.gz` and a `.br` beside every text file of `dir`, for servers that send precompressed
 * files (nginx's gzip_static / brotli_static). Pagefind's index and WebAssembly come gzipped by
 * Pagefind, which unpacks them in the browser unless they arrive unpacked: they get a `.br` of
 * their unpacked bytes, ~12 % smaller, which browsers unpack natively. zlib runs in libuv's
 * thread pool, so files are compressed in parallel; returns how many files were compressed.
 */
export async function precompress(dir: string): Promise<number> {
  const all = await filesUnder(dir);
  const files = all.filter((file) => COMPRESSIBLE.test(file));
  let count = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      if ((await stat(file)).size < MIN_BYTES) continue;
      const data = await readFile(file);
      const [gz, br] = await Promise.all([gzipAsync(data, { level: 9 }), brotli(data, file)]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
      count++;
    }
  };
  const packed = all.filter((file) => PAGEFIND_PACKED.test(file));
  const repack = async () => {
    for (let file = packed.pop(); file; file = packed.pop()) {
      const data = await gunzipAsync(await readFile(file));
      await writeFile(`${file}.br`, await brotli(data, file));
      count++;
    }
  };
  await Promise.all([...Array.from({ length: 4 }, worker), ...Array.from({ length: 2 }, repack)]);
  return count;
}

/**
 * What hosts need beside the pages, written last (after the search index): `_headers` for
 * Netlify / Cloudflare Pages, the redirects for nginx, and precompressed copies of every text file.
 */
export function hostFiles(redirects: Redirect[]): AstroIntegration {
  return {
    name: 'snt-servidor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const topLevel = (await readdir(out, { withFileTypes: true })).map((entry) => ({
          name: entry.name,
          directory: entry.isDirectory(),
        }));
        await writeFile(join(out, '_headers'), headersFile(topLevel));
        await writeFile(join(out, '_nginx-redirecciones.conf'), nginxRedirects(redirects));
        const started = performance.now();
        const compressed = await precompress(out);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Servidor: _headers, redirecciones de nginx y ${compressed} archivos comprimidos (gzip y brotli) en ${seconds} s`,
        );
      },
    },
  };
}
