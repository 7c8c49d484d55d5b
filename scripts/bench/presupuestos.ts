// The budgets of ../shared/DESIGN.md («Budgets»), in one place, and the check of a report against them.
// 1 KB = 1000 bytes, 1 GB = 10^9 bytes.
import { LINEAR_SLACK, type GrowthStep } from './crecimiento.ts';

/** Where each budget comes from: the sentence of DESIGN.md, word for word. */
export const SOURCES = {
  js: 'No client JavaScript on a page, except the search page and the video player facade (≤ 2 KB).',
  css: 'All CSS of the site ≤ 10 KB gzip',
  html: 'the HTML of a page ≤ 15 KB gzip beyond what its own text needs (lists paginate).',
  search:
    "First search at 10,000 entries, transferred: fixed part (engine, metadata, /buscar/ and what it loads) ≤ 160 KB; a word found in ≤ 5 % of pages ≤ 200 KB in all; the most common content word ≤ 300 KB in all (Pagefind's own published figure); three common words and each later query reported.",
  words: "The bench's synthetic text matches the real content's word frequencies.",
  samples:
    'The rare-word budget holds for each of 30 rare words drawn with a fixed seed, the common-word budget for each of the 10 commonest words.',
  load: 'Load and faults, measured: requests per second, p99 and errors (zero expected), including during a publicar switch (issue 17).',
  build:
    '10,000 entries build in ≤ 1.25× the wall time and ≤ 1.2× the peak memory (whole process tree) of a bare Astro + MDX + Pagefind CLI build of the same content, measured by the bench in the same run',
  growth: 'cost grows linearly (1k, 10k, and 30k by hand). Absolute seconds are reported, not budgeted',
} as const;

export const BUDGETS = {
  /** Our build's wall time over the bare Astro + MDX + Pagefind build's, same content, same run. */
  baseTimeRatio: 1.25,
  /** Our build's peak memory (whole process tree) over the bare build's. */
  baseMemoryRatio: 1.2,
  /** Cost per entry at a size over cost per entry at the size below: linear growth is 1 or less. */
  perEntryGrowth: LINEAR_SLACK,
  /** Bytes of a first search on /buscar/ that do not depend on the words: engine, metadata, the page. */
  searchFixedBytes: 160_000,
  /** Bytes of a whole first search for a word found on at most 5 % of the pages. */
  rareWordBytes: 200_000,
  /** Bytes of a whole first search for the most common content word. */
  commonWordBytes: 300_000,
  /** Compared words whose synthetic frequency falls outside the real collections' range. */
  wordsOutOfRange: 0,
  /** Failed or wrong answers of the served site under load, each target. */
  loadErrors: 0,
  /** Every CSS file of the site, gzip. */
  siteCssGzip: 10_000,
  /** gzip(HTML) − gzip(own text) of any page. */
  htmlBeyondTextGzip: 15_000,
  /** Client JS of the video player facade, gzip. */
  facadeJsGzip: 2_000,
} as const;

/** Templates allowed to load client JavaScript, and the limit each has (undefined: no limit). */
export const JS_ALLOWED: Record<string, number | undefined> = {
  '/buscar/': undefined,
  'cápsula (YouTube)': BUDGETS.facadeJsGzip,
  'reproductor incrustado (YouTube)': BUDGETS.facadeJsGzip,
};

/** The figures of a report the budgets read (a subset of informe.json). */
export interface Figures {
  entries: number;
  /** Our build's wall time and peak memory over the baseline's, at `entries`. */
  baseTimeRatio: number;
  baseMemoryRatio: number;
  /** Our build's growth between consecutive sizes. */
  growth: GrowthStep[];
  search: {
    fixed: number;
    rare: { query: string; transferred: number };
    common: { query: string; transferred: number };
    /** Each word of the rare sample and of the common one (issue 31): the dearest of each is checked. */
    rareSample: { query: string; transferred: number }[];
    commonSample: { query: string; transferred: number }[];
    /** Words rare in the text that the search finds on more pages (their stem is common): a common word's budget. */
    rareInTextOnly: { query: string; transferred: number }[];
  };
  /** Compared words whose synthetic frequency is outside the real range. */
  wordsOutOfRange: string[];
  /** Errors of each load target, when the load was measured. */
  load?: { target: string; errors: number }[] | undefined;
  siteCssGzip: number;
  templates: { template: string; htmlBeyondText: number; js: { gzip: number } }[];
}

