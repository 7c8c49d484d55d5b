/**
 * The issues of the magazine *México Transparente*: one number with its theme, cover, PDF and editorial
 * committee; its articles are entries of their own (src/kinds/articles.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { t } from '#/src/i18n/es.ts';
import { ids, type Catalog } from '#/src/lib/catalog.ts';
import { fileUrl, column } from '#/src/lib/datasets.ts';
import { yearOf } from '#/src/lib/dates.ts';
import { absolute, common, CONTEXT, publisher, type JsonLd } from '#/src/lib/jsonLd.ts';
import { COVERS_FOLDER } from '#/src/lib/paths.ts';
import { imageLines, quoted, TODO, type Draft, type ScaffoldContext, lineFields } from '#/src/lib/scaffolds.ts';
import { issueListPageUrl, issueUrl } from '#/src/lib/urls.ts';
import { noFacets } from './collections.ts';
import {
  baseEntry,
  expected,
  imageField,
  localPublicFile,
  paragraph,
  person,
  text,
  type ImageContext,
  type Reference,
  lineEvidences,
} from './fields.ts';
import * as synthetic from './synthetic.ts';
import type { EntryKind } from './types.ts';

const JSON_LD_TYPE = 'PublicationIssue';

/** The frontmatter of an issue: its number (its address), theme, cover, PDF and committee. */
export const schema =
  (reference: Reference) =>
  ({ image }: ImageContext) =>
    baseEntry('revista', reference)
      .extend({
        /** Issue number; it is the issue's URL: `/revista/<numero>/`. */
        numero: z.number(expected('un número')).int().positive().meta({
          title: 'Número',
          description: 'Forma su dirección, /revista/<número>/: no lo cambies una vez publicado.',
        }),
        /** Theme of the issue. */
        tema: text().meta({ title: 'Tema' }),
        /** Cover image, next to the entry file. */
        portada: imageField(image, COVERS_FOLDER).meta({ title: 'Portada' }),
        /** Alternative text of the cover. */
        portadaAlt: paragraph().meta({
          title: 'Texto alternativo de la portada',
          description: 'Describe la imagen para quien no puede verla: qué muestra y qué texto lleva.',
        }),
        /** Whole issue as a PDF under `public/`. */
        pdf: localPublicFile('.pdf', '/pdf/revista').meta({ title: 'El número completo en PDF' }).optional(),
        /** Editorial committee. */
        comite: z.array(person(reference), expected('una lista')).min(1).meta({ title: 'Comité editorial' }),
        /** Plan líneas it is evidence of. */
        lineas: lineEvidences(reference),
      })
      .strict();

/** The magazine México Transparente, which every issue and article is part of. */
export const periodical = (site: URL): JsonLd => ({
  '@type': 'Periodical',
  name: t('share.periodical'),
  url: absolute(issueListPageUrl(1), site),
  publisher: publisher(site),
});

/** A magazine issue, with the next free number (which names its file and its address). */
function draft(context: ScaffoldContext): Draft {
  const { highestNumber } = context;
  const numero = highestNumber('revista') + 1;
  const slug = `numero-${numero}`;
  return {
    slug,
    fields: [
      `# Número de la revista; es su dirección: /revista/${numero}/. Debe coincidir con el nombre del archivo.`,
      `numero: ${numero}`,
      '# Tema del número.',
      `tema: ${quoted(`${TODO}: tema del número`)}`,
      ...imageLines('portada', COVERS_FOLDER, slug, 'Portada'),
      `# Opcional: el número completo en PDF, subido a public/pdf/revista/. Quita el «#» del principio al subirlo.`,
      `# pdf: /pdf/revista/${slug}.pdf`,
      '# Comité editorial: una persona o área por bloque que empieza con «- nombre».',
      'comite:',
      '  # Nombre de la persona, o del área si no se nombra a nadie.',
      `  - nombre: ${quoted(`${TODO}: nombre`)}`,
      '    # Su cargo. Si no hace falta, borra esta línea y la de arriba.',
      `    cargo: ${quoted(`${TODO}: cargo`)}`,
      '    # Opcional: su organismo garante, un «id» de content/organismos.yaml. Quita el «#» para usarlo.',
      '    # organismo: id-del-organismo',
      ...lineFields(context),
    ],
    body: [
      '## Presentación',
      '',
      `${TODO}: escribe aquí la presentación del número. Los artículos se crean aparte, cada uno con`,
      '«npm run nuevo -- articulo "Título del artículo"».',
    ].join('\n'),
    image: { field: 'portada', folder: COVERS_FOLDER },
    url: issueUrl(numero),
    steps: [`Es el número ${numero}: se publicará en ${issueUrl(numero)}.`],
  };
}

