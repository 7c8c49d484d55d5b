/**
 * The «Los ABC» booklets: one booklet of the series on a right, in digital form first, kept up to date with
 * the law it explains (its editions), with a printable PDF and its cover.
 */
import { z } from 'astro/zod';
import { ids } from '#/src/lib/catalog.ts';
import { absoluteUrl, column, dataset, day, fileUrl, refIds } from '#/src/lib/datasets.ts';
import { isoDay, yearOf } from '#/src/lib/dates.ts';
import { absolute, common, CONTEXT, publisher } from '#/src/lib/jsonLd.ts';
import { t } from '#/src/i18n/es.ts';
import { COVERS_FOLDER } from '#/src/lib/paths.ts';
import { imageLines, lineFields, quoted, TODO, type Draft, type ScaffoldContext } from '#/src/lib/scaffolds.ts';
import { ABC_URL, abcEditionChangesUrl, abcEditionUrl, abcUrl, listPageUrl } from '#/src/lib/urls.ts';
import { editionHref } from '#/src/lib/editions.ts';
import { noFacets } from './collections.ts';
import {
  baseEntry,
  expected,
  imageField,
  isoDate,
  law,
  localPublicFile,
  ref,
  paragraph,
  refs,
  text,
  type ImageContext,
  type Reference,
  lineEvidences,
} from './fields.ts';
import * as synthetic from './synthetic.ts';
import { slugify } from '#/src/lib/slugs.ts';
import type { EntryKind, NewsItem } from './types.ts';
import type { CollectionEntry } from 'astro:content';
import type { Catalog } from '#/src/lib/catalog.ts';
import type { JsonLd } from '#/src/lib/jsonLd.ts';

const JSON_LD_TYPE = 'Book';

/** The frontmatter of a booklet: its number in the series, its topic, its editions and its cover. */
export const schema =
  (reference: Reference) =>
  ({ image }: ImageContext) =>
    baseEntry('abc', reference)
      .extend({
        /** Number in the «Los ABC» series. */
        numero: z
          .number(expected('un número'))
          .int()
          .positive()
          .meta({ title: 'Número', description: 'Su número en la serie «Los ABC».' }),
        /** Topic, e.g. «Protección de datos personales». */
        tema: text().meta({ title: 'Tema', description: 'P. ej. «Protección de datos personales».' }),
        /** The law the current text explains; a booklet of an abrogated law says so with a banner. */
        ley: law,
        /** The booklet that explains the law in force, for one whose law was abrogated. */
        edicionNueva: ref('abc', reference)
          .meta({
            title: 'Edición nueva',
            description: 'Si la ley que explica fue abrogada: el cuadernillo que explica la ley vigente.',
          })
          .optional(),
        /** Law reform the current text reflects. */
        reforma: paragraph().meta({ title: 'Reforma', description: 'La reforma de ley que refleja el texto actual.' }),
        /** Editions, oldest first. */
        ediciones: z
          .array(
            z
              .object(
                {
                  /** Date of the edition. */
                  fecha: isoDate.meta({
                    title: 'Fecha de la edición',
                    description: 'El día en que se publicó esta edición.',
                  }),
                  /** What changed in it. */
                  descripcion: paragraph().meta({
                    title: 'Qué cambió',
                    description:
                      'Una nota breve frente a la edición anterior; en la primera, «Primera edición.». Va primero en la página «Qué cambió» y en las novedades del sitio.',
                  }),
                  /** The law reform this edition reflects, if any. */
                  reforma: paragraph()
                    .meta({ title: 'Reforma', description: 'La reforma de ley que refleja esta edición, si la hay.' })
                    .optional(),
                  /**
                   * The edition's full text, kept so that its page and the word-level comparison with the
                   * next one stay published: paragraphs separated by a blank line, «## » for a heading.
                   */
                  texto: paragraph(20)
                    .meta({
                      title: 'Texto de esta edición',
                      description:
                        'El texto completo de la edición, para conservarlo y compararlo con la siguiente. Párrafos separados por una línea en blanco; «## » al inicio para un subtítulo.',
                    })
                    .optional(),
                },
                expected('un grupo de campos'),
              )
              .strict(),
          )
          .min(1)
          .meta({
            title: 'Ediciones',
            description:
              'De la más antigua a la más reciente. Para una edición nueva, agrégala al final con su fecha y su nota, y actualiza el texto del cuadernillo; si pegas en «Texto de esta edición» el texto de cada edición, el sitio lo conserva en su propia dirección y muestra qué cambió, palabra por palabra.',
            itemLabel: 'edición',
            itemSummary: '{{fields.fecha}}: {{fields.descripcion}}',
          }),
        /** Printable PDF under `public/`, e.g. `/pdf/abc/abc-01.pdf`. */
        pdf: localPublicFile('.pdf', '/pdf/abc').meta({ title: 'PDF para imprimir' }).optional(),
        /** Cover image, next to the entry file. */
        portada: imageField(image, COVERS_FOLDER).meta({ title: 'Portada' }),
        /** Alternative text of the cover. */
        portadaAlt: paragraph().meta({
          title: 'Texto alternativo de la portada',
          description: 'Describe la imagen para quien no puede verla: qué muestra y qué texto lleva.',
        }),
        /** Commissions the booklet relates to. */
        comisiones: refs('comisiones', reference, 'Comisiones relacionadas'),
        /** Plan líneas it is evidence of. */
        lineas: lineEvidences(reference),
      })
      .strict()
      // Only a booklet whose law was abrogated has a newer edition to send readers to; its banner says why.
      .superRefine((booklet, ctx) => {
        if (booklet.edicionNueva !== undefined && booklet.ley.estado !== 'abrogada') {
          ctx.addIssue({
            code: 'custom',
            path: ['edicionNueva'],
            message: `solo va en un cuadernillo de una ley abrogada, y la de este dice «estado: ${booklet.ley.estado}»: quita «edicionNueva» o marca la ley como abrogada`,
          });
        }
      });

