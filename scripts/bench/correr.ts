// One benchmark run: N synthetic entries in a temporary copy of the project, built and measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_STEPS, writeBaseProject } from './base.ts';
import { measureSearches, type SearchCosts } from './busqueda.ts';
import { measureLoad, type LoadOptions, type LoadResult } from './carga.ts';
import { ENTRY_COLLECTIONS } from '#/src/kinds/index.ts';
import { generate, type GeneratedEntry } from './generar.ts';
import { readFragments } from '#/scripts/herramientas/pagefind.ts';
import { compareWithReal, searchWords, type Comparison } from './palabras.ts';
import { folderBytes, htmlPages, siteCss, weighTemplate, type Bytes, type TemplateWeight } from './pesos.ts';
import {
  build,
  copyProject,
  PROJECT_STEPS,
  readPool,
  removeProject,
  SAMPLE_MS,
  writeGenerated,
  type BuildResult,
} from './proyecto.ts';

export interface Run {
  entries: number;
  /** Entries per collection. */
  collections: Record<string, number>;
  mdx: number;
  md: number;
  build: {
    seconds: number;
    peakRssBytes: number;
    processesAtPeak: number;
    /** HTML pages in dist/. */
    pages: number;
    pagesPerSecond: number;
    /** Wall time and peak memory of each step of `npm run build`: Astro, then scripts/indexar.ts. */
    steps: { step: string; seconds: number; peakRssBytes: number }[];
    /** Wall time of Astro's phases and of scripts/indexar.ts's parts, as their logs report them. */
    phases: { phase: string; seconds: number }[];
    /** Sum of the per-route times Astro logs while generating, by kind of route. */
    routes: { group: string; count: number; seconds: number }[];
    log: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  /**
   * The baseline, built right after ours over the same Markdown and MDX files: bare Astro + MDX, then the
   * Pagefind CLI (base.ts). Its steps are `astro build` and `pagefind --site dist`.
   */
  base: {
    seconds: number;
    peakRssBytes: number;
    processesAtPeak: number;
    /** HTML pages in its dist/, and pages the Pagefind CLI says it indexed. */
    pages: number;
    indexedPages: number;
    /** Size of its dist/pagefind. */
    pagefindBytes: number;
    steps: { step: string; seconds: number; peakRssBytes: number }[];
    phases: { phase: string; seconds: number }[];
    log: string;
  };
  /** Generated entries without a page in dist/ (should be none). */
  missingPages: string[];
  /** Sizes of dist/ and of its search index; how many chunks Pagefind cut the word index into. */
  dist: { bytes: number; pagefindBytes: number; indexChunks: number };
  /** What each kind of query downloads on /buscar/. */
  search: SearchCosts;
  /** The synthetic text's word frequencies and page lengths next to the real entries'. */
  words: Comparison;
  siteCss: Bytes & { files: number; inline: number; rules: number };
  /** The served site under load (the larger run only). */
  load?: LoadResult[];
  templates: TemplateWeight[];
}

/** Astro's phase lines: «[build] ✓ Completed in 4.21s.», «[vite] ✓ built in 5.90s», «[types] Generated 4.17s». */
function phases(log: string): Run['build']['phases'] {
  const found: Run['build']['phases'] = [];
  let current = 'inicio';
  for (const line of log.split('\n')) {
    const step =
      /\[(\w[\w/@-]*)\] (Collecting build info|Building static entrypoints|Rearranging server assets|Generating|Syncing content)/.exec(
        line,
      );
    if (step) current = `${step[1] ?? ''}: ${step[2] ?? ''}`;
    if (/generating static routes/.test(line)) current = 'generating static routes';
    if (/generating optimized images/.test(line)) current = 'generating optimized images';
    // The [build] line after the images closes the whole page generation step.
    if (/\[build\] ✓ Completed/.test(line) && current.startsWith('generating')) current = 'build: generating (total)';
    if (/page\(s\) built in/.test(line)) current = 'build: total';
    const done = /(?:Completed in|built in|Generated) (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(line);
    if (done) {
      const seconds = Number(done[1] ?? 0) * 60 + Number(done[2]) / (done[3] === 'ms' ? 1000 : 1);
      found.push({ phase: `${current} — ${line.replace(/^\S+ /, '').trim()}`, seconds });
    }
  }
  // The sitemap integration logs no duration: take it from the log's HH:MM:SS stamps (1 s resolution).
  const stamp = (pattern: RegExp) => {
    const time = /^(\d\d):(\d\d):(\d\d)/.exec(log.split('\n').findLast((line) => pattern.test(line)) ?? '');
    return time ? Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]) : undefined;
  };
  const generated = stamp(/\[build\] ✓ Completed in/);
  const sitemap = stamp(/\[@astrojs\/sitemap\]/);
  if (generated !== undefined && sitemap !== undefined)
    found.push({ phase: 'sitemap (según marcas de tiempo)', seconds: sitemap - generated });
  // scripts/indexar.ts, after Astro has exited, times its own two parts.
  for (const match of log.matchAll(/^\[indexar\] (.*) en ([\d.]+) s$/gm)) {
    found.push({ phase: `indexar — ${match[1] ?? ''}`, seconds: Number(match[2]) });
  }
  // The Pagefind CLI of the baseline ends with «Finished in 14.2 seconds».
  for (const match of log.matchAll(/^Finished in ([\d.]+) seconds$/gm)) {
    found.push({ phase: 'pagefind (CLI)', seconds: Number(match[1]) });
  }
  return found;
}

