import type { CollectionEntry } from 'astro:content';
import { t } from '#/src/i18n/es.ts';
import type { Catalog } from './catalog.ts';
import { currentEntriesOf } from './facets.ts';
import { current, type HubCollection } from '#/src/kinds/index.ts';

/** How many entries of each kind a hub shows before it points to the search page. */
export const HUB_LIMIT = 24;

/** Sorts names the way a Spanish reader expects (accents do not push «Michoacán» to the end). */
export const byName = new Intl.Collator('es-MX', { sensitivity: 'base' }).compare;

/** States of a region, by name; a state's `region` field is the one place that decides it. */
export const statesOf = (catalog: Catalog, regionId: string): CollectionEntry<'estados'>[] =>
  catalog.estados
    .filter((state) => state.data.region.id === regionId)
    .sort((a, b) => byName(a.data.nombre, b.data.nombre));

/** Guarantor bodies of a state that still exist, by acronym. */
export const guarantorsOfState = (catalog: Catalog, stateId: string): CollectionEntry<'organismos'>[] =>
  current(catalog.organismos)
    .filter((guarantor) => guarantor.data.estado?.id === stateId)
    .sort((a, b) => byName(a.data.siglas, b.data.siglas));

/** Guarantor bodies that still exist whose state belongs to a region, by acronym. */
export const guarantorsOfRegion = (catalog: Catalog, regionId: string): CollectionEntry<'organismos'>[] => {
  const states = new Set(statesOf(catalog, regionId).map((state) => state.id));
  return current(catalog.organismos)
    .filter((guarantor) => guarantor.data.estado && states.has(guarantor.data.estado.id))
    .sort((a, b) => byName(a.data.siglas, b.data.siglas));
};

/** How many entries of any kind a hub lists. */
export const relatedCount = (catalog: Catalog, facet: HubCollection, id: string): number =>
  Object.values(currentEntriesOf(catalog, facet, id)).reduce((sum, entries) => sum + entries.length, 0);

/** A count with its noun, from the dictionary pair `<key>.one` / `<key>.other`: «1 entidad», «9 entidades». */
export const countOf = (n: number, key: 'count.states' | 'count.bodies' | 'count.entries'): string =>
  t(`${key}.${n === 1 ? 'one' : 'other'}`, { n });
