// The calls to Pagefind's JS API, which the build writes to /pagefind/; no DOM here, so it tests in Node.
import type { FilterChoice } from './address.ts';

/** Values counted per filter, by the filter's name in the index: `{ tipo: { Plan: 5 } }`. */
export type Counts = Record<string, Record<string, number>>;

/** What Pagefind is asked to narrow by: any of the listed values of each filter. */
export type Filters = Record<string, { any: string[] }>;

/** Pagefind's sort option: one meta value, newest first. */
export type Sort = Record<string, 'desc'>;

/** A heading or plan line inside a result page that the words were found under. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** One result's fragment, downloaded only when the result is shown. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}

/** One result of a search, before its fragment is downloaded. */
export interface Result {
  data(): Promise<ResultData>;
}

/** What a search answers: every result, and the value counts of the filters asked for. */
export interface SearchResponse {
  results: Result[];
  filters: Counts;
}

/** The part of Pagefind's API the page uses. */
export interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Filters; sort: Sort }): Promise<SearchResponse | null>;
}

/** Pagefind's bundle, written by the build; a variable so Vite leaves the import to the browser. */
const BUNDLE = '/pagefind/pagefind.js';

let engine: Promise<Pagefind> | undefined;
let ready = false;

/** Pagefind, loaded and initialised the first time it is needed. */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= import(/* @vite-ignore */ BUNDLE).then(async (pagefind: Pagefind) => {
    // Searched on the page's own thread: Pagefind's worker would be a 12 KB script more, fetched (with the
    // WebAssembly after it) one round trip later, to spare a search of this size a few milliseconds.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    ready = true;
    return pagefind;
  });
  // A failed load (offline, dev server without an index) may be retried by the next search.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Whether Pagefind has loaded its engine and metadata; until then a search says it is loading. */
export const isPagefindReady = (): boolean => ready;

/** Searches for `term`, or for every page the filters let through when it is empty; loads Pagefind if need be. */
export async function searchFor(term: string, filters: Filters, sort: Sort = {}): Promise<SearchResponse | null> {
  return (await loadPagefind()).search(term || null, { filters, sort });
}

/** One filter of the search page, as the search sees it. */
export interface FilterGroup extends FilterChoice {
  /** Its name in the index, e.g. `año` for the parameter `anio`. */
  key: string;
  /** Its `<details>`, open once the reader wants to see its values. */
  details: { readonly open: boolean };
}

/**
 * What to ask Pagefind: the ticked values of each filter (any of them), and an empty choice for each open
 * filter, so that Pagefind fetches that filter's data and counts its values. Closed filters cost nothing.
 */
export const requestedFilters = (groups: readonly FilterGroup[]): Filters =>
  Object.fromEntries(
    groups
      .filter(({ details, chosen }) => details.open || chosen.size)
      .map(({ key, chosen }) => [key, { any: [...chosen] }]),
  );

/**
 * Each filter's value counts for a search. Values of one filter add up, so each filter's counts leave its own
 * choice out: «Plan (5)» stays true while «Cápsula» is ticked. That costs one more search per filter with a choice.
 */
export async function filterCounts(
  term: string,
  filters: Filters,
  counts: Counts,
  groups: readonly FilterGroup[],
): Promise<Counts> {
  const all = { ...counts };
  for (const { key, chosen } of groups) {
    if (!chosen.size) continue;
    const alone = await searchFor(term, { ...filters, [key]: { any: [] } });
    all[key] = alone?.filters[key] ?? {};
  }
  return all;
}
