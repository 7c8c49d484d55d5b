import type { CollectionEntry } from 'astro:content';
import { perCatalog, type Catalog } from './catalog.ts';
import { facetsOf } from './facets.ts';
import { isRetired, hubKind } from '#/src/kinds/index.ts';

type Capsule = CollectionEntry<'capsulas'>;

/** Up to `limit` other current capsules that share a state or a commission with `capsule`, newest first. */
export function relatedCapsules(catalog: Catalog, capsule: Capsule, limit = 4): Capsule[] {
  const own = facetsOf(catalog, capsule);
  const shares = (other: Capsule) => {
    const facets = facetsOf(catalog, other);
    return (
      [...own.estados].some((id) => facets.estados.has(id)) ||
      [...own.comisiones].some((id) => facets.comisiones.has(id))
    );
  };
  // catalog.capsulas is already newest first; stop at `limit`, so a page costs little however many there are.
  const related: Capsule[] = [];
  for (const other of catalog.capsulas) {
    if (related.length === limit) break;
    if (other.id !== capsule.id && !isRetired(other) && shares(other)) related.push(other);
  }
  return related;
}

type FacetCount = { id: string; name: string; count: number };

/** Counted once per catalog: every page of the capsule list shows them. */
const counts = {
  estados: perCatalog((catalog) => countCapsules(catalog, 'estados')),
  comisiones: perCatalog((catalog) => countCapsules(catalog, 'comisiones')),
};

/**
 * States or commissions (by short name) that have current capsules, with how many, alphabetically: each links
 * to its hub page, which lists only current ones, so a retired capsule is not counted.
 */
export const capsuleCounts = (catalog: Catalog, facet: 'estados' | 'comisiones'): FacetCount[] =>
  counts[facet](catalog);

function countCapsules(catalog: Catalog, facet: 'estados' | 'comisiones'): FacetCount[] {
  const counts = new Map<string, number>();
  for (const capsule of catalog.capsulas) {
    if (isRetired(capsule)) continue;
    for (const id of facetsOf(catalog, capsule)[facet]) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const { shortName } = hubKind(facet);
  return catalog[facet]
    .filter((hub) => counts.has(hub.id))
    .map((hub) => ({ id: hub.id, name: shortName(hub), count: counts.get(hub.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'es-MX'));
}
