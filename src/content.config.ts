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
import { COVERS_FOLDER, POSTERS_FOLDER } from '~/lib/paths';
import {
  durationSeconds,
  expected,
  httpsUrl,
  isoDate,
  localPublicFile,
  matching,
  ref,
  slugId,
} from '~/lib/schemaFields';

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

/** An image in `folder` next to the entry file (`./posters/x.png`), processed by sharp. */
const imageField = (image: () => z.ZodType, folder: string) =>
  z
    .string(expected(`la ruta de una imagen junto al archivo, p. ej. ./${folder}/nombre.png`))
    // Astro types image() by what it returns; what it takes is the path string.
    .pipe(image() as unknown as z.ZodType<ImageMetadata, string>)
    .meta({ imageFolder: folder });

/** Text an editor writes, trimmed, with at least `min` characters (any length with 0). */
const text = (min = 3) => (min ? z.string(expected('texto')).trim().min(min) : z.string(expected('texto')).trim());

/** Text of a sentence or more: the browser editor gives it a box of several lines. */
const paragraph = (min = 3) => text(min).meta({ multiline: true });

/** A year a plan can cover. */
const year = z.number(expected('un número')).int().min(2000).max(2100);

// Each field's `meta` gives the browser editor (public/admin/config.yml, `npm run editor:configurar`)
// its Spanish label (`title`) and help text (`description`).

