/**
 * The history fields: the sources a page cites for a fact about a real institution, law or date, the legal
 * instrument that ended a body, a successor outside the site, the law a booklet explains, and the
 * `retirado` mark that keeps a retired entry's page with its banner.
 */
import { z } from 'astro/zod';
import { describeInput, expected, httpsUrl, knownDate, paragraph, ref, text } from './primitives.ts';

/**
 * An address a citation points to. Official sources are cited as they publish themselves, and some (the
 * DOF's own notes) are published at `http:`: a link the reader follows, never a resource the page loads.
 */
export const citedUrl = z
  .string(expected('una dirección que empiece con https:// o http://'))
  .trim()
  .refine((value) => URL.canParse(value) && ['https:', 'http:'].includes(new URL(value).protocol), {
    error: 'se esperaba una dirección que empiece con https:// o http://',
  })
  .meta({ pattern: '^https?://\\S+$', patternMessage: 'se esperaba una dirección que empiece con https:// o http://' });

/** One source a page cites for a fact about a real institution, law or date: title, publisher, date, link. */
export const source = z
  .object(
    {
      /** Title as the source gives it. */
      titulo: text().meta({ title: 'Título', description: 'Como lo da la fuente.' }),
      /** Who publishes it, e.g. «Diario Oficial de la Federación». */
      editor: text(2).meta({ title: 'Quién lo publica', description: 'P. ej. «Diario Oficial de la Federación».' }),
      /** Its date, as precisely as the source shows it. */
      fecha: knownDate
        .meta({ title: 'Fecha', description: 'AAAA-MM-DD, o AAAA-MM o AAAA si la fuente no muestra el día.' })
        .optional(),
      /** Where to read it. */
      enlace: citedUrl.meta({ title: 'Enlace' }),
    },
    expected('un grupo de campos: titulo, editor, fecha y enlace'),
  )
  .strict();

/** The sources a page cites, rendered as its «Fuentes» list. */
export const sources = z.array(source, expected('una lista de fuentes')).meta({
  title: 'Fuentes',
  description:
    'Cada dato sobre una institución, ley o fecha real necesita su fuente: título, quién la publica, fecha y enlace.',
});

/** A legal instrument: the decree, reform or agreement that did something, with its date of publication. */
export const instrument = z
  .object(
    {
      /** Its name as published, e.g. «Decreto por el que se expide la Ley General de Transparencia…». */
      nombre: paragraph().meta({
        title: 'Nombre',
        description: 'Como se publicó, p. ej. «Decreto por el que se expide…».',
      }),
      /** Date of publication in the official gazette (the DOF, or the state's), when it is known. */
      fecha: knownDate
        .meta({
          title: 'Fecha del decreto',
          description:
            'En el Diario Oficial de la Federación o la gaceta del estado; déjala vacía si no está verificada.',
        })
        .optional(),
      /** Where to read it, when a source verifies the address. */
      enlace: citedUrl.meta({ title: 'Enlace', description: 'Solo una dirección verificada.' }).optional(),
    },
    expected('un grupo de campos: nombre y, si se conocen, fecha y enlace'),
  )
  .strict();

/** A successor outside this site: its name and, when a source verifies it, its address. */
export const outsideSuccessor = z
  .object(
    {
      /** Its name, e.g. «Transparencia para el Pueblo (Secretaría Anticorrupción y Buen Gobierno)». */
      nombre: text().meta({ title: 'Nombre' }),
      /** Its address: only one a source verifies; without it the page says it is not verified. */
      enlace: httpsUrl
        .meta({ title: 'Sitio web', description: 'Solo una dirección verificada; si no la hay, déjalo vacío.' })
        .optional(),
    },
    expected('un grupo de campos: nombre y, si está verificado, enlace'),
  )
  .strict();

/**
 * The law a text explains: its name, when it was published, and whether it is in force or was abrogated
 * (when, and by which instrument). A law is a real fact: it comes with its sources.
 */
