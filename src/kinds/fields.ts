/**
 * The field builders every kind's schema is made of: the smallest ones (./primitives.ts), the history ones
 * (./history.ts), and the fields many kinds share (title, dates, people, organisers, evidence links, hubs).
 * Plain TypeScript: Astro's `reference()` and `image()` come in as arguments, so `npm run nuevo` and the
 * editor's configuration can read the kinds in plain Node.
 */
import { z } from 'astro/zod';
import { retired } from './history.ts';
import { expected, isoDate, knownDate, matching, paragraph, ref, slugId, text, type Reference } from './primitives.ts';

export * from './history.ts';
export * from './primitives.ts';

/** Fields every published entry of `collection` shares. */
export const baseEntry = <C extends string, R extends z.ZodType<unknown, string>>(
  collection: C,
  reference: (collection: C) => R,
) =>
  z.object(
    {
      /** Title as readers see it. */
      titulo: text().meta({ title: 'Título', description: 'Como lo verán las personas lectoras.' }),
      /** One or two sentences for lists, search results and social cards. */
      resumen: paragraph(10).meta({
        title: 'Resumen',
        description: 'Una o dos oraciones para listas, resultados de búsqueda y redes sociales.',
      }),
      /** Publication date: YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known. */
      fecha: knownDate.meta({
        title: 'Fecha de publicación',
        description:
          'AAAA-MM-DD; si solo se sabe el mes o el año, AAAA-MM o AAAA. Con una fecha futura, la entrada espera ese día para publicarse.',
      }),
      /** Date of the last substantive change, when it differs from `fecha`. */
      actualizado: isoDate
        .meta({ title: 'Última actualización', description: 'Solo si cambió algo de fondo después de publicarse.' })
        .optional(),
      /** `true` keeps the entry out of `npm run build`; `astro dev` still shows it. */
      borrador: z
        .boolean(expected('true o false'))
        .default(false)
        .meta({ title: 'Borrador', description: 'Mientras esté marcado, la entrada no se publica.' }),
      /** `true` marks example content with no real source; pages flag it as «Contenido de ejemplo». */
      ejemplo: z.boolean(expected('true o false')).default(false).meta({
        title: 'Contenido de ejemplo',
        description: 'Márcalo si la entrada no viene de una fuente oficial: el sitio lo dirá en su página.',
      }),
      /** Marks an entry that is no longer current; its page stays, with a banner and its successor. */
      retirado: retired(
        collection,
        reference,
        'Otra entrada de la misma colección que la reemplaza: su página la enlaza con «Consulta en su lugar».',
      ),
    },
    expected('un grupo de campos'),
  );
/** A person named in an entry, with an optional guarantor body. */
export const person = (reference: Reference) =>
  z.object(
    {
      /** Full name, or a role when the entry must not name a real person. */
      nombre: text(2).meta({
        title: 'Nombre',
        description: 'Nombre completo, o solo el cargo si la entrada no debe nombrar a una persona real.',
      }),
      /** Post held, e.g. «Comisionada Presidenta». */
      cargo: text(0).meta({ title: 'Cargo', description: 'Por ejemplo, «Comisionada Presidenta».' }).optional(),
      /** Guarantor body the person belongs to. */
      organismo: ref('organismos', reference).meta({ title: 'Organismo garante' }).optional(),
    },
    expected('un grupo de campos'),
  );

/** Who organises an event or a call: guarantor bodies and SNT commissions. */
export const organisers = (reference: Reference) =>
  z
    .object(
      {
        /** Guarantor bodies that organise it. */
        organismos: z
          .array(ref('organismos', reference), expected('una lista'))
          .default([])
          .meta({ title: 'Organismos garantes' }),
        /** SNT commissions that organise it. */
        comisiones: z
          .array(ref('comisiones', reference), expected('una lista'))
          .default([])
          .meta({ title: 'Comisiones del SNT' }),
      },
      expected('un grupo de campos'),
    )
    .strict()
    .default({ organismos: [], comisiones: [] })
    .meta({ title: 'Quién organiza' });

/** Líneas de acción of plans an entry serves as evidence of. */
export const lineEvidences = (reference: Reference) =>
  z
    .array(
      z
        .object(
          {
            /** The plan. */
            plan: ref('planes', reference).meta({ title: 'Plan de trabajo' }),
            /** The línea's number as the plan page shows it: «eje.línea». */
            linea: matching(/^\d+\.\d+$/, 'se esperaba el número de la línea como «eje.línea», p. ej. «2.3»').meta({
              title: 'Línea',
              description: 'Su número en la página del plan: «eje.línea», p. ej. «2.3».',
            }),
          },
          expected('un grupo de campos'),
        )
        .strict(),
      expected('una lista'),
    )
    .default([])
    .meta({ title: 'Líneas de acción que cumple', description: 'De los planes de trabajo, si sirve de evidencia.' });

/** States an event or a call belongs to; an event takes the time of the first one. */
export const states = (reference: Reference) => z.array(ref('estados', reference), expected('una lista')).default([]);

/** A list of references to entries of `collection`, empty when not given. */
export const refs = <C extends string, R extends z.ZodType<unknown, string>>(
  collection: C,
  reference: (collection: C) => R,
  title: string,
) => z.array(ref(collection, reference), expected('una lista')).default([]).meta({ title });

/**
 * Whether the local time `end` comes after `start`, both written on the same clocks: as written, or by
 * their instants when both carry an offset (01:15-07:00 follows 01:30-06:00 in the repeated hour).
 */
export function localTimeAfter(end: string, start: string): boolean {
  const key = (value: string) => value.replace('T', ' ').slice(0, 16);
  const instant = (value: string) => Date.parse(`${key(value).replace(' ', 'T')}:00${value.slice(16)}`);
  return end.length > 16 && start.length > 16 ? instant(end) > instant(start) : key(end) > key(start);
}

/** The schema of a reference-data entry (a hub): its `id`, which is its page's slug, then its own fields. */
export const hubSchema = <Fields extends z.ZodRawShape>(fields: Fields) =>
  z
    .object(
      {
        /** Slug of its page: lower-case ASCII words joined by hyphens. */
        id: slugId.meta({
          title: 'Identificador',
          description:
            'Forma la dirección de su página: minúsculas sin acentos y guiones. No lo cambies una vez publicado.',
        }),
        ...fields,
      },
      expected('un grupo de campos'),
    )
    .strict();

/** What Astro gives a schema that takes pictures: `image()`, which sends the file through sharp. */
export type ImageContext = { image: () => z.ZodType };

/** One of the values of `labels`, each with the name the editor offers and the site shows. */
export const choice = <Value extends string>(labels: Readonly<Record<Value, string>>, what: string) =>
  z.enum(Object.keys(labels) as [Value, ...Value[]], expected(what)).meta({ optionLabels: { ...labels } });
