// The site under load: nginx with the production configuration on loopback, serving the `current` link
// that `npm run publicar` switches, driven by autocannon (N clients for T seconds): a page, the files a
// search loads, a missing page, and a page while a new version is published and then reverted.
import autocannon from 'autocannon';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '#/scripts/herramientas/servidor.ts';
import { publishVersion, revertVersion, type Destination } from '#/scripts/publicar/publicacion.ts';

/** What one target answered under load. */
export interface LoadResult {
  target: string;
  paths: string[];
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p99Ms: number;
  /** Connection errors, timeouts and answers other than the expected status. */
  errors: number;
  /** What the errors were: connection errors (timeouts among them), and each unexpected status. */
  detail: string;
}

export interface LoadOptions {
  /** Seconds each target is loaded. */
  seconds: number;
  /** Clients at once. */
  connections: number;
}

/**
 * Requests per second while a version is published: steady traffic rather than the most the machine can
 * serve, which would leave the copy of the site no CPU on these two cores (at 1,000 entries, 9,350 a
 * second made the publication take two minutes).
 */
const SWITCH_RATE = 1000;

/**
 * nginx closes a connection after its 1,000th request. A browser whose next request crossed that close
 * sends it again on a new connection (RFC 9112, 9.3.1); autocannon counts the reset as an error instead
 * (here, 1 in some 13,000 closes). So during a load nginx keeps each connection for more requests
 * than a run makes, and every error left is one a reader would see.
 */
const KEEPALIVE_REQUESTS = 10_000_000;

/** As a browser asks: the server sends its brotli copies. */
const HEADERS = { 'accept-encoding': 'br, gzip' };

/**
 * Loads `paths` (each client goes through them in turn) for the given seconds, or, with `until`, until it
 * settles and a second more; counts every answer that is not `expected`.
 */
async function load(
  url: string,
  target: string,
  paths: string[],
  expected: number,
  options: LoadOptions & { rate?: number },
  until?: Promise<unknown>,
) {
  const causes = new Map<string, number>();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        ...(options.rate ? { overallRate: options.rate } : {}),
        // With `until`, an hour at most: it is stopped once `until` settles.
        duration: until ? 3600 : options.seconds,
        headers: HEADERS,
        requests: paths.map((path) => ({ path, method: 'GET' })),
      },
      (error: unknown, finished) =>
        error ? fail(error instanceof Error ? error : new Error(JSON.stringify(error))) : done(finished),
    );
    // A timeout has no code; the bench counts those apart.
    instance.on('reqError', ({ code }: NodeJS.ErrnoException) => {
      if (code) causes.set(code, (causes.get(code) ?? 0) + 1);
    });
    void until?.finally(() => setTimeout(() => instance.stop(), 1000));
  });
  const wrong = Object.entries(result.statusCodeStats ?? {}).filter(([status]) => status !== String(expected));
  const connection = [`${result.timeouts} por tiempo agotado`, ...[...causes].map(([code, n]) => `${n} ${code}`)];
  const detail = [
    ...(result.errors ? [`${result.errors} de conexión (${connection.join(', ')})`] : []),
    ...wrong.map(([status, { count = 0 }]) => `${count} con ${status}`),
  ].join(', ');
  return {
    target,
    paths,
    connections: options.connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + wrong.reduce((sum, [, { count = 0 }]) => sum + count, 0),
    detail,
  } satisfies LoadResult;
}

/**
 * Publishes `dist` into a temporary folder as `npm run publicar` would, serves its `current` link with the
 * production configuration, and loads each target; then loads a page while `next` (a build to publish)
 * becomes the live version and is reverted. `entryPage` is one entry's address.
 */
export async function measureLoad(dist: string, entryPage: string, options: LoadOptions): Promise<LoadResult[]> {
  const destination: Destination = { kind: 'local', path: mkdtempSync(join(tmpdir(), 'snt-carga-')) };
  try {
    const first = await publishVersion(dist, destination, { now: new Date(Date.UTC(2026, 0, 1)) });
    if (!first.ok) throw new Error(first.output);
    const server = await startNginx(join(destination.path, 'current'), undefined, {
      keepaliveRequests: KEEPALIVE_REQUESTS,
    });
    try {
      const pagefind = join(dist, 'pagefind');
      const meta = readdirSync(pagefind).find((file) => file.endsWith('.pf_meta')) ?? '';
      const chunk = readdirSync(join(pagefind, 'index')).find((file) => file.endsWith('.pf_index')) ?? '';
      const searchFiles = [
        '/buscar/',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        `/pagefind/${meta}`,
        '/pagefind/wasm.es-mx.pagefind',
        `/pagefind/index/${chunk}`,
      ];
      const results = [
        await load(server.url, 'página de inicio', ['/'], 200, options),
        await load(server.url, 'página de una entrada', [entryPage], 200, options),
        await load(server.url, 'archivos de una búsqueda', searchFiles, 200, options),
        await load(server.url, 'página que no existe (404)', ['/no-existe/'], 404, options),
      ];
      // A new version goes live and is reverted while readers load pages: none may fail.
      const switching = (async () => {
        await new Promise((wait) => setTimeout(wait, 1000));
        const published = await publishVersion(dist, destination, { now: new Date(Date.UTC(2026, 0, 2)) });
        return published.ok ? revertVersion(destination) : published;
      })();
      results.push(
        await load(
          server.url,
          `durante «publicar» y «--revertir» (${SWITCH_RATE} por segundo)`,
          ['/', entryPage],
          200,
          { ...options, rate: SWITCH_RATE },
          switching,
        ),
      );
      const switched = await switching;
      if (!switched.ok) throw new Error(switched.output);
      return results;
    } finally {
      await server.close();
    }
  } finally {
    rmSync(destination.path, { recursive: true, force: true });
  }
}
