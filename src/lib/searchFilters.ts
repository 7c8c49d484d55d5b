/** The filters of /buscar/ and the addresses that set them, so that any page can link to a narrowed search. */
import { SEARCH_URL } from './urls.ts';

/** The search filters, in the order the search page shows them; also the URL parameters of /buscar/. */
export const SEARCH_FILTERS = ['tipo', 'estado', 'region', 'comision', 'anio'] as const;

/** One search filter. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Each filter's name in the index, which Pagefind's filter pane shows as its heading. */
export const FILTER_KEYS: Record<SearchFilter, string> = {
  tipo: 'tipo',
  estado: 'estado',
  region: 'región',
  comision: 'comisión',
  anio: 'año',
};

/** Filter values of one page, as readers see them (and as they appear in shared search URLs). */
export type FilterValues = Partial<Record<SearchFilter, string[]>>;

/** Address of the search page with a query and filters, e.g. `/buscar/?q=datos&estado=Chihuahua`. */
export function searchUrl(query: { q?: string } & FilterValues = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const filter of SEARCH_FILTERS) for (const value of query[filter] ?? []) params.append(filter, value);
  const search = params.toString();
  return search ? `${SEARCH_URL}?${search}` : SEARCH_URL;
}