/** Fields every published entry shares. */
const baseEntry = z.object(
  {
    /** Title as readers see it. */
    titulo: text().meta({ title: 'Título', description: 'Como lo verán las personas lectoras.' }),
    /** One or two sentences for lists, search results and social cards. */
    resumen: paragraph(10).meta({
      title: 'Resumen',
      description: 'Una o dos oraciones para listas, resultados de búsqueda y redes sociales.',
    }),
    /** Publication date (YYYY-MM-DD). */
    fecha: isoDate.meta({
      title: 'Fecha de publicación',
      description: 'Con una fecha futura, la entrada espera ese día para publicarse.',
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
  },
  expected('un grupo de campos'),
);

/** A person named in an entry, with an optional guarantor body. */
const person = z.object(
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

/** Entries a plan line points to as evidence of its progress, by collection. */
const evidence = z
  .object({
    /** Booklets of the «Los ABC» series. */
    abc: z.array(ref('abc', reference), expected('una lista')).meta({ title: 'Cuadernillos' }).optional(),
    /** Magazine issues. */
    revista: z
      .array(ref('revista', reference), expected('una lista'))
      .meta({ title: 'Números de la revista' })
      .optional(),
    /** Magazine articles. */
    articulos: z.array(ref('articulos', reference), expected('una lista')).meta({ title: 'Artículos' }).optional(),
    /** Video capsules. */
    capsulas: z.array(ref('capsulas', reference), expected('una lista')).meta({ title: 'Cápsulas' }).optional(),
  })
  .strict();

/** One línea de acción of a plan, with the indicator fields some plans give. */
const planLine = z
  .object({
    /** The line as its authors wrote it. */
    texto: paragraph().meta({ title: 'Línea de acción', description: 'Tal como la escribieron sus autores.' }),
    /** Concrete activities that carry the line out. */
    actividades: z
      .array(paragraph(), expected('una lista'))
      .meta({ title: 'Actividades', description: 'Acciones concretas con que se cumple la línea.' })
      .optional(),
    /** Goal (meta) the line pursues. */
    meta: paragraph(0).meta({ title: 'Meta' }).optional(),
    /** Name of the indicator that measures it. */
    indicador: paragraph(0).meta({ title: 'Indicador' }).optional(),
    /** Indicator formula and its components. */
    formula: paragraph(0)
      .meta({ title: 'Fórmula', description: 'La fórmula del indicador y sus componentes.' })
      .optional(),
    /** How often it is measured or when it happens (temporalidad). */
    temporalidad: text(0)
      .meta({ title: 'Temporalidad', description: 'Cada cuándo se mide o cuándo ocurre.' })
      .optional(),
    /** Means of verification. */
    medioVerificacion: paragraph(0).meta({ title: 'Medio de verificación' }).optional(),
    /** Progress: pendiente, en-proceso or cumplida. */
    estado: z
      .enum(['pendiente', 'en-proceso', 'cumplida'], expected('pendiente, en-proceso o cumplida'))
      .meta({
        title: 'Estado de avance',
        optionLabels: { pendiente: 'Pendiente', 'en-proceso': 'En proceso', cumplida: 'Cumplida' },
      })
      .optional(),
    /** Published entries that show the work done. */
    evidencias: evidence
      .meta({ title: 'Evidencias', description: 'Entradas publicadas que muestran el trabajo hecho.' })
      .optional(),
  })
  .strict();

/** One eje, estrategia or programa of a plan, with its action lines. */
const planAxis = z
  .object({
    /** Label as the plan numbers it, e.g. «Eje estratégico I», «Estrategia 2», «Programa 1». */
    etiqueta: text(2).meta({
      title: 'Etiqueta',
      description: 'Como la numera el plan, p. ej. «Eje estratégico I», «Estrategia 2» o «Programa 1».',
    }),
    /** Name of the axis. */
    titulo: text().meta({ title: 'Título' }),
    /** Paragraphs that explain the axis, as in the source. */
    descripcion: z
      .array(paragraph(), expected('una lista'))
      .default([])
      .meta({ title: 'Descripción', description: 'Los párrafos que lo explican, como en el plan.' }),
    /** Objectives stated for the axis. */
    objetivos: z.array(paragraph(), expected('una lista')).meta({ title: 'Objetivos' }).optional(),
    /** Action lines of the axis. */
    lineas: z
      .array(planLine, expected('una lista'))
      .default([])
      .meta({ title: 'Líneas de acción', description: 'En su orden: cada una tiene su ancla #linea-N-M.' }),
  })
  .strict();

const planes = defineCollection({
  // The plan page splits the body around <Ejes /> (planOutline).
  loader: entries('planes', { retainBody: true }),
  schema: baseEntry
    .extend({
      /** Kind of SNT instance the plan belongs to. */
      instancia: z.enum(['comision', 'region', 'organismo'], expected('comision, region u organismo')).meta({
        title: 'Instancia',
        description: 'Quién tiene el plan: una comisión, una región o un organismo garante (llena solo ese campo).',
        optionLabels: { comision: 'Comisión', region: 'Región', organismo: 'Organismo garante' },
      }),
      /** Commission, when `instancia: comision`. */
      comision: ref('comisiones', reference).meta({ title: 'Comisión' }).optional(),
      /** Region, when `instancia: region`. */
      region: ref('regiones', reference).meta({ title: 'Región' }).optional(),
      /** Guarantor body, when `instancia: organismo`. */
      organismo: ref('organismos', reference).meta({ title: 'Organismo garante' }).optional(),
      /** Who presents the plan. */
      presenta: z
        .object(
          {
            /** Person or area presenting the plan. */
            nombre: text(2).meta({ title: 'Nombre', description: 'La persona o el área que presenta el plan.' }),
            /** Their post. */
            cargo: text(0).meta({ title: 'Cargo' }).optional(),
            /** Their guarantor body. */
            organismo: ref('organismos', reference).meta({ title: 'Organismo garante' }),
          },
          expected('un grupo de campos'),
        )
        .strict()
        .meta({ title: 'Quién lo presenta' }),
      /** Years the plan covers. */
      periodo: z
        .object(
          {
            /** First year. */
            inicio: year.meta({ title: 'Año de inicio' }),
            /** Last year (the same as `inicio` for a one-year plan). */
            fin: year.meta({
              title: 'Año de término',
              description: 'El mismo que el de inicio si el plan es de un año.',
            }),
          },
          expected('un grupo de campos'),
        )
        .strict()
        .refine((p) => p.fin >= p.inicio, {
          error: 'el año «fin» debe ser igual o posterior al año «inicio»',
          path: ['fin'],
        })
        .meta({ title: 'Periodo' }),
      /** Place where the plan was signed, e.g. «Chihuahua, Chihuahua». */
      lugar: text(0).meta({ title: 'Lugar', description: 'Donde se firmó, p. ej. «Chihuahua, Chihuahua».' }).optional(),
      /** Ejes, estrategias or programas, in the order of the source. */
      ejes: z.array(planAxis, expected('una lista')).min(1).meta({
        title: 'Ejes',
        description:
          'Ejes, estrategias o programas, en el orden del plan. No cambies el orden de los ya publicados: su número forma su ancla (#eje-N).',
      }),
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
        numero: z
          .number(expected('un número'))
          .int()
          .positive()
          .meta({ title: 'Número', description: 'Su número en la serie «Los ABC».' }),
        /** Topic, e.g. «Protección de datos personales». */
        tema: text().meta({ title: 'Tema', description: 'P. ej. «Protección de datos personales».' }),
        /** Law reform the current text reflects. */
        reforma: paragraph().meta({ title: 'Reforma', description: 'La reforma de ley que refleja el texto actual.' }),
        /** Editions, oldest first. */
        ediciones: z
          .array(
            z
              .object(
                {
                  /** Date of the edition. */
                  fecha: isoDate.meta({ title: 'Fecha' }),
                  /** What changed in it. */
                  descripcion: paragraph().meta({ title: 'Qué cambió' }),
                },
                expected('un grupo de campos'),
              )
              .strict(),
          )
          .min(1)
          .meta({ title: 'Ediciones', description: 'De la más antigua a la más reciente.' }),
        /** Printable PDF under `public/`, e.g. `/pdf/abc/abc-01.pdf`. */
        pdf: localPublicFile('.pdf', '/pdf/abc').meta({ title: 'PDF para imprimir' }).optional(),
        /** Cover image, next to the entry file. */
        portada: imageField(image, COVERS_FOLDER).meta({ title: 'Portada' }),
        /** Alternative text of the cover. */
        portadaAlt: paragraph().meta({
          title: 'Texto alternativo de la portada',
          description: 'Describe la imagen para quien no puede verla: qué muestra y qué texto lleva.',
        }),
        /** Commissions the booklet relates to. */
        comisiones: z
          .array(ref('comisiones', reference), expected('una lista'))
          .default([])
          .meta({ title: 'Comisiones relacionadas' }),
      })
      .strict(),
});

const revista = defineCollection({
  loader: entries('revista'),
  schema: ({ image }) =>
    baseEntry
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
        comite: z.array(person, expected('una lista')).min(1).meta({ title: 'Comité editorial' }),
      })
      .strict(),
});

const articulos = defineCollection({
  loader: entries('articulos'),
  schema: baseEntry
    .extend({
      /** Issue the article belongs to. */
      revista: ref('revista', reference).meta({ title: 'Número de la revista' }),
      /** Authors, in the order of the byline. */
      autores: z
        .array(person, expected('una lista'))
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
      estados: z
        .array(ref('estados', reference), expected('una lista'))
        .default([])
        .meta({ title: 'Entidades de las que habla' }),
      /** Commissions the article relates to. */
      comisiones: z
        .array(ref('comisiones', reference), expected('una lista'))
        .default([])
        .meta({ title: 'Comisiones relacionadas' }),
    })
    .strict(),
});

/** Where a capsule's video comes from: YouTube, or a file of our own with its captions. */
const videoSource = z
  .object(
    {
      /** YouTube video id (11 characters), played through youtube-nocookie.com. */
      youtube: matching(/^[\w-]{11}$/, 'un id de YouTube tiene 11 caracteres (letras, números, - o _)')
        .meta({
          title: 'Id de YouTube',
          description:
            'Los 11 caracteres que siguen a «v=» en la dirección del video. Deja vacío si el video es un archivo propio.',
        })
        .optional(),
      /** MP4 file under `public/`, e.g. `/media/capsulas/nombre.mp4`. */
      archivo: localPublicFile('.mp4', '/media/capsulas')
        .meta({ title: 'Archivo de video (MP4)', description: 'Solo si el video no está en YouTube.' })
        .optional(),
      /** WebVTT captions under `public/`, in Spanish; required with `archivo`. */
      subtitulos: localPublicFile('.vtt', '/media/capsulas')
        .meta({ title: 'Subtítulos (WebVTT)', description: 'En español; obligatorios con un archivo de video propio.' })
        .optional(),
    },
    expected('un grupo de campos: youtube, o bien archivo y subtitulos'),
  )
  .strict()
  .meta({ title: 'Video', description: 'Un id de YouTube, o bien un archivo MP4 con sus subtítulos.' })
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
        duracion: durationSeconds.meta({ title: 'Duración', description: 'Minutos y segundos, p. ej. 1:30.' }),
        /** The video itself. */
        video: videoSource,
        /** Still image shown before playing, next to the entry file (never loaded from YouTube). */
        poster: imageField(image, POSTERS_FOLDER).meta({
          title: 'Cartel',
          description: 'La imagen que se ve antes de reproducir el video (PNG, JPG o WebP).',
        }),
        /** Alternative text of the poster. */
        posterAlt: paragraph().meta({
          title: 'Texto alternativo del cartel',
          description: 'Describe la imagen para quien no puede verla: qué muestra y qué texto lleva.',
        }),
        /** People who appear in the capsule. */
        personas: z.array(person, expected('una lista')).default([]).meta({ title: 'Personas que aparecen' }),
        /** State the capsule comes from. */
        estado: ref('estados', reference)
          .meta({ title: 'Entidad', description: 'De dónde viene la cápsula.' })
          .optional(),
        /** Commission whose work it shows. */
        comision: ref('comisiones', reference)
          .meta({ title: 'Comisión', description: 'La comisión cuyo trabajo muestra.' })
          .optional(),
        /** Guarantor body that produced it. */
        organismo: ref('organismos', reference)
          .meta({ title: 'Organismo garante', description: 'El organismo que la hizo.' })
          .optional(),
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
          id: slugId.meta({
            title: 'Identificador',
            description:
              'Forma la dirección de su página: minúsculas sin acentos y guiones. No lo cambies una vez publicado.',
          }),
          ...fields,
        },
        expected('un grupo de campos'),
      )
      .strict(),
  });
}

