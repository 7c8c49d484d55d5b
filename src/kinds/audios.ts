/**
 * Audios: radio spots and podcast episodes, for community and university radios and for slow phones. Each is a
 * self-hosted MP3 (an Opus copy optional) with its whole transcript in the body, optional Spanish captions
 * (WebVTT) and chapters (Podcasting 2.0 JSON), a reuse licence, and, for an episode, its series' podcast feed.
 * The build reads every file (src/lib/audioFiles.ts): that it is audio, and that it lasts what `duracion` says.
 */
import { z } from 'astro/zod';
import { ids, type Catalog } from '#/src/lib/catalog.ts';
import { absoluteUrl, fileUrl, optional, refId, column } from '#/src/lib/datasets.ts';
import { yearOf } from '#/src/lib/dates.ts';
import { isoDuration } from '#/src/lib/durations.ts';
import { absolute, common, CONTEXT, publisher, type JsonLd } from '#/src/lib/jsonLd.ts';
import { lineFields, TODO, type Draft, type ScaffoldContext } from '#/src/lib/scaffolds.ts';
import { slugify } from '#/src/lib/slugs.ts';
import {
  AUDIOS_CARD_URL,
  AUDIOS_URL,
  audioEmbedUrl,
  audioUrl,
  listPageUrl,
  seriesFeedUrl,
  seriesUrl,
} from '#/src/lib/urls.ts';
import { LICENCES } from './callResults.ts';
import { noFacets } from './collections.ts';
import {
  baseEntry,
  choice,
  durationSeconds,
  expected,
  lineEvidences,
  localPublicFile,
  person,
  ref,
  type Reference,
} from './fields.ts';
import * as synthetic from './synthetic.ts';
import type { EntryKind } from './types.ts';
import type { CollectionEntry } from 'astro:content';

/** Where an audio's files are uploaded, and where the site serves them from. */
export const AUDIO_FOLDER = '/media/audios';

/** What an audio is, with the name the browser editor offers and the site shows. */
export const AUDIO_TYPES = {
  spot: 'Spot de radio',
  episodio: 'Episodio de pódcast',
} as const;

/** Words a transcript needs at least: a spot of 20 seconds says about forty. */
export const TRANSCRIPT_MIN_WORDS = 10;

