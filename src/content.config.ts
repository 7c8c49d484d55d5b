import { defineCollection, reference } from 'astro:content';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { unsafeContentProblems } from '~/lib/contentSafety';
import { impossibleDateProblems } from '~/lib/frontmatterDates';
import { dataEntries } from '~/lib/dataFiles';
import { CONTENT_DIR } from '~/lib/paths';
import { stopOnProblems } from '~/lib/problems';
import { durationSeconds, expected, httpsUrl, localPublicFile, ref, slugId } from '~/lib/schemaFields';

// Every message zod writes for an editor is in Spanish.
z.config(z.locales.es());

/**
 * Markdown and MDX entries of one collection folder; files starting with `_` are left out.
 * Each file's dates are checked on the raw text first, since YAML rolls 2023-02-30 over to March,
 * and its body may not carry script, event handlers, unsafe addresses or inline styles.
 * The raw body stays in Astro's data store only where a page reads it (`retainBody`): at 10,000
 * entries it is 60 MB the build would otherwise serialize, bundle and hold in memory.
 */
function entries(collection: string, { retainBody = false } = {}): Loader {
  const loader = glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: `${CONTENT_DIR}/${collection}`, retainBody });
  return {
    ...loader,
    load: (context) => {
      // Astro's cache keeps an entry whose text did not change even when its file was renamed
      // (x.mdx → x.md), and the build then imports the old path: forget entries whose file is gone.
      for (const entry of context.store.values()) {
        if (entry.filePath && !existsSync(new URL(entry.filePath, context.config.root))) context.store.delete(entry.id);
      }
      return loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const source = await readFile(props.filePath, 'utf8');
            // Problems name the file as editors see it, from the project's folder.
            const file = relative(fileURLToPath(context.config.root), props.filePath);
            stopOnProblems([...impossibleDateProblems(file, source), ...unsafeContentProblems(file, source)]);
          }
          return context.parseData(props);
        },
      });
    },
  };
}

/** An image next to the entry file, processed by sharp. */
const imageField = (image: () => z.ZodType) =>
  z
    .string(expected('la ruta de una imagen junto al archivo, p. ej. ./portadas/nombre.png'))
    // Astro types image() by what it returns; what it takes is the path string.
    .pipe(image() as unknown as z.ZodType<ImageMetadata, string>);

/** Text an editor writes, trimmed, with at least `min` characters (any length with 0). */
const text = (min = 3) => (min ? z.string(expected('texto')).trim().min(min) : z.string(expected('texto')).trim());

/** A year a plan can cover. */
const year = z.number(expected('un número')).int().min(2000).max(2100);

/** Fields every published entry shares. */
const baseEntry = z.object(
  {
    /** Title as readers see it. */
    titulo: text(),
    /** One or two sentences for lists, search results and social cards. */
    resumen: text(10),
    /** Publication date (YYYY-MM-DD). */
    fecha: z.coerce.date(expected('una fecha con el formato AAAA-MM-DD')),
    /** Date of the last substantive change, when it differs from `fecha`. */
    actualizado: z.coerce.date(expected('una fecha con el formato AAAA-MM-DD')).optional(),
    /** `true` keeps the entry out of `npm run build`; `astro dev` still shows it. */
    borrador: z.boolean(expected('true o false')).default(false),
    /** `true` marks example content with no real source; pages flag it as «Contenido de ejemplo». */
    ejemplo: z.boolean(expected('true o false')).default(false),
  },
  expected('un grupo de campos'),
);

/** A person named in an entry, with an optional guarantor body. */
const person = z.object(
  {
    /** Full name, or a role when the entry must not name a real person. */
    nombre: text(2),
    /** Post held, e.g. «Comisionada Presidenta». */
    cargo: text(0).optional(),
    /** Guarantor body the person belongs to. */
    organismo: ref('organismos', reference).optional(),
  },
  expected('un grupo de campos'),
);

/** Entries a plan line points to as evidence of its progress, by collection. */
const evidence = z
  .object({
    /** Booklets of the «Los ABC» series. */
    abc: z.array(ref('abc', reference), expected('una lista')).optional(),
    /** Magazine issues. */
    revista: z.array(ref('revista', reference), expected('una lista')).optional(),
    /** Magazine articles. */
    articulos: z.array(ref('articulos', reference), expected('una lista')).optional(),
    /** Video capsules. */
    capsulas: z.array(ref('capsulas', reference), expected('una lista')).optional(),
  })
  .strict();

/** One línea de acción of a plan, with the indicator fields some plans give. */
const planLine = z
  .object({
    /** The line as its authors wrote it. */
    texto: text(),
    /** Concrete activities that carry the line out. */
    actividades: z.array(text(), expected('una lista')).optional(),
    /** Goal (meta) the line pursues. */
    meta: text(0).optional(),
    /** Name of the indicator that measures it. */
    indicador: text(0).optional(),
    /** Indicator formula and its components. */
    formula: text(0).optional(),
    /** How often it is measured or when it happens (temporalidad). */
    temporalidad: text(0).optional(),
    /** Means of verification. */
    medioVerificacion: text(0).optional(),
    /** Progress: pendiente, en-proceso or cumplida. */
    estado: z.enum(['pendiente', 'en-proceso', 'cumplida'], expected('pendiente, en-proceso o cumplida')).optional(),
    /** Published entries that show the work done. */
    evidencias: evidence.optional(),
  })
  .strict();