/** Per-route times («├─ /og/capsulas/x.png (+148ms)») summed by the kind of route. */
function routes(log: string): Run['build']['routes'] {
  const groups = new Map<string, { count: number; ms: number }>();
  for (const match of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const path = match[1] ?? '';
    const [first = '', second = ''] = path.split('/').filter(Boolean);
    const extension = /\.(\w+)$/.exec(path)?.[1] ?? '';
    const key =
      first === 'og'
        ? `/og/${second.replace(/\.png$/, '')}/ (tarjetas sociales)`
        : first.includes('.')
          ? path
          : `/${first}/ (${extension})`;
    const entry = groups.get(key) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += Number(match[2]);
    groups.set(key, entry);
  }
  return [...groups]
    .map(([group, { count, ms }]) => ({ group, count, seconds: ms / 1000 }))
    .sort((a, b) => b.seconds - a.seconds);
}

/** One representative page per template, from the generated entries and the built site. */
function templatePages(dist: string, entries: GeneratedEntry[], files: Map<string, string>): [string, string][] {
  const first = (collection: GeneratedEntry['collection'], test: (text: string) => boolean = () => true) =>
    entries.find(
      (entry) => entry.collection === collection && test(files.get(`${entry.collection}/${entry.id}`) ?? ''),
    );
  const capsule = (youtube: boolean) => first('capsulas', (text) => text.includes('youtube:') === youtube);
  const youtubeCapsule = capsule(true);
  /** The page of the first entry of a hub folder (`/estados/x/`), if the folder has one. */
  const firstPage = (folder: string) => {
    const name = readdirSync(join(dist, folder), { withFileTypes: true }).find(
      (item) => item.isDirectory() && /^[a-z]/.test(item.name),
    )?.name;
    return name && `/${folder}/${name}/`;
  };
  const pages: [string, string | undefined][] = [
    ['inicio', '/'],
    ['lista de planes', '/planes/'],
    ['lista de cuadernillos', '/abc/'],
    ['lista de la revista', '/revista/'],
    ['lista de cápsulas', '/capsulas/'],
    ['lista de cápsulas, página 2', existsSync(join(dist, 'capsulas/2/index.html')) ? '/capsulas/2/' : undefined],
    ['plan', first('planes', (text) => text.includes('<Ejes />'))?.url ?? first('planes')?.url],
    ['cuadernillo', first('abc')?.url],
    ['número de revista', first('revista')?.url],
    ['artículo', first('articulos')?.url],
    ['cápsula (video propio)', capsule(false)?.url],
    ['cápsula (YouTube)', youtubeCapsule?.url],
    ['reproductor incrustado (YouTube)', youtubeCapsule && `/embed/capsulas/${youtubeCapsule.id}/`],
    // The browser's own <audio> player: no client JavaScript at all (presupuestos.ts allows none here).
    ['lista de audios', '/audios/'],
    ['audio', first('audios')?.url],
    ['reproductor incrustado (audio)', first('audios') && `/embed/audios/${first('audios')?.id ?? ''}/`],
    ['lista de eventos', '/eventos/'],
    ['evento', first('eventos')?.url],
    ['lista de convocatorias', '/convocatorias/'],
    ['convocatoria', first('convocatorias')?.url],
    ['entidad', firstPage('estados')],
    ['región', firstPage('regiones')],
    ['comisión', firstPage('comisiones')],
    ['organismo', firstPage('organismos')],
    ['índice de entidades', '/estados/'],
    ['índice de comisiones', '/comisiones/'],
    ['índice de organismos', '/organismos/'],
    ['/buscar/', '/buscar/'],
    ['/datos/', '/datos/'],
    ['conjunto de datos', firstPage('datos')],
    ['404', '/404.html'],
  ];
  return pages.filter(
    (page): page is [string, string] =>
      page[1] !== undefined &&
      existsSync(page[1].endsWith('.html') ? join(dist, page[1]) : join(dist, page[1], 'index.html')),
  );
}

/** A build's steps as the report keeps them. */
const stepsOf = (result: BuildResult): Run['build']['steps'] =>
  result.steps.map(({ step, seconds, peakRssBytes }) => ({ step, seconds, peakRssBytes }));

/**
 * Builds the bare Astro + MDX + Pagefind site over the Markdown and MDX files of the bench's copy at `copy`,
 * in a folder of its own (removed unless `keep`).
 */
