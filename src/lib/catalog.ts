import type { CollectionEntry } from 'astro:content';
import { startOf, type KnownDate } from './dates.ts';
import type {
  EntryCollection,
  GlossaryCollection,
  HubCollection,
  PageCollection,
  SeriesCollection,
} from '#/src/kinds/collections.ts';

/**
 * Everything the site publishes, one list per collection, loaded and checked once per build by
 * `getCatalog()` (drafts and scheduled entries only in `astro dev`). Plain data: `src/lib` is
 * testable with a hand-made catalog, without `astro:content`.
 */
export type Catalog = {
  [C in EntryCollection | HubCollection | PageCollection | GlossaryCollection | SeriesCollection]: CollectionEntry<C>[];
};

/** An entry with a page of its own: a plan, booklet, issue, article or capsule. */
export type Entry = CollectionEntry<EntryCollection>;

/** A reference-data entry with a hub page: a state, region, commission or guarantor body. */
export type Hub = CollectionEntry<HubCollection>;

/** Orders entries by their `fecha`, newest first. */
export const newestFirst = (a: { data: { fecha: KnownDate } }, b: { data: { fecha: KnownDate } }): number =>
  startOf(b.data.fecha).getTime() - startOf(a.data.fecha).getTime();

/** Entries per page in every list. */
export const PAGE_SIZE = 24;

/**
 * `compute` run once per catalog, and so once per build (getCatalog is cached): for what many pages
 * read and no page should recompute, like an index or a count over a whole collection.
 */
export function perCatalog<T>(compute: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const results = new WeakMap<Catalog, T>();
  return (catalog) => {
    if (!results.has(catalog)) results.set(catalog, compute(catalog));
    return results.get(catalog) as T;
  };
}

type Indexed = { [C in keyof Catalog]: Map<string, Catalog[C][number]> };

/** Every collection of a catalog by id, so a lookup costs the same at any size. */
const indexOf = perCatalog(
  (catalog) =>
    Object.fromEntries(
      Object.entries(catalog).map(([name, list]: [string, { id: string }[]]) => [
        name,
        new Map(list.map((entry) => [entry.id, entry])),
      ]),
    ) as Indexed,
);

/** The entry of `collection` with `id`, or undefined if the catalog does not publish it. */
export function byId<C extends keyof Catalog>(
  catalog: Catalog,
  collection: C,
  id: string,
): Catalog[C][number] | undefined {
  return indexOf(catalog)[collection].get(id);
}

/** The entry a reference points to; getCatalog() has already proved it exists. */
export function resolve<C extends keyof Catalog>(
  catalog: Catalog,
  ref: { collection: C; id: string },
): Catalog[C][number] {
  const entry = byId(catalog, ref.collection, ref.id);
  if (!entry) throw new Error(`Referencia sin resolver: ${ref.collection}/${ref.id}`);
  return entry;
}

/** A reference as schemas give it, or nothing when an optional one is absent. */
export type Ref = { id: string } | undefined;

/** The ids of the references that are there. */
export const ids = (refs: Ref[]): string[] => refs.flatMap((ref) => (ref ? [ref.id] : []));
