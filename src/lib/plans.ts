import type { CollectionEntry } from 'astro:content';
import type { Site } from './content';

type PlanData = CollectionEntry<'planes'>['data'];

/** Name of the commission, region or body a plan belongs to. */
export function instanceName(plan: PlanData, site: Site): string {
  const ref = plan.comision ?? plan.region ?? plan.organismo;
  const entry = [...site.comisiones, ...site.regiones, ...site.organismos].find(
    (candidate) => candidate.collection === ref?.collection && candidate.id === ref.id,
  );
  return entry ? entry.data.nombre : '';
}
