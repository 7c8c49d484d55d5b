/**
 * Calls and contests (radio spots, journalism, essays, videos, drawings, apps): their rules, when they open
 * and close on the clocks of their zone, and afterwards their results (src/kinds/callResults.ts).
 */
import { callsInOrder, callTimes } from '#/src/lib/agenda.ts';
import { BUILD_TIME } from '#/src/lib/buildTime.ts';
import { ids, type Catalog } from '#/src/lib/catalog.ts';
import { day, fileUrl, optional, refIds, column } from '#/src/lib/datasets.ts';
import { isoDay, startOf } from '#/src/lib/dates.ts';
import { absolute, common, CONTEXT, publisher, type JsonLd } from '#/src/lib/jsonLd.ts';
import {
  monthAfter,
  ORGANISERS_FIELDS,
  quoted,
  TODO,
  type Draft,
  type ScaffoldContext,
  lineFields,
} from '#/src/lib/scaffolds.ts';
import { CALLS_CARD_URL, CALLS_URL, callUrl, listPageUrl } from '#/src/lib/urls.ts';
import { isoInZone } from '#/src/lib/zonedTime.ts';
import { LICENCES, results, winnersDataset } from './callResults.ts';
import { noFacets } from './collections.ts';
import {
  baseEntry,
  choice,
  expected,
  lineEvidences,
  localDateTime,
  localPublicFile,
  localTimeAfter,
  organisers,
  paragraph,
  states,
  text,
  timeZone,
  type Reference,
} from './fields.ts';
import { organisersJsonLd } from './guarantors.ts';
import * as synthetic from './synthetic.ts';
import { slugify } from '#/src/lib/slugs.ts';
import type { EntryKind } from './types.ts';
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';

const JSON_LD_TYPE = 'CreativeWork';

/** Kinds of contest, with the name the browser editor offers and the site shows. */
export const CALL_TYPES = {
  'spots-de-radio': 'Spots de radio',
  periodismo: 'Periodismo de investigación',
  ensayo: 'Ensayo',
  video: 'Video',
  dibujo: 'Dibujo',
  aplicaciones: 'Aplicaciones',
  otro: 'Otro tipo de concurso',
} as const;

/** The frontmatter of a call: its kind, audience, dates, rules, categories, prizes and, later, results. */
export const schema = (reference: Reference) =>
  baseEntry('convocatorias', reference)
    .extend({
      /** Kind of contest. */
      tipo: choice(CALL_TYPES, 'el tipo').meta({ title: 'Tipo de concurso' }),
      /** Its edition, when the contest repeats. */
      edicion: z.number(expected('un número')).int().positive().meta({ title: 'Edición' }).optional(),
      /** Who may take part. */
      publico: paragraph().meta({ title: 'Quiénes participan', description: 'P. ej. «Estudiantes de licenciatura».' }),
      /** When entries open, on the clocks of `zonaHoraria`. */
      apertura: localDateTime.meta({ title: 'Abre', description: 'Fecha y hora, p. ej. 2026-02-01 09:00.' }),
      /** When entries close. */
      cierre: localDateTime.meta({ title: 'Cierra', description: 'Fecha y hora límite para participar.' }),
      /** The clocks of its dates. */
      zonaHoraria: timeZone
        .default('America/Mexico_City')
        .meta({ title: 'Zona horaria', description: 'La de sus fechas; la del centro si no se indica.' }),
      /** Its rules, as a PDF under public/. */
      bases: localPublicFile('.pdf', '/pdf/convocatorias').meta({ title: 'Bases (PDF)' }).optional(),
      /** Categories entries compete in. */
      categorias: z
        .array(
          z
            .object(
              {
                /** Name of the category. */
                nombre: text().meta({ title: 'Nombre' }),
                /** What it asks for. */
                descripcion: paragraph(0).meta({ title: 'Descripción' }).optional(),
              },
              expected('un grupo de campos'),
            )
            .strict(),
          expected('una lista'),
        )
        .default([])
        .meta({ title: 'Categorías' }),
      /** Prizes, one per line. */
      premios: z.array(paragraph(), expected('una lista')).default([]).meta({ title: 'Premios' }),
      /** Who organises it. */
      organizadores: organisers(reference),
      /** States it is for, when it is not national. */
      estados: states(reference).meta({ title: 'Entidades', description: 'Solo si no es nacional.' }),
      /** Its results, once published. */
      resultados: results(reference),
      /** Plan líneas it is evidence of. */
      lineas: lineEvidences(reference),
    })
    .strict()
    .superRefine((call, ctx) => {
      if (!localTimeAfter(call.cierre, call.apertura)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cierre'],
          message: `cierra (${call.cierre}) antes de abrir (${call.apertura})`,
        });
      }
      const categories = new Set(call.categorias.map((category) => category.nombre));
      call.resultados?.ganadores.forEach((winner, index) => {
        if (categories.size > 0 && !categories.has(winner.categoria)) {
          ctx.addIssue({
            code: 'custom',
            path: ['resultados', 'ganadores', index, 'categoria'],
            message: `«${winner.categoria}» no es una de sus categorías: ${[...categories].join(', ')}`,
          });
        }
      });
      if (call.resultados && call.resultados.fecha.toISOString().slice(0, 10) < call.cierre.slice(0, 10)) {
        ctx.addIssue({
          code: 'custom',
          path: ['resultados', 'fecha'],
          message: 'los resultados no pueden publicarse antes del cierre de la convocatoria',
        });
      }
    });

