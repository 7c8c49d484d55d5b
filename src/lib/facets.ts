import { byId, ids, perCatalog, type Catalog, type Entry } from './catalog.ts';
import type { CollectionEntry } from 'astro:content';
import { HUB_LISTED, kind, kindOf, type HubCollection, type HubListed, current } from '#/src/kinds/index.ts';

/** The states, regions, commissions and bodies an entry belongs to; hubs and filters read this. */
export type Facets = Record<HubCollection, Set<string>>;

const cache = new WeakMap<Entry, Facets>();

/** Facets of `entry`: its own references, plus the states of its bodies and the regions of its states. */
export function facetsOf(catalog: Catalog, entry: Entry): Facets {
  const known = cache.get(entry);
  if (known) return known;
  const direct = kindOf(entry).facets(entry);
  const bodyStates = direct.organismos.flatMap((id) => ids([byId(catalog, 'organismos', id)?.data.estado]));
  const estados = new Set([...direct.estados, ...bodyStates]);
  const stateRegions = [...estados].flatMap((id) => ids([byId(catalog, 'estados', id)?.data.region]));
  const facets: Facets = {
    estados,
    regiones: new Set([...direct.regiones, ...stateRegions]),
    comisiones: new Set(direct.comisiones),
    organismos: new Set(direct.organismos),
  };
  cache.set(entry, facets);
  return facets;
}

/** What each hub lists, by `collection/id`: its page, feed, calendar and counts all ask again. */
const listedOn = perCatalog(() => new Map<string, { [C in HubListed]: CollectionEntry<C>[] }>());

/** What a hub lists: every published entry of each kind hubs list whose facets include the hub. */
export function entriesOf(
  catalog: Catalog,
  facet: HubCollection,
  id: string,
): { [C in HubListed]: CollectionEntry<C>[] } {
  const known = listedOn(catalog);
  const key = `${facet}/${id}`;
  const listed = known.get(key) ?? findEntriesOf(catalog, facet, id);
  known.set(key, listed);
  return listed;
}

function findEntriesOf(catalog: Catalog, facet: HubCollection, id: string): { [C in HubListed]: CollectionEntry<C>[] } {
  const has = (entry: Entry) => facetsOf(catalog, entry)[facet].has(id);
  return Object.fromEntries(
    HUB_LISTED.map((collection) => {
      const entries: Entry[] = catalog[collection].filter(has);
      // Kinds with an order of their own (events by their dates) keep it on hubs too.
      const { order } = kind(collection);
      return [collection, order ? order(entries, catalog) : entries];
    }),
  ) as { [C in HubListed]: CollectionEntry<C>[] };
}

/** What a hub's page, counts and calendar show: `entriesOf` without retired entries (its feed keeps them, marked). */
export function currentEntriesOf(
  catalog: Catalog,
  facet: HubCollection,
  id: string,
): { [C in HubListed]: CollectionEntry<C>[] } {
  const all = entriesOf(catalog, facet, id);
  return Object.fromEntries(HUB_LISTED.map((collection) => [collection, current<Entry>(all[collection])])) as {
    [C in HubListed]: CollectionEntry<C>[];
  };
}
