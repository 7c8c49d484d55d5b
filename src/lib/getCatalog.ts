import { getCollection } from 'astro:content';
import { newestFirst, type Catalog, type Entry } from './catalog.ts';
import { ENTRY_COLLECTIONS, HUB_COLLECTIONS } from './kinds.ts';
import { stopOnProblems, type Problem } from './problems.ts';
import { brokenReferenceProblems, findBrokenReferences } from './references.ts';
import { describeWithheld, withheld, type Withheld } from './publication.ts';
import { isSlug } from './slugs.ts';

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

/** Problems no single schema can see: file names that are not slugs, repeated numbers. */
function catalogProblems(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const fileOf = (entry: Entry) => entry.filePath ?? `content/${entry.collection}/${entry.id}`;
  for (const entry of ENTRY_COLLECTIONS.flatMap((collection): Entry[] => catalog[collection])) {
    if (!isSlug(entry.id)) {
      problems.push({
        file: fileOf(entry),
        found:
          'el nombre del archivo forma la dirección de la página, y tiene mayúsculas, acentos, espacios u otros signos',
        fix: 'renómbralo con solo minúsculas sin acentos, números y guiones, p. ej. «plan-region-norte-2024.mdx»',
      });
    }
  }
  for (const [name, entries] of [
    ['revista', catalog.revista],
    ['abc', catalog.abc],
  ] as const) {
    const seen = new Map<number, string>();
    for (const entry of entries) {
      const other = seen.get(entry.data.numero);
      if (other)
        problems.push({
          file: fileOf(entry),
          field: 'numero',
          found: `el número ${entry.data.numero} ya lo usa ${other}`,
          fix: `dale otro número: cada número de «${name}» es único`,
        });
      seen.set(entry.data.numero, fileOf(entry));
    }
  }
  return problems;
}

async function loadCatalog(): Promise<Catalog> {
  const lists: [string, unknown[]][] = [];
  for (const collection of ENTRY_COLLECTIONS) lists.push([collection, published(await getCollection(collection))]);
  for (const collection of HUB_COLLECTIONS) lists.push([collection, await getCollection(collection)]);
  const catalog = Object.fromEntries(lists) as Catalog;
  const all = Object.values(catalog).flat();
  const broken = findBrokenReferences(all);
  stopOnProblems([...catalogProblems(catalog), ...brokenReferenceProblems(broken, all)]);
  // The build log says what it left out, so nothing an editor wrote disappears without a word.
  if (leftOut.length) console.info(describeWithheld(leftOut));
  return catalog;
}

let cached: Promise<Catalog> | undefined;

/** Loads, checks and caches every collection once per build; pages ask this, never `getCollection`. */
export const getCatalog = (): Promise<Catalog> => (cached ??= loadCatalog());

/** One page per entry of `collection`, at `[slug]` = its id, with the entry as the `entry` prop. */
export async function pagesOf<C extends keyof Catalog>(collection: C) {
  const catalog = await getCatalog();
  return catalog[collection].map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