const estados = hubCollection('estados', {
  /** Official name, e.g. «Michoacán de Ocampo» is written «Michoacán». */
  nombre: text().meta({ title: 'Nombre' }),
  /** Two-digit INEGI key of the entity, e.g. «08». */
  claveInegi: matching(/^\d{2}$/, 'la clave INEGI son dos dígitos, p. ej. «08»').meta({ title: 'Clave INEGI' }),
  /** SNT region the state belongs to (the one place that decides it). */
  region: ref('regiones', reference).meta({ title: 'Región del SNT', description: 'Lineamientos del SNT, art. 15.' }),
});

const regiones = hubCollection('regiones', {
  /** Name of the region, e.g. «Centro-Occidente». */
  nombre: text().meta({ title: 'Nombre' }),
});

const comisiones = hubCollection('comisiones', {
  /** Full name of the commission. */
  nombre: text().meta({ title: 'Nombre completo' }),
  /** Short name for lists and filters. */
  nombreCorto: text(2).meta({ title: 'Nombre corto', description: 'Para listas y filtros, p. ej. «Archivos».' }),
});

const organismos = hubCollection('organismos', {
  /** Acronym as the body writes it, e.g. «INFO CDMX». */
  siglas: text(2).meta({ title: 'Siglas', description: 'Como las escribe el organismo, p. ej. «INFO CDMX».' }),
  /** Full legal name. */
  nombre: text().meta({ title: 'Nombre oficial' }),
  /** State of a local body; absent for the national institute. */
  estado: ref('estados', reference)
    .meta({ title: 'Entidad', description: 'Vacío para el instituto nacional.' })
    .optional(),
  /** Official website. */
  sitio: httpsUrl.meta({ title: 'Sitio web oficial' }),
  /** Social accounts. */
  redes: z
    .array(
      z
        .object({
          /** Network name, e.g. «YouTube». */
          red: text(2).meta({ title: 'Red', description: 'P. ej. «YouTube».' }),
          /** Address of the account. */
          url: httpsUrl.meta({ title: 'Dirección de la cuenta' }),
        })
        .strict(),
    )
    .default([])
    .meta({ title: 'Redes sociales', description: 'Solo cuentas verificadas.' }),
});

export const collections = { planes, abc, revista, articulos, capsulas, estados, regiones, comisiones, organismos };
