import { getCollection } from 'astro:content';
import { byId, newestFirst, type Catalog, type Entry } from './catalog.ts';
import { BUILD_TIME } from './buildTime.ts';
import { callTimes, eventZone } from './agenda.ts';
import {
  ENTRY_COLLECTIONS,
  GLOSSARY_COLLECTION,
  HUB_COLLECTIONS,
  SECTIONS,
  SERIES_COLLECTION,
  sectionUrl,
} from '#/src/kinds/index.ts';
import { knownBefore } from '#/src/kinds/history.ts';
import { ADMIN_URL, DATA_URL, FRAMEABLE_URL, GLOSSARY_URL, SEARCH_URL, seriesUrl } from './urls.ts';
import { stopOnProblems, type Problem } from './problems.ts';
import { brokenReferenceProblems, findBrokenReferences } from './references.ts';
import { describeWithheld, withheld, type Withheld } from './withheld.ts';
import { isSlug } from './slugs.ts';
import { lineNumbers, lineOf, entriesCiting, metaStates, planProgress } from './progress.ts';
import { lineStart, PUBLISHED_LINES_FILE, readLineRecords, type LineRecord } from './publishedLines.ts';
import { startOf, type KnownDate } from './dates.ts';
import { wallTimeProblem } from './zonedTime.ts';
import { audioProblems } from './audioFiles.ts';

type Dated = { filePath?: string | undefined; data: { fecha: KnownDate; borrador: boolean } };

/** The file an entry was read from, as messages name it. */
const fileOf = (entry: Entry): string => entry.filePath ?? `content/${entry.collection}/${entry.id}`;

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

/** Addresses inside /audios/ that are not audios: the series' pages and feeds live under /audios/series/. */
const RESERVED_AUDIO_IDS = [seriesUrl('x').split('/')[2] ?? ''];

