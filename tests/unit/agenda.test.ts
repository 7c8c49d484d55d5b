import { expect, test } from 'vitest';
import {
  agendaFacts,
  callGroups,
  callsInOrder,
  callStatus,
  describeRange,
  describeZone,
  eventGroups,
  eventStatus,
  eventsInOrder,
  eventTimes,
  eventZone,
  type Call,
  type Event,
} from '#/src/lib/agenda.ts';
import type { Catalog } from '#/src/lib/catalog.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

const state = (id: string, zonasHorarias: string[]) => ({
  collection: 'estados',
  id,
  data: { nombre: id, zonasHorarias },
});

const catalog = {
  estados: [
    state('baja-california', ['America/Tijuana']),
    state('ciudad-de-mexico', ['America/Mexico_City']),
    state('quintana-roo', ['America/Cancun']),
    state('sonora', ['America/Hermosillo']),
    state('chihuahua', ['America/Chihuahua', 'America/Ciudad_Juarez', 'America/Ojinaga']),
  ],
} as unknown as Catalog;

const event = (id: string, inicio: string, fin: string, estados: string[], zonaHoraria?: string) =>
  ({
    collection: 'eventos',
    id,
    data: { inicio, fin, zonaHoraria, estados: estados.map((estado) => ref('estados', estado)) },
  }) as unknown as Event;

const call = (id: string, apertura: string, cierre: string, zonaHoraria: string, resultados?: unknown[]) =>
  ({ collection: 'convocatorias', id, data: { apertura, cierre, zonaHoraria, resultados } }) as unknown as Call;

test.each([
  ['baja-california', 'America/Tijuana', '2027-01-20T18:00:00Z'],
  ['ciudad-de-mexico', 'America/Mexico_City', '2027-01-20T16:00:00Z'],
  ['quintana-roo', 'America/Cancun', '2027-01-20T15:00:00Z'],
  ['sonora', 'America/Hermosillo', '2027-01-20T17:00:00Z'],
  ['chihuahua', 'America/Chihuahua', '2027-01-20T16:00:00Z'],
])('an event in %s at 10:00 takes the state’s zone (%s) and starts at %s', (estado, zone, instant) => {
  const foro = event('foro', '2027-01-20 10:00', '2027-01-20 12:00', [estado]);
  expect(eventZone(catalog, foro)).toBe(zone);
  expect(eventTimes(catalog, foro).start.toISOString()).toBe(new Date(instant).toISOString());
});

test('an event that names its zone keeps it, and one with no state is on central time', () => {
  const juarez = event('juarez', '2026-07-15 10:00', '2026-07-15 12:00', ['chihuahua'], 'America/Ciudad_Juarez');
  expect(eventTimes(catalog, juarez).start.toISOString()).toBe('2026-07-15T16:00:00.000Z');
  const virtual = event('virtual', '2026-07-15 10:00', '2026-07-15 12:00', []);
  expect(eventZone(catalog, virtual)).toBe('America/Mexico_City');
});

test('the same 10:00 to 12:00 in Tijuana and in Mexico City is próximo, en curso or concluido at different instants', () => {
  const tijuana = eventTimes(catalog, event('tj', '2027-01-20 10:00', '2027-01-20 12:00', ['baja-california']));
  const cdmx = eventTimes(catalog, event('mx', '2027-01-20 10:00', '2027-01-20 12:00', ['ciudad-de-mexico']));
  const at = (iso: string) => new Date(iso);
  // 16:30 UTC: 10:30 in Mexico City, 08:30 in Tijuana.
  expect(eventStatus(cdmx, at('2027-01-20T16:30:00Z'))).toBe('en-curso');
  expect(eventStatus(tijuana, at('2027-01-20T16:30:00Z'))).toBe('proximo');
  // 18:30 UTC: 12:30 in Mexico City, 10:30 in Tijuana.
  expect(eventStatus(cdmx, at('2027-01-20T18:30:00Z'))).toBe('concluido');
  expect(eventStatus(tijuana, at('2027-01-20T18:30:00Z'))).toBe('en-curso');
  // The end itself is already over.
  expect(eventStatus(tijuana, at('2027-01-20T20:00:00Z'))).toBe('concluido');
});

test('a call is próxima, abierta, cerrada or con resultados as the build moves past its dates', () => {
  const contest = call('c', '2027-02-01 09:00', '2027-03-31 18:00', 'America/Mexico_City');
  const judged = call('c', '2027-02-01 09:00', '2027-03-31 18:00', 'America/Mexico_City', [{ categoria: 'Ensayo' }]);
  expect(callStatus(contest, new Date('2027-02-01T14:59:00Z'))).toBe('proxima');
  expect(callStatus(contest, new Date('2027-02-01T15:00:00Z'))).toBe('abierta');
  // 18:00 in Mexico City is midnight UTC: one minute before, the call is still open.
  expect(callStatus(contest, new Date('2027-03-31T23:59:00Z'))).toBe('abierta');
  expect(callStatus(contest, new Date('2027-04-01T00:00:00Z'))).toBe('cerrada');
  expect(callStatus(judged, new Date('2027-04-01T00:00:00Z'))).toBe('con-resultados');
});

