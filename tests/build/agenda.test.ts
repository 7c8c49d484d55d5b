import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'node-html-parser';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { zonedInstant } from '#/src/lib/zonedTime.ts';
import { describe, expect, test } from 'vitest';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs. The example entries' status moves with the calendar,
// so what depends on «now» is computed from their dates, never written here.

const html = (path: string) => parseHtml(readFileSync(`dist${path}index.html`, 'utf8'));
const data = <T>(name: string): T[] => dataEntries(readFileSync(`content/${name}.yaml`, 'utf8'), name) as T[];
const calendar = (path: string) =>
  ICAL.Component.fromString(readFileSync(`dist${path}`, 'utf8'))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));

const states = data<{ id: string; region: string; zonasHorarias: string[] }>('estados');
const bodies = data<{ id: string; estado: string }>('organismos');
const published = <T extends { data: Record<string, unknown> }>(entries: T[]) =>
  entries.filter((entry) => !entry.data['borrador']);
const events = published(readCollection('eventos'));
const calls = published(readCollection('convocatorias'));

/** The hubs an event or a call belongs to: its states and their regions, its organisers and their states. */
function hubsOf(entry: { data: Record<string, unknown> }): string[] {
  const organisers = (entry.data['organizadores'] ?? {}) as { organismos?: string[]; comisiones?: string[] };
  const stateIds = new Set([
    ...((entry.data['estados'] ?? []) as string[]),
    ...(organisers.organismos ?? []).map((id) => bodies.find((body) => body.id === id)?.estado ?? ''),
  ]);
  return [
    ...[...stateIds].map((id) => `/estados/${id}/`),
    ...[...stateIds].map((id) => `/regiones/${states.find((state) => state.id === id)?.region ?? ''}/`),
    ...(organisers.organismos ?? []).map((id) => `/organismos/${id}/`),
    ...(organisers.comisiones ?? []).map((id) => `/comisiones/${id}/`),
  ];
}

test('the Ciudad Juárez forum at 10:00 local is 16:00 UTC in its calendar (daylight time on the border)', () => {
  const [forum] = calendar('/eventos/foro-transparencia-en-la-frontera.ics');
  expect(forum?.uid).toBe('evento-foro-transparencia-en-la-frontera@micrositio.snt.org.mx');
  expect(forum?.startDate.zone.tzid).toBe('America/Ciudad_Juarez');
  expect(forum?.startDate.toJSDate().toISOString()).toBe('2027-03-18T16:00:00.000Z');
  expect(forum?.endDate.toJSDate().toISOString()).toBe('2027-03-18T20:00:00.000Z');
  expect(forum?.location).toBe(
    'Auditorio de ejemplo (la sede real se anunciará en la invitación), Ciudad Juárez, Chihuahua',
  );
});

/** The zone an event's times are on: its own, else its first state's, else central Mexico's. */
const zoneOf = (event: { data: Record<string, unknown> }) =>
  (event.data['zonaHoraria'] as string | undefined) ??
  states.find((state) => state.id === (event.data['estados'] as string[] | undefined)?.[0])?.zonasHorarias[0] ??
  'America/Mexico_City';

test('the home page shows every event not over yet and every open call, as of the build', () => {
  const now = new Date();
  const home = html('/');
  const links = (id: string) => {
    // The section is there even when nothing is ahead: an empty list then means it said so.
    expect(home.querySelector(`section[aria-labelledby="${id}"]`), id).not.toBeNull();
    return home.querySelectorAll(`section[aria-labelledby="${id}"] h3 a`).map((a) => a.getAttribute('href'));
  };
  const ahead = events.filter((event) => zonedInstant(String(event.data['fin']), zoneOf(event)) > now);
  const open = calls.filter((call) => {
    const zone = (call.data['zonaHoraria'] as string | undefined) ?? 'America/Mexico_City';
    return (
      zonedInstant(String(call.data['apertura']), zone) <= now && now < zonedInstant(String(call.data['cierre']), zone)
    );
  });
  expect(new Set(links('inicio-eventos'))).toEqual(new Set(ahead.map((event) => `/eventos/${event.id}/`)));
  expect(new Set(links('inicio-convocatorias'))).toEqual(new Set(open.map((call) => `/convocatorias/${call.id}/`)));
});