/** Problems no single schema can see: file names that are not slugs, repeated numbers. */
function catalogProblems(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
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
  for (const audio of catalog.audios) {
    if (RESERVED_AUDIO_IDS.includes(audio.id)) {
      problems.push({
        file: fileOf(audio),
        found: `el nombre «${audio.id}» es el de una parte de la sección de audios, que ya tiene esa dirección`,
        fix: 'renómbralo con otro nombre en minúsculas sin acentos, números y guiones',
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
  problems.push(
    ...pageProblems(catalog),
    ...lineProblems(catalog),
    ...agendaProblems(catalog),
    ...winningAudioProblems(catalog),
    ...retirementProblems(catalog),
  );
  return problems;
}

/**
 * A retired entry, page or body may not name itself as its successor (that it exists, references check),
 * nor be retired after this build (a retirement states what has happened, so it is written on its day), nor
 * before its own date: an entry cannot end before it starts.
 */
function retirementProblems(catalog: Catalog): Problem[] {
  type Item = { id: string; collection: string; filePath?: string | undefined };
  type Retirement = { fecha: KnownDate; sucesor?: { id: string } | undefined };
  const items: (Item & { data: { fecha?: KnownDate; retirado?: Retirement | undefined } })[] = [
    ...ENTRY_COLLECTIONS.flatMap((collection): Entry[] => catalog[collection]),
    ...catalog.paginas,
    ...catalog.organismos,
  ];
  return items.flatMap((item): Problem[] => {
    const retirement = item.data.retirado;
    if (!retirement) return [];
    const file = item.filePath ?? `content/${item.collection}.yaml`;
    // A data file holds many entries: the problem says which.
    const which = file.endsWith('.yaml') ? `la entrada «${item.id}» ` : '';
    const problems: Problem[] = [];
    if (retirement.sucesor?.id === item.id) {
      problems.push({
        file,
        field: 'retirado.sucesor',
        found: `${which}se nombra a sí misma como su sucesor`,
        fix: `escribe el id de otra entrada de «${item.collection}» que la reemplace, o quita «sucesor»`,
      });
    }
    if (startOf(retirement.fecha) > BUILD_TIME) {
      problems.push({
        file,
        field: 'retirado.fecha',
        found: `${which}tiene fecha de retiro ${retirement.fecha}, posterior a hoy (${BUILD_TIME.toISOString().slice(0, 10)})`,
        fix: 'agrega «retirado» el día en que deja de estar vigente (el sitio se publica cada día), o corrige la fecha',
      });
    }
    if (item.data.fecha !== undefined && knownBefore(retirement.fecha, item.data.fecha)) {
      problems.push({
        file,
        field: 'retirado.fecha',
        found: `la fecha de retiro (${retirement.fecha}) es anterior a la de publicación de la entrada (${item.data.fecha})`,
        fix: 'escribe el día en que dejó de estar vigente, igual o posterior a su «fecha»',
      });
    }
    return problems;
  });
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

/** What entries say about plan líneas, and what plans say about their own líneas, checked against the evidence. */
function lineProblems(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const entry of catalog[collection] as Entry[]) {
      if (!('lineas' in entry.data)) continue;
      entry.data.lineas.forEach(({ plan, linea }, index) => {
        const target = byId(catalog, 'planes', plan.id);
        if (target && !lineOf(target, linea)) {
          problems.push({
            file: fileOf(entry),
            field: `lineas.${index}.linea`,
            found: `el plan «${plan.id}» no tiene la línea ${linea}; sus líneas son ${lineNumbers(target)}`,
            fix: 'escribe el número de la línea como aparece en la página del plan: «eje.línea», p. ej. «2.3»',
          });
        }
      });
    }
  }
  problems.push(...renumberedLines(catalog, readLineRecords()));
  for (const plan of catalog.planes) {
    for (const line of planProgress(catalog, plan).lines) {
      const field = `ejes.${line.axisNumber - 1}.lineas.${line.lineNumber - 1}`;
      if (line.line.estado === 'cumplida' && line.evidence.length === 0) {
        problems.push({
          file: fileOf(plan),
          field: `${field}.estado`,
          found: `la línea ${line.number} dice «cumplida» y no tiene ninguna evidencia dentro del periodo ${plan.data.periodo.inicio}–${plan.data.periodo.fin}${line.outside.length > 0 ? ` (tiene ${line.outside.length} fuera del periodo)` : ''}`,
          fix: 'agrega su evidencia (una entrada con «lineas» que la nombre, o «evidencias» en la línea), o quita «estado: cumplida»',
        });
      }
      const target = line.line.cuenta?.meta;
      if (target !== undefined && !metaStates(line.line.meta, target)) {
        problems.push({
          file: fileOf(plan),
          field: `${field}.cuenta.meta`,
          found: `la meta de la línea ${line.number} no escribe el número ${target}`,
          fix: '«cuenta.meta» solo copia un número que la meta del plan escribe; si la meta no da un número, quítalo',
        });
      }
    }
  }
  return problems;
}

/**
 * Published líneas that no longer say what they said: a línea moved or removed would send other sites' links
 * and the entries that cite it as evidence to another one.
 */
export function renumberedLines(catalog: Catalog, records: readonly LineRecord[]): Problem[] {
  return records.flatMap((record): Problem[] => {
    const plan = byId(catalog, 'planes', record.plan);
    if (!plan) return [];
    const line = lineOf(plan, record.number);
    if (line && lineStart(line.texto) === record.start) return [];
    const [axis = 0, index = 0] = record.number.split('.').map(Number);
    const citing = entriesCiting(catalog, plan.id, record.number);
    return [
      {
        file: fileOf(plan),
        field: `ejes.${axis - 1}.lineas${line ? `.${index - 1}.texto` : ''}`,
        found: `la línea ${record.number} se publicó como «${record.start}…» y ahora ${line ? `dice «${lineStart(line.texto)}…»` : 'no existe'}`,
        fix: `no cambies el orden de las líneas de un plan publicado: otros sitios enlazan a su ancla${citing.length > 0 ? ` y ${citing.map(fileOf).join(', ')} la citan como evidencia` : ''}. Si hay que corregir la transcripción, corrige también esas referencias y el renglón «${record.plan} ${record.number}» de ${PUBLISHED_LINES_FILE}`,
      },
    ];
  });
}

/**
 * What events and calls say about time, checked as of this build: their times exist on their clocks (not in a
 * gap, not ambiguous in a repeated hour), and results come after closing.
 */
function agendaProblems(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const timeProblems = (entry: Entry, fields: Record<string, string>, zone: string): Problem[] =>
    Object.entries(fields).flatMap(([field, local]): Problem[] => {
      const problem = wallTimeProblem(local, zone);
      return problem ? [{ file: fileOf(entry), field, ...problem }] : [];
    });
  for (const event of catalog.eventos) {
    const { inicio, fin } = event.data;
    problems.push(...timeProblems(event, { inicio, fin }, eventZone(catalog, event)));
  }
  for (const call of catalog.convocatorias) {
    const { apertura, cierre, zonaHoraria } = call.data;
    problems.push(...timeProblems(call, { apertura, cierre }, zonaHoraria));
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

/** A call's winning audio is an audio entry with a licence of its own: the result may not say another one. */
function winningAudioProblems(catalog: Catalog): Problem[] {
  return catalog.convocatorias.flatMap((call) =>
    (call.data.resultados?.ganadores ?? []).flatMap((winner, index): Problem[] => {
      const audio = winner.obra.audio && byId(catalog, 'audios', winner.obra.audio.id);
      if (!audio || audio.data.licencia === winner.obra.licencia) return [];
      return [
        {
          file: fileOf(call),
          field: `resultados.ganadores.${index}.obra.licencia`,
          found: `dice ${winner.obra.licencia}, pero el audio «${audio.id}» se publica con ${audio.data.licencia}`,
          fix: `escribe la misma licencia aquí y en ${fileOf(audio)}`,
        },
      ];
    }),
  );
}

async function loadCatalog(): Promise<Catalog> {
  const lists: [string, unknown[]][] = [];
  for (const collection of ENTRY_COLLECTIONS) lists.push([collection, published(await getCollection(collection))]);
  for (const collection of HUB_COLLECTIONS) lists.push([collection, await getCollection(collection)]);
  lists.push([GLOSSARY_COLLECTION, await getCollection(GLOSSARY_COLLECTION)]);
  lists.push([SERIES_COLLECTION, await getCollection(SERIES_COLLECTION)]);
  const pages = await getCollection('paginas');
  lists.push(['paginas', import.meta.env.SHOW_DRAFTS ? pages : pages.filter((page) => !page.data.borrador)]);
  const catalog = Object.fromEntries(lists) as Catalog;
  const all = Object.values(catalog).flat();
  const broken = findBrokenReferences(all);
  stopOnProblems([
    ...catalogProblems(catalog),
    ...(await audioProblems(catalog.audios)),
    ...brokenReferenceProblems(broken, all),
  ]);
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