/** One eje, estrategia or programa of a plan, with its action lines. */
const planAxis = z
  .object({
    /** Label as the plan numbers it, e.g. «Eje estratégico I», «Estrategia 2», «Programa 1». */
    etiqueta: text(2),
    /** Name of the axis. */
    titulo: text(),
    /** Paragraphs that explain the axis, as in the source. */
    descripcion: z.array(text(), expected('una lista')).default([]),
    /** Objectives stated for the axis. */
    objetivos: z.array(text(), expected('una lista')).optional(),
    /** Action lines of the axis. */
    lineas: z.array(planLine, expected('una lista')).default([]),
  })
  .strict();

const planes = defineCollection({
  // The plan page splits the body around <Ejes /> (planOutline).
  loader: entries('planes', { retainBody: true }),
  schema: baseEntry
    .extend({
      /** Kind of SNT instance the plan belongs to. */
      instancia: z.enum(['comision', 'region', 'organismo'], expected('comision, region u organismo')),
      /** Commission, when `instancia: comision`. */
      comision: ref('comisiones', reference).optional(),
      /** Region, when `instancia: region`. */
      region: ref('regiones', reference).optional(),
      /** Guarantor body, when `instancia: organismo`. */
      organismo: ref('organismos', reference).optional(),
      /** Who presents the plan. */
      presenta: z
        .object(
          {
            /** Person or area presenting the plan. */
            nombre: text(2),
            /** Their post. */
            cargo: text(0).optional(),
            /** Their guarantor body. */
            organismo: ref('organismos', reference),
          },
          expected('un grupo de campos'),
        )
        .strict(),
      /** Years the plan covers. */
      periodo: z
        .object(
          {
            /** First year. */
            inicio: year,
            /** Last year (the same as `inicio` for a one-year plan). */
            fin: year,
          },
          expected('un grupo de campos'),
        )
        .strict()
        .refine((p) => p.fin >= p.inicio, {
          error: 'el año «fin» debe ser igual o posterior al año «inicio»',
          path: ['fin'],
        }),
      /** Place where the plan was signed, e.g. «Chihuahua, Chihuahua». */
      lugar: text(0).optional(),
      /** Ejes, estrategias or programas, in the order of the source. */
      ejes: z.array(planAxis, expected('una lista')).min(1),
    })
    .strict()
    .superRefine((plan, ctx) => {
      const field = { comision: 'comision', region: 'region', organismo: 'organismo' }[plan.instancia];
      if (plan[field as 'comision' | 'region' | 'organismo'] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `falta «${field}»: un plan con «instancia: ${plan.instancia}» debe indicar a qué ${field} pertenece`,
        });
      }
    }),
});

const abc = defineCollection({
  loader: entries('abc'),
  schema: ({ image }) =>
    baseEntry
      .extend({
        /** Number in the «Los ABC» series. */
        numero: z.number(expected('un número')).int().positive(),
        /** Topic, e.g. «Protección de datos personales». */
        tema: text(),
        /** Law reform the current text reflects. */
        reforma: text(),
        /** Editions, oldest first. */
        ediciones: z
          .array(
            z
              .object(
                {
                  /** Date of the edition. */
                  fecha: z.coerce.date(expected('una fecha con el formato AAAA-MM-DD')),
                  /** What changed in it. */
                  descripcion: text(),
                },
                expected('un grupo de campos'),
              )
              .strict(),
          )
          .min(1),
        /** Printable PDF under `public/`, e.g. `/pdf/abc/abc-01.pdf`. */
        pdf: localPublicFile('.pdf').optional(),
        /** Cover image, next to the entry file. */
        portada: imageField(image),
        /** Alternative text of the cover. */
        portadaAlt: text(),
        /** Commissions the booklet relates to. */
        comisiones: z.array(ref('comisiones', reference), expected('una lista')).default([]),
      })
      .strict(),
});

const revista = defineCollection({
  loader: entries('revista'),
  schema: ({ image }) =>
    baseEntry
      .extend({
        /** Issue number; it is the issue's URL: `/revista/<numero>/`. */
        numero: z.number(expected('un número')).int().positive(),
        /** Theme of the issue. */
        tema: text(),
        /** Cover image, next to the entry file. */
        portada: imageField(image),
        /** Alternative text of the cover. */
        portadaAlt: text(),
        /** Whole issue as a PDF under `public/`. */
        pdf: localPublicFile('.pdf').optional(),
        /** Editorial committee. */
        comite: z.array(person, expected('una lista')).min(1),
      })
      .strict(),
});

