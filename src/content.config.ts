import { defineCollection, reference } from 'astro:content';
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPaths } from '~/build/contentFiles';
import { unsafeContentProblems } from '~/lib/contentSafety';
import { impossibleDateProblems } from '~/lib/frontmatterDates';
import { dataEntries } from '~/lib/dataFiles';
import { ACCEPTED_IMAGES, imageFileProblem } from '~/lib/imageFiles';
import { CONTENT_DIR } from '~/lib/paths';
import { stopOnProblems } from '~/lib/problems';
import { sameAddressProblems } from '~/lib/sameAddress';
import { COVERS_FOLDER, POSTERS_FOLDER } from '~/lib/paths';
import {
  durationSeconds,
  localDateTime,
  timeZone,
  expected,
  httpsUrl,
  isoDate,
  knownDate,
  localPublicFile,
  matching,
  ref,
  slugId,
} from '~/lib/schemaFields';

// Every message zod writes for an editor is in Spanish.
z.config(z.locales.es());

/** The entry file being validated (absolute) and the project's folder: an image path is relative to the entry. */
const validating = new AsyncLocalStorage<{ file: string; root: string }>();

/**
 * Markdown and MDX entries of one collection folder; files starting with `_` are left out.
 * Two files that would publish at one address (`x.md` and `x.mdx`, `Acción.md` and `accion.md`) stop
 * the build, since Astro would keep one of them without a word.
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
      const root = fileURLToPath(context.config.root);
      stopOnProblems(sameAddressProblems(contentPaths(root, collection)));
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
            const file = relative(root, props.filePath);
            stopOnProblems([...impossibleDateProblems(file, source), ...unsafeContentProblems(file, source)]);
            return validating.run({ file: props.filePath, root }, () => context.parseData(props));
          }
          return context.parseData(props);
        },
      });
    },
  };
}

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
const imageField = (image: () => z.ZodType, folder: string) =>
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
const text = (min = 3) => (min ? z.string(expected('texto')).trim().min(min) : z.string(expected('texto')).trim());

/** Text of a sentence or more: the browser editor gives it a box of several lines. */
const paragraph = (min = 3) => text(min).meta({ multiline: true });

/** A year a plan can cover. */
const year = z.number(expected('un número')).int().min(2000).max(2100);

// Each field's `meta` gives the browser editor (public/admin/config.yml, `npm run editor:configurar`)
// its Spanish label (`title`) and help text (`description`).

/**
 * The mark of an entry (or a body) that is no longer current. Its page keeps its address, a published
 * URL being a promise, and says so with a banner that links to its successor; it leaves the lists of
 * what is current. `sucesor` names another entry of the same collection (a body: another body).
 */
const retired = <C extends string, R extends z.ZodType<unknown, string>>(
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
      },
      expected('un grupo de campos: fecha, motivo y, si lo hay, sucesor'),
    )
    .strict()
    .meta({
      title: 'Retirado',
      description:
        'Solo si ya no está vigente: llena la fecha y el motivo (y el sucesor, si lo hay). Su dirección sigue funcionando, con un aviso y un enlace a su sucesor, y deja las listas de novedades. Nunca borres una entrada publicada.',
    })
    .optional();

/** Fields every published entry of `collection` shares. */
const baseEntry = <C extends string, R extends z.ZodType<unknown, string>>(
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
  schema: baseEntry('planes', reference)
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
    baseEntry('abc', reference)
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
        comite: z.array(person, expected('una lista')).min(1).meta({ title: 'Comité editorial' }),
      })
      .strict(),
});

