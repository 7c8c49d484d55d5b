/**
 * Events: forums, conferences, congresses, workshops and conversatorios, with their times on the clocks of
 * their place, how to attend, the accessibility they offer and, afterwards, their recording.
 */
import type { CollectionEntry } from 'astro:content';
import { z } from 'astro/zod';
import { eventsInOrder, eventTimes, eventZone } from '#/src/lib/agenda.ts';
import { BUILD_TIME } from '#/src/lib/buildTime.ts';
import { ids, type Catalog } from '#/src/lib/catalog.ts';
import { optional, refId, refIds, column } from '#/src/lib/datasets.ts';
import { absolute, common, CONTEXT, type JsonLd } from '#/src/lib/jsonLd.ts';
import {
  monthAfter,
  ORGANISERS_FIELDS,
  quoted,
  TODO,
  type Draft,
  type ScaffoldContext,
  lineFields,
} from '#/src/lib/scaffolds.ts';
import { EVENTS_CARD_URL, EVENTS_URL, eventUrl, listPageUrl } from '#/src/lib/urls.ts';
import { isoInZone } from '#/src/lib/zonedTime.ts';
import { noFacets } from './collections.ts';
import {
  baseEntry,
  choice,
  expected,
  httpsUrl,
  lineEvidences,
  localDateTime,
  localTimeAfter,
  organisers,
  ref,
  states,
  text,
  timeZone,
  type Reference,
} from './fields.ts';
import { organisersJsonLd } from './guarantors.ts';
import * as synthetic from './synthetic.ts';
import { slugify } from '#/src/lib/slugs.ts';
import type { EntryKind } from './types.ts';

const JSON_LD_TYPE = 'Event';

/** Kinds of event, with the name the browser editor offers and the site shows. */
export const EVENT_TYPES = {
  foro: 'Foro',
  conferencia: 'Conferencia',
  congreso: 'Congreso',
  taller: 'Taller',
  conversatorio: 'Conversatorio',
  otro: 'Otro tipo de evento',
} as const;

/** How one attends, with its name. */
export const MODALITIES = { presencial: 'Presencial', virtual: 'Virtual', hibrida: 'Híbrida' } as const;

/** What an event may offer so that everyone can take part, with its name. */
export const ACCESSIBILITY = {
  'lengua-de-senas': 'Interpretación en Lengua de Señas Mexicana',
  subtitulos: 'Subtítulos en vivo',
  rampas: 'Acceso sin escalones',
  'materiales-accesibles': 'Materiales en formatos accesibles',
  'lenguas-indigenas': 'Interpretación a lenguas indígenas',
} as const;
type Accessibility = keyof typeof ACCESSIBILITY;