export const law = z
  .object(
    {
      /** Its name, e.g. «Ley General de Transparencia y Acceso a la Información Pública». */
      nombre: text().meta({ title: 'Nombre de la ley' }),
      /** Date of its publication in the DOF. */
      publicada: knownDate.meta({
        title: 'Día en que se publicó la ley',
        description: 'En el Diario Oficial de la Federación.',
      }),
      /** In force, or abrogated. */
      estado: z
        .enum(['vigente', 'abrogada'], {
          error: (issue) =>
            issue.input === undefined
              ? 'falta este campo obligatorio: se esperaba vigente o abrogada'
              : `se esperaba vigente o abrogada, pero dice ${describeInput(issue.input)}`,
        })
        .meta({
          title: 'Estado',
          optionLabels: { vigente: 'Vigente', abrogada: 'Abrogada' },
        }),
      /** When and by what it was abrogated; only for an abrogated law. */
      abrogacion: z
        .object(
          {
            /** The day it stopped being in force. */
            fecha: knownDate.meta({ title: 'Fecha', description: 'El día en que dejó de estar vigente.' }),
            /** The instrument that abrogated it. */
            instrumento: paragraph().meta({ title: 'Instrumento', description: 'El decreto que la abrogó.' }),
          },
          expected('un grupo de campos: fecha e instrumento'),
        )
        .strict()
        .meta({ title: 'Abrogación', description: 'Solo si está abrogada: cuándo y por qué decreto.' })
        .optional(),
      /** Where these facts were read. */
      fuentes: sources.min(1, 'se esperaba al menos una fuente'),
    },
    expected('un grupo de campos: nombre, publicada, estado y fuentes'),
  )
  .strict()
  .superRefine((written, ctx) => {
    if (written.estado === 'abrogada' && !written.abrogacion) {
      ctx.addIssue({
        code: 'custom',
        path: ['abrogacion'],
        message: 'falta este campo: una ley abrogada dice cuándo y por qué instrumento (fecha e instrumento)',
      });
    }
    if (written.estado === 'vigente' && written.abrogacion) {
      ctx.addIssue({ code: 'custom', path: ['abrogacion'], message: 'una ley vigente no lleva «abrogacion»' });
    }
    if (written.abrogacion && knownBefore(written.abrogacion.fecha, written.publicada)) {
      ctx.addIssue({
        code: 'custom',
        path: ['abrogacion', 'fecha'],
        message: `la fecha de abrogación (${written.abrogacion.fecha}) es anterior a la de publicación (${written.publicada})`,
      });
    }
  })
  .meta({ title: 'Ley que explica', description: 'La ley que explica el texto, vigente o abrogada, con sus fuentes.' });

/** Whether known date `a` is before `b`, at the precision both have: 2025-03 is not before 2025-03-20. */
export const knownBefore = (a: string, b: string): boolean => {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
};

/**
 * The mark of an entry (or a body) that is no longer current. Its page keeps its address, a published
 * URL being a promise, and says so with a banner that links to its successor; it leaves the lists of
 * what is current. `sucesor` names another entry of the same collection (a body: another body);
 * `sucesorExterno` one outside the site. A legal end carries its instrument and the sources that say so.
 */
export const retired = <C extends string, R extends z.ZodType<unknown, string>>(
  collection: C,
  reference: (collection: C) => R,
  successor: string,
) =>
  z
    .object(
      {
        /** When it was retired: YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known. */
        fecha: knownDate.meta({
          title: 'Fecha de retiro',
          description:
            'El día en que dejó de estar vigente (para un organismo, la entrada en vigor de lo que lo extinguió, no un trámite posterior como la entrega-recepción): AAAA-MM-DD, o AAAA-MM o AAAA si solo se sabe el mes o el año. Nunca una fecha futura.',
        }),
        /** Why, in a sentence its page shows. */
        motivo: paragraph().meta({
          title: 'Motivo',
          description: 'Una oración que la página muestra, p. ej. «Lo sustituye la edición 2025, con la ley vigente».',
        }),
        /** What to read instead, if anything. */
        sucesor: ref(collection, reference).meta({ title: 'Sucesor', description: successor }).optional(),
        /** What took its place outside this site, when that is what took it. */
        sucesorExterno: outsideSuccessor
          .meta({
            title: 'Sucesor fuera del sitio',
            description: 'Si lo que lo reemplaza no tiene página aquí: su nombre y, si está verificado, su sitio web.',
          })
          .optional(),
        /** The legal instrument that ended it. */
        instrumento: instrument
          .meta({ title: 'Instrumento legal', description: 'El decreto o la reforma que lo terminó.' })
          .optional(),
        /** Sources for its end; required with an instrument. */
        fuentes: sources.optional(),
      },
      expected('un grupo de campos: fecha, motivo y, si los hay, sucesor, instrumento y fuentes'),
    )
    .strict()
    .superRefine((retirement, ctx) => {
      if (retirement.sucesor !== undefined && retirement.sucesorExterno !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['sucesorExterno'],
          message: 'usa «sucesor» (una página de este sitio) o «sucesorExterno» (fuera del sitio), no los dos',
        });
      }
      const published = retirement.instrumento?.fecha;
      if (published !== undefined && knownBefore(retirement.fecha, published)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fecha'],
          message: `la fecha de retiro (${retirement.fecha}) es anterior a la publicación de su instrumento (${published})`,
        });
      }
      if (retirement.instrumento && !retirement.fuentes?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['fuentes'],
          message:
            'falta este campo: con un «instrumento» se esperan sus fuentes (título, quién lo publica, fecha y enlace)',
        });
      }
    })
    .meta({
      title: 'Retirado',
      description:
        'Solo si ya no está vigente: llena la fecha y el motivo (y el sucesor, si lo hay). Su dirección sigue funcionando, con un aviso y un enlace a su sucesor, y deja las listas de novedades. Nunca borres una entrada publicada.',
    })
    .optional();