const articulos = defineCollection({
  loader: entries('articulos'),
  schema: baseEntry('articulos', reference)
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
    baseEntry('capsulas', reference)
      .extend({
        /** Length as «m:ss» (or seconds). */
        duracion: durationSeconds.meta({ title: 'Duración', description: 'Minutos y segundos, p. ej. 1:30.' }),
        /** The video itself. */
        video: videoSource,
        /** Still image shown before playing, next to the entry file (never loaded from YouTube). */
        poster: imageField(image, POSTERS_FOLDER).meta({
          title: 'Cartel',
          description: `La imagen que se ve antes de reproducir el video (${ACCEPTED_IMAGES}).`,
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

/** Who organises an event or a call: guarantor bodies and SNT commissions. */
const organisers = z
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

/** A línea de acción of a plan that an event or a call shows progress on. */
const lineEvidence = z
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
  .strict();

/** Líneas de acción of plans an entry serves as evidence of. */
const lineEvidences = z
  .array(lineEvidence, expected('una lista'))
  .default([])
  .meta({ title: 'Líneas de acción que cumple', description: 'De los planes de trabajo, si sirve de evidencia.' });

/** States an event or a call belongs to; an event takes the time of the first one. */
const states = z.array(ref('estados', reference), expected('una lista')).default([]);

// Local times compare as written: the same format, the same clocks.
const localTimeKey = (value: string): string => value.replace('T', ' ');

const eventos = defineCollection({
  loader: entries('eventos'),
  schema: baseEntry('eventos', reference)
    .extend({
      /** Kind of event. */
      tipo: z
        .enum(['foro', 'conferencia', 'congreso', 'taller', 'conversatorio', 'otro'], expected('el tipo de evento'))
        .meta({
          title: 'Tipo de evento',
          optionLabels: {
            foro: 'Foro',
            conferencia: 'Conferencia',
            congreso: 'Congreso',
            taller: 'Taller',
            conversatorio: 'Conversatorio',
            otro: 'Otro',
          },
        }),
      /** When it starts, on the clocks of the place. */
      inicio: localDateTime.meta({ title: 'Empieza', description: 'Fecha y hora del lugar, p. ej. 2026-03-15 10:00.' }),
      /** When it ends, on the same clocks. */
      fin: localDateTime.meta({ title: 'Termina', description: 'Fecha y hora del lugar, después del inicio.' }),
      /** Its time zone when it is not the main one of its first state (a virtual event, a border city). */
      zonaHoraria: timeZone
        .meta({
          title: 'Zona horaria',
          description:
            'Solo si no es la principal de su primera entidad (o, sin entidad, la del centro): p. ej. America/Ciudad_Juarez.',
        })
        .optional(),
      /** In person, online or both. */
      modalidad: z.enum(['presencial', 'virtual', 'hibrida'], expected('presencial, virtual o hibrida')).meta({
        title: 'Modalidad',
        optionLabels: { presencial: 'Presencial', virtual: 'Virtual', hibrida: 'Híbrida' },
      }),
      /** Venue: building and address; needed in person. */
      sede: text(0)
        .meta({ title: 'Sede', description: 'Lugar y dirección; obligatoria si es presencial o híbrida.' })
        .optional(),
      /** City of the venue. */
      ciudad: text(0).meta({ title: 'Ciudad' }).optional(),
      /** Where to follow it online; needed online. */
      enlace: httpsUrl
        .meta({ title: 'Enlace para seguirlo', description: 'Obligatorio si es virtual o híbrido.' })
        .optional(),
      /** Where to register, if one must. */
      registro: httpsUrl
        .meta({ title: 'Registro', description: 'Dirección para inscribirse, si hace falta.' })
        .optional(),
      /** States it belongs to; the first one's time is the event's. */
      estados: states.meta({ title: 'Entidades', description: 'La primera decide su zona horaria.' }),
      /** Who organises it. */
      organizadores: organisers,
      /** Accessibility it offers. */
      accesibilidad: z
        .array(
          z.enum(['lengua-de-senas', 'subtitulos', 'rampas', 'materiales-accesibles', 'lenguas-indigenas']),
          expected('una lista'),
        )
        .default([])
        .meta({
          title: 'Accesibilidad',
          optionLabels: {
            'lengua-de-senas': 'Interpretación en Lengua de Señas Mexicana',
            subtitulos: 'Subtítulos en vivo',
            rampas: 'Acceso sin escalones',
            'materiales-accesibles': 'Materiales en formatos accesibles',
            'lenguas-indigenas': 'Interpretación a lenguas indígenas',
          },
        }),
      /** The capsule with its recording, once it exists. */
      grabacion: ref('capsulas', reference)
        .meta({ title: 'Grabación', description: 'La cápsula con la grabación, cuando exista.' })
        .optional(),
      /** Plan líneas it is evidence of. */
      lineas: lineEvidences,
    })
    .strict()
    .superRefine((event, ctx) => {
      if (localTimeKey(event.fin) <= localTimeKey(event.inicio)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fin'],
          message: `el evento termina (${event.fin}) antes de empezar (${event.inicio})`,
        });
      }
      if (event.modalidad !== 'virtual' && !event.sede) {
        ctx.addIssue({
          code: 'custom',
          path: ['sede'],
          message: `falta la sede: un evento ${event.modalidad} dice dónde es`,
        });
      }
      if (event.modalidad !== 'presencial' && !event.enlace) {
        ctx.addIssue({
          code: 'custom',
          path: ['enlace'],
          message: `falta el enlace: un evento ${event.modalidad === 'virtual' ? 'virtual' : 'híbrido'} dice dónde seguirlo`,
        });
      }
    }),
});

/** A winning work: a capsule, an audio or a file, and the licence under which every body may reuse it. */
const winningWork = z
  .object(
    {
      /** Title of the work. */
      titulo: text().meta({ title: 'Título de la obra' }),
      /** The work as a capsule of the site. */
      capsula: ref('capsulas', reference).meta({ title: 'Cápsula' }).optional(),
      /** The work as an MP3 under public/. */
      audio: localPublicFile('.mp3', '/media/convocatorias').meta({ title: 'Audio (MP3)' }).optional(),
      /** The work as a PDF under public/. */
      archivo: localPublicFile('.pdf', '/pdf/convocatorias').meta({ title: 'Archivo (PDF)' }).optional(),
      /** Under which terms any guarantor body may reuse it. */
      licencia: z
        .enum(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC0-1.0'], expected('una licencia'))
        .meta({
          title: 'Licencia de uso',
          description: 'Con la que cualquier organismo garante puede reutilizarla.',
          optionLabels: {
            'CC-BY-4.0': 'Creative Commons Atribución 4.0',
            'CC-BY-SA-4.0': 'Creative Commons Atribución-CompartirIgual 4.0',
            'CC-BY-NC-4.0': 'Creative Commons Atribución-NoComercial 4.0',
            'CC-BY-NC-SA-4.0': 'Creative Commons Atribución-NoComercial-CompartirIgual 4.0',
            'CC0-1.0': 'Dominio público (CC0 1.0)',
          },
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

const convocatorias = defineCollection({
  loader: entries('convocatorias'),
  schema: baseEntry('convocatorias', reference)
    .extend({
      /** Kind of contest. */
      tipo: z
        .enum(
          ['spots-de-radio', 'periodismo', 'ensayo', 'video', 'dibujo', 'aplicaciones', 'otro'],
          expected('el tipo'),
        )
        .meta({
          title: 'Tipo de concurso',
          optionLabels: {
            'spots-de-radio': 'Spots de radio',
            periodismo: 'Periodismo de investigación',
            ensayo: 'Ensayo',
            video: 'Video',
            dibujo: 'Dibujo',
            aplicaciones: 'Aplicaciones',
            otro: 'Otro',
          },
        }),
      /** Its edition, when the contest repeats. */
      edicion: z.number(expected('un número')).int().positive().meta({ title: 'Edición' }).optional(),
      /** Who may take part. */
      publico: paragraph().meta({ title: 'Quiénes participan', description: 'P. ej. «Estudiantes de licenciatura».' }),
      /** When entries open, on the clocks of `zonaHoraria`. */
      apertura: localDateTime.meta({ title: 'Abre', description: 'Fecha y hora, p. ej. 2026-02-01 09:00.' }),
      /** When entries close. */
      cierre: localDateTime.meta({ title: 'Cierra', description: 'Fecha y hora límite para participar.' }),
      /** The clocks of its dates. */
      zonaHoraria: timeZone
        .default('America/Mexico_City')
        .meta({ title: 'Zona horaria', description: 'La de sus fechas; la del centro si no se indica.' }),
      /** Its rules, as a PDF under public/. */
      bases: localPublicFile('.pdf', '/pdf/convocatorias').meta({ title: 'Bases (PDF)' }).optional(),
      /** Categories entries compete in. */
      categorias: z
        .array(
          z
            .object(
              {
                /** Name of the category. */
                nombre: text().meta({ title: 'Nombre' }),
                /** What it asks for. */
                descripcion: paragraph(0).meta({ title: 'Descripción' }).optional(),
              },
              expected('un grupo de campos'),
            )
            .strict(),
          expected('una lista'),
        )
        .default([])
        .meta({ title: 'Categorías' }),
      /** Prizes, one per line. */
      premios: z.array(paragraph(), expected('una lista')).default([]).meta({ title: 'Premios' }),
      /** Who organises it. */
      organizadores: organisers,
      /** States it is for, when it is not national. */
      estados: states.meta({ title: 'Entidades', description: 'Solo si no es nacional.' }),
      /** Its results, once published. */
      resultados: z
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
                      obra: winningWork,
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
        .optional(),
      /** Plan líneas it is evidence of. */
      lineas: lineEvidences,
    })
    .strict()
    .superRefine((call, ctx) => {
      if (localTimeKey(call.cierre) <= localTimeKey(call.apertura)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cierre'],
          message: `cierra (${call.cierre}) antes de abrir (${call.apertura})`,
        });
      }
      const categories = new Set(call.categorias.map((category) => category.nombre));
      call.resultados?.ganadores.forEach((winner, index) => {
        if (categories.size > 0 && !categories.has(winner.categoria)) {
          ctx.addIssue({
            code: 'custom',
            path: ['resultados', 'ganadores', index, 'categoria'],
            message: `«${winner.categoria}» no es una de sus categorías: ${[...categories].join(', ')}`,
          });
        }
      });
      if (call.resultados && call.resultados.fecha.toISOString().slice(0, 10) < call.cierre.slice(0, 10)) {
        ctx.addIssue({
          code: 'custom',
          path: ['resultados', 'fecha'],
          message: 'los resultados no pueden publicarse antes del cierre de la convocatoria',
        });
      }
    }),
});

/** A page of the site that is not an entry: about, accessibility, privacy, contact. */
const paginas = defineCollection({
  loader: entries('paginas'),
  schema: z
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
        /** Marks a page that is no longer current; it stays at its address, out of the footer. */
        retirado: retired(
          'paginas',
          reference,
          'Otra página del sitio que la reemplaza: esta la enlaza con «Consulta en su lugar».',
        ),
      },
      expected('un grupo de campos'),
    )
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
  /** Its IANA time zones, the main one first: events in the state keep its time unless they name another. */
  zonasHorarias: z
    .array(timeZone.meta({ title: 'Zona horaria' }), expected('una lista'))
    .min(1)
    .meta({
      title: 'Zonas horarias',
      description: 'Nombres de la base IANA, la principal primero (p. ej. America/Chihuahua, America/Ciudad_Juarez).',
    }),
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
  /** Marks a body that no longer exists; its page stays, with a banner and its successor. */
  retirado: retired(
    'organismos',
    reference,
    'El «id» del organismo que asumió sus funciones, si lo hay: su página lo enlaza con «Consulta en su lugar».',
  ),
});

export const collections = {
  planes,
  abc,
  revista,
  articulos,
  capsulas,
  eventos,
  convocatorias,
  paginas,
  estados,
  regiones,
  comisiones,
  organismos,
};
