/** The articles of *México Transparente*: each with its issue, authors, pages in the issue's PDF and full text. */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { byId, ids, resolve, type Catalog } from '#/src/lib/catalog.ts';
import { refIds, column } from '#/src/lib/datasets.ts';
import { yearOf } from '#/src/lib/dates.ts';
import { absolute, common, CONTEXT, type JsonLd } from '#/src/lib/jsonLd.ts';
import { quoted, TODO, type Draft, type ScaffoldContext, lineFields } from '#/src/lib/scaffolds.ts';
import { articleUrl, issueUrl } from '#/src/lib/urls.ts';
import { noFacets } from './collections.ts';
import { baseEntry, expected, person, ref, refs, type Reference, lineEvidences } from './fields.ts';
import { personJsonLd } from './guarantors.ts';
import { periodical } from './issues.ts';
import * as synthetic from './synthetic.ts';
import { slugify } from '#/src/lib/slugs.ts';
import type { EntryKind } from './types.ts';

const JSON_LD_TYPE = 'ScholarlyArticle';

/** The frontmatter of an article: its issue, its authors in byline order and its pages. */
export const schema = (reference: Reference) =>
  baseEntry('articulos', reference)
    .extend({
      /** Issue the article belongs to. */
      revista: ref('revista', reference).meta({ title: 'Número de la revista' }),
      /** Authors, in the order of the byline. */
      autores: z
        .array(person(reference), expected('una lista'))
        .min(1)
        .meta({ title: 'Autoras y autores', description: 'En el orden en que firman.' }),
      /** Pages of the article in the issue's PDF. */
      paginas: z
        .object(
          {
            /** First page. */
            inicio: z.number(expected('un número')).int().positive().meta({ title: 'Primera página' }),
            /** Last page. */
            fin: z.number(expected('un número')).int().positive().meta({ title: 'Última página' }),
          },
          expected('un grupo de campos'),
        )
        .strict()
        .refine((p) => p.fin >= p.inicio, {
          error: 'la página «fin» debe ser igual o posterior a «inicio»',
          path: ['fin'],
        })
        .meta({ title: 'Páginas en el PDF del número' }),
      /** States the article is about. */
      estados: refs('estados', reference, 'Entidades de las que habla'),
      /** Commissions the article relates to. */
      comisiones: refs('comisiones', reference, 'Comisiones relacionadas'),
      /** Plan líneas it is evidence of. */
      lineas: lineEvidences(reference),
    })
    .strict();

/** The issue number an article belongs to. */
const issueNumber = (catalog: Catalog, id: string): number => {
  const issue = byId(catalog, 'revista', id);
  if (!issue) throw new Error(`Artículo de un número no publicado: ${id}`);
  return issue.data.numero;
};

/** An article of the newest issue of the magazine. */
function draft(context: ScaffoldContext): Draft {
  const { slug, latestIssue } = context;
  const issue = latestIssue();
  return {
    slug,
    fields: [
      `# Número de la revista al que pertenece: el nombre de su archivo en content/revista/ (se puso el más reciente).`,
      `revista: ${issue.id}`,
      '# Autoras y autores, en el orden de la firma: uno por bloque que empieza con «- nombre».',
      'autores:',
      '  # Nombre completo, o el área si no se nombra a nadie.',
      `  - nombre: ${quoted(`${TODO}: nombre de la autora o del autor`)}`,
      '    # Opcional: su cargo. Quita el «#» para usarlo.',
      '    # cargo: "Cargo"',
      '    # Opcional: su organismo garante, un «id» de content/organismos.yaml. Quita el «#» para usarlo.',
      '    # organismo: id-del-organismo',
      '# Páginas que ocupa en el PDF del número.',
      'paginas:',
      '  # Primera página.',
      '  inicio: 1',
      '  # Última página.',
      '  fin: 1',
      '# Estados de los que habla: «id» de content/estados.yaml, uno por renglón con «- », o [] si ninguno.',
      'estados: []',
      '# Comisiones relacionadas: «id» de content/comisiones.yaml, uno por renglón con «- », o [] si ninguna.',
      'comisiones: []',
      ...lineFields(context),
    ],
    body: [
      `${TODO}: escribe aquí el texto completo del artículo. Empieza con un párrafo de entrada.`,
      '',
      `## ${TODO}: primera sección`,
      '',
      'Cada sección empieza con «## » y su título. Separa los párrafos con una línea en blanco.',
    ].join('\n'),
    url: articleUrl(issue.numero, slug),
    steps: [
      `Va en el número ${issue.numero} de la revista («revista: ${issue.id}», el más reciente); cámbialo si va en otro.`,
      'Escribe en «paginas» las páginas que ocupa en el PDF del número.',
    ],
  };
}

