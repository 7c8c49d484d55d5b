/**
 * The names of the site's collections, by what they hold. A leaf module (it imports nothing), so that the
 * catalog's types and every kind module can name collections without importing the registry.
 */

/** Collections whose entries have a page of their own, in the order the site lists kinds. */
export const ENTRY_COLLECTIONS = [
  'planes',
  'abc',
  'revista',
  'articulos',
  'capsulas',
  'audios',
  'eventos',
  'convocatorias',
] as const;

/** Collections of reference data, each entry a hub page that gathers what belongs to it. */
export const HUB_COLLECTIONS = ['estados', 'regiones', 'comisiones', 'organismos'] as const;

/** Collections of standalone pages (about, accessibility…), each at `/<id>/` and linked from the footer. */
export const PAGE_COLLECTIONS = ['paginas'] as const;

/** The glossary: the terms and acronyms the site explains, all on one page, each at its own anchor. */
export const GLOSSARY_COLLECTION = 'glosario';

/** Podcast series: each audio episode names its own, which has a page and a podcast feed. */
export const SERIES_COLLECTION = 'series';

/** The collection of podcast series. */
export type SeriesCollection = typeof SERIES_COLLECTION;

/** The glossary's collection. */
export type GlossaryCollection = typeof GLOSSARY_COLLECTION;

/** A collection of standalone pages. */
export type PageCollection = (typeof PAGE_COLLECTIONS)[number];

/** A collection of entries. */
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** A collection of hubs; also the name of each kind of facet. */
export type HubCollection = (typeof HUB_COLLECTIONS)[number];

/** The hubs an entry names itself, by id (hubs add the states of its bodies and the regions of its states). */
export type DirectFacets = Record<HubCollection, string[]>;

/** An entry that names no hub: what each kind's `facets` adds its own to. */
export const noFacets: DirectFacets = { estados: [], regiones: [], comisiones: [], organismos: [] };