/** An issue of México Transparente. */
function publicationIssue(_catalog: Catalog, issue: CollectionEntry<'revista'>, image: string, site: URL): JsonLd {
  const url = absolute(issueUrl(issue.data.numero), site);
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(issue.data, url, image),
    issueNumber: String(issue.data.numero),
    about: issue.data.tema,
    isPartOf: periodical(site),
  };
}

/** Issues numbered after the real ones, each with its committee and a presentation. */
function generate(count: number, { r, pool, date }: synthetic.SyntheticContext) {
  const first = Math.max(0, ...pool.revistaNumeros) + 1;
  return Array.from({ length: count }, (_, i) => {
    const numero = first + i;
    const id = `numero-${numero}`;
    const fecha = date();
    return {
      id,
      url: issueUrl(numero),
      fecha,
      numero,
      text: `---
titulo: ${synthetic.q(`México Transparente, número ${numero}: ${synthetic.capitalized(r.pick(synthetic.TOPICS))}`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
numero: ${numero}
tema: ${synthetic.q(synthetic.capitalized(r.pick(synthetic.TOPICS)))}
portada: ${r.pick(pool.portadasRevista)}
portadaAlt: ${synthetic.q(`Portada del número ${numero} de la revista México Transparente`)}
pdf: ${r.pick(pool.pdfsRevista)}
comite:
${Array.from({ length: r.int(2, 4) }, () => synthetic.personYaml(r, pool, '  ')).join('\n')}
---

## Presentación

${synthetic.paragraphs(r, pool, r.int(2, 4))}
`,
    };
  });
}

export const kind = {
  collection: 'revista',
  label: { one: 'type.revista', other: 'nav.revista' },
  url: (issue) => issueUrl(issue.data.numero),
  list: issueListPageUrl,
  listText: { title: 'revista.title', intro: 'revista.intro' },
  feed: { description: 'feed.revista.description', alongside: ['articulos'] },
  searchType: 'search.type.revista',
  facets: ({ data }) => ({ ...noFacets, organismos: ids(data.comite.map((member) => member.organismo)) }),
  years: ({ data }) => [yearOf(data.fecha)],
  dataset: {
    id: 'revista',
    title: 'Revista México Transparente',
    description: 'Los números publicados de la revista México Transparente: una fila por número.',
    columns: [
      column.entero('numero', 'Número de la revista.', (i) => i.data.numero),
      column.texto('tema', 'Tema del número.', (i) => i.data.tema),
      column.url('pdf', 'Dirección del número completo en PDF, si lo hay.', (i) => fileUrl(i.data.pdf)),
      column.lista('comite', 'Nombres de las personas del comité editorial.', (i) =>
        i.data.comite.map((person) => person.nombre),
      ),
    ],
  },
  scaffold: {
    word: 'revista',
    aliases: ['revistas'],
    format: 'md',
    description: 'número de la revista México Transparente',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: publicationIssue },
  card: { picture: ({ data }) => ({ src: data.portada, alt: data.portadaAlt, position: 'top' }) },
  bench: { share: 0.045, generate },
} satisfies EntryKind<'revista'>;
