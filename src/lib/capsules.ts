import type { CollectionEntry } from 'astro:content';
import { perSite, type Site } from './content';
import { facetsOf } from './facets';

type Capsule = CollectionEntry<'capsulas'>;

const parts = (seconds: number) => ({
  hours: Math.floor(seconds / 3600),
  minutes: Math.floor((seconds % 3600) / 60),
  seconds: seconds % 60,
});

/** A length in seconds as readers see it: «2 min 50 s», «9 s», «1 h 5 min». */
export function formatDuration(total: number): string {
  const { hours, minutes, seconds } = parts(total);
  const text = [hours && `${hours} h`, minutes && `${minutes} min`, seconds && `${seconds} s`].filter(Boolean);
  return text.length ? text.join(' ') : '0 s';
}

/** A length in seconds as an ISO 8601 duration for `<time datetime>` and JSON-LD: «PT2M50S». */
export function isoDuration(total: number): string {
  const { hours, minutes, seconds } = parts(total);
  const text = [hours && `${hours}H`, minutes && `${minutes}M`, seconds && `${seconds}S`].filter(Boolean).join('');
  return `PT${text || '0S'}`;
}

/** Up to `limit` other capsules that share a state or a commission with `capsule`, newest first. */
export function relatedCapsules(site: Site, capsule: Capsule, limit = 4): Capsule[] {
  const own = facetsOf(site, capsule);
  const shares = (other: Capsule) => {
    const facets = facetsOf(site, other);
    return (
      [...own.estados].some((id) => facets.estados.has(id)) ||
      [...own.comisiones].some((id) => facets.comisiones.has(id))
    );
  };
  // site.capsulas is already newest first; stop at `limit`, so a page costs little however many there are.
  const related: Capsule[] = [];
  for (const other of site.capsulas) {
    if (related.length === limit) break;
    if (other.id !== capsule.id && shares(other)) related.push(other);
  }
  return related;
}

type FacetCount = { id: string; name: string; count: number };

/** Counted once per site: every page of the capsule list shows them. */
const counts = {
  estados: perSite((site) => countCapsules(site, 'estados')),
  comisiones: perSite((site) => countCapsules(site, 'comisiones')),
};

/** States or commissions (by short name) that have capsules, with how many, alphabetically. */
export const capsuleCounts = (site: Site, facet: 'estados' | 'comisiones'): FacetCount[] => counts[facet](site);

function countCapsules(site: Site, facet: 'estados' | 'comisiones'): FacetCount[] {
  const counts = new Map<string, number>();
  for (const capsule of site.capsulas) {
    for (const id of facetsOf(site, capsule)[facet]) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const names =
    facet === 'estados'
      ? site.estados.map((state) => [state.id, state.data.nombre] as const)
      : site.comisiones.map((commission) => [commission.id, commission.data.nombreCorto] as const);
  return names
    .filter(([id]) => counts.has(id))
    .map(([id, name]) => ({ id, name, count: counts.get(id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'es-MX'));
}