/** The frontmatter of an audio: what it is, its files, its length, its licence and where it comes from. */
export const schema = (reference: Reference) =>
  baseEntry('audios', reference)
    .extend({
      /** A radio spot or a podcast episode. */
      tipo: choice(AUDIO_TYPES, 'spot o episodio').meta({ title: 'Tipo de audio' }),
      /** Length as «m:ss», checked against the file to the second. */
      duracion: durationSeconds.meta({
        title: 'Duración',
        description: 'Minutos y segundos, p. ej. 0:30. La construcción la compara con el archivo.',
      }),
      /** The MP3 under public/, e.g. `/media/audios/nombre.mp3`. */
      archivo: localPublicFile('.mp3', AUDIO_FOLDER).meta({
        title: 'Archivo de audio (MP3)',
        description: 'El audio en MP3: lo escuchan la página, las radios y las aplicaciones de pódcast.',
      }),
      /** The same audio as Opus, lighter at the same quality, for browsers that play it. */
      opus: localPublicFile('.opus', AUDIO_FOLDER)
        .meta({ title: 'Archivo Opus (opcional)', description: 'El mismo audio en Opus: pesa menos.' })
        .optional(),
      /** Spanish WebVTT captions under public/. */
      subtitulos: localPublicFile('.vtt', AUDIO_FOLDER)
        .meta({ title: 'Subtítulos (WebVTT)', description: 'En español, con sus tiempos; opcionales.' })
        .optional(),
      /** Chapters as the Podcasting 2.0 JSON chapters file. */
      capitulos: localPublicFile('.json', AUDIO_FOLDER)
        .meta({
          title: 'Capítulos (JSON)',
          description: 'Archivo de capítulos de Podcasting 2.0: sus inicios en segundos y sus títulos.',
        })
        .optional(),
      /** The podcast series it belongs to (content/series.yaml). */
      serie: ref('series', reference)
        .meta({ title: 'Serie', description: 'La serie de pódcast a la que pertenece, si es un episodio.' })
        .optional(),
      /** Its number in the series. */
      episodio: z
        .number(expected('un número'))
        .int()
        .positive()
        .meta({ title: 'Número de episodio', description: 'Su número dentro de la serie.' })
        .optional(),
      /** Under which terms anyone may reuse it: radios rebroadcast it. */
      licencia: choice(LICENCES, 'una licencia').meta({
        title: 'Licencia de uso',
        description: 'Con la que cualquier radio u organismo puede retransmitirlo.',
      }),
      /** People who speak in it. */
      personas: z.array(person(reference), expected('una lista')).default([]).meta({ title: 'Personas que hablan' }),
      /** State it comes from. */
      estado: ref('estados', reference).meta({ title: 'Entidad', description: 'De dónde viene el audio.' }).optional(),
      /** Commission whose work it tells. */
      comision: ref('comisiones', reference)
        .meta({ title: 'Comisión', description: 'La comisión cuyo trabajo cuenta.' })
        .optional(),
      /** Guarantor body that produced it. */
      organismo: ref('organismos', reference)
        .meta({ title: 'Organismo garante', description: 'El organismo que lo produjo.' })
        .optional(),
      /** Plan líneas it is evidence of. */
      lineas: lineEvidences(reference),
    })
    .strict()
    .superRefine((audio, ctx) => {
      if (audio.episodio !== undefined && !audio.serie) {
        ctx.addIssue({
          code: 'custom',
          path: ['episodio'],
          message: 'un número de episodio va con su «serie»: agrega «serie: <id>» o quita «episodio»',
        });
      }
    });

/** An audio: its MP3 (a second of silence to replace), a licence and the transcript to write. */
function draft(context: ScaffoldContext): Draft {
  const { slug } = context;
  return {
    slug,
    fields: [
      '# Tipo: spot (de radio) o episodio (de un pódcast).',
      'tipo: spot',
      '# Duración del audio como minutos:segundos, entre comillas. La construcción la compara con el archivo:',
      '# al cambiar el audio, cámbiala también.',
      'duracion: "0:01"',
      `# El audio en MP3, en public${AUDIO_FOLDER}/. Se puso un segundo de silencio provisional: reemplázalo`,
      '# por el audio real con el mismo nombre.',
      `archivo: ${AUDIO_FOLDER}/${slug}.mp3`,
      '# Opcionales: subtítulos en español (.vtt) y capítulos (.json), en la misma carpeta. Quita el «#».',
      `# subtitulos: ${AUDIO_FOLDER}/${slug}.vtt`,
      `# capitulos: ${AUDIO_FOLDER}/${slug}.capitulos.json`,
      '# Si es un episodio: el «id» de su serie (content/series.yaml) y su número.',
      '# serie: id-de-la-serie',
      '# episodio: 1',
      '# Licencia con la que otras radios pueden retransmitirlo: CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0,',
      '# CC-BY-NC-SA-4.0 o CC0-1.0.',
      'licencia: CC-BY-4.0',
      '# Personas que hablan: bloques «- nombre: …» con «cargo» y «organismo» opcionales, o [] si ninguna.',
      'personas: []',
      '# Opcionales: de qué estado viene, la comisión cuyo trabajo cuenta y el organismo que lo hizo',
      '# («id» de content/estados.yaml, comisiones.yaml y organismos.yaml). Quita el «#» para usarlos.',
      '# estado: id-del-estado',
      '# comision: id-de-la-comision',
      '# organismo: id-del-organismo',
      ...lineFields(context),
    ],
    body: [
      `${TODO}: escribe aquí la transcripción completa: todo lo que se dice, en orden, y quién lo dice.`,
      'Quien no puede oír el audio lo lee aquí.',
    ].join('\n'),
    media: { template: 'audio.mp3', path: `${AUDIO_FOLDER}/${slug}.mp3`, what: 'el audio' },
    url: audioUrl(slug),
    steps: [
      `Reemplaza el audio provisional por el real, con el mismo nombre (public${AUDIO_FOLDER}/${slug}.mp3), y escribe su «duracion».`,
      'Escribe la transcripción completa debajo del frontmatter.',
    ],
  };
}