async function buildBase(copy: string, root: string, entries: number, keep: boolean): Promise<Run['base']> {
  const dir = writeBaseProject(copy, root);
  try {
    const logFile = join(tmpdir(), `snt-bench-base-${entries}.log`);
    const result = await build(dir, root, logFile, BASE_STEPS(root));
    if (result.status !== 0)
      throw new Error(`La construcción base de ${entries} entradas falló (${dir}):\n${result.output.slice(-4000)}`);
    const log = readFileSync(logFile, 'utf8');
    return {
      seconds: result.seconds,
      peakRssBytes: result.peakRssBytes,
      processesAtPeak: result.processesAtPeak,
      pages: htmlPages(join(dir, 'dist')),
      indexedPages: Number(/^\s*Indexed (\d+) pages?$/m.exec(log)?.[1] ?? 0),
      pagefindBytes: folderBytes(join(dir, 'dist', 'pagefind')),
      steps: stepsOf(result),
      phases: phases(log),
      log: logFile,
    };
  } finally {
    if (!keep) removeProject(dir);
  }
}

/**
 * Generates `entries` entries into a copy of the project at `root`, builds it, builds the baseline over the
 * same files right after, and measures everything.
 */
export async function runBench(
  root: string,
  entries: number,
  options: { keep?: boolean; nodeArgs?: string[]; log?: (line: string) => void; load?: LoadOptions } = {},
): Promise<Run & { dir: string }> {
  const say = options.log ?? (() => {});
  const dir = copyProject(root);
  try {
    const generated = generate(entries, readPool(root), { until: new Date(Date.now() - 86_400_000) });
    writeGenerated(dir, generated.files);
    const texts = new Map(generated.files.map((file) => [file.path.replace(/^content\/|\.mdx?$/g, ''), file.text]));
    const logFile = join(tmpdir(), `snt-bench-${entries}.log`);
    say(`${entries} entradas en ${dir}; construyendo (registro en ${logFile})…`);
    const loadBefore = loadavg();
    const result = await build(dir, root, logFile, PROJECT_STEPS(root, options.nodeArgs));
    const loadAfter = loadavg();
    if (result.status !== 0)
      throw new Error(`La construcción de ${entries} entradas falló:\n${result.output.slice(-4000)}`);
    say(
      `  ${result.seconds.toFixed(1)} s, ${(result.peakRssBytes / 1e9).toFixed(2)} GB; construyendo la base (Astro + MDX + Pagefind)…`,
    );
    const base = await buildBase(dir, root, entries, options.keep ?? false);
    const log = readFileSync(logFile, 'utf8');
    const dist = join(dir, 'dist');
    const pages = htmlPages(dist);
    say(
      `  base: ${base.seconds.toFixed(1)} s, ${(base.peakRssBytes / 1e9).toFixed(2)} GB; midiendo la búsqueda en Chromium…`,
    );
    const indexed = readFragments(dist);
    const generatedUrls = new Set(generated.entries.map((entry) => entry.url));
    const search = await measureSearches(dist, searchWords(indexed, generatedUrls));
    const templates = templatePages(dist, generated.entries, texts);
    const entryPage = generated.entries.find((entry) => entry.collection === 'capsulas')?.url ?? '/';
    if (options.load) say(`  carga: ${options.load.connections} clientes, ${options.load.seconds} s por prueba…`);
    const load = options.load && (await measureLoad(dist, entryPage, options.load));
    const count = (collection: string) => generated.entries.filter((entry) => entry.collection === collection).length;
    return {
      dir,
      entries,
      collections: Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [c, count(c)])),
      mdx: generated.entries.filter((entry) => entry.format === 'mdx').length,
      md: generated.entries.filter((entry) => entry.format === 'md').length,
      build: {
        seconds: result.seconds,
        peakRssBytes: result.peakRssBytes,
        processesAtPeak: result.processesAtPeak,
        steps: stepsOf(result),
        pages,
        pagesPerSecond: pages / result.seconds,
        phases: phases(log),
        routes: routes(log),
        log: logFile,
        loadBefore,
        loadAfter,
      },
      base,
      missingPages: generated.entries
        .filter((entry) => !existsSync(join(dist, entry.url, 'index.html')))
        .map((entry) => entry.url),
      dist: {
        bytes: folderBytes(dist),
        pagefindBytes: folderBytes(join(dist, 'pagefind')),
        indexChunks: readdirSync(join(dist, 'pagefind', 'index')).filter((file) => file.endsWith('.pf_index')).length,
      },
      search,
      words: compareWithReal(indexed, generatedUrls),
      siteCss: siteCss(
        dist,
        templates.map(([, path]) => path),
      ),
      templates: templates.map(([template, path]) => weighTemplate(dist, template, path)),
      ...(load ? { load } : {}),
    };
  } finally {
    if (!options.keep) removeProject(dir);
  }
}

/** The machine the figures were measured on, as the report records it. */
export type Machine = ReturnType<typeof machine>;

/** Reads the machine the figures are being measured on. */
export const machine = () => ({
  cpus: cpus().length,
  model: cpus()[0]?.model ?? '',
  memoryBytes: Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) * 1024,
  node: process.version,
  rssSampling: `suma de VmRSS del árbol de procesos de cada paso (npm run build: astro build, luego scripts/indexar.ts; la base: astro build, luego pagefind --site dist; /proc), cada ${SAMPLE_MS} ms; el máximo de los dos`,
});