describe.each(events.map((event) => [event.id, event] as const))('event %s', (id, event) => {
  test('its calendar holds one event with its title, its page and the zone of its place', () => {
    const parsed = calendar(`/eventos/${id}.ics`);
    expect(parsed).toHaveLength(1);
    const zone = zoneOf(event);
    expect(parsed[0]?.summary).toBe(event.data['titulo']);
    expect(parsed[0]?.startDate.zone.tzid).toBe(zone);
    expect(parsed[0]?.startDate.toString().replace('T', ' ').slice(0, 16)).toBe(event.data['inicio']);
    expect(parsed[0]?.component.getFirstPropertyValue('url')).toBe(`https://micrositio.snt.org.mx/eventos/${id}/`);
  });

  test('its page says its status and its dates on local clocks, and offers its calendar', () => {
    const page = html(`/eventos/${id}/`);
    const text = page.querySelector('main')?.text ?? '';
    expect(text).toMatch(/Próximo|En curso|Concluido/);
    expect(text).toContain('Hora local');
    expect(page.querySelector(`a[href="/eventos/${id}.ics"]`)).not.toBeNull();
  });

  test('is listed on the hub of each of its states, regions, bodies and commissions, and in their calendars', () => {
    expect(hubsOf(event).length).toBeGreaterThan(0);
    for (const hub of hubsOf(event)) {
      expect(html(hub).querySelector(`#eventos a[href="/eventos/${id}/"]`), hub).not.toBeNull();
      expect(
        calendar(`${hub}calendario.ics`).map((item) => item.uid),
        hub,
      ).toContain(`evento-${id}@micrositio.snt.org.mx`);
    }
  });
});

describe.each(calls.map((call) => [call.id, call] as const))('call %s', (id, call) => {
  test('its calendar holds its closing moment', () => {
    const [closing] = calendar(`/convocatorias/${id}.ics`);
    expect(closing?.uid).toBe(`cierre-${id}@micrositio.snt.org.mx`);
    expect(closing?.summary).toContain(String(call.data['titulo']));
    expect(closing?.startDate.toString().replace('T', ' ').slice(0, 16)).toBe(call.data['cierre']);
  });

  test('is listed on the hubs of its states, bodies and commissions', () => {
    expect(hubsOf(call).length).toBeGreaterThan(0);
    for (const hub of hubsOf(call)) {
      expect(html(hub).querySelector(`#convocatorias a[href="/convocatorias/${id}/"]`), hub).not.toBeNull();
    }
  });
});

test('a call with results names each winner, the work’s licence and a download', () => {
  const withResults = calls.filter((item) => item.data['resultados']);
  expect(withResults.length).toBeGreaterThan(0);
  for (const call of withResults) {
    const page = html(`/convocatorias/${call.id}/`);
    const text = page.querySelector('main')?.text ?? '';
    const { ganadores } = call.data['resultados'] as {
      ganadores: { nombre: string; obra: { titulo: string; archivo?: string; licencia: string } }[];
    };
    expect(ganadores.length, call.id).toBeGreaterThan(0);
    for (const winner of ganadores) {
      expect(text).toContain(winner.nombre);
      expect(text).toContain(winner.obra.titulo);
      if (winner.obra.archivo) expect(page.querySelector(`a[href="${winner.obra.archivo}"]`)).not.toBeNull();
    }
    for (const winner of ganadores) {
      expect(
        page.querySelector(`a[rel="license"][href^="https://creativecommons.org/"]`),
        winner.obra.licencia,
      ).not.toBeNull();
    }
  }
});

