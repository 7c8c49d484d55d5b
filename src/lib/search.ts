import { t } from '#/src/i18n/es.ts';
import { resolve, type Catalog, type Entry } from './catalog.ts';
import { facetsOf } from './facets.ts';
import { hubKind, kindOf, KINDS, type EntryCollection, type HubCollection } from '#/src/kinds/index.ts';
import type { FilterValues } from './searchFilters.ts';
import { isoDay, type KnownDate } from './dates.ts';
import type { CollectionEntry } from 'astro:content';

/**
 * Pagefind weight of every word of a retired page (`data-pagefind-weight` on its `<main>`), against 1 for
 * body text and 7 for a title elsewhere. Inside a weighted element Pagefind gives headings that weight
 * too, so a retired page still answers its own words, below any current page that says the same.
 */
export const RETIRED_SEARCH_WEIGHT = 0.5;

/**
 * Pagefind weight of a booklet edition's page and of what changed in it: the booklet's own page carries its
 * current text, and an edition's, the same words as they once were, answers below it, as a retired page does.
 */
export const EDITION_SEARCH_WEIGHT = RETIRED_SEARCH_WEIGHT;

/** What the index keeps of a page besides its text and heading: its filters, and the type and date its result shows. */
export interface SearchIndex {
  filters: FilterValues;
  tipo: string;
  fecha: KnownDate;
}

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

/** The search data of an entry page. */
export const entrySearch = (catalog: Catalog, entry: Entry): SearchIndex => ({
  filters: filtersOf(catalog, entry),
  tipo: typeLabel(entry.collection),
  fecha: entry.data.fecha,
});

/**
 * The search data of a booklet edition's page (or of what changed in it), whose heading, the result's title,
 * names the edition and its year: its type is «Edición de cuadernillo», in the result and in the «tipo»
 * filter, so an earlier text never passes for the current booklet and a search narrowed to «Cuadernillo»
 * leaves it out; its year is the edition's.
 */
export function editionSearch(catalog: Catalog, booklet: CollectionEntry<'abc'>, fecha: Date): SearchIndex {
  const tipo = t('search.type.abcEdition');
  return {
    filters: { ...filtersOf(catalog, booklet), tipo: [tipo], anio: [String(fecha.getUTCFullYear())] },
    tipo,
    fecha: isoDay(fecha),
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
