/** The 32 federal entities: each a hub of what the SNT published about it, with its region and clocks. */
import { column } from '#/src/lib/datasets.ts';
import { z } from 'astro/zod';
import { STATES_URL, stateUrl } from '#/src/lib/urls.ts';
import { expected, hubSchema, matching, ref, text, timeZone, type Reference } from './fields.ts';
import type { HubKind } from './types.ts';

/** What content/estados.yaml holds for each state. */
export const schema = (reference: Reference) =>
  hubSchema({
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

export const kind = {
  collection: 'estados',
  fileComment: [
    'Las 32 entidades federativas. «id» es el slug de su página: /estados/<id>/.',
    '«region» decide a qué región del SNT pertenece cada entidad (Lineamientos del SNT, art. 15).',
    '«zonasHorarias»: sus zonas de la base de datos IANA (zone1970.tab), la principal primero; un evento',
    'toma la principal de su entidad salvo que indique otra.',
  ],
  label: { other: 'nav.estados' },
  list: STATES_URL,
  listText: { title: 'states.title', intro: 'states.intro', description: 'states.description' },
  url: stateUrl,
  name: (state) => state.data.nombre,
  shortName: (state) => state.data.nombre,
  filter: 'estado',
  dataset: {
    id: 'estados',
    title: 'Entidades federativas',
    description: 'Las 32 entidades federativas y la región del SNT a la que pertenece cada una.',
    of: 'de la entidad',
    columns: [
      column.texto('nombre', 'Nombre de la entidad.', (s) => s.data.nombre),
      column.texto('claveInegi', 'Clave INEGI de dos dígitos, p. ej. «08».', (s) => s.data.claveInegi),
      column.texto(
        'region',
        'Identificador de la región del SNT (ver el conjunto «regiones»).',
        (s) => s.data.region.id,
      ),
      column.lista(
        'zonasHorarias',
        'Sus zonas horarias de la base IANA, la principal primero.',
        (s) => s.data.zonasHorarias,
      ),
    ],
  },
} satisfies HubKind<'estados'>;