/** The audio file of an entry as schema.org's AudioObject. */
export function audioObject(audio: CollectionEntry<'audios'>, site: URL): JsonLd {
  const { data } = audio;
  return {
    '@type': 'AudioObject',
    name: data.titulo,
    contentUrl: absolute(data.archivo, site),
    encodingFormat: 'audio/mpeg',
    duration: isoDuration(data.duracion),
    inLanguage: 'es-MX',
    license: `https://spdx.org/licenses/${data.licencia}.html`,
    ...(data.subtitulos ? { caption: absolute(data.subtitulos, site) } : {}),
    embedUrl: absolute(audioEmbedUrl(audio.id), site),
  };
}

/** A spot as an AudioObject; an episode of a series as a PodcastEpisode of its PodcastSeries, with its audio. */
function audioJsonLd(catalog: Catalog, audio: CollectionEntry<'audios'>, image: string, site: URL): JsonLd {
  const { data } = audio;
  const url = absolute(audioUrl(audio.id), site);
  const media = audioObject(audio, site);
  const series = data.serie && catalog.series.find((item) => item.id === data.serie?.id);
  if (!series) {
    return {
      '@context': CONTEXT,
      ...media,
      ...common(data, url, image),
      uploadDate: data.fecha,
      publisher: publisher(site),
    };
  }
  return {
    '@context': CONTEXT,
    '@type': 'PodcastEpisode',
    ...common(data, url, image),
    ...(data.episodio ? { episodeNumber: data.episodio } : {}),
    duration: isoDuration(data.duracion),
    associatedMedia: media,
    partOfSeries: {
      '@type': 'PodcastSeries',
      name: series.data.titulo,
      url: absolute(seriesUrl(series.id), site),
      webFeed: absolute(seriesFeedUrl(series.id), site),
    },
    publisher: publisher(site),
  };
}

