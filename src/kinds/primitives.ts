/**
 * The smallest field builders every schema is made of: Spanish messages for editors (`expected`), the
 * browser editor's labels and patterns (`meta`), dates, addresses, files, images, text. Plain TypeScript:
 * Astro's `reference()` and `image()` come in as arguments, so plain Node can read every kind.
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

export const describeInput = (input: unknown): string =>
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

/**
 * A date and a time of day on the clocks of the place, `AAAA-MM-DD HH:MM`, kept as written; in the hour the
 * clocks repeat when they go back, with its UTC offset (`2026-11-01 01:30-06:00`). Whether that time exists
 * in the entry's zone is checked with the whole catalogue (src/lib/astroContent.ts), which knows the zone.
 */
export const localDateTime = matching(
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T ](?:[01]\d|2[0-3]):[0-5]\d(?:[+-](?:0\d|1[0-4]):[0-5]\d)?$/,
  'se esperaba una fecha y una hora como «2026-03-15 10:00» (AAAA-MM-DD HH:MM, hora del lugar; en la hora que se repite al atrasar los relojes, con su desfase UTC: «2026-11-01 01:30-06:00»)',
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

/**
 * The entry file being validated (absolute) and the project's folder: an image path is relative to the entry.
 * `image` is Astro's `image()` for that entry, once Astro has handed it to the collection's schema.
 */
export const validating = new AsyncLocalStorage<{ file: string; root: string; image?: () => z.ZodType }>();

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