/** A call: open from today for a month, with one category and one prize to rewrite. */
function draft(context: ScaffoldContext): Draft {
  const { slug, today } = context;
  return {
    slug,
    fields: [
      '# Tipo: spots-de-radio, periodismo, ensayo, video, dibujo, aplicaciones u otro.',
      'tipo: otro',
      '# Quiénes pueden participar.',
      `publico: ${quoted(`${TODO}: quiénes participan`)}`,
      '# Cuándo abre (AAAA-MM-DD HH:MM, hora del centro). Se puso hoy; cámbialo.',
      `apertura: "${today} 09:00"`,
      '# Cuándo cierra, igual que «apertura». Se puso dentro de un mes; cámbialo.',
      `cierre: "${monthAfter(today)} 18:00"`,
      '# Opcional: las bases en PDF, subidas a public/pdf/convocatorias/. Quita el «#» al subirlas.',
      `# bases: /pdf/convocatorias/${slug}.pdf`,
      '# Categorías: para agregar una, copia las dos líneas de «- nombre».',
      'categorias:',
      '  # Nombre de la categoría; puede llevar «descripcion» debajo.',
      `  - nombre: ${quoted(`${TODO}: categoría`)}`,
      '# Premios, uno por renglón.',
      'premios:',
      `  - ${quoted(`${TODO}: premio`)}`,
      ...ORGANISERS_FIELDS,
      '# Cuando cierre y haya ganadores, agrega «resultados» (ver la guía de edición del README).',
      ...lineFields(context),
    ],
    body: [
      `${TODO}: escribe aquí de qué trata la convocatoria y cómo participar.`,
      '',
      '## Cómo participar',
      '',
      `1. ${TODO}: primer paso.`,
    ].join('\n'),
    url: callUrl(slug),
    steps: [
      'Revisa «apertura» y «cierre»: se puso un mes desde hoy, solo para que la entrada funcione.',
      'Sube las bases en PDF y quita el «#» de «bases».',
    ],
  };
}

/** A call or contest: what it is, when it closes, and who calls it. */
function callJsonLd(catalog: Catalog, call: CollectionEntry<'convocatorias'>, image: string, site: URL): JsonLd {
  const { data } = call;
  const { closes, zone } = callTimes(call);
  // A call retired before it closes stopped being current then.
  const retired = data.retirado && startOf(data.retirado.fecha) < closes ? data.retirado.fecha : undefined;
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(data, absolute(callUrl(call.id), site), image),
    ...(data.actualizado ? { dateModified: isoDay(data.actualizado) } : {}),
    expires: retired ?? isoInZone(closes, zone),
    audience: { '@type': 'Audience', audienceType: data.publico },
    author: organisersJsonLd(catalog, data.organizadores, site),
    publisher: publisher(site),
  };
}