/** Spots and episodes made of real sentences, each with a real example file and its length, half in a series. */
function generate(count: number, { r, pool, date, updated, made }: synthetic.SyntheticContext) {
  return Array.from({ length: count }, (_, i) => {
    const topic = r.pick(synthetic.TOPICS);
    const id = `audio-${synthetic.pad(i + 1)}-${slugify(topic)}`;
    const fecha = date();
    const file = r.pick(pool.audios);
    const series = pool.series.length > 0 && r.chance(0.5) ? r.pick(pool.series) : undefined;
    const files = [
      `archivo: ${file.archivo}`,
      ...(file.subtitulos ? [`subtitulos: ${file.subtitulos}`] : []),
      ...(file.capitulos ? [`capitulos: ${file.capitulos}`] : []),
    ].join('\n');
    return {
      id,
      url: audioUrl(id),
      text: `---
titulo: ${synthetic.q(`${synthetic.capitalized(topic)}: ${r.pick(synthetic.OBJECTS)} (${i + 1})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
${updated(fecha)}tipo: ${series ? 'episodio' : 'spot'}
duracion: ${synthetic.q(file.duracion)}
${files}
${series ? `serie: ${series}\nepisodio: ${i + 1}\n` : ''}licencia: CC-BY-4.0
personas:
${synthetic.personYaml(r, pool, '  ')}
estado: ${r.pick(pool.estados)}
comision: ${r.pick(pool.comisiones)}
organismo: ${r.pick(pool.organismos)}
${synthetic.lineasYaml(r, made.planes ?? [], 0.1)}---

${synthetic.paragraphs(r, pool, r.int(1, 3))}
`,
    };
  });
}

/** Who won a call with `audio`: the call and the place, if a call's results name it. */
export const winnerOf = (catalog: Catalog, audio: CollectionEntry<'audios'>) => {
  for (const call of catalog.convocatorias) {
    const winner = call.data.resultados?.ganadores.find((item) => item.obra.audio?.id === audio.id);
    if (winner) return { call, winner };
  }
  return undefined;
};

export const kind = {
  collection: 'audios',
  label: { one: 'type.audios', other: 'nav.audios' },
  url: (audio) => audioUrl(audio.id),
  embed: (audio) => audioEmbedUrl(audio.id),
  list: (page) => listPageUrl(AUDIOS_URL, page),
  listText: { title: 'audio.listTitle', intro: 'audio.listIntro', description: 'audio.listDescription' },
  feed: { description: 'feed.audios.description' },
  searchType: 'search.type.audios',
  facets: ({ data }) => ({
    ...noFacets,
    estados: ids([data.estado]),
    comisiones: ids([data.comision]),
    organismos: ids([data.organismo, ...data.personas.map((item) => item.organismo)]),
  }),
  years: ({ data }) => [yearOf(data.fecha)],
  dataset: {
    id: 'audios',
    title: 'Audios',
    description: 'Los spots de radio y episodios de pódcast publicados: una fila por audio.',
    columns: [
      column.texto('tipo', 'spot o episodio.', (a) => a.data.tipo),
      column.entero('duracion', 'Duración en segundos.', (a) => a.data.duracion),
      column.url('audio', 'Dirección del archivo MP3.', (a) => absoluteUrl(a.data.archivo)),
      column.url('opus', 'Dirección del mismo audio en Opus, si lo hay.', (a) => fileUrl(a.data.opus)),
      column.url('subtitulos', 'Dirección de los subtítulos en español (WebVTT), si los hay.', (a) =>
        fileUrl(a.data.subtitulos),
      ),
      column.url('capitulos', 'Dirección de sus capítulos (JSON de Podcasting 2.0), si los tiene.', (a) =>
        fileUrl(a.data.capitulos),
      ),
      column.texto('serie', 'Identificador de su serie de pódcast, si pertenece a una.', (a) => refId(a.data.serie)),
      column.entero('episodio', 'Su número en la serie.', (a) => optional(a.data.episodio)),
      column.texto('licencia', 'Licencia de uso (identificador SPDX), p. ej. CC-BY-4.0.', (a) => a.data.licencia),
      column.texto(
        'convocatoria',
        'Identificador de la convocatoria que ganó, si ganó una (ver el conjunto «convocatorias»).',
        (a, catalog) => winnerOf(catalog, a)?.call.id ?? null,
      ),
      column.lista('personas', 'Nombres de las personas que hablan.', (a) => a.data.personas.map((p) => p.nombre)),
      column.texto('estado', 'Identificador de la entidad de la que proviene (ver el conjunto «estados»).', (a) =>
        refId(a.data.estado),
      ),
      column.texto(
        'comision',
        'Identificador de la comisión cuyo trabajo cuenta (ver el conjunto «comisiones»).',
        (a) => refId(a.data.comision),
      ),
      column.texto(
        'organismo',
        'Identificador del organismo garante que lo produjo (ver el conjunto «organismos»).',
        (a) => refId(a.data.organismo),
      ),
    ],
  },
  scaffold: {
    word: 'audio',
    aliases: ['audios', 'spot', 'episodio'],
    format: 'md',
    description: 'spot de radio o episodio de pódcast, con su transcripción',
    draft,
  },
  jsonLd: { type: 'AudioObject', build: audioJsonLd },
  card: { drawn: AUDIOS_CARD_URL, title: 'share.audiosCardTitle', alt: 'share.audiosCardAlt' },
  transcript: { minWords: TRANSCRIPT_MIN_WORDS },
  bench: { share: 0.03, needs: ['planes'], generate },
} satisfies EntryKind<'audios'>;
