/**
 * The results of a call: its winners per category, each work (a capsule, an audio or a PDF) with the licence
 * under which any guarantor body may reuse it, and the dataset of every winning work. Part of the call kind
 * (src/kinds/calls.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { absoluteUrl, dataset, fileUrl, optional, column } from '#/src/lib/datasets.ts';
import { audioUrl, capsuleUrl } from '#/src/lib/urls.ts';
import { choice, expected, isoDate, localPublicFile, ref, text, type Reference } from './fields.ts';

/** The licences a winning work may carry, by their SPDX identifier, with their names in Spanish. */
export const LICENCES = {
  'CC-BY-4.0': 'Creative Commons Atribución 4.0 Internacional',
  'CC-BY-SA-4.0': 'Creative Commons Atribución-CompartirIgual 4.0 Internacional',
  'CC-BY-NC-4.0': 'Creative Commons Atribución-NoComercial 4.0 Internacional',
  'CC-BY-NC-SA-4.0': 'Creative Commons Atribución-NoComercial-CompartirIgual 4.0 Internacional',
  'CC0-1.0': 'Dominio público (CC0 1.0)',
} as const;

/** The text of each licence, in Spanish. */
export const LICENCE_DEEDS: Record<keyof typeof LICENCES, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/deed.es',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/deed.es',
  'CC-BY-NC-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/deed.es',
  'CC-BY-NC-SA-4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.es',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/deed.es',
};

/** A winning work: a capsule, an audio or a file, and the licence under which every body may reuse it. */
const winningWork = (reference: Reference) =>
  z
    .object(
      {
        /** Title of the work. */
        titulo: text().meta({ title: 'Título de la obra' }),
        /** The work as a capsule of the site. */
        capsula: ref('capsulas', reference).meta({ title: 'Cápsula' }).optional(),
        /** The work as an audio of the site (a spot): its page plays it, and the call's page too. */
        audio: ref('audios', reference).meta({ title: 'Audio' }).optional(),
        /** The work as a PDF under public/. */
        archivo: localPublicFile('.pdf', '/pdf/convocatorias').meta({ title: 'Archivo (PDF)' }).optional(),
        /** Under which terms any guarantor body may reuse it. */
        licencia: choice(LICENCES, 'una licencia').meta({
          title: 'Licencia de uso',
          description: 'Con la que cualquier organismo garante puede reutilizarla.',
        }),
      },
      expected('un grupo de campos'),
    )
    .strict()
    .superRefine((work, ctx) => {
      const given = [work.capsula, work.audio, work.archivo].filter(Boolean).length;
      if (given !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `la obra va en uno de «capsula», «audio» o «archivo»; tiene ${given === 0 ? 'ninguno' : 'más de uno'}`,
        });
      }
    })
    .meta({ title: 'Obra' });

/** A call's results: when they were published, and its winners. */
export const results = (reference: Reference) =>
  z
    .object(
      {
        /** When the results were published. */
        fecha: isoDate.meta({ title: 'Fecha de los resultados' }),
        /** Winners per category. */
        ganadores: z
          .array(
            z
              .object(
                {
                  /** Category, one of `categorias`. */
                  categoria: text().meta({ title: 'Categoría' }),
                  /** Place, e.g. «Primer lugar», «Mención honorífica». */
                  lugar: text().meta({
                    title: 'Lugar',
                    description: 'P. ej. «Primer lugar» o «Mención honorífica».',
                  }),
                  /** Name as the results publish it. */
                  nombre: text(2).meta({ title: 'Nombre', description: 'Como lo publican los resultados.' }),
                  /** Body, school or group, when the results give it. */
                  institucion: text(0).meta({ title: 'Institución o escuela' }).optional(),
                  /** The winning work. */
                  obra: winningWork(reference),
                },
                expected('un grupo de campos'),
              )
              .strict(),
            expected('una lista'),
          )
          .min(1)
          .meta({ title: 'Ganadores' }),
      },
      expected('un grupo de campos'),
    )
    .strict()
    .meta({ title: 'Resultados', description: 'Solo cuando la convocatoria haya cerrado.' })
    .optional();

/** One winner of a call. */
interface WinnerSource {
  call: CollectionEntry<'convocatorias'>;
  winner: NonNullable<CollectionEntry<'convocatorias'>['data']['resultados']>['ganadores'][number];
}

/** Every winning work of every published call. */
export const winnersDataset = dataset<WinnerSource>({
  id: 'obras-ganadoras',
  title: 'Obras ganadoras',
  description:
    'Las obras ganadoras de todas las convocatorias, con la licencia con que cualquier organismo garante puede reutilizarlas: una fila por obra.',
  sources: (catalog) =>
    catalog.convocatorias.flatMap((call) =>
      (call.data.resultados?.ganadores ?? []).map((winner) => ({ call, winner })),
    ),
  columns: [
    column.texto(
      'convocatoria',
      'Identificador de la convocatoria (ver el conjunto «convocatorias»).',
      (s) => s.call.id,
    ),
    column.texto('categoria', 'Categoría en que ganó.', (s) => s.winner.categoria),
    column.texto('lugar', 'Lugar que obtuvo, p. ej. «Primer lugar».', (s) => s.winner.lugar),
    column.texto('nombre', 'Nombre de quien la hizo, como lo publican los resultados.', (s) => s.winner.nombre),
    column.texto('institucion', 'Institución o escuela.', (s) => optional(s.winner.institucion)),
    column.texto('obra', 'Título de la obra.', (s) => s.winner.obra.titulo),
    column.url('obraUrl', 'Dónde verla, escucharla o descargarla.', (s) => {
      const { capsula, audio, archivo } = s.winner.obra;
      if (capsula) return absoluteUrl(capsuleUrl(capsula.id));
      return audio ? absoluteUrl(audioUrl(audio.id)) : fileUrl(archivo);
    }),
    column.texto('licencia', 'Licencia de uso (identificador SPDX), p. ej. CC-BY-4.0.', (s) => s.winner.obra.licencia),
    column.booleano('ejemplo', 'true si es contenido de ejemplo, sin fuente real.', (s) => s.call.data.ejemplo),
  ],
});
