// Bytes a first search costs a reader: /buscar/ opened in real Chromium, a common query, results shown.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveSite } from '../../tests/support/browser.ts';
import { gzipBytes } from './pesos.ts';

/** One file the browser fetched. */
export interface Transfer {
  path: string;
  /** Bytes on the wire: headers plus the body as sent (compressed if the server compressed it). */
  transferred: number;
  /** Content-Encoding the server used, if any. */
  encoding: string;
  /** The same file gzip -9 compressed (as gzip_static would serve it), or as is when it is not text. */
  gzipEstimate: number;
}

export interface FirstQuery {
  query: string;
  /** Result links on the page when the measurement ended. */
  results: number;
  transferred: number;
  gzipEstimate: number;
  files: Transfer[];
}

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv)$|\/$/;
/** Links to entry pages and hubs: what a search result points to. */
const RESULT_LINKS =
  'main a[href*="/capsulas/"], main a[href*="/revista/"], main a[href*="/planes/"], main a[href*="/abc/"], main a[href*="/estados/"], main a[href*="/comisiones/"], main a[href*="/organismos/"], main a[href*="/regiones/"]';

/** What the file behind `path` would weigh gzip -9 compressed, when it is text; its size otherwise. */
function estimate(dist: string, path: string, transferred: number): number {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) return transferred;
  const data = readFileSync(file);
  return COMPRESSIBLE.test(path) ? gzipBytes(data) : data.length;
}

/**
 * Serves `dist`, opens `/buscar/?q=<query>` (typing into the page's search box if the address alone
 * shows nothing), waits for result links and for the network to settle, and sums every response.
 */
export async function measureFirstQuery(dist: string, query = 'transparencia'): Promise<FirstQuery> {
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const pending: Promise<Transfer | undefined>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const url = new URL(request.url());
          if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
          const sizes = await request.sizes();
          const response = await request.response();
          // Playwright reports no body size for a worker's own script: take the file nginx sends,
          // the precompressed copy for the encoding it used, or the file itself.
          const encoding = (await response?.headerValue('content-encoding')) ?? '';
          const sent = join(dist, url.pathname + (encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : ''));
          const body =
            sizes.responseBodySize || (response?.status() === 200 && existsSync(sent) ? statSync(sent).size : 0);
          const transferred = sizes.responseHeadersSize + body;
          return {
            path: url.pathname + url.search,
            transferred,
            encoding,
            gzipEstimate: estimate(dist, url.pathname, transferred),
          };
        })(),
      );
    });
    await page.goto(`${server.url}/buscar/?q=${encodeURIComponent(query)}`);
    const results = () => page.locator(RESULT_LINKS).count();
    try {
      await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, RESULT_LINKS, {
        timeout: 15_000,
      });
    } catch {
      // The address alone did not search: type the query as a reader would.
      await page.getByRole('main').getByRole('searchbox').first().fill(query);
      await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, RESULT_LINKS, {
        timeout: 30_000,
      });
    }
    await page.waitForLoadState('networkidle');
    const count = await results();
    const files = (await Promise.all(pending)).filter((file): file is Transfer => file !== undefined);
    return {
      query,
      results: count,
      transferred: files.reduce((sum, file) => sum + file.transferred, 0),
      gzipEstimate: files.reduce((sum, file) => sum + file.gzipEstimate, 0),
      files: files.sort((a, b) => b.transferred - a.transferred),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