test('/eventos/ lists what is ahead before the past, and the past by year', () => {
  const page = html('/eventos/');
  const headings = page.querySelectorAll('main h2').map((heading) => heading.text.trim());
  const years = headings.filter((heading) => /\d{4}/.test(heading));
  // An example event is over for good, so there is always a past to order.
  expect(years.length).toBeGreaterThan(0);
  expect(years).toEqual([...years].sort().reverse());
  const groups = page.querySelectorAll('main h2[id]').map((heading) => heading.id);
  expect(groups.slice(groups.includes('grupo-proximos') ? 1 : 0)).toEqual(
    years.map((heading) => `grupo-${/\d{4}/.exec(heading)?.[0] ?? ''}`),
  );
  const listed = page.querySelectorAll('main h3 a').map((link) => link.getAttribute('href'));
  expect(listed.sort()).toEqual(events.map((event) => `/eventos/${event.id}/`).sort());
  expect(page.querySelector('a[href="/eventos/calendario.ics"]')).not.toBeNull();
});

test('/convocatorias/ puts open calls first', () => {
  const page = html('/convocatorias/');
  const groups = page.querySelectorAll('main h2[id]').map((heading) => heading.id);
  expect(groups.length).toBeGreaterThan(0);
  expect(calls.length).toBeGreaterThan(0);
  expect(['grupo-abiertas', 'grupo-proximas', 'grupo-cerradas'].filter((id) => groups.includes(id))).toEqual(groups);
  for (const call of calls) expect(page.querySelector(`a[href="/convocatorias/${call.id}/"]`), call.id).not.toBeNull();
});

test('every hub that lists an event or a call has a calendar and says so; hubs without them have none', () => {
  const seen = { hubs: 0, listing: 0 };
  for (const kind of ['estados', 'regiones', 'comisiones', 'organismos']) {
    for (const hub of readdirSync(`dist/${kind}`).filter((name) => !name.includes('.'))) {
      const page = html(`/${kind}/${hub}/`);
      const listed = page.querySelectorAll('#eventos li, #convocatorias li').length;
      seen.hubs += 1;
      if (listed > 0) seen.listing += 1;
      const link = page.querySelector(`a[href="/${kind}/${hub}/calendario.ics"]`);
      const file = readdirSync(`dist/${kind}/${hub}`).includes('calendario.ics');
      expect([listed > 0, Boolean(link), file], `/${kind}/${hub}/`).toEqual([listed > 0, listed > 0, listed > 0]);
    }
  }
  // Both cases were met: hubs with a calendar and hubs without one.
  expect(seen.listing).toBeGreaterThan(0);
  expect(seen.hubs).toBeGreaterThan(seen.listing);
});

describe('institutional pages', () => {
  const pages = readCollection('paginas').filter((page) => !page.data['borrador']);

  test('each has its address at the root, and the footer of every page links them', () => {
    expect(pages.map((page) => page.id).sort()).toEqual([
      'accesibilidad',
      'acerca',
      'aviso-de-privacidad',
      'contacto',
      'que-cambio-en-2025',
    ]);
    for (const path of ['/', '/eventos/', '/capsulas/', ...pages.map((page) => `/${page.id}/`)]) {
      const footer = html(path).querySelector('footer');
      for (const page of pages)
        expect(footer?.querySelector(`a[href="/${page.id}/"]`), `${path} → ${page.id}`).not.toBeNull();
    }
  });

  test('the privacy notice says there are no cookies nor analytics, and what the server log keeps', () => {
    const text = html('/aviso-de-privacidad/').querySelector('main')?.text ?? '';
    expect(text).toMatch(/no usa cookies/i);
    expect(text).toMatch(/analítica/i);
    expect(text).toMatch(/último número/i);
  });

  test('the accessibility page says how to report a barrier and ask for an accessible format', () => {
    const text = html('/accesibilidad/').querySelector('main')?.text ?? '';
    expect(text).toMatch(/WCAG\)? 2\.2/);
    expect(text).toMatch(/Avisa de una barrera/);
    expect(text).toMatch(/pedir cualquier documento del sitio en otro formato/);
    expect(html('/accesibilidad/').querySelector('main a[href="/contacto/"]')).not.toBeNull();
  });

  test('the contact page marks the office details as an example until they are set', () => {
    const page = html('/contacto/');
    expect(page.querySelector('main')?.text).toMatch(/ejemplo/i);
  });
});
