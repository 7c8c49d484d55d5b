/**
 * The field builders every kind's schema is made of: Spanish messages for editors, the browser editor's
 * labels (`meta`), and the fields many kinds share (title, dates, people, retirement, evidence links).
 * Plain TypeScript: Astro's `reference()` and `image()` come in as arguments, so `npm run nuevo` and the
 * editor's configuration can read the kinds in plain Node.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { reference as astroReference } from 'astro:content';
import { imageFileProblem } from '#/src/lib/imageFiles.ts';
import { PUBLIC_DIR } from '#/src/lib/paths.ts';
import { parseDuration } from '#/src/lib/durations.ts';

/** Astro's `reference()`, which each kind's schema receives from src/content.config.ts. */
export type Reference = typeof astroReference;

const describeInput = (input: unknown): string =>
  input === null
    ? 'un valor vacío'
    : Array.isArray(input)
      ? 'una lista'
      : input instanceof Date
        ? `la fecha ${Number.isNaN(input.getTime()) ? 'inválida' : input.toISOString().slice(0, 10)}`
        : typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean'
          ? `«${String(input)}»`
          : 'un grupo de campos';

/**
 * Spanish messages for a missing field, a value of the wrong kind and a misspelt key. Astro
 * replaces zod's messages for these cases with English ones, so each schema states them itself.
 */
export const expected = (what: string) => ({
  error: (issue: { code?: string; input?: unknown; keys?: string[] }) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue.keys ?? []).map((key) => `«${key}»`).join(', ');
      return `campo desconocido ${keys}: revisa cómo se escribe (los campos válidos están en src/kinds/)`;
    }
    if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union') return undefined;
    return issue.input === undefined
      ? `falta este campo obligatorio: se esperaba ${what}`
      : `se esperaba ${what}, pero dice ${describeInput(issue.input)}`;
  },
});

/** An absolute `https:` address; `http:`, `javascript:` and `data:` are refused. */
export const httpsUrl = z
  .string(expected('una dirección que empiece con https://'))
  .trim()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'se esperaba una dirección que empiece con https://',
  })
  .meta({ pattern: '^https://\\S+$', patternMessage: 'se esperaba una dirección que empiece con https://' });

/**
 * A path to a file under `public/` with the given extension, which must exist; the browser editor
 * uploads new ones to `folder` (a path of the site, e.g. `/pdf/abc`).
 */
export const localPublicFile = (extension: string, folder: string) =>
  z
    .string(expected(`una ruta dentro de public/ que termine en ${extension}`))
    .trim()
    .refine((value) => value.startsWith('/') && value.toLowerCase().endsWith(extension), {
      error: `se esperaba una ruta que empiece con / y termine en ${extension}, p. ej. /media/archivo${extension}`,
    })
    .refine((value) => !value.split('/').includes('..'), { error: 'la ruta no puede contener «..»' })
    .refine((value) => existsSync(join(PUBLIC_DIR, value)), {
      error: 'no existe ese archivo dentro de public/ (súbelo a public/… o corrige la ruta)',
    })
    .meta({ publicFolder: folder, extension });

/** Video length written as «m:ss», kept as seconds. */
export const durationSeconds = z
  .union([z.string(), z.number()], expected('una duración como «1:30» (minutos:segundos)'))
  .transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds === undefined) {
      ctx.addIssue({ code: 'custom', message: 'se esperaba una duración como «1:30» (minutos:segundos)' });
      return z.NEVER;
    }
    return seconds;
  })
  .meta({
    pattern: '^(?:\\d+:)?\\d{1,2}:[0-5]\\d$',
    patternMessage: 'se esperaba una duración como «1:30» (minutos:segundos)',
  });

/** A date written AAAA-MM-DD. */
export const isoDate = z.coerce.date(expected('una fecha con el formato AAAA-MM-DD')).meta({ format: 'date' });

/** Text that must match `pattern`; `message` says how, to the build and to the browser editor. */
export const matching = (pattern: RegExp, message: string, what = 'texto') =>
  z.string(expected(what)).regex(pattern, message).meta({ patternMessage: message });

/**
 * A date known to the day (2024-05-10), the month (2022-01) or only the year (2019), kept as far as it is
 * known. YAML reads a full date as a date and a year as a number: both are taken.
 */
/** Whether AAAA-MM-DD names a day of the calendar (2024-02-30 does not). */
const isCalendarDay = (day: string): boolean => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
};

const KNOWN_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const KNOWN_DATE_MESSAGE =
  'se esperaba una fecha como «2024-05-10», o «2022-01» o «2019» cuando solo se sabe el mes o el año';

