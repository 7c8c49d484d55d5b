/**
 * Video capsules: short videos of what the commissioners do in each state and commission, on YouTube (played
 * only on request) or self-hosted with Spanish captions, always with a local poster and a transcript.
 */
import { z } from 'astro/zod';
import { ids } from '#/src/lib/catalog.ts';
import { fileUrl, optional, refId, column } from '#/src/lib/datasets.ts';
import { yearOf } from '#/src/lib/dates.ts';
import { isoDuration } from '#/src/lib/durations.ts';
import { ACCEPTED_IMAGES } from '#/src/lib/imageFiles.ts';
import { absolute, common, CONTEXT, publisher } from '#/src/lib/jsonLd.ts';
import { POSTERS_FOLDER } from '#/src/lib/paths.ts';
import { imageLines, TODO, type Draft, type ScaffoldContext, lineFields } from '#/src/lib/scaffolds.ts';
import { CAPSULES_URL, capsuleUrl, embedUrl, listPageUrl } from '#/src/lib/urls.ts';
import { noFacets } from './collections.ts';
import {
  baseEntry,
  durationSeconds,
  expected,
  imageField,
  localPublicFile,
  matching,
  paragraph,
  person,
  ref,
  type ImageContext,
  type Reference,
  lineEvidences,
} from './fields.ts';
import * as synthetic from './synthetic.ts';
import { slugify } from '#/src/lib/slugs.ts';
import type { EntryKind } from './types.ts';
import type { CollectionEntry } from 'astro:content';
import type { Catalog } from '#/src/lib/catalog.ts';
import type { JsonLd } from '#/src/lib/jsonLd.ts';

const JSON_LD_TYPE = 'VideoObject';

/** The frontmatter of a capsule: its length, its video, its poster, who appears and where it comes from. */
export const schema = (reference: Reference) => {
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
          .meta({
            title: 'Subtítulos (WebVTT)',
            description: 'En español; obligatorios con un archivo de video propio.',
          })
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

  return ({ image }: ImageContext) =>
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
        personas: z
          .array(person(reference), expected('una lista'))
          .default([])
          .meta({ title: 'Personas que aparecen' }),
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
        /** Plan líneas it is evidence of. */
        lineas: lineEvidences(reference),
      })
      .strict();
};

/** A video capsule: YouTube or a file of our own, its poster and a transcript to fill in. */
function draft(context: ScaffoldContext): Draft {
  const { slug } = context;
  return {
    slug,
    fields: [
      '# Duración del video como minutos:segundos, entre comillas, p. ej. "1:30".',
      'duracion: "1:00"',
      '# El video. Hay dos maneras; usa solo una:',
      '#   1. En YouTube: escribe el id, los 11 caracteres que siguen a «v=» en la dirección del video',
      '#      (https://www.youtube.com/watch?v=XXXXXXXXXXX). El valor de abajo es provisional.',
      '#   2. Un archivo propio: sube el video .mp4 y sus subtítulos en español .vtt a public/media/capsulas/',
      '#      y cambia la línea «youtube» por estas dos:',
      `#        archivo: /media/capsulas/${slug}.mp4`,
      `#        subtitulos: /media/capsulas/${slug}.vtt`,
      'video:',
      '  # Provisional: cambia este id por el de tu video (o usa «archivo» y «subtitulos», como se explica arriba).',
      '  youtube: "IDPENDIENTE"',
      ...imageLines('poster', POSTERS_FOLDER, slug, 'Cartel que se ve antes de reproducir el video,'),
      '# Personas que aparecen: bloques «- nombre: …» con «cargo» y «organismo» opcionales, o [] si ninguna.',
      'personas: []',
      '# Opcionales: de qué estado viene, la comisión cuyo trabajo muestra y el organismo que la hizo',
      '# («id» de content/estados.yaml, comisiones.yaml y organismos.yaml). Quita el «#» para usarlos.',
      '# estado: id-del-estado',
      '# comision: id-de-la-comision',
      '# organismo: id-del-organismo',
      ...lineFields(context),
    ],
    body: [
      `${TODO}: escribe aquí uno o dos párrafos que presenten la cápsula: de qué trata y quién participa.`,
      '',
      '## Transcripción',
      '',
      `${TODO}: escribe todo lo que se dice y lo que aparece en pantalla, con sus tiempos, por ejemplo:`,
      '',
      '**0:00 a 0:05.** Lo que se dice o se lee en ese momento.',
      '',
      '**0:05 a 0:12.** Lo que sigue.',
    ].join('\n'),
    image: { field: 'poster', folder: POSTERS_FOLDER },
    url: capsuleUrl(slug),
    steps: [
      'Pon el video: el id de YouTube, o un archivo .mp4 con sus subtítulos .vtt en public/ (el archivo explica las dos maneras).',
      'Escribe la transcripción completa bajo «## Transcripción».',
    ],
  };
}

