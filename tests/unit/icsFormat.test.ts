import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { calendarText, type CalendarEvent } from '#/src/lib/icsFormat.ts';

// ical.js is the independent reader: what it makes of the text is what a calendar application would.

const stamp = new Date('2026-05-01T12:00:00Z');

const calendar = (events: CalendarEvent[]) =>
  calendarText({ name: 'Eventos del SNT', productId: '-//SNT//Micrositio//ES', stamp, events });

const event = (timeZone: string, start: string, fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: `evento-${timeZone.toLowerCase().replace(/\W/g, '-')}-${start}@micrositio.snt.org.mx`,
  summary: 'Foro regional de transparencia',
  start: new Date(start),
  end: new Date(new Date(start).getTime() + 2 * 3_600_000),
  timeZone,
  ...fields,
});

/** The events of a calendar as ical.js reads them. */
const parsedEvents = (text: string) =>
  ICAL.Component.fromString(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));

/** Lines after unfolding (RFC 5545 §3.1), for checks on the text itself. */
const unfolded = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

test.each([
  // 10:00 local in July 2026 and January 2027: US DST in Tijuana, none in Mexico City since 2022.
  ['America/Tijuana', '2026-07-15T17:00:00Z', '20260715T100000'],
  ['America/Tijuana', '2027-01-15T18:00:00Z', '20270115T100000'],
  ['America/Mexico_City', '2026-07-15T16:00:00Z', '20260715T100000'],
  ['America/Mexico_City', '2027-01-15T16:00:00Z', '20270115T100000'],
  ['America/Cancun', '2026-07-15T15:00:00Z', '20260715T100000'],
  ['America/Cancun', '2027-01-15T15:00:00Z', '20270115T100000'],
  ['America/Hermosillo', '2026-07-15T17:00:00Z', '20260715T100000'],
  ['America/Hermosillo', '2027-01-15T17:00:00Z', '20270115T100000'],
  // The other border cities follow US DST too; the rest of the north and the southeast stay fixed.
  ['America/Ciudad_Juarez', '2026-07-15T16:00:00Z', '20260715T100000'],
  ['America/Ciudad_Juarez', '2027-01-15T17:00:00Z', '20270115T100000'],
  ['America/Matamoros', '2026-07-15T15:00:00Z', '20260715T100000'],
  ['America/Matamoros', '2027-01-15T16:00:00Z', '20270115T100000'],
  ['America/Ojinaga', '2026-07-15T15:00:00Z', '20260715T100000'],
  ['America/Ojinaga', '2027-01-15T16:00:00Z', '20270115T100000'],
  ['America/Mazatlan', '2026-07-15T17:00:00Z', '20260715T100000'],
  ['America/Chihuahua', '2026-07-15T16:00:00Z', '20260715T100000'],
  ['America/Merida', '2026-07-15T16:00:00Z', '20260715T100000'],
  ['America/Monterrey', '2026-07-15T16:00:00Z', '20260715T100000'],
  ['America/Bahia_Banderas', '2026-07-15T16:00:00Z', '20260715T100000'],
  // Mexico City still had DST in 2022: the zone's own history, not today's rule, decides.
  ['America/Mexico_City', '2022-07-15T15:00:00Z', '20220715T100000'],
  ['America/Mexico_City', '2022-12-15T16:00:00Z', '20221215T100000'],
])('%s: %s is written as %s local and ical.js reads it back', (timeZone, instant, local) => {
  const text = calendar([event(timeZone, instant)]);
  expect(unfolded(text)).toContain(`DTSTART;TZID=${timeZone}:${local}`);
  const [parsed] = parsedEvents(text);
  // The zone resolved from the calendar's own VTIMEZONE, not read as floating time.
  expect(parsed?.startDate.zone.tzid).toBe(timeZone);
  expect(parsed?.startDate.toJSDate().toISOString()).toBe(new Date(instant).toISOString());
  expect(parsed?.endDate.toJSDate().getTime()).toBe(new Date(instant).getTime() + 2 * 3_600_000);
});

test('Tijuana times on either side of the 2026 DST changes convert to the right instants', () => {
  const instants = [
    '2026-03-08T09:30:00Z', // 01:30 PST
    '2026-03-08T10:30:00Z', // 03:30 PDT
    '2026-11-01T07:00:00Z', // 00:00 PDT
    '2026-11-01T12:00:00Z', // 04:00 PST
  ];
  const text = calendar(instants.map((instant) => event('America/Tijuana', instant)));
  expect(unfolded(text)).toEqual(
    expect.arrayContaining([
      'DTSTART;TZID=America/Tijuana:20260308T013000',
      'DTSTART;TZID=America/Tijuana:20260308T033000',
      'DTSTART;TZID=America/Tijuana:20261101T000000',
      'DTSTART;TZID=America/Tijuana:20261101T040000',
    ]),
  );
  expect(parsedEvents(text).map((parsed) => parsed.startDate.toJSDate().toISOString())).toEqual(
    instants.map((instant) => new Date(instant).toISOString()),
  );
});

