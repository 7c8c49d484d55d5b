// Bytes a search costs a reader: /buscar/ opened in real Chromium, one query per kind of word the
// budgets name (a common word, a rare one, three common ones), each from an empty cache, and a later
// query typed into the same page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '#/scripts/herramientas/navegador.ts';
import { serveSite } from '#/scripts/herramientas/servidor.ts';
import { RARE_SAMPLE, RARE_SHARE, type SearchWords } from './palabras.ts';
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

/** What one query cost. */
export interface QueryCost {
  query: string;
  /** Results shown on the page when the measurement ended. */
  results: number;
  /** Pages the search found, as the page says («9415 resultados para…»); 0 when it found none. */
  found: number;
  transferred: number;
  gzipEstimate: number;
  files: Transfer[];
}

/** Every query the bench runs, and the part of a first search that does not depend on the words. */
export interface SearchCosts {
  words: SearchWords;
  /** First searches, each in a new browser context (nothing cached). */
  common: QueryCost;
  rare: QueryCost;
  three: QueryCost;
  /** The rare word typed after the common word's results: only what it adds (its chunks and fragments). */
  later: QueryCost;
  /** Bytes of the common word's first search that any query costs: engine, metadata, the page and its files. */
  fixed: number;
  /**
   * First searches of the rare sample: RARE_SAMPLE words of `words.rareCandidates` that the search finds on at
   * most RARE_SHARE of the pages; and of the words drawn before them that are rare in the text but that the
   * search finds on more pages, because Pagefind searches a word's stem («abierta» finds «abierto»).
   */
  rareSample: QueryCost[];
  rareInTextOnly: QueryCost[];
  /** First searches of each word of `words.commonSample`. */
  commonSample: QueryCost[];
}

/** Files whose bytes depend on the words searched: index chunks, filters and the results' fragments. */
export const PER_QUERY = /\.pf_(?:index|filter|fragment)$/;

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv)$|\/$/;
/** A result the page shows: rendered only once its fragment has been downloaded. */
const RESULT = 'main ol.results > li';
/** The page's summary says there is no result («No hay resultados para…»). */
const NONE = /^No hay resultados/;
/** How long the network must stay quiet for a query to be over. */
const QUIET_MS = 500;

/** What the file behind `path` would weigh gzip -9 compressed, when it is text; its size otherwise. */
function estimate(dist: string, path: string, transferred: number): number {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) return transferred;
  const data = readFileSync(file);
  return COMPRESSIBLE.test(path) ? gzipBytes(data) : data.length;
}

/** The size of one finished request, as the network sent it. */
async function transfer(dist: string, request: Request): Promise<Transfer | undefined> {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
  const sizes = await request.sizes();
  const response = await request.response();
  // Playwright reports no body size for a worker's own script: take the file nginx sends,
  // the precompressed copy for the encoding it used, or the file itself.
  const encoding = (await response?.headerValue('content-encoding')) ?? '';
  const sent = join(dist, url.pathname + (encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : ''));
  const body = sizes.responseBodySize || (response?.status() === 200 && existsSync(sent) ? statSync(sent).size : 0);
  const transferred = sizes.responseHeadersSize + body;
  return {
    path: url.pathname + url.search,
    transferred,
    encoding,
    gzipEstimate: estimate(dist, url.pathname, transferred),
  };
}

/** Records what a page fetches; `take` hands over what finished since the last call, once the network is quiet. */
function record(page: Page, dist: string) {
  let pending: Promise<Transfer | undefined>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number) => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfailed', () => change(-1));
  page.on('requestfinished', (request) => {
    change(-1);
    pending.push(transfer(dist, request));
  });
  return async (query: string, test: (file: Transfer) => boolean = () => true): Promise<QueryCost> => {
    // A word of the real text the index splits otherwise may find nothing: that is a figure too.
    await page.waitForFunction(
      ([selector, none]) =>
        document.querySelectorAll(selector).length > 0 ||
        new RegExp(none).test(document.querySelector('main [role=status]')?.textContent ?? ''),
      [RESULT, NONE.source] as const,
      { timeout: 30_000 },
    );
    while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) await page.waitForTimeout(100);
    const taken = pending;
    pending = [];
    const files = (await Promise.all(taken)).filter((file): file is Transfer => file !== undefined);
    const summary = (await page.locator('main [role=status]').first().textContent()) ?? '';
    const found = Number(/^([\d,.]+) resultados?/.exec(summary.trim())?.[1]?.replace(/\D/g, '') ?? 0);
    return costOf(query, await page.locator(RESULT).count(), found, files.filter(test));
  };
}

const costOf = (query: string, results: number, found: number, files: Transfer[]): QueryCost => ({
  query,
  results,
  found,
  transferred: files.reduce((sum, file) => sum + file.transferred, 0),
  gzipEstimate: files.reduce((sum, file) => sum + file.gzipEstimate, 0),
  files: files.sort((a, b) => b.transferred - a.transferred),
});

/**
 * Serves `dist` and runs each query of `words` as a first search (a new browser context, `/buscar/?q=…`),
 * then, in the common word's page, types the rare word as a reader's next query.
 */
export async function measureSearches(dist: string, words: SearchWords): Promise<SearchCosts> {
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  try {
    const first = async (query: string, next?: string) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const take = record(page, dist);
        await page.goto(`${server.url}/buscar/?q=${encodeURIComponent(query)}`);
        const cost = await take(query);
        if (next === undefined) return { cost };
        await page.getByRole('main').getByRole('searchbox').first().fill(next);
        await page.waitForFunction((term) => new URL(location.href).searchParams.get('q') === term, next);
        // The page may still fetch its own files (the icon) late: they belong to the first search.
        const late: Transfer[] = [];
        const later = await take(next, (file) => PER_QUERY.test(file.path) || (late.push(file), false));
        return { cost: costOf(query, cost.results, cost.found, [...cost.files, ...late]), later };
      } finally {
        await context.close();
      }
    };
    const { cost: common, later } = await first(words.common, words.rare);
    const { cost: rare } = await first(words.rare);
    const { cost: three } = await first(words.three);
    const fixed = common.files
      .filter((file) => !PER_QUERY.test(file.path))
      .reduce((sum, file) => sum + file.transferred, 0);
    if (!later) throw new Error('La búsqueda siguiente no se midió.');
    const sample = async (queries: string[]) => {
      const costs: QueryCost[] = [];
      for (const query of queries) costs.push((await first(query)).cost);
      return costs;
    };
    const rareSample: QueryCost[] = [];
    const rareInTextOnly: QueryCost[] = [];
    for (const query of words.rareCandidates) {
      if (rareSample.length === RARE_SAMPLE) break;
      const { cost } = await first(query);
      (cost.found <= RARE_SHARE * words.pages ? rareSample : rareInTextOnly).push(cost);
    }
    const commonSample = await sample(words.commonSample);
    return { words, common, rare, three, later, fixed, rareSample, rareInTextOnly, commonSample };
  } finally {
    await browser.close();
    await server.close();
  }
}
