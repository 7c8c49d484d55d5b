import { t } from '~/i18n/es';
import { resolve, type Site } from './content';
import { facetsOf, type Facets, type Listed } from './facets';

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

/** What each kind of entry is called in the «tipo» filter. */
export const typeLabel = (collection: Listed['collection']): string => t(`search.type.${collection}`);

/** Years an entry covers: a plan's whole period, otherwise the year of its date. */
function yearsOf(entry: Listed): string[] {
  if (entry.collection === 'planes') {
    const { inicio, fin } = entry.data.periodo;
    return Array.from({ length: fin - inicio + 1 }, (_, i) => String(inicio + i));
  }
  return [String(entry.data.fecha.getUTCFullYear())];
}

/** Display names of the hubs an entry belongs to, for one kind of facet. */
function namesOf(site: Site, facets: Facets, facet: 'estados' | 'regiones' | 'comisiones'): string[] {
  return [...facets[facet]].map((id) => {
    const entry = resolve(site, { collection: facet, id });
    return 'nombreCorto' in entry.data ? entry.data.nombreCorto : entry.data.nombre;
  });
}

/** The search filters of an entry page: the one place that decides them. */
export function filtersOf(site: Site, entry: Listed): FilterValues {
  const facets = facetsOf(site, entry);
  return {
    tipo: [typeLabel(entry.collection)],
    estado: namesOf(site, facets, 'estados'),
    region: namesOf(site, facets, 'regiones'),
    comision: namesOf(site, facets, 'comisiones'),
    anio: yearsOf(entry),
  };
}

/** Address of the search page with a query and filters, e.g. `/buscar/?q=datos&estado=Chihuahua`. */
export function searchUrl(query: { q?: string } & FilterValues = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const filter of SEARCH_FILTERS) for (const value of query[filter] ?? []) params.append(filter, value);
  const search = params.toString();
  return search ? `/buscar/?${search}` : '/buscar/';
}

/** The filters that narrow a search to one hub; none for a body without a state (the national institute). */
export function hubFilters(site: Site, facet: keyof Facets, id: string): FilterValues | undefined {
  switch (facet) {
    case 'estados':
      return { estado: [resolve(site, { collection: 'estados', id }).data.nombre] };
    case 'regiones':
      return { region: [resolve(site, { collection: 'regiones', id }).data.nombre] };
    case 'comisiones':
      return { comision: [resolve(site, { collection: 'comisiones', id }).data.nombreCorto] };
    case 'organismos': {
      const state = resolve(site, { collection: 'organismos', id }).data.estado;
      return state && hubFilters(site, 'estados', state.id);
    }
  }
}