test('in the hour Ciudad Juárez repeats, both 01:30 are written in UTC and read back as themselves', () => {
  // A repeated local time with TZID is the first occurrence for RFC 5545 §3.3.5, the second for ical.js.
  const instants = ['2026-11-01T07:30:00Z', '2026-11-01T08:30:00Z'];
  const text = calendar(instants.map((instant) => event('America/Ciudad_Juarez', instant)));
  expect(unfolded(text)).toEqual(expect.arrayContaining(['DTSTART:20261101T073000Z', 'DTSTART:20261101T083000Z']));
  expect(parsedEvents(text).map((parsed) => parsed.startDate.toJSDate().toISOString())).toEqual(
    instants.map((instant) => new Date(instant).toISOString()),
  );
});

test("a zone whose only change falls within the events' year is covered from the span's start", () => {
  // Venezuela went from −04:30 to −04:00 on 1 May 2016, after years without a change.
  const instants = ['2016-03-15T14:30:00Z', '2016-06-15T14:00:00Z'];
  const text = calendar(instants.map((instant) => event('America/Caracas', instant)));
  expect(unfolded(text)).toEqual(
    expect.arrayContaining([
      'DTSTART;TZID=America/Caracas:20160315T100000',
      'DTSTART;TZID=America/Caracas:20160615T100000',
      'TZOFFSETTO:-0430',
    ]),
  );
  expect(parsedEvents(text).map((parsed) => parsed.startDate.toJSDate().toISOString())).toEqual(
    instants.map((instant) => new Date(instant).toISOString()),
  );
});

test('text with commas, semicolons, backslashes, accents, ñ and a line break survives ical.js', () => {
  const summary = 'Foro «Transparencia, rendición de cuentas»; sede: C:\\Año\\niñez';
  const description = 'Día 1: acceso a la información, archivos; protección de datos.\nDía 2: ¿Qué sigue? \\o/';
  const text = calendar([event('America/Mexico_City', '2026-07-15T16:00:00Z', { summary, description })]);
  expect(unfolded(text)).toContain('SUMMARY:Foro «Transparencia\\, rendición de cuentas»\\; sede: C:\\\\Año\\\\niñez');
  const [parsed] = parsedEvents(text);
  expect(parsed?.summary).toBe(summary);
  expect(parsed?.description).toBe(description);
});

test('lines end with CRLF, fold at 75 octets and never split a character', () => {
  const description = 'Año de la niñez — ¿qué sigue después? 📅 Información pública en español. '.repeat(12);
  const location = 'Auditorio «Jaime Torres Bodet», Museo Nacional de Antropología, Ciudad de México, CDMX';
  const text = calendar([event('America/Mexico_City', '2026-07-15T16:00:00Z', { description, location })]);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  for (let start = 0, index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
      lines.push(bytes.subarray(start, index));
      start = index + 2;
    }
  }
  expect(lines.length).toBeGreaterThan(30);
  // A fatal decoder throws on a line that starts or ends inside a character.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of lines) {
    expect(line.length).toBeLessThanOrEqual(75);
    expect(() => decoder.decode(line)).not.toThrow();
  }
  expect(text).toContain('\r\n ');
  const [parsed] = parsedEvents(text);
  expect(parsed?.description).toBe(description);
  expect(parsed?.location).toBe(location);
});