/** A «Los ABC» booklet, with the next free number of the series and its first edition. */
function draft(context: ScaffoldContext): Draft {
  const { slug, today, highestNumber } = context;
  const numero = highestNumber('abc') + 1;
  return {
    slug,
    fields: [
      `# Número del cuadernillo en la serie «Los ABC» (se puso ${numero}, el siguiente libre).`,
      `numero: ${numero}`,
      '# Tema, p. ej. «Protección de datos personales».',
      `tema: ${quoted(`${TODO}: tema del cuadernillo`)}`,
      '# Ley que explica el texto: nombre, fecha de publicación en el DOF, «vigente» o «abrogada», y sus fuentes.',
      '# Si está abrogada, agrega «abrogacion:» con «fecha» e «instrumento» (el decreto que la abrogó).',
      'ley:',
      '  # Su nombre, p. ej. «Ley General de Transparencia y Acceso a la Información Pública».',
      `  nombre: ${quoted(`${TODO}: nombre de la ley`)}`,
      '  # Fecha de su publicación en el DOF (AAAA-MM-DD). Se puso la de hoy; cámbiala.',
      `  publicada: ${today}`,
      '  # vigente o abrogada.',
      '  estado: vigente',
      '  # Dónde se leyó todo esto: para otra fuente, copia el bloque que empieza con «- titulo».',
      '  fuentes:',
      `    - titulo: ${quoted(`${TODO}: título de la fuente`)} # como la publica su editor`,
      `      editor: ${quoted('Diario Oficial de la Federación')} # quién la publica`,
      `      enlace: ${quoted(`https://example.org/${TODO}`)} # su dirección`,
      '# Reforma de ley que refleja el texto actual.',
      `reforma: ${quoted(`${TODO}: reforma de ley que refleja el texto`)}`,
      '# Ediciones, de la más antigua a la más reciente. Cuando cambie el texto (p. ej. por una reforma),',
      '# agrega una edición al final: copia el bloque que empieza con «- fecha», pon su fecha y qué cambió',
      '# frente a la anterior, y actualiza el texto del cuadernillo (abajo). Es noticia: sale en las novedades.',
      '# Opcional en cada edición: «reforma» (la reforma de ley que refleja) y «texto: |» con el texto completo',
      '# de esa edición, sangrado con seis espacios; si dos ediciones seguidas lo tienen, el sitio muestra',
      '# qué cambió entre ellas, palabra por palabra, en /abc/<nombre>/ediciones/<n>/que-cambio/.',
      'ediciones:',
      '  # Fecha de la edición (AAAA-MM-DD).',
      `  - fecha: ${today}`,
      '    # Qué cambió en esta edición; en la primera, «Primera edición.».',
      '    descripcion: "Primera edición."',
      ...imageLines('portada', COVERS_FOLDER, slug, 'Portada'),
      `# Opcional: PDF para imprimir, subido a public/pdf/abc/. Quita el «#» del principio al subirlo.`,
      `# pdf: /pdf/abc/${slug}.pdf`,
      '# Comisiones relacionadas: «id» de content/comisiones.yaml, uno por renglón con «- », o [] si ninguna.',
      'comisiones: []',
      ...lineFields(context),
    ],
    body: [
      `${TODO}: escribe aquí el texto completo del cuadernillo. Empieza con un párrafo que diga de qué trata.`,
      '',
      `## ${TODO}: primera sección`,
      '',
      'Cada sección empieza con «## » y su título. Separa los párrafos con una línea en blanco; para una lista,',
      'empieza cada renglón con «- ».',
    ].join('\n'),
    image: { field: 'portada', folder: COVERS_FOLDER },
    url: abcUrl(slug),
    steps: [`Revisa «numero»: se puso ${numero}, el siguiente de la serie.`],
  };
}