/** An article of an issue. */
function scholarlyArticle(catalog: Catalog, article: CollectionEntry<'articulos'>, image: string, site: URL): JsonLd {
  const { data } = article;
  const issue = resolve(catalog, data.revista);
  const url = absolute(articleUrl(issue.data.numero, article.id), site);
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(data, url, image),
    headline: data.titulo,
    author: data.autores.map((author) =>
      personJsonLd(author, author.organismo && resolve(catalog, author.organismo), site),
    ),
    pageStart: data.paginas.inicio,
    pageEnd: data.paginas.fin,
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(issue.data.numero),
      name: issue.data.titulo,
      url: absolute(issueUrl(issue.data.numero), site),
      isPartOf: periodical(site),
    },
  };
}

/** Articles spread over the generated issues, dated as their issue, with sections like the real ones. */
function generate(count: number, { r, pool, made, updated }: synthetic.SyntheticContext) {
  const issues = made.revista ?? [];
  return Array.from({ length: count }, (_, i) => {
    const issue = issues[i % issues.length];
    if (!issue?.numero || !issue.fecha)
      throw new Error('Los artículos necesitan números de la revista generados antes.');
    const topic = r.pick(synthetic.TOPICS);
    const id = `numero-${issue.numero}-articulo-${synthetic.pad(i + 1)}-${slugify(topic)}`;
    const estado = r.pick(pool.estados);
    const start = r.int(1, 60);
    return {
      id,
      url: articleUrl(issue.numero, id),
      text: `---
titulo: ${synthetic.q(`${synthetic.capitalized(topic)} y ${r.pick(synthetic.OBJECTS)} (${i + 1})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(issue.fecha)}
${updated(issue.fecha)}revista: ${issue.id}
autores:
${Array.from({ length: r.int(1, 3) }, () => synthetic.personYaml(r, pool, '  ')).join('\n')}
paginas:
  inicio: ${start}
  fin: ${start + r.int(0, 8)}
estados:
  - ${estado}
comisiones:
  - ${r.pick(pool.comisiones)}
${synthetic.lineasYaml(r, made.planes ?? [], 0.05)}---

${synthetic.paragraph(r, pool, r.int(3, 5))}

${synthetic.sections(r, pool, r.int(2, 3))}
`,
    };
  });
}

export const kind = {
  collection: 'articulos',
  label: { one: 'type.articulos', other: 'hub.articulos' },
  url: (article, catalog) => articleUrl(resolve(catalog, article.data.revista).data.numero, article.id),
  searchType: 'search.type.articulos',
  facets: ({ data }) => ({
    ...noFacets,
    estados: ids(data.estados),
    comisiones: ids(data.comisiones),
    organismos: ids(data.autores.map((author) => author.organismo)),
  }),
  years: ({ data }) => [yearOf(data.fecha)],
  dataset: {
    id: 'articulos',
    title: 'Artículos de la revista',
    description: 'Los artículos publicados de la revista México Transparente: una fila por artículo.',
    columns: [
      column.entero('revista', 'Número de la revista en que aparece (ver el conjunto «revista»).', (a, catalog) =>
        issueNumber(catalog, a.data.revista.id),
      ),
      column.lista('autores', 'Nombres de las personas autoras, en el orden de la firma.', (a) =>
        a.data.autores.map((author) => author.nombre),
      ),
      column.entero('paginaInicio', 'Primera página en el PDF del número.', (a) => a.data.paginas.inicio),
      column.entero('paginaFin', 'Última página en el PDF del número.', (a) => a.data.paginas.fin),
      column.lista('estados', 'Identificadores de las entidades de las que trata (ver el conjunto «estados»).', (a) =>
        refIds(a.data.estados),
      ),
      column.lista(
        'comisiones',
        'Identificadores de las comisiones relacionadas (ver el conjunto «comisiones»).',
        (a) => refIds(a.data.comisiones),
      ),
    ],
  },
  scaffold: {
    word: 'articulo',
    aliases: ['articulos'],
    format: 'md',
    description: 'artículo de un número de la revista',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: scholarlyArticle },
  // An article shares its issue's cover.
  card: {
    picture: (article, catalog) => {
      const { portada, portadaAlt } = resolve(catalog, article.data.revista).data;
      return { src: portada, alt: portadaAlt, position: 'top' };
    },
  },
  bench: { share: 0.27, needs: ['revista', 'planes'], generate },
} satisfies EntryKind<'articulos'>;