const articulos = defineCollection({
  loader: entries('articulos'),
  schema: baseEntry
    .extend({
      /** Issue the article belongs to. */
      revista: ref('revista', reference),
      /** Authors, in the order of the byline. */
      autores: z.array(person, expected('una lista')).min(1),
      /** Pages of the article in the issue's PDF. */
      paginas: z
        .object(
          {
            /** First page. */
            inicio: z.number(expected('un número')).int().positive(),
            /** Last page. */
            fin: z.number(expected('un número')).int().positive(),
          },
          expected('un grupo de campos'),
        )
        .strict()
        .refine((p) => p.fin >= p.inicio, {
          error: 'la página «fin» debe ser igual o posterior a «inicio»',
          path: ['fin'],
        }),
      /** States the article is about. */
      estados: z.array(ref('estados', reference), expected('una lista')).default([]),
      /** Commissions the article relates to. */
      comisiones: z.array(ref('comisiones', reference), expected('una lista')).default([]),
    })
    .strict(),
});

/** Where a capsule's video comes from: YouTube, or a file of our own with its captions. */
const videoSource = z
  .object(
    {
      /** YouTube video id (11 characters), played through youtube-nocookie.com. */
      youtube: z
        .string(expected('texto'))
        .regex(/^[\w-]{11}$/, 'un id de YouTube tiene 11 caracteres (letras, números, - o _)')
        .optional(),
      /** MP4 file under `public/`, e.g. `/media/capsulas/nombre.mp4`. */
      archivo: localPublicFile('.mp4').optional(),
      /** WebVTT captions under `public/`, in Spanish; required with `archivo`. */
      subtitulos: localPublicFile('.vtt').optional(),
    },
    expected('un grupo de campos: youtube, o bien archivo y subtitulos'),
  )
  .strict()
  .superRefine((video, ctx) => {
    if (video.youtube && (video.archivo || video.subtitulos)) {
      ctx.addIssue({ code: 'custom', message: 'usa «youtube» o «archivo», no ambos' });
    } else if (!video.youtube && !video.archivo) {
      ctx.addIssue({
        code: 'custom',
        message: 'falta la fuente: se esperaba «youtube» o «archivo» (con «subtitulos»)',
      });
    } else if (video.archivo && !video.subtitulos) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtitulos'],
        message: 'un video propio necesita sus subtítulos en español: un archivo .vtt dentro de public/',
      });
    }
  });

const capsulas = defineCollection({
  loader: entries('capsulas'),
  schema: ({ image }) =>
    baseEntry
      .extend({
        /** Length as «m:ss» (or seconds). */
        duracion: durationSeconds,
        /** The video itself. */
        video: videoSource,
        /** Still image shown before playing, next to the entry file (never loaded from YouTube). */
        poster: imageField(image),
        /** Alternative text of the poster. */
        posterAlt: text(),
        /** People who appear in the capsule. */
        personas: z.array(person, expected('una lista')).default([]),
        /** State the capsule comes from. */
        estado: ref('estados', reference).optional(),
        /** Commission whose work it shows. */
        comision: ref('comisiones', reference).optional(),
        /** Guarantor body that produced it. */
        organismo: ref('organismos', reference).optional(),
      })
      .strict(),
});

/** A collection of reference data: one YAML file in content/, each entry with the slug of its hub page as `id`. */
function hubCollection<Fields extends z.ZodRawShape>(name: string, fields: Fields) {
  return defineCollection({
    loader: file(`${CONTENT_DIR}/${name}.yaml`, { parser: (text) => dataEntries(text, name) }),
    schema: z
      .object(
        {
          /** Slug of its page: lower-case ASCII words joined by hyphens. */
          id: slugId,
          ...fields,
        },
        expected('un grupo de campos'),
      )
      .strict(),
  });
}

const estados = hubCollection('estados', {
  /** Official name, e.g. «Michoacán de Ocampo» is written «Michoacán». */
  nombre: text(),
  /** Two-digit INEGI key of the entity, e.g. «08». */
  claveInegi: z.string(expected('texto')).regex(/^\d{2}$/, 'la clave INEGI son dos dígitos, p. ej. «08»'),
  /** SNT region the state belongs to (the one place that decides it). */
  region: ref('regiones', reference),
});

const regiones = hubCollection('regiones', {
  /** Name of the region, e.g. «Centro-Occidente». */
  nombre: text(),
});

const comisiones = hubCollection('comisiones', {
  /** Full name of the commission. */
  nombre: text(),
  /** Short name for lists and filters. */
  nombreCorto: text(2),
});

const organismos = hubCollection('organismos', {
  /** Acronym as the body writes it, e.g. «INFO CDMX». */
  siglas: text(2),
  /** Full legal name. */
  nombre: text(),
  /** State of a local body; absent for the national institute. */
  estado: ref('estados', reference).optional(),
  /** Official website. */
  sitio: httpsUrl,
  /** Social accounts. */
  redes: z
    .array(
      z
        .object({
          /** Network name, e.g. «YouTube». */
          red: text(2),
          /** Address of the account. */
          url: httpsUrl,
        })
        .strict(),
    )
    .default([]),
});

export const collections = { planes, abc, revista, articulos, capsulas, estados, regiones, comisiones, organismos };
