import type { CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import type { UiKey } from '#/src/i18n/es.ts';
import { resolve, type Catalog } from './catalog.ts';
import { current } from '#/src/kinds/index.ts';
import { instanceOf, INSTANCE_HUBS, type Instance, type InstanceKind } from '#/src/kinds/plans.ts';

type Plan = CollectionEntry<'planes'>;
type PlanData = Plan['data'];
/** One eje, estrategia or programa of a plan. */
export type PlanAxis = PlanData['ejes'][number];
/** One línea de acción of a plan. */
export type PlanLine = PlanAxis['lineas'][number];
/** The guarantor body of whoever presents the plan. */
export const presenterGuarantor = (plan: PlanData, catalog: Catalog): CollectionEntry<'organismos'> =>
  resolve(catalog, plan.presenta.organismo);

/** One instance in the facet navigation of the plan list. */
export interface InstanceFacet extends Instance {
  /** Plans that belong to it. */
  count: number;
}

/** Instances that have plans, grouped by kind (commissions, regions, bodies) and sorted by name. */
export function instanceFacets(catalog: Catalog): { kind: InstanceKind; instances: InstanceFacet[] }[] {
  const found = new Map<string, InstanceFacet>();
  // Each links to a hub, which lists current plans only.
  for (const plan of current(catalog.planes)) {
    const instance = instanceOf(plan.data, catalog);
    const key = `${instance.kind}/${instance.id}`;
    const known = found.get(key);
    if (known) known.count += 1;
    else found.set(key, { ...instance, count: 1 });
  }
  return (Object.keys(INSTANCE_HUBS) as InstanceKind[])
    .map((kind) => ({
      kind,
      instances: [...found.values()]
        .filter((instance) => instance.kind === kind)
        .sort((a, b) => a.shortName.localeCompare(b.shortName, 'es')),
    }))
    .filter((group) => group.instances.length > 0);
}

/** The dictionary key of the plural of an instance kind, as the plan list's facets head each group. */
export const instanceGroupLabel = (kind: InstanceKind): UiKey => INSTANCE_HUBS[kind].label.other;

/** How an axis is named in headings and the table of contents: «Eje 1. Título», or the title alone. */
export const axisHeading = (axis: PlanAxis): string =>
  axis.etiqueta === axis.titulo ? axis.titulo : `${axis.etiqueta}. ${axis.titulo}`;

/** Indicator fields a line may carry, in table order, with the dictionary key of each column. */
export const INDICATOR_FIELDS = [
  ['meta', 'plan.goal'],
  ['indicador', 'plan.indicator'],
  ['formula', 'plan.formula'],
  ['temporalidad', 'plan.frequency'],
  ['medioVerificacion', 'plan.verification'],
] as const;

/** Whether a line carries any indicator field (meta, indicador, fórmula…). */
export const hasIndicators = (line: PlanLine): boolean => INDICATOR_FIELDS.some(([field]) => line[field]);

/** Id of the heading of the plan's progress summary. */
export const PROGRESS_HEADING_ID = 'avance-titulo';

/** Id of the heading of the plan's axes section. */
export const AXES_HEADING_ID = 'ejes-titulo';

/** Ids the plan page uses itself: the layout's `#contenido`, its own headings and the eje/línea anchors. */
const RESERVED_ID = /^(?:contenido|indice-titulo|ejes-titulo|avance-titulo|(?:eje|linea)-\d.*)$/;

/** Id of a heading written in a plan body, moved aside when it would clash with the page's own ids. */
export const bodySectionId = (slug: string): string => (RESERVED_ID.test(slug) ? `seccion-${slug}` : slug);

/** Marker an editor writes in a plan body where the structured ejes go. */
export const AXES_MARKER = '<Ejes />';

/** The body's `##` sections for the table of contents, and how many of them come before `<Ejes />`. */
export function planOutline(
  body: string | undefined,
  headings: MarkdownHeading[],
): { sections: { id: string; text: string }[]; axesAfter: number | undefined } {
  const sections = headings
    .filter((heading) => heading.depth === 2)
    .map((heading) => ({ id: bodySectionId(heading.slug), text: heading.text }));
  const at = body?.indexOf(AXES_MARKER) ?? -1;
  if (!body || at < 0) return { sections, axesAfter: undefined };
  // Counting `## ` lines is enough for the plain Markdown editors write; past the end means «after the body».
  const before = body.slice(0, at).match(/^## /gm)?.length ?? 0;
  return { sections, axesAfter: Math.min(before, sections.length) };
}

/** Whether a plan's period is over at `now` (the build's clock): its last year has ended. */
export const periodOver = (periodo: { fin: number }, now: Date): boolean => now.getUTCFullYear() > periodo.fin;