/** The frontmatter of an event: its kind, its times and place, who organises it and what it offers. */
export const schema = (reference: Reference) =>
  baseEntry('eventos', reference)
    .extend({
      /** Kind of event. */
      tipo: choice(EVENT_TYPES, 'el tipo de evento').meta({ title: 'Tipo de evento' }),
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
      modalidad: choice(MODALITIES, 'presencial, virtual o hibrida').meta({ title: 'Modalidad' }),
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
      estados: states(reference).meta({ title: 'Entidades', description: 'La primera decide su zona horaria.' }),
      /** Who organises it. */
      organizadores: organisers(reference),
      /** Accessibility it offers. */
      accesibilidad: z
        .array(z.enum(Object.keys(ACCESSIBILITY) as [Accessibility, ...Accessibility[]]), expected('una lista'))
        .default([])
        .meta({ title: 'Accesibilidad', optionLabels: { ...ACCESSIBILITY } }),
      /** The capsule with its recording, once it exists. */
      grabacion: ref('capsulas', reference)
        .meta({ title: 'Grabación', description: 'La cápsula con la grabación, cuando exista.' })
        .optional(),
      /** Plan líneas it is evidence of. */
      lineas: lineEvidences(reference),
    })
    .strict()
    .superRefine((event, ctx) => {
      if (!localTimeAfter(event.fin, event.inicio)) {
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
    });

/** An event: a month from today, in person in the first state of the list, with its times on that state's clocks. */
function draft(context: ScaffoldContext): Draft {
  const { slug, today, firstId } = context;
  const day = monthAfter(today);
  const estado = firstId('estados');
  return {
    slug,
    fields: [
      '# Tipo: foro, conferencia, congreso, taller, conversatorio u otro.',
      'tipo: foro',
      '# Cuándo empieza, con la hora del lugar (AAAA-MM-DD HH:MM). Se puso dentro de un mes; cámbialo.',
      `inicio: "${day} 10:00"`,
      '# Cuándo termina, igual que «inicio».',
      `fin: "${day} 14:00"`,
      '# Modalidad: presencial, virtual o hibrida. Presencial e híbrido llevan «sede»; virtual e híbrido, «enlace».',
      'modalidad: presencial',
      '# Lugar y dirección.',
      `sede: ${quoted(`${TODO}: lugar y dirección`)}`,
      '# Ciudad y entidad, p. ej. «Ciudad Juárez, Chihuahua».',
      `ciudad: ${quoted(`${TODO}: ciudad, estado`)}`,
      '# Opcional: dirección para seguirlo en línea y para inscribirse (https://…). Quita el «#» para usarlas.',
      '# enlace: https://…',
      '# registro: https://…',
      `# Entidades: «id» de content/estados.yaml. La primera decide la hora (se puso ${estado}; cámbiala).`,
      'estados:',
      `  - ${estado}`,
      '# Opcional: la zona horaria, solo si no es la principal de la entidad, p. ej. America/Ciudad_Juarez.',
      '# zonaHoraria: America/Mexico_City',
      ...ORGANISERS_FIELDS,
      '# Accesibilidad que ofrece: lengua-de-senas, subtitulos, rampas, materiales-accesibles, lenguas-indigenas.',
      'accesibilidad: []',
      '# Después del evento: «grabacion: id-de-la-capsula» con su grabación.',
      ...lineFields(context),
    ],
    body: [
      `${TODO}: escribe aquí de qué trata el evento, a quién está dirigido y qué se hará.`,
      '',
      '## Programa',
      '',
      `1. ${TODO}: primera actividad.`,
    ].join('\n'),
    url: eventUrl(slug),
    steps: [
      `Revisa «inicio», «fin» y «estados»: se puso un día dentro de un mes en ${estado}, solo para que la entrada funcione.`,
      'Si es virtual o híbrido, agrega «enlace»; si hay registro, «registro».',
    ],
  };
}

const ATTENDANCE = {
  presencial: 'https://schema.org/OfflineEventAttendanceMode',
  virtual: 'https://schema.org/OnlineEventAttendanceMode',
  hibrida: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** An event: its times with the offset of its place, how to attend, and its place or link. */
function eventJsonLd(catalog: Catalog, event: CollectionEntry<'eventos'>, image: string, site: URL): JsonLd {
  const { data } = event;
  const { start, end, zone } = eventTimes(catalog, event);
  const place = data.sede && {
    '@type': 'Place',
    name: data.sede,
    address: { '@type': 'PostalAddress', addressLocality: data.ciudad ?? data.sede, addressCountry: 'MX' },
  };
  const online = data.enlace && { '@type': 'VirtualLocation', url: data.enlace };
  return {
    '@context': CONTEXT,
    '@type': JSON_LD_TYPE,
    ...common(data, absolute(eventUrl(event.id), site), image),
    startDate: isoInZone(start, zone),
    endDate: isoInZone(end, zone),
    // A past event was not cancelled: schema.org has no status for «over».
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[data.modalidad],
    location: [place, online].filter(Boolean),
    organizer: organisersJsonLd(catalog, data.organizadores, site),
    ...(data.registro ? { offers: { '@type': 'Offer', url: data.registro, price: 0, priceCurrency: 'MXN' } } : {}),
  };
}

/** Events a week to two months after they are announced, mostly in person, some online, in a state's hours. */
function generate(count: number, { r, pool, date, made }: synthetic.SyntheticContext) {
  return Array.from({ length: count }, (_, i) => {
    const topic = r.pick(synthetic.TOPICS);
    const id = `evento-${synthetic.pad(i + 1)}-${slugify(topic)}`;
    const fecha = date();
    const day = synthetic.iso(new Date(fecha.getTime() + r.int(7, 60) * 86_400_000));
    const modalidad = r.pick(Object.keys(MODALITIES) as (keyof typeof MODALITIES)[]);
    const place =
      modalidad === 'virtual'
        ? ''
        : `sede: ${synthetic.q(`Auditorio del organismo garante (${i + 1})`)}\nciudad: ${synthetic.q('Ciudad de México')}\n`;
    const online = modalidad === 'presencial' ? '' : `enlace: https://example.org/eventos/${id}\n`;
    return {
      id,
      url: eventUrl(id),
      text: `---
titulo: ${synthetic.q(`${r.pick(Object.values(EVENT_TYPES).slice(0, 5))} sobre ${topic} (${i + 1})`)}
resumen: ${synthetic.q(synthetic.paragraph(r, pool, 1))}
fecha: ${synthetic.iso(fecha)}
tipo: ${r.pick(Object.keys(EVENT_TYPES))}
inicio: "${day} 10:00"
fin: "${day} ${r.pick(['12:00', '14:00', '18:00'])}"
modalidad: ${modalidad}
${place}${online}estados:
  - ${r.pick(pool.estados)}
organizadores:
  organismos:
    - ${r.pick(pool.organismos)}
  comisiones:
    - ${r.pick(pool.comisiones)}
accesibilidad:
  - ${r.pick(Object.keys(ACCESSIBILITY))}
${synthetic.lineasYaml(r, made.planes ?? [], 0.5)}---

${synthetic.paragraph(r, pool, r.int(2, 4))}

## Programa

${Array.from({ length: r.int(2, 5) }, (_, n) => `${n + 1}. ${synthetic.capitalized(r.pick(synthetic.OBJECTS))}.`).join('\n')}
`,
    };
  });
}

export const kind = {
  collection: 'eventos',
  label: { one: 'type.eventos', other: 'nav.eventos' },
  url: (event) => eventUrl(event.id),
  list: (page) => listPageUrl(EVENTS_URL, page),
  listText: { title: 'event.listTitle', intro: 'event.listIntro', description: 'event.listDescription' },
  feed: { description: 'feed.eventos.description' },
  searchType: 'search.type.eventos',
  facets: ({ data }) => ({
    ...noFacets,
    estados: ids(data.estados),
    comisiones: ids(data.organizadores.comisiones),
    organismos: ids(data.organizadores.organismos),
  }),
  when: ({ data }) => data.inicio.slice(0, 10),
  years: ({ data }) => [Number(data.inicio.slice(0, 4))],
  dataset: {
    id: 'eventos',
    title: 'Eventos',
    description:
      'Foros, conferencias, congresos, talleres y conversatorios publicados, con sus fechas en la hora del lugar: una fila por evento.',
    columns: [
      column.texto('tipo', 'foro, conferencia, congreso, taller, conversatorio u otro.', (e) => e.data.tipo),
      column.fechaHora('inicio', 'Cuándo empieza.', (e) => e.data.inicio.replace('T', ' ')),
      column.fechaHora('fin', 'Cuándo termina.', (e) => e.data.fin.replace('T', ' ')),
      column.texto('zonaHoraria', 'Zona horaria IANA de sus fechas, p. ej. America/Tijuana.', (e, catalog) =>
        eventZone(catalog, e),
      ),
      column.texto('modalidad', 'presencial, virtual o hibrida.', (e) => e.data.modalidad),
      column.texto('sede', 'Lugar y dirección.', (e) => optional(e.data.sede)),
      column.texto('ciudad', 'Ciudad de la sede.', (e) => optional(e.data.ciudad)),
      column.url('enlace', 'Dónde seguirlo en línea.', (e) => optional(e.data.enlace)),
      column.url('registro', 'Dónde inscribirse.', (e) => optional(e.data.registro)),
      column.lista('estados', 'Identificadores de sus entidades (ver el conjunto «estados»).', (e) =>
        refIds(e.data.estados),
      ),
      column.lista('organismos', 'Identificadores de los organismos garantes que lo organizan.', (e) =>
        refIds(e.data.organizadores.organismos),
      ),
      column.lista('comisiones', 'Identificadores de las comisiones del SNT que lo organizan.', (e) =>
        refIds(e.data.organizadores.comisiones),
      ),
      column.lista(
        'accesibilidad',
        'Lo que ofrece: lengua-de-senas, subtitulos, rampas, materiales-accesibles, lenguas-indigenas.',
        (e) => e.data.accesibilidad,
      ),
      column.texto('grabacion', 'Identificador de la cápsula con su grabación (ver el conjunto «capsulas»).', (e) =>
        refId(e.data.grabacion),
      ),
      column.lista(
        'lineas',
        'Líneas de acción que cumple, como «plan 2.3» (ver el conjunto «lineas-de-accion»).',
        (e) => e.data.lineas.map(({ plan, linea }) => `${plan.id} ${linea}`),
      ),
    ],
  },
  scaffold: {
    word: 'evento',
    aliases: ['eventos'],
    format: 'md',
    description: 'foro, conferencia, congreso, taller o conversatorio',
    draft,
  },
  jsonLd: { type: JSON_LD_TYPE, build: eventJsonLd },
  order: (events, catalog) => eventsInOrder(catalog, events, BUILD_TIME),
  card: { drawn: EVENTS_CARD_URL, title: 'share.eventsCardTitle', alt: 'share.eventsCardAlt' },
  bench: { share: 0.02, needs: ['planes'], generate },
} satisfies EntryKind<'eventos'>;
