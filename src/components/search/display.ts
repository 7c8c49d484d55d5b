// What the results and filters show, and in which order; render.ts puts it into the page.
import type { ResultData, SubResult } from './pagefind.ts';

/** Sub-results (plan líneas, headings) shown under a page. */
const MAX_SUB_RESULTS = 3;

/** The sub-results worth showing: not the page itself, and the few with most matches, in page order. */
export function subResultsOf(data: ResultData): SubResult[] {
  const all = data.sub_results ?? [];
  const subs = all[0]?.url === data.url ? all.slice(1) : all;
  const best = new Set(
    [...subs].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, MAX_SUB_RESULTS),
  );
  return subs.filter((sub) => best.has(sub));
}

/** A filter's counted values in the order its options list them: years newest first, the rest as in Mexico. */
export const sortedValues = (param: string, counts: Record<string, number>): string[] =>
  Object.keys(counts).sort(param === 'anio' ? (a, b) => b.localeCompare(a) : new Intl.Collator('es-MX').compare);

/** Whether a result is a retired entry, page or body (its banner gave the index a `retirado` date). */
export const isRetired = (data: ResultData): boolean => Boolean(data.meta['retirado']);
