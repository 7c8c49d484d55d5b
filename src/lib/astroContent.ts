import { getCollection } from 'astro:content';
import { byId, newestFirst, type Catalog, type Entry } from './catalog.ts';
import { BUILD_TIME } from './buildTime.ts';
import { callTimes } from './agenda.ts';
import { ENTRY_COLLECTIONS, GLOSSARY_COLLECTION, HUB_COLLECTIONS, SECTIONS, sectionUrl } from '#/src/kinds/index.ts';
import { ADMIN_URL, DATA_URL, FRAMEABLE_URL, GLOSSARY_URL, SEARCH_URL } from './urls.ts';
import { stopOnProblems, type Problem } from './problems.ts';
import { brokenReferenceProblems, findBrokenReferences } from './references.ts';
import { describeWithheld, withheld, type Withheld } from './withheld.ts';
import { isSlug } from './slugs.ts';
import type { KnownDate } from './dates.ts';

type Dated = { filePath?: string | undefined; data: { fecha: KnownDate; borrador: boolean } };

/** Entries a build leaves out (drafts and future dates), reported once at the end of loading. */
const leftOut: { filePath?: string | undefined; withheld: Withheld }[] = [];

/** Drafts and future-dated entries are previewed by `astro dev` and never built by `astro build`. */
function published<T extends Dated>(entries: T[]): T[] {
  if (import.meta.env.SHOW_DRAFTS) return [...entries].sort(newestFirst);
  return entries
    .filter((entry) => {
      const state = withheld(entry.data, BUILD_TIME);
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
  problems.push(...pageProblems(catalog), ...agendaProblems(catalog), ...successorProblems(catalog));
  return problems;
}

/** A retired entry, page or body may not name itself as its successor (that it exists, references check). */
function successorProblems(catalog: Catalog): Problem[] {
  type Item = { id: string; collection: string; filePath?: string | undefined };
  const items: (Item & { data: { retirado?: { sucesor?: { id: string } | undefined } | undefined } })[] = [
    ...ENTRY_COLLECTIONS.flatMap((collection): Entry[] => catalog[collection]),
    ...catalog.paginas,
    ...catalog.organismos,
  ];
  return items.flatMap((item): Problem[] =>
    item.data.retirado?.sucesor?.id === item.id
      ? [
          {
            file: item.filePath ?? `content/${item.collection}.yaml`,
            field: 'retirado.sucesor',
            found: `${item.filePath ? '' : `la entrada «${item.id}» `}se nombra a sí misma como su sucesor`,
            fix: `escribe el id de otra entrada de «${item.collection}» que la reemplace, o quita «sucesor»`,
          },
        ]
      : [],
  );
}

/** Standalone pages live at the site's top level: their names may not take a section's address. */
function pageProblems(catalog: Catalog): Problem[] {
  const taken = new Set(SECTIONS.map((section) => sectionUrl(section).split('/')[1]));
  for (const reserved of [SEARCH_URL, DATA_URL, ADMIN_URL, FRAMEABLE_URL, GLOSSARY_URL])
    taken.add(reserved.split('/')[1]);
  return catalog.paginas.flatMap((page): Problem[] =>
    isSlug(page.id) && !taken.has(page.id)
      ? []
      : [
          {
            file: page.filePath ?? `content/paginas/${page.id}`,
            found: isSlug(page.id)
              ? `el nombre «${page.id}» es el de una sección del sitio, que ya tiene esa dirección`
              : 'el nombre del archivo forma la dirección de la página, y tiene mayúsculas, acentos, espacios u otros signos',
            fix: 'renómbralo con otro nombre en minúsculas sin acentos, números y guiones, p. ej. «accesibilidad.md»',
          },
        ],
  );
}

/** What events and calls say about other entries and about time, checked as of this build. */
function agendaProblems(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const fileOf = (entry: Entry) => entry.filePath ?? `content/${entry.collection}/${entry.id}`;
  for (const entry of [...catalog.eventos, ...catalog.convocatorias]) {
    entry.data.lineas.forEach(({ plan, linea }, index) => {
      const [axis = 0, line = 0] = linea.split('.').map(Number);
      const target = byId(catalog, 'planes', plan.id);
      if (target && !target.data.ejes[axis - 1]?.lineas[line - 1]) {
        problems.push({
          file: fileOf(entry),
          field: `lineas.${index}.linea`,
          found: `el plan «${plan.id}» no tiene la línea ${linea}`,
          fix: 'escribe el número de la línea como aparece en la página del plan: «eje.línea», p. ej. «2.3»',
        });
      }
    });
  }
  for (const call of catalog.convocatorias) {
    if (call.data.resultados && BUILD_TIME < callTimes(call).closes) {
      problems.push({
        file: fileOf(call),
        field: 'resultados',
        found: `tiene resultados, pero la convocatoria no ha cerrado (cierra el ${call.data.cierre})`,
        fix: 'agrega los resultados después del cierre, o corrige la fecha de «cierre»',
      });
    }
  }
  return problems;
}

async function loadCatalog(): Promise<Catalog> {
  const lists: [string, unknown[]][] = [];
  for (const collection of ENTRY_COLLECTIONS) lists.push([collection, published(await getCollection(collection))]);
  for (const collection of HUB_COLLECTIONS) lists.push([collection, await getCollection(collection)]);
  lists.push([GLOSSARY_COLLECTION, await getCollection(GLOSSARY_COLLECTION)]);
  const pages = await getCollection('paginas');
  lists.push(['paginas', import.meta.env.SHOW_DRAFTS ? pages : pages.filter((page) => !page.data.borrador)]);
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
