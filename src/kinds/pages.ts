/** Standalone pages of the site (about, accessibility, privacy, contact): at `/<id>/`, linked from the footer. */
import { z } from 'astro/zod';
import { standalonePageUrl } from '#/src/lib/urls.ts';
import { expected, isoDate, paragraph, retired, sources, text, type Reference } from './fields.ts';

/** The frontmatter of a standalone page. */
export const schema = (reference: Reference) =>
  z
    .object(
      {
        /** Title, also its link in the footer. */
        titulo: text().meta({ title: 'Título', description: 'También es su enlace en el pie de página.' }),
        /** One or two sentences for search engines and link previews. */
        resumen: paragraph(10).meta({ title: 'Resumen' }),
        /** Its place among the footer's links, from 1. */
        orden: z.number(expected('un número')).int().positive().meta({ title: 'Orden en el pie de página' }),
        /** Date of its last substantive change. */
        actualizado: isoDate.meta({ title: 'Última actualización' }).optional(),
        /** `true` keeps it out of `npm run build`. */
        borrador: z.boolean(expected('true o false')).default(false).meta({ title: 'Borrador' }),
        /** A block of the site's own data shown after the text: the contact details of src/config.ts. */
        incluye: z
          .enum(['contacto'], expected('contacto'))
          .meta({
            title: 'Incluye',
            description: 'Datos que el sitio agrega al final del texto, desde su configuración.',
            optionLabels: { contacto: 'Datos de contacto' },
          })
          .optional(),
        /** What the page cites for its facts about real institutions, laws and dates, listed after its text. */
        fuentes: sources.default([]),
        /** Marks a page that is no longer current; it stays at its address, out of the footer. */
        retirado: retired(
          'paginas',
          reference,
          'Otra página del sitio que la reemplaza: esta la enlaza con «Consulta en su lugar».',
        ),
      },
      expected('un grupo de campos'),
    )
    .strict();

/** How standalone pages are published: at `/<id>/`, linked from the footer in their `orden`. */
export const kind = {
  collection: 'paginas',
  url: (page: { id: string }): string => standalonePageUrl(page.id),
  jsonLd: 'WebPage',
} as const;