test('/eventos/ lists what is ahead soonest first, then the past latest first, grouped by year', () => {
  const now = new Date('2027-01-20T16:30:00Z');
  const events = [
    event('pasado-2025', '2025-11-10 10:00', '2025-11-10 12:00', ['sonora']),
    event('manana', '2027-01-21 10:00', '2027-01-21 12:00', ['ciudad-de-mexico']),
    event('en-curso', '2027-01-20 10:00', '2027-01-20 12:00', ['ciudad-de-mexico']),
    event('pasado-2026', '2026-06-01 10:00', '2026-06-01 12:00', ['quintana-roo']),
    event('ayer', '2027-01-19 10:00', '2027-01-19 12:00', ['baja-california']),
  ];
  const ordered = eventsInOrder(catalog, events, now);
  expect(ordered.map((item) => item.id)).toEqual(['en-curso', 'manana', 'ayer', 'pasado-2026', 'pasado-2025']);
  expect(eventGroups(catalog, ordered, now).map(({ id, entries }) => [id, entries.map((item) => item.id)])).toEqual([
    ['proximos', ['en-curso', 'manana']],
    ['2027', ['ayer']],
    ['2026', ['pasado-2026']],
    ['2025', ['pasado-2025']],
  ]);
});

test('/convocatorias/ lists open calls closing soonest first, then those to open, then the closed', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const calls = [
    call('cerrada', '2026-01-01 09:00', '2026-02-01 18:00', 'America/Mexico_City'),
    call('abierta-tarde', '2027-02-01 09:00', '2027-05-01 18:00', 'America/Mexico_City'),
    call('por-abrir', '2027-04-01 09:00', '2027-06-01 18:00', 'America/Mexico_City'),
    call('abierta-pronto', '2027-02-01 09:00', '2027-03-10 18:00', 'America/Tijuana'),
    call('resuelta', '2026-05-01 09:00', '2026-08-01 18:00', 'America/Mexico_City', [{}]),
  ];
  const ordered = callsInOrder(calls, now);
  expect(ordered.map((item) => item.id)).toEqual([
    'abierta-pronto',
    'abierta-tarde',
    'por-abrir',
    'resuelta',
    'cerrada',
  ]);
  expect(callGroups(ordered, now).map(({ id }) => id)).toEqual(['abiertas', 'proximas', 'cerradas']);
});

test('pages and cards say the dates plainly, on the event’s own clocks', () => {
  const tijuana = eventTimes(catalog, event('tj', '2027-01-20 10:00', '2027-01-21 13:30', ['baja-california']));
  expect(describeRange(tijuana.start, tijuana.end, tijuana.zone)).toMatch(
    /20 de enero de 2027.*10:00.*21 de enero.*13:30/,
  );
  expect(describeZone(tijuana.start, tijuana.zone)).toMatch(/UTC−8/);
  expect(describeZone(new Date('2026-07-15T17:00:00Z'), 'America/Tijuana')).toMatch(/UTC−7/);
  const facts = agendaFacts(
    catalog,
    call('c', '2027-02-01 09:00', '2027-03-31 18:00', 'America/Mexico_City'),
    new Date('2027-03-01T12:00:00Z'),
  );
  expect(facts).toEqual({
    status: expect.stringMatching(/abierta/i),
    when: expect.stringMatching(/31 de marzo de 2027, 18:00/),
  });
});

test('an event in the hour Ciudad Juárez repeats is at the instant its offset names, and its page says which', () => {
  const night = eventTimes(
    catalog,
    event('noche', '2026-11-01 00:30', '2026-11-01 01:30-07:00', ['chihuahua'], 'America/Ciudad_Juarez'),
  );
  expect(night.end.toISOString()).toBe('2026-11-01T08:30:00.000Z');
  // Two hours on the clocks that read 00:30 and 01:30: the second 01:30 says its offset.
  expect(describeRange(night.start, night.end, night.zone)).toMatch(/de 00:30 a 01:30 \(UTC−7\)/);
  const first = eventTimes(
    catalog,
    event('antes', '2026-11-01 01:30-06:00', '2026-11-01 03:00', ['chihuahua'], 'America/Ciudad_Juarez'),
  );
  expect(describeRange(first.start, first.end, first.zone)).toMatch(/de 01:30 \(UTC−6\) a 03:00/);
});
