/**
 * The glossary: each term or acronym the site uses, defined in plain words with the source it comes from,
 * kept in content/glosario.yaml and published on one page, /glosario/, each at the anchor of its id. The
 * build links the first use of each one on every other page to its definition (src/build/glossaryLinks.ts).
 */
import { z } from 'astro/zod';
import { GLOSSARY_URL, glossaryTermUrl } from '#/src/lib/urls.ts';
import { expected, matching, paragraph, ref, slugId, sources, text, type Reference } from './fields.ts';

/** What content/glosario.yaml holds for each term. */
export const schema = (reference: Reference) =>
  z
    .object(
      {
        /** Its anchor in the glossary: lower-case ASCII words joined by hyphens. */
        id: slugId.meta({
          title: 'Identificador',
          description:
            'Forma el ancla de su definición, /glosario/#<identificador>: minúsculas sin acentos y guiones. No lo cambies una vez publicado.',
        }),
        /** The term written out, e.g. «Plataforma Nacional de Transparencia». */
        termino: text(2).meta({
          title: 'Término',
          description: 'Escrito completo, como aparece en los textos, p. ej. «Plataforma Nacional de Transparencia».',
        }),
        /** Its acronym, when it has one: the build marks it in every page with its meaning. */
        sigla: matching(
          /^[A-ZÁÉÍÓÚÜÑ\d]{2,}(?: [A-ZÁÉÍÓÚÜÑ\d]{2,})?$/,
          'se esperaba una sigla en mayúsculas, p. ej. «PNT» o «INFO CDMX»',
          'una sigla',
        )
          .meta({ title: 'Sigla', description: 'Solo si tiene una, en mayúsculas, p. ej. «PNT».' })
          .optional(),
        /** Other ways the texts write it (a plural, a shorter name), which the build links as well. */
        formas: z.array(text(2), expected('una lista de textos')).default([]).meta({
          title: 'Otras formas',
          description: 'Cómo más se escribe en los textos, p. ej. el plural «sujetos obligados».',
        }),
        /** What it means, in plain words: short sentences a reader without legal training follows. */
        definicion: paragraph(20).meta({
          title: 'Definición',
          description:
            'En palabras sencillas y oraciones cortas, para quien no sabe de leyes. Solo lo que dicen sus fuentes.',
        }),
        /** Where the definition comes from: a law, an official glossary. Required unless it is an example. */
        fuentes: sources.default([]),
        /** `true` marks a definition not verified in a source: the glossary says so beside it. */
        ejemplo: z.boolean(expected('true o false')).default(false).meta({
          title: 'Definición de ejemplo',
          description: 'Márcalo si la definición no viene de una fuente verificada: el glosario lo dirá.',
        }),
        /** What a reader should know besides the definition: why it is an example, what changed since. */
        nota: paragraph().meta({ title: 'Nota' }).optional(),
        /** Other terms of the glossary it is related to. */
        relacionados: z
          .array(ref('glosario', reference), expected('una lista'))
          .default([])
          .meta({ title: 'Términos relacionados' }),
      },
      expected('un grupo de campos'),
    )
    .strict()
    .superRefine((term, ctx) => {
      if (!term.ejemplo && term.fuentes.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['fuentes'],
          message:
            'falta este campo: una definición necesita al menos una fuente (título, quién la publica, fecha y enlace), o «ejemplo: true» si no está verificada',
        });
    });

/** One term, as the schema gives it. */
export type GlossaryTerm = z.infer<ReturnType<typeof schema>>;

/** How the glossary is published: one page, a term at each anchor. */
export const kind = {
  collection: 'glosario',
  list: GLOSSARY_URL,
  url: glossaryTermUrl,
  name: (term: { data: { termino: string } }) => term.data.termino,
  jsonLd: 'DefinedTermSet',
  /** The explanation atop content/glosario.yaml, which the browser editor writes back when it saves it. */
  fileComment: [
    'Glosario: las siglas y palabras de la transparencia que usa el sitio. «id» forma el ancla de cada',
    'definición, /glosario/#<id>: no lo cambies una vez publicado. Cada definición dice solo lo que dicen sus',
    'fuentes (verificadas con la herramienta de búsqueda); sin fuente verificada, «ejemplo: true» y una nota.',
    'Las siglas de los organismos garantes no van aquí: están en content/organismos.yaml, con su página.',
  ],
} as const;
