import { getCollection, type CollectionEntry } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences } from './references';
import { describeWithheld, withheld, type Withheld } from './publication';
import { isSlug } from './slugs';

/** Every collection the site publishes, already validated and without drafts in a build. */
export interface Site {
  planes: CollectionEntry<'planes'>[];
  abc: CollectionEntry<'abc'>[];
  revista: CollectionEntry<'revista'>[];
  articulos: CollectionEntry<'articulos'>[];
  capsulas: CollectionEntry<'capsulas'>[];
  estados: CollectionEntry<'estados'>[];
  regiones: CollectionEntry<'regiones'>[];
  comisiones: CollectionEntry<'comisiones'>[];
  organismos: CollectionEntry<'organismos'>[];
}

type Dated = { filePath?: string | undefined; data: { fecha: Date; borrador: boolean } };

/** Entries a build leaves out (drafts and future dates), reported once at the end of loading. */
const leftOut: { filePath?: string | undefined; withheld: Withheld }[] = [];

/** Drafts and future-dated entries are previewed by `astro dev` and never built by `astro build`. */
function published<T extends Dated>(entries: T[]): T[] {
  if (import.meta.env.SHOW_DRAFTS) return [...entries].sort(newestFirst);
  return entries
    .filter((entry) => {
      const state = withheld(entry.data);
      if (state) leftOut.push({ filePath: entry.filePath, withheld: state });
      return !state;
    })
    .sort(newestFirst);
}

/** Orders entries by their `fecha`, newest first. */
export const newestFirst = (a: Dated, b: Dated): number => b.data.fecha.getTime() - a.data.fecha.getTime();

/** Problems no single schema can see: file names that are not slugs, repeated numbers. */
function siteProblems(site: Site): string[] {
  const problems: string[] = [];
  for (const entry of [...site.planes, ...site.abc, ...site.revista, ...site.articulos, ...site.capsulas]) {
    if (!isSlug(entry.id)) {
      problems.push(
        `${entry.filePath}: el nombre del archivo debe usar solo minúsculas sin acentos, números y guiones (p. ej. «plan-region-norte-2024.mdx»), porque forma la dirección de la página.`,
      );
    }
  }
  for (const [name, entries] of [
    ['revista', site.revista],
    ['abc', site.abc],
  ] as const) {
    const seen = new Map<number, string | undefined>();
    for (const entry of entries) {
      const other = seen.get(entry.data.numero);
      if (other)
        problems.push(
          `${entry.filePath}: el campo «numero» (${entry.data.numero}) ya lo usa ${other}; cada número de «${name}» debe ser único.`,
        );
      seen.set(entry.data.numero, entry.filePath);
    }
  }
  return problems;
}

async function loadSite(): Promise<Site> {
  const site: Site = {
    planes: published(await getCollection('planes')),
    abc: published(await getCollection('abc')),
    revista: published(await getCollection('revista')),
    articulos: published(await getCollection('articulos')),
    capsulas: published(await getCollection('capsulas')),
    estados: await getCollection('estados'),
    regiones: await getCollection('regiones'),
    comisiones: await getCollection('comisiones'),
    organismos: await getCollection('organismos'),
  };
  const all = Object.values(site).flat();
  const broken = findBrokenReferences(all);
  const problems = [...siteProblems(site), ...(broken.length ? [describeBrokenReferences(broken, all)] : [])];
  if (problems.length) {
    throw new Error(
      `El contenido tiene ${problems.length === 1 ? 'un problema' : 'problemas'}:\n${problems.join('\n')}`,
    );
  }
  // The build log says what it left out, so nothing an editor wrote disappears without a word.
  if (leftOut.length) console.info(describeWithheld(leftOut));
  return site;
}

let cached: Promise<Site> | undefined;

/** Loads, checks and caches every collection once per build; pages ask this, never `getCollection`. */
export const getSite = (): Promise<Site> => (cached ??= loadSite());

/** Entries per page in every list. */
export const PAGE_SIZE = 24;

/**
 * `compute` run once per site, and so once per build (getSite is cached): for what many pages read
 * and no page should recompute, like an index or a count over a whole collection.
 */
export function perSite<T>(compute: (site: Site) => T): (site: Site) => T {
  const results = new WeakMap<Site, T>();
  return (site) => {
    if (!results.has(site)) results.set(site, compute(site));
    return results.get(site) as T;
  };
}

type Indexed = { [C in keyof Site]: Map<string, Site[C][number]> };

/** Every collection of a site by id, so a lookup costs the same at any size. */
const indexOf = perSite(
  (site) =>
    Object.fromEntries(
      Object.entries(site).map(([name, list]: [string, { id: string }[]]) => [
        name,
        new Map(list.map((entry) => [entry.id, entry])),
      ]),
    ) as Indexed,
);

/** The entry of `collection` with `id`, or undefined if the site does not publish it. */
export function byId<C extends keyof Site>(site: Site, collection: C, id: string): Site[C][number] | undefined {
  return indexOf(site)[collection].get(id);
}

/** The entry a reference points to; getSite() has already proved it exists. */
export function resolve<C extends keyof Site>(site: Site, ref: { collection: C; id: string }): Site[C][number] {
  const entry = byId(site, ref.collection, ref.id);
  if (!entry) throw new Error(`Referencia sin resolver: ${ref.collection}/${ref.id}`);
  return entry;
}