/** A video capsule. */
function videoObject(_catalog: Catalog, capsule: CollectionEntry<'capsulas'>, image: string, site: URL): JsonLd {
  const { data } = capsule;
  const url = absolute(capsuleUrl(capsule.id), site);
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(data, url, image),
    thumbnailUrl: image,
    uploadDate: data.fecha,
    duration: isoDuration(data.duracion),
    ...(data.video.youtube
      ? { embedUrl: `https://www.youtube-nocookie.com/embed/${data.video.youtube}` }
      : { contentUrl: absolute(data.video.archivo ?? '', site) }),
    publisher: publisher(site),
  };
}

/** Capsules with a transcript paragraph per 18 s of video; three in ten on YouTube, the rest self-hosted. */
function generate(count: number, { r, pool, date, updated, made }: synthetic.SyntheticContext) {
  return Array.from({ length: count }, (_, i) => {
    const topic = r.pick(synthetic.TOPICS);
    const id = `capsula-${synthetic.pad(i + 1)}-${slugify(topic)}`;
    const estado = r.pick(pool.estados);
    const fecha = date();
    const seconds = r.int(30, 300);
    const youtube = r.chance(0.3);
    const video = youtube
      ? `  youtube: ${synthetic.q(Array.from({ length: 11 }, () => r.pick(synthetic.YOUTUBE_ID_CHARACTERS)).join(''))}`
      : (({ archivo, subtitulos }) => `  archivo: ${archivo}\n  subtitulos: ${subtitulos}`)(r.pick(pool.videos));
    const segments = Array.from({ length: Math.max(3, Math.round(seconds / synthetic.SEGMENT_SECONDS)) }, (_, s) => {
      const at = (t: number) => `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
      const start = s * synthetic.SEGMENT_SECONDS;
      return `**${at(start)} a ${at(Math.min(seconds, start + synthetic.SEGMENT_SECONDS))}.** ${synthetic.paragraph(r, pool, 1)}`;
    }).join('\n\n');
    return {
      id,
      url: capsuleUrl(id),
      text: `---
titulo: ${synthetic.q(`${synthetic.capitalized(topic)}: ${r.pick(synthetic.OBJECTS)} (${i + 1})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
${updated(fecha)}duracion: "${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}"
video:
${video}
poster: ${r.pick(pool.posters)}
posterAlt: ${synthetic.q(`Cartel de la cápsula sobre ${topic}`)}
personas:
${Array.from({ length: r.int(1, 3) }, () => synthetic.personYaml(r, pool, '  ')).join('\n')}
estado: ${estado}
comision: ${r.pick(pool.comisiones)}
organismo: ${r.pick(pool.organismos)}
${synthetic.lineasYaml(r, made.planes ?? [], 0.1)}---

${synthetic.paragraph(r, pool, r.int(2, 4))}

## Transcripción

${segments}
`,
    };
  });
}

export const kind = {
  collection: 'capsulas',
  label: { one: 'type.capsulas', other: 'nav.capsulas' },
  url: (capsule) => capsuleUrl(capsule.id),
  embed: (capsule) => embedUrl(capsule.id),
  list: (page) => listPageUrl(CAPSULES_URL, page),
  listText: { title: 'capsule.listTitle', intro: 'capsule.listIntro', description: 'capsule.listDescription' },
  feed: { description: 'feed.capsulas.description' },
  searchType: 'search.type.capsulas',
  facets: ({ data }) => ({
    ...noFacets,
    estados: ids([data.estado]),
    comisiones: ids([data.comision]),
    organismos: ids([data.organismo, ...data.personas.map((person) => person.organismo)]),
  }),
  years: ({ data }) => [yearOf(data.fecha)],
  dataset: {
    id: 'capsulas',
    title: 'Cápsulas de video',
    description: 'Las cápsulas de video publicadas: una fila por cápsula.',
    columns: [
      column.entero('duracion', 'Duración en segundos.', (c) => c.data.duracion),
      column.texto('youtube', 'Identificador del video en YouTube, si se publica ahí.', (c) =>
        optional(c.data.video.youtube),
      ),
      column.url('video', 'Dirección del archivo de video propio, si no está en YouTube.', (c) =>
        fileUrl(c.data.video.archivo),
      ),
      column.url('subtitulos', 'Dirección de los subtítulos en español (WebVTT) del video propio.', (c) =>
        fileUrl(c.data.video.subtitulos),
      ),
      column.lista('personas', 'Nombres de las personas que aparecen.', (c) =>
        c.data.personas.map((person) => person.nombre),
      ),
      column.texto('estado', 'Identificador de la entidad de la que proviene (ver el conjunto «estados»).', (c) =>
        refId(c.data.estado),
      ),
      column.texto(
        'comision',
        'Identificador de la comisión cuyo trabajo muestra (ver el conjunto «comisiones»).',
        (c) => refId(c.data.comision),
      ),
      column.texto(
        'organismo',
        'Identificador del organismo garante que la produjo (ver el conjunto «organismos»).',
        (c) => refId(c.data.organismo),
      ),
    ],
  },
  scaffold: {
    word: 'capsula',
    aliases: ['capsulas'],
    format: 'md',
    description: 'cápsula de video con su transcripción',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: videoObject },
  card: { picture: ({ data }) => ({ src: data.poster, alt: data.posterAlt }) },
  bench: { share: 0.6, needs: ['planes'], generate },
} satisfies EntryKind<'capsulas'>;