/** Calls open for one to three months; those already closed a month before the bench's last day have results. */
function generate(count: number, { r, pool, date, until, made }: synthetic.SyntheticContext) {
  const capsules = made.capsulas ?? [];
  return Array.from({ length: count }, (_, i) => {
    const topic = r.pick(synthetic.TOPICS);
    const id = `convocatoria-${synthetic.pad(i + 1)}-${slugify(topic)}`;
    const fecha = date();
    const closes = new Date(fecha.getTime() + r.int(30, 90) * 86_400_000);
    const category = `Categoría ${synthetic.capitalized(topic)}`;
    const winner = capsules.length ? `capsula: ${r.pick(capsules).id}` : `archivo: ${r.pick(pool.pdfsAbc)}`;
    const resultados =
      closes.getTime() + 30 * 86_400_000 < until.getTime()
        ? `resultados:
  fecha: ${synthetic.iso(new Date(closes.getTime() + 30 * 86_400_000))}
  ganadores:
    - categoria: ${synthetic.q(category)}
      lugar: "Primer lugar"
      nombre: ${synthetic.q(`Equipo participante ${i + 1}`)}
      obra:
        titulo: ${synthetic.q(`${synthetic.capitalized(topic)} en mi comunidad`)}
        ${winner}
        licencia: ${r.pick(Object.keys(LICENCES))}
`
        : '';
    return {
      id,
      url: callUrl(id),
      text: `---
titulo: ${synthetic.q(`Concurso sobre ${topic} (${i + 1})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
tipo: ${r.pick(Object.keys(CALL_TYPES))}
edicion: ${r.int(1, 12)}
publico: ${synthetic.q('Estudiantes de educación media superior y superior')}
apertura: "${synthetic.iso(fecha)} 09:00"
cierre: "${synthetic.iso(closes)} 18:00"
categorias:
  - nombre: ${synthetic.q(category)}
premios:
  - ${synthetic.q('Primer lugar: publicación de la obra y un diploma')}
organizadores:
  organismos:
    - ${r.pick(pool.organismos)}
${synthetic.lineasYaml(r, made.planes ?? [], 0.5)}${resultados}---

${synthetic.paragraph(r, pool, r.int(2, 4))}

## Cómo participar

${synthetic.paragraph(r, pool, r.int(2, 3))}
`,
    };
  });
}

export const kind = {
  collection: 'convocatorias',
  label: { one: 'type.convocatorias', other: 'nav.convocatorias' },
  url: (call) => callUrl(call.id),
  list: (page) => listPageUrl(CALLS_URL, page),
  listText: { title: 'call.listTitle', intro: 'call.listIntro', description: 'call.listDescription' },
  feed: { description: 'feed.convocatorias.description' },
  searchType: 'search.type.convocatorias',
  facets: ({ data }) => ({
    ...noFacets,
    estados: ids(data.estados),
    comisiones: ids(data.organizadores.comisiones),
    organismos: ids(data.organizadores.organismos),
  }),
  when: ({ data }) => data.apertura.slice(0, 10),
  years: ({ data }) => [Number(data.apertura.slice(0, 4))],
  dataset: {
    id: 'convocatorias',
    title: 'Convocatorias',
    description:
      'Convocatorias y concursos publicados, con sus fechas de apertura y cierre: una fila por convocatoria.',
    columns: [
      column.texto(
        'tipo',
        'spots-de-radio, periodismo, ensayo, video, dibujo, aplicaciones u otro.',
        (c) => c.data.tipo,
      ),
      column.entero('edicion', 'Número de edición.', (c) => optional(c.data.edicion)),
      column.texto('publico', 'Quiénes pueden participar.', (c) => c.data.publico),
      column.fechaHora('apertura', 'Cuándo abre.', (c) => c.data.apertura.replace('T', ' ')),
      column.fechaHora('cierre', 'Cuándo cierra.', (c) => c.data.cierre.replace('T', ' ')),
      column.texto('zonaHoraria', 'Zona horaria IANA de sus fechas.', (c) => c.data.zonaHoraria),
      column.url('bases', 'Sus bases en PDF.', (c) => fileUrl(c.data.bases)),
      column.lista('categorias', 'Nombres de sus categorías.', (c) =>
        c.data.categorias.map((category) => category.nombre),
      ),
      column.lista('premios', 'Premios.', (c) => c.data.premios),
      column.lista('organismos', 'Identificadores de los organismos garantes que la convocan.', (c) =>
        refIds(c.data.organizadores.organismos),
      ),
      column.lista('comisiones', 'Identificadores de las comisiones del SNT que la convocan.', (c) =>
        refIds(c.data.organizadores.comisiones),
      ),
      column.lista('estados', 'Entidades a las que se dirige, si no es nacional.', (c) => refIds(c.data.estados)),
      column.fecha('resultados', 'Fecha de publicación de sus resultados; vacía si aún no los tiene.', (c) =>
        day(c.data.resultados?.fecha),
      ),
      column.entero(
        'ganadores',
        'Número de obras ganadoras (ver el conjunto «obras-ganadoras»).',
        (c) => c.data.resultados?.ganadores.length ?? 0,
      ),
    ],
  },
  derivedDatasets: [winnersDataset],
  scaffold: {
    word: 'convocatoria',
    aliases: ['convocatorias', 'concurso'],
    format: 'md',
    description: 'convocatoria o concurso, con sus bases y después sus resultados',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: callJsonLd },
  order: (calls) => callsInOrder(calls, BUILD_TIME),
  card: { drawn: CALLS_CARD_URL, title: 'share.callsCardTitle', alt: 'share.callsCardAlt' },
  bench: { share: 0.01, needs: ['capsulas', 'planes'], generate },
} satisfies EntryKind<'convocatorias'>;