test('the calendar carries UID, DTSTAMP, METHOD and PRODID, and the same input gives the same bytes', () => {
  const events = [
    event('America/Tijuana', '2026-07-15T17:00:00Z', { uid: 'evento-b@micrositio.snt.org.mx' }),
    event('America/Mexico_City', '2026-07-15T16:00:00Z', { uid: 'evento-a@micrositio.snt.org.mx' }),
  ];
  const text = calendar(events);
  const lines = unfolded(text);
  expect(lines.slice(0, 6)).toEqual([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SNT//Micrositio//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Eventos del SNT',
  ]);
  expect(lines).toContain('UID:evento-b@micrositio.snt.org.mx');
  expect(lines.filter((line) => line === 'DTSTAMP:20260501T120000Z')).toHaveLength(2);
  // The caller's order stays.
  expect(parsedEvents(text).map((parsed) => parsed.uid)).toEqual([
    'evento-b@micrositio.snt.org.mx',
    'evento-a@micrositio.snt.org.mx',
  ]);
  expect(parsedEvents(text)[0]?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-05-01T12:00:00Z');
  // Two zones: no calendar-wide X-WR-TIMEZONE.
  expect(text).not.toContain('X-WR-TIMEZONE');
  expect(calendar(structuredClone(events))).toBe(text);
  expect(calendarText({ name: 'Eventos del SNT', productId: '-//SNT//Micrositio//ES', stamp, events })).toBe(text);
});

test('X-WR-TIMEZONE names the zone when every event shares it', () => {
  const text = calendar([
    event('America/Tijuana', '2026-07-15T17:00:00Z'),
    event('America/Tijuana', '2026-08-15T17:00:00Z'),
  ]);
  expect(unfolded(text)).toContain('X-WR-TIMEZONE:America/Tijuana');
});

test('a deadline without end has no DTEND, and ical.js reads it as a moment', () => {
  const deadline = {
    uid: 'cierre-convocatoria-2026@micrositio.snt.org.mx',
    summary: 'Cierre de la convocatoria',
    start: new Date('2026-09-30T05:59:00Z'),
    timeZone: 'America/Mexico_City',
  };
  const text = calendar([deadline]);
  expect(text).not.toContain('DTEND');
  expect(unfolded(text)).toContain('DTSTART;TZID=America/Mexico_City:20260929T235900');
  const [parsed] = parsedEvents(text);
  expect(parsed?.component.hasProperty('dtend')).toBe(false);
  expect(parsed?.startDate.toJSDate().toISOString()).toBe('2026-09-30T05:59:00.000Z');
  expect(parsed?.endDate.toJSDate().toISOString()).toBe('2026-09-30T05:59:00.000Z');
});

test('location, url, status and last-modified are written when given', () => {
  const text = calendar([
    event('America/Cancun', '2026-07-15T15:00:00Z', {
      location: 'Cancún, Quintana Roo',
      url: 'https://micrositio.snt.org.mx/eventos/foro-2026/',
      status: 'CANCELLED',
      lastModified: new Date('2026-04-20T18:30:00Z'),
    }),
  ]);
  const lines = unfolded(text);
  expect(lines).toContain('URL:https://micrositio.snt.org.mx/eventos/foro-2026/');
  expect(lines).toContain('STATUS:CANCELLED');
  expect(lines).toContain('LAST-MODIFIED:20260420T183000Z');
  const [parsed] = parsedEvents(text);
  expect(parsed?.location).toBe('Cancún, Quintana Roo');
  expect(parsed?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  expect(parsed?.component.getFirstPropertyValue('url')).toBe('https://micrositio.snt.org.mx/eventos/foro-2026/');
});

test('an unknown time zone throws a Spanish error that names it', () => {
  expect(() => calendar([event('America/Atlantida', '2026-07-15T16:00:00Z')])).toThrow(
    'La zona horaria «America/Atlantida» no existe: usa un nombre de la base IANA, p. ej. America/Mexico_City.',
  );
  // Intl takes a bare offset, but it is no IANA zone.
  expect(() => calendar([event('-06:00', '2026-07-15T16:00:00Z')])).toThrow('La zona horaria «-06:00» no existe');
});

test('each distinct zone gets exactly one valid VTIMEZONE, in order of first use', () => {
  const text = calendar([
    event('America/Tijuana', '2026-07-15T17:00:00Z'),
    event('America/Mexico_City', '2026-07-15T16:00:00Z'),
    event('America/Tijuana', '2027-01-15T18:00:00Z'),
    event('America/Cancun', '2026-07-15T15:00:00Z'),
  ]);
  const zones = ICAL.Component.fromString(text).getAllSubcomponents('vtimezone');
  expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
    'America/Tijuana',
    'America/Mexico_City',
    'America/Cancun',
  ]);
  for (const zone of zones) {
    const observances = zone.getAllSubcomponents();
    expect(observances.length).toBeGreaterThan(0);
    for (const observance of observances) {
      expect(['standard', 'daylight']).toContain(observance.name);
      for (const property of ['dtstart', 'tzoffsetfrom', 'tzoffsetto']) {
        expect(observance.hasProperty(property)).toBe(true);
      }
    }
  }
  const [tijuana, mexicoCity] = zones;
  // US DST in Tijuana from 2025 (the year before the first event) to 2027: two changes a year.
  expect(tijuana?.getAllSubcomponents('daylight')).toHaveLength(3);
  expect(tijuana?.getAllSubcomponents('standard')).toHaveLength(3);
  // Mexico City has had no change since 2022: one STANDARD with its constant offset.
  expect(mexicoCity?.getAllSubcomponents().map((observance) => observance.toString())).toEqual([
    [
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:-0600',
      'TZOFFSETTO:-0600',
      'TZNAME:CST',
      'END:STANDARD',
    ].join('\r\n'),
  ]);
});
