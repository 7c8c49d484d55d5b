import type { CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { resolve, type Site } from './content';
import { abcUrl, articleUrl, bodyUrl, capsuleUrl, commissionUrl, issueUrl, regionUrl } from './urls';

type Plan = CollectionEntry<'planes'>;
type PlanData = Plan['data'];
/** One eje, estrategia or programa of a plan. */
export type PlanAxis = PlanData['ejes'][number];
/** One línea de acción of a plan. */
export type PlanLine = PlanAxis['lineas'][number];
/** The kinds of SNT instance a plan can belong to. */
export type InstanceKind = PlanData['instancia'];

/** First page of the plan list (`listPageUrl` builds the others from it). */
export const PLANS_LIST_URL = '/planes/';

/** The commission, region or body a plan belongs to, with its hub. */
export interface Instance {
  kind: InstanceKind;
  id: string;
  /** Full name, e.g. «Comisión de Vinculación, …» or «Norte». */
  name: string;
  /** Short name for facet lists: a commission's `nombreCorto`, a body's `siglas`. */
  shortName: string;
  href: string;
}

// The schema refuses a plan whose `instancia` lacks its matching field; this only narrows the type.
function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`Plan sin «${field}»`);
  return value;
}

/** The instance (commission, region or body) a plan belongs to, with its hub. */
export function instanceOf(plan: PlanData, site: Site): Instance {
  switch (plan.instancia) {
    case 'comision': {
      const { id, data } = resolve(site, required(plan.comision, 'comision'));
      return { kind: 'comision', id, name: data.nombre, shortName: data.nombreCorto, href: commissionUrl(id) };
    }
    case 'region': {
      const { id, data } = resolve(site, required(plan.region, 'region'));
      return { kind: 'region', id, name: data.nombre, shortName: data.nombre, href: regionUrl(id) };
    }
    case 'organismo': {
      const { id, data } = resolve(site, required(plan.organismo, 'organismo'));
      return { kind: 'organismo', id, name: data.nombre, shortName: data.siglas, href: bodyUrl(id) };
    }
  }
}

/** Name of the commission, region or body a plan belongs to. */
export const instanceName = (plan: PlanData, site: Site): string => instanceOf(plan, site).name;

/** The guarantor body of whoever presents the plan. */
export const presenterBody = (plan: PlanData, site: Site): CollectionEntry<'organismos'> =>
  resolve(site, plan.presenta.organismo);

/** One instance in the facet navigation of the plan list. */
export interface InstanceFacet extends Instance {
  /** Plans that belong to it. */
  count: number;
}

/** Instances that have plans, grouped by kind (commissions, regions, bodies) and sorted by name. */
export function instanceFacets(site: Site): { kind: InstanceKind; instances: InstanceFacet[] }[] {
  const found = new Map<string, InstanceFacet>();
  for (const plan of site.planes) {
    const instance = instanceOf(plan.data, site);
    const key = `${instance.kind}/${instance.id}`;
    const known = found.get(key);
    if (known) known.count += 1;
    else found.set(key, { ...instance, count: 1 });
  }
  const kinds: InstanceKind[] = ['comision', 'region', 'organismo'];
  return kinds
    .map((kind) => ({
      kind,
      instances: [...found.values()]
        .filter((instance) => instance.kind === kind)
        .sort((a, b) => a.shortName.localeCompare(b.shortName, 'es')),
    }))
    .filter((group) => group.instances.length > 0);
}

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

/** A published entry a line points to as evidence. */
export interface EvidenceLink {
  href: string;
  title: string;
  /** Dictionary key of its kind, e.g. `type.capsulas`. */
  type: 'type.abc' | 'type.revista' | 'type.articulos' | 'type.capsulas';
}

/** Links to the entries a line cites as evidence, in the order booklets, issues, articles, capsules. */
export function evidenceLinks(site: Site, evidence: PlanLine['evidencias']): EvidenceLink[] {
  if (!evidence) return [];
  return [
    ...(evidence.abc ?? []).map((ref) => {
      const entry = resolve(site, ref);
      return { href: abcUrl(entry.id), title: entry.data.titulo, type: 'type.abc' as const };
    }),
    ...(evidence.revista ?? []).map((ref) => {
      const entry = resolve(site, ref);
      return { href: issueUrl(entry.data.numero), title: entry.data.titulo, type: 'type.revista' as const };
    }),
    ...(evidence.articulos ?? []).map((ref) => {
      const entry = resolve(site, ref);
      const issue = resolve(site, entry.data.revista);
      return {
        href: articleUrl(issue.data.numero, entry.id),
        title: entry.data.titulo,
        type: 'type.articulos' as const,
      };
    }),
    ...(evidence.capsulas ?? []).map((ref) => {
      const entry = resolve(site, ref);
      return { href: capsuleUrl(entry.id), title: entry.data.titulo, type: 'type.capsulas' as const };
    }),
  ];
}

/** Id of the heading of the plan's axes section. */
export const AXES_HEADING_ID = 'ejes-titulo';

/** Ids the plan page uses itself: the layout's `#contenido`, its own headings and the eje/línea anchors. */
const RESERVED_ID = /^(?:contenido|indice-titulo|ejes-titulo|(?:eje|linea)-\d.*)$/;

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