/** A booklet of the «Los ABC» series. */
function book(_catalog: Catalog, booklet: CollectionEntry<'abc'>, image: string, site: URL): JsonLd {
  const { data } = booklet;
  const lastEdition = data.ediciones[data.ediciones.length - 1];
  const modified = data.actualizado ?? lastEdition?.fecha;
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(data, absolute(abcUrl(booklet.id), site), image),
    bookEdition: String(data.ediciones.length),
    dateModified: modified ? isoDay(modified) : data.fecha,
    about: [
      data.tema,
      {
        '@type': 'Legislation',
        name: data.ley.nombre,
        legislationDate: data.ley.publicada,
        legislationLegalForce:
          data.ley.estado === 'vigente' ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce',
      },
    ],
    isPartOf: { '@type': 'BookSeries', name: t('abc.title') },
    position: data.numero,
    publisher: publisher(site),
  };
}

/** Booklets with one to three editions, long bodies of sections, a cover and a PDF. */
function generate(count: number, { r, pool, date, until }: synthetic.SyntheticContext) {
  const first = Math.max(0, ...pool.abcNumeros) + 1;
  return Array.from({ length: count }, (_, i) => {
    const numero = first + i;
    const topic = r.pick(synthetic.TOPICS);
    const id = `abc-${synthetic.pad(numero)}-${slugify(topic)}`;
    const fecha = date();
    const editions = r.int(1, 3);
    return {
      id,
      url: abcUrl(id),
      text: `---
titulo: ${synthetic.q(`El ABC de ${topic} (${numero})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
numero: ${numero}
tema: ${synthetic.q(synthetic.capitalized(topic))}
reforma: ${synthetic.q(`Refleja la reforma de ${fecha.getUTCFullYear()} a la legislación de transparencia`)}
ley:
  nombre: ${synthetic.q(`Ley sintética de ${topic}`)}
  publicada: ${synthetic.iso(fecha)}
  estado: vigente
  fuentes:
    - titulo: "Fuente sintética de la ley"
      editor: "Banco de pruebas"
      enlace: "https://example.org/ley"
ediciones:
${Array.from({ length: editions }, (_, e) => `  - fecha: ${synthetic.iso(new Date(Math.min(fecha.getTime() + e * 200 * 86_400_000, until.getTime())))}\n    descripcion: ${synthetic.q(e === 0 ? 'Primera edición.' : `Edición ${e + 1}: ${synthetic.paragraph(r, pool, 1)}`)}`).join('\n')}
portada: ${r.pick(pool.portadasAbc)}
portadaAlt: ${synthetic.q(`Portada del cuadernillo ${numero} de la serie Los ABC`)}
pdf: ${r.pick(pool.pdfsAbc)}
comisiones:
  - ${r.pick(pool.comisiones)}
---

${synthetic.paragraph(r, pool, r.int(3, 5))}

${synthetic.sections(r, pool, r.int(4, 5))}
`,
    };
  });
}

/** One edition of a booklet, numbered from 1, oldest first: a row of the editions dataset. */
interface EditionSource {
  booklet: CollectionEntry<'abc'>;
  number: number;
}

const editionOf = ({ booklet, number }: EditionSource) => booklet.data.ediciones[number - 1];

/** Every edition of every published booklet, one row each, with the addresses of its text and what changed. */
const editionDataset = dataset<EditionSource>({
  id: 'ediciones-abc',
  title: 'Ediciones de los cuadernillos «Los ABC»',
  description:
    'Cada edición de cada cuadernillo publicado de la serie «Los ABC», con su fecha, qué cambió y la reforma que refleja: una fila por edición.',
  sources: (catalog) =>
    catalog.abc.flatMap((booklet) => booklet.data.ediciones.map((_, index) => ({ booklet, number: index + 1 }))),
  columns: [
    column.texto('cuadernillo', 'Identificador del cuadernillo (ver el conjunto «abc»).', (s) => s.booklet.id),
    column.texto('cuadernilloTitulo', 'Título del cuadernillo.', (s) => s.booklet.data.titulo),
    column.entero('edicion', 'Número de la edición, desde 1 (la más antigua).', (s) => s.number),
    column.fecha('fecha', 'Fecha de la edición.', (s) => day(editionOf(s)?.fecha)),
    column.texto('descripcion', 'Qué cambió en esta edición.', (s) => editionOf(s)?.descripcion ?? null),
    column.texto('reforma', 'La reforma de ley que refleja, si la hay.', (s) => editionOf(s)?.reforma ?? null),
    column.url('url', 'Dirección del texto de la edición, si se conservó.', (s) =>
      editionOf(s)?.texto === undefined ? null : absoluteUrl(abcEditionUrl(s.booklet.id, s.number)),
    ),
    column.url(
      'queCambio',
      'Dirección de la comparación palabra por palabra con la edición anterior, si las dos conservaron su texto.',
      (s) =>
        editionOf(s)?.texto === undefined || s.booklet.data.ediciones[s.number - 2]?.texto === undefined
          ? null
          : absoluteUrl(abcEditionChangesUrl(s.booklet.id, s.number)),
    ),
    column.booleano(
      'ejemplo',
      'true si el cuadernillo es contenido de ejemplo, sin fuente real.',
      (s) => s.booklet.data.ejemplo,
    ),
  ],
});

/** Each edition after the first is news: «Nueva edición de …», linked to what changed in it. */
const editionNews = ({ id, data }: CollectionEntry<'abc'>): NewsItem[] =>
  data.ediciones.slice(1).map((edition, index) => {
    const number = index + 2;
    return {
      title: t('abc.edition.newsTitle', { title: data.titulo, n: String(number) }),
      href: editionHref(id, data.ediciones, number),
      // The edition's own address names it for good, whether or not it has kept its text (and so its page).
      guid: abcEditionUrl(id, number),
      date: edition.fecha,
      summary: edition.reforma
        ? `${edition.descripcion} ${t('abc.edition.reform')} ${edition.reforma}`
        : edition.descripcion,
      category: 'abc.edition.newsCategory',
    };
  });

export const kind = {
  collection: 'abc',
  label: { one: 'type.abc', other: 'nav.abc' },
  url: (booklet) => abcUrl(booklet.id),
  list: (page) => listPageUrl(ABC_URL, page),
  listText: { title: 'abc.title', intro: 'abc.intro' },
  feed: { description: 'feed.abc.description' },
  news: editionNews,
  searchType: 'search.type.abc',
  facets: ({ data }) => ({ ...noFacets, comisiones: ids(data.comisiones) }),
  years: ({ data }) => [yearOf(data.fecha)],
  dataset: {
    id: 'abc',
    title: 'Cuadernillos «Los ABC»',
    description: 'Los cuadernillos publicados de la serie «Los ABC»: una fila por cuadernillo.',
    columns: [
      column.entero('numero', 'Número en la serie.', (b) => b.data.numero),
      column.texto('tema', 'Tema del cuadernillo.', (b) => b.data.tema),
      column.texto('reforma', 'Reforma legal que refleja el texto vigente.', (b) => b.data.reforma),
      column.lista(
        'ediciones',
        'Ediciones, de la más antigua a la más reciente, como «AAAA-MM-DD: descripción».',
        (b) => b.data.ediciones.map((edition) => `${isoDay(edition.fecha)}: ${edition.descripcion}`),
      ),
      column.url('pdf', 'Dirección del PDF para imprimir, si lo hay.', (b) => fileUrl(b.data.pdf)),
      column.lista(
        'comisiones',
        'Identificadores de las comisiones relacionadas (ver el conjunto «comisiones»).',
        (b) => refIds(b.data.comisiones),
      ),
    ],
    laterColumns: [
      column.texto('leyNombre', 'Nombre de la ley que explica el texto actual.', (b) => b.data.ley.nombre),
      column.fecha(
        'leyPublicada',
        'Fecha de publicación de esa ley en el Diario Oficial de la Federación.',
        (b) => b.data.ley.publicada,
      ),
      column.texto('leyEstado', '«vigente» o «abrogada».', (b) => b.data.ley.estado),
      column.fecha(
        'leyAbrogada',
        'Fecha en que la ley dejó de estar vigente; vacía si está vigente.',
        (b) => b.data.ley.abrogacion?.fecha ?? null,
      ),
      column.texto(
        'leyAbrogadaPor',
        'El instrumento que la abrogó; vacío si está vigente.',
        (b) => b.data.ley.abrogacion?.instrumento ?? null,
      ),
      column.lista('leyFuentes', 'Direcciones de las fuentes sobre la ley.', (b) =>
        b.data.ley.fuentes.map((source) => source.enlace),
      ),
      column.entero(
        'edicionesTotal',
        'Cuántas ediciones tiene (ver el conjunto «ediciones-abc»).',
        (b) => b.data.ediciones.length,
      ),
      column.fecha('ultimaEdicion', 'Fecha de su edición más reciente.', (b) =>
        day(b.data.ediciones[b.data.ediciones.length - 1]?.fecha),
      ),
      column.url(
        'edicionNueva',
        'Si su ley fue abrogada: dirección del cuadernillo que explica la ley vigente.',
        (b) => (b.data.edicionNueva ? absoluteUrl(abcUrl(b.data.edicionNueva.id)) : null),
      ),
    ],
  },
  derivedDatasets: [editionDataset],
  scaffold: {
    word: 'abc',
    aliases: [],
    format: 'md',
    description: 'cuadernillo de la serie «Los ABC»',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: book },
  card: { picture: ({ data }) => ({ src: data.portada, alt: data.portadaAlt, position: 'top' }) },
  bench: { share: 0.035, generate },
} satisfies EntryKind<'abc'>;