/** One figure next to its budget. */
export interface Check {
  name: string;
  source: string;
  value: number;
  limit: number;
  unit: 's' | 'B' | '×' | 'palabras' | 'errores';
  ok: boolean;
}

const check = (name: string, source: string, value: number, limit: number, unit: Check['unit']): Check => ({
  name,
  source,
  value,
  limit,
  unit,
  ok: value <= limit,
});

/** The dearest first search of a sample of words, against the budget of its kind (none for an empty sample). */
const sampleCheck = (kind: string, sample: Figures['search']['rareSample'], limit: number): Check[] => {
  const dearest = sample.reduce<(typeof sample)[number] | undefined>(
    (worst, cost) => (worst === undefined || cost.transferred > worst.transferred ? cost : worst),
    undefined,
  );
  return dearest
    ? [
        check(
          `La más cara de ${sample.length} palabras ${kind} («${dearest.query}»)`,
          SOURCES.samples,
          dearest.transferred,
          limit,
          'B',
        ),
      ]
    : [];
};

/** Every budget check of a report, one per figure (and one per page template for HTML and JS). */
export function checkBudgets(figures: Figures): Check[] {
  return [
    check(
      `Construcción (${figures.entries} entradas): tiempo ÷ el de la base`,
      SOURCES.build,
      figures.baseTimeRatio,
      BUDGETS.baseTimeRatio,
      '×',
    ),
    check(
      'Memoria máxima (RSS del árbol de procesos) ÷ la de la base',
      SOURCES.build,
      figures.baseMemoryRatio,
      BUDGETS.baseMemoryRatio,
      '×',
    ),
    ...figures.growth.flatMap((step) => [
      check(
        `Crecimiento del tiempo: por entrada a ${step.to} ÷ a ${step.from} entradas`,
        SOURCES.growth,
        step.timePerEntry,
        BUDGETS.perEntryGrowth,
        '×',
      ),
      check(
        `Crecimiento de la memoria: por entrada a ${step.to} ÷ a ${step.from} entradas`,
        SOURCES.growth,
        step.memoryPerEntry,
        BUDGETS.perEntryGrowth,
        '×',
      ),
    ]),
    check(
      'Búsqueda: parte fija (motor, metadatos, /buscar/)',
      SOURCES.search,
      figures.search.fixed,
      BUDGETS.searchFixedBytes,
      'B',
    ),
    check(
      `Primera búsqueda de una palabra poco frecuente («${figures.search.rare.query}»)`,
      SOURCES.search,
      figures.search.rare.transferred,
      BUDGETS.rareWordBytes,
      'B',
    ),
    check(
      `Primera búsqueda de la palabra más común («${figures.search.common.query}»)`,
      SOURCES.search,
      figures.search.common.transferred,
      BUDGETS.commonWordBytes,
      'B',
    ),
    ...sampleCheck('poco frecuentes', figures.search.rareSample, BUDGETS.rareWordBytes),
    ...sampleCheck('más comunes', figures.search.commonSample, BUDGETS.commonWordBytes),
    ...sampleCheck(
      'raras en el texto que la búsqueda encuentra en más del 5 % de las páginas',
      figures.search.rareInTextOnly,
      BUDGETS.commonWordBytes,
    ),
    check(
      `Texto sintético: palabras fuera del rango real${figures.wordsOutOfRange.length ? ` (${figures.wordsOutOfRange.join(', ')})` : ''}`,
      SOURCES.words,
      figures.wordsOutOfRange.length,
      BUDGETS.wordsOutOfRange,
      'palabras',
    ),
    ...(figures.load ?? []).map(({ target, errors }) =>
      check(`Carga, ${target}: errores`, SOURCES.load, errors, BUDGETS.loadErrors, 'errores'),
    ),
    check('Todo el CSS del sitio (gzip)', SOURCES.css, figures.siteCssGzip, BUDGETS.siteCssGzip, 'B'),
    ...figures.templates.map((page) =>
      check(
        `HTML más allá del texto propio: ${page.template}`,
        SOURCES.html,
        page.htmlBeyondText,
        BUDGETS.htmlBeyondTextGzip,
        'B',
      ),
    ),
    ...figures.templates
      .filter((page) => (page.template in JS_ALLOWED ? JS_ALLOWED[page.template] !== undefined : true))
      .map((page) =>
        check(
          `JS en el cliente (gzip): ${page.template}`,
          SOURCES.js,
          page.js.gzip,
          JS_ALLOWED[page.template] ?? 0,
          'B',
        ),
      ),
  ];
}
