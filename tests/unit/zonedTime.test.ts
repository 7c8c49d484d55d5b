import { expect, test } from 'vitest';
import { localTimeAfter, localDateTime } from '#/src/kinds/fields.ts';
import { isoInZone, wallReadings, wallTimeProblem, zonedInstant } from '#/src/lib/zonedTime.ts';

const JUAREZ = 'America/Ciudad_Juarez';

test.each([
  // Clocks jump from 02:00 to 03:00 on 8 March 2026 in Ciudad Juárez (US rules since 2022).
  ['America/Ciudad_Juarez', '2026-03-08 02:30', '2026-03-08 01:59', '2026-03-08 03:00'],
  ['America/Ciudad_Juarez', '2026-03-08 02:00', '2026-03-08 01:59', '2026-03-08 03:00'],
  ['America/Tijuana', '2026-03-08T02:59', '2026-03-08 01:59', '2026-03-08 03:00'],
  ['Europe/Madrid', '2026-03-29 02:15', '2026-03-29 01:59', '2026-03-29 03:00'],
  // Lord Howe moves by half an hour: only 02:00–02:29 is missing.
  ['Australia/Lord_Howe', '2026-10-04 02:15', '2026-10-04 01:59', '2026-10-04 02:30'],
])(
  'in %s, %s falls in the gap: the last valid minute before is %s and the first after %s',
  (zone, local, before, after) => {
    expect(wallReadings(local, zone)).toEqual([]);
    const problem = wallTimeProblem(local, zone);
    expect(problem?.found).toContain(`no existe en ${zone}`);
    expect(problem?.fix).toContain(`«${before}»`);
    expect(problem?.fix).toContain(`«${after}»`);
  },
);

test.each([
  ['America/Ciudad_Juarez', '2026-03-08 01:59'],
  ['America/Ciudad_Juarez', '2026-03-08 03:00'],
  ['America/Ciudad_Juarez', '2026-11-01 00:59'],
  ['America/Ciudad_Juarez', '2026-11-01 02:00'],
  // Mexico City has had no daylight saving time since 2022.
  ['America/Mexico_City', '2026-04-05 02:30'],
  ['America/Mexico_City', '2026-10-25 01:30'],
])('in %s, %s names exactly one instant and passes', (zone, local) => {
  expect(wallReadings(local, zone)).toHaveLength(1);
  expect(wallTimeProblem(local, zone)).toBeUndefined();
});

test('01:30 on 1 November 2026 happens twice in Ciudad Juárez, and without its offset it is refused', () => {
  expect(wallReadings('2026-11-01 01:30', JUAREZ).map((instant) => instant.toISOString())).toEqual([
    '2026-11-01T07:30:00.000Z',
    '2026-11-01T08:30:00.000Z',
  ]);
  const problem = wallTimeProblem('2026-11-01 01:30', JUAREZ);
  expect(problem?.found).toBe(
    'la hora «2026-11-01 01:30» ocurre dos veces en America/Ciudad_Juarez: ese día los relojes se atrasan y repiten esa hora',
  );
  expect(problem?.fix).toContain('«2026-11-01 01:30-06:00» la primera vez');
  expect(problem?.fix).toContain('«2026-11-01 01:30-07:00» la segunda');
});

test.each([
  ['2026-11-01 01:30-06:00', '2026-11-01T07:30:00.000Z', '2026-11-01T01:30:00-06:00'],
  ['2026-11-01T01:30-07:00', '2026-11-01T08:30:00.000Z', '2026-11-01T01:30:00-07:00'],
])('%s names the instant %s, shown back as %s', (local, instant, iso) => {
  expect(wallTimeProblem(local, JUAREZ)).toBeUndefined();
  expect(zonedInstant(local, JUAREZ).toISOString()).toBe(instant);
  expect(isoInZone(zonedInstant(local, JUAREZ), JUAREZ)).toBe(iso);
});

test('an offset the zone does not have at that time is refused, naming the ones it has', () => {
  expect(wallTimeProblem('2026-11-01 01:30-05:00', JUAREZ)?.found).toBe(
    'el desfase -05:00 no es el de America/Ciudad_Juarez a las 01:30 del 2026-11-01, que es -06:00 o -07:00',
  );
  expect(wallTimeProblem('2026-07-15 10:00-07:00', JUAREZ)?.found).toContain('que es -06:00');
  expect(wallTimeProblem('2026-07-15 10:00-06:00', JUAREZ)).toBeUndefined();
});

test('the field takes a time with or without its offset, and refuses other forms', () => {
  for (const written of ['2026-03-15 10:00', '2026-03-15T10:00', '2026-11-01 01:30-06:00', '2026-11-01 01:30+05:30']) {
    expect(localDateTime.safeParse(written).success).toBe(true);
  }
  for (const written of ['2026-03-15 10:00 -06:00', '2026-03-15 10:00Z', '2026-03-15 10:00-6', '2026-02-30 10:00']) {
    expect(localDateTime.safeParse(written).success).toBe(false);
  }
});

test.each([
  ['2026-03-15 12:00', '2026-03-15 10:00', true],
  ['2026-03-15 10:00', '2026-03-15 10:00', false],
  ['2026-03-15T09:00', '2026-03-15 10:00', false],
  // In the repeated hour, 01:15 the second time comes after 01:30 the first.
  ['2026-11-01 01:15-07:00', '2026-11-01 01:30-06:00', true],
  ['2026-11-01 01:30-06:00', '2026-11-01 01:15-07:00', false],
])('%s comes after %s: %s', (end, start, after) => {
  expect(localTimeAfter(end, start)).toBe(after);
});
