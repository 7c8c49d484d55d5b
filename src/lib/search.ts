import { t } from '#/src/i18n/es.ts';
import { resolve, type Catalog, type Entry } from './catalog.ts';
import { facetsOf } from './facets.ts';
import { hubKind, kindOf, KINDS, type EntryCollection, type HubCollection } from '#/src/kinds/index.ts';
import type { FilterValues } from './searchFilters.ts';

/**
 * Pagefind weight of every word of a retired page (`data-pagefind-weight` on its `<main>`), against 1 for
 * body text and 7 for a title elsewhere. Inside a weighted element Pagefind gives headings that weight
 * too, so a retired page still answers its own words, below any current page that says the same.
 */
export const RETIRED_SEARCH_WEIGHT = 0.5;

/** What a kind of entry is called in the «tipo» filter. */
export const typeLabel = (collection: EntryCollection): string => t(KINDS[collection].searchType);

/** Short names of the hubs of one kind an entry belongs to: the values of that kind's filter. */
function namesOf(catalog: Catalog, ids: Set<string>, collection: HubCollection): string[] {
  const { shortName } = hubKind(collection);
  return [...ids].map((id) => shortName(resolve(catalog, { collection, id })));
}

/** The search filters of an entry page: the one place that decides them. */
export function filtersOf(catalog: Catalog, entry: Entry): FilterValues {
  const facets = facetsOf(catalog, entry);
  return {
    tipo: [typeLabel(entry.collection)],
    estado: namesOf(catalog, facets.estados, 'estados'),
    region: namesOf(catalog, facets.regiones, 'regiones'),
    comision: namesOf(catalog, facets.comisiones, 'comisiones'),
    anio: kindOf(entry).years(entry).map(String),
  };
}

/** The filters that narrow a search to one hub; a body narrows by its state, the national institute not at all. */
export function hubFilters(catalog: Catalog, collection: HubCollection, id: string): FilterValues | undefined {
  if (collection === 'organismos') {
    const state = resolve(catalog, { collection, id }).data.estado;
    return state && hubFilters(catalog, 'estados', state.id);
  }
  const { filter, shortName } = hubKind(collection);
  return filter && { [filter]: [shortName(resolve(catalog, { collection, id }))] };
}