export const knownDate = z
  .union(
    [z.date(), z.number().int(), z.string()],
    expected('una fecha: AAAA-MM-DD, o AAAA-MM o AAAA si no se sabe el día'),
  )
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()))
  .pipe(matching(KNOWN_DATE, KNOWN_DATE_MESSAGE, 'una fecha'))
  // 2024-02-30 matches the pattern; the calendar refuses it.
  .refine((known) => !KNOWN_DATE.test(known) || known.length < 10 || isCalendarDay(known), {
    error: (issue) => `la fecha «${String(issue.input)}» no existe en el calendario`,
  })
  .meta({ format: 'knownDate', pattern: KNOWN_DATE.source, patternMessage: KNOWN_DATE_MESSAGE });

/** The id of a data entry, which is also its URL segment. */
export const slugId = matching(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'se esperaba un slug: minúsculas sin acentos, números y guiones, p. ej. «nuevo-leon»',
  'un slug',
);

/** A reference to another entry, with Spanish messages when it is missing or not an id. */
export const ref = <C extends string, R extends z.ZodType<unknown, string>>(
  collection: C,
  reference: (collection: C) => R,
) =>
  z
    .string(expected(`el id de una entrada de «${collection}»`))
    .pipe(reference(collection))
    .meta({ collection });

/** Whether `zone` names a time zone of the IANA database, as the platform knows it. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('es-MX', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A time zone of the IANA database, e.g. `America/Tijuana`. */
export const timeZone = z
  .string(expected('una zona horaria de la base IANA, p. ej. America/Mexico_City'))
  .trim()
  .refine(isTimeZone, {
    error: (issue) =>
      `la zona horaria «${String(issue.input)}» no existe: usa un nombre de la base IANA, p. ej. America/Mexico_City o America/Tijuana`,
  });

/** A date and a time of day on the clocks of the place, `AAAA-MM-DD HH:MM`, kept as written. */
export const localDateTime = matching(
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T ](?:[01]\d|2[0-3]):[0-5]\d$/,
  'se esperaba una fecha y una hora como «2026-03-15 10:00» (AAAA-MM-DD HH:MM, hora del lugar)',
  'una fecha y una hora como «2026-03-15 10:00»',
)
  // 2026-02-30 matches the pattern; the calendar refuses it.
  .refine(
    (value) => {
      const [year = 0, month = 0, day = 0] = value.slice(0, 10).split('-').map(Number);
      return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
    },
    { error: 'esa fecha no existe en el calendario: revisa el día y el mes' },
  )
  .meta({ format: 'datetime-local' });

/** The entry file being validated (absolute) and the project's folder: an image path is relative to the entry. */
export const validating = new AsyncLocalStorage<{ file: string; root: string }>();

/**
 * What is wrong with the image file an entry's field names, if anything: missing, an SVG, another
 * format or a broken file. Addresses and aliases (`/…`, `~/…`) are left to Astro.
 */
function imageProblem(written: string): string | undefined {
  const entry = validating.getStore();
  if (!entry || /^(?:[/~@]|[a-z][a-z0-9+.-]*:)/i.test(written)) return undefined;
  const path = resolve(dirname(entry.file), written);
  return imageFileProblem(written, path, relative(entry.root, path));
}

/**
 * An image in `folder` next to the entry file (`./posters/x.png`), processed by sharp. Its file is
 * checked first (PNG, JPEG, WebP or AVIF, whole), so that a bad one is reported on the entry.
 */
export const imageField = (image: () => z.ZodType, folder: string) =>
  z
    .string(expected(`la ruta de una imagen junto al archivo, p. ej. ./${folder}/nombre.png`))
    .superRefine((written, ctx) => {
      const problem = imageProblem(written);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    // Astro types image() by what it returns; what it takes is the path string.
    .pipe(image() as unknown as z.ZodType<ImageMetadata, string>)
    .meta({ imageFolder: folder });

/** Text an editor writes, trimmed, with at least `min` characters (any length with 0). */
export const text = (min = 3) =>
  min ? z.string(expected('texto')).trim().min(min) : z.string(expected('texto')).trim();

/** Text of a sentence or more: the browser editor gives it a box of several lines. */
export const paragraph = (min = 3) => text(min).meta({ multiline: true });

/** A year a plan can cover. */
export const year = z.number(expected('un número')).int().min(2000).max(2100);

// Each field's `meta` gives the browser editor (public/admin/config.yml, `npm run editor:configurar`)
// its Spanish label (`title`) and help text (`description`).

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
          title: 'Fecha de publicación',
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
        title: 'Fecha de publicación',
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

// Known dates compare at the precision both have: 2025-03 is not before 2025-03-20.
const knownBefore = (a: string, b: string): boolean => {
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
          description: 'AAAA-MM-DD; si solo se sabe el mes o el año, AAAA-MM o AAAA.',
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

// Local times compare as written: the same format, the same clocks.
export const localTimeKey = (value: string): string => value.replace('T', ' ');

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
