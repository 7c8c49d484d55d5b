import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '#/src/i18n/es.ts';
import { formatKnownDate } from '#/src/lib/dates.ts';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';
import { readFragments } from '#/scripts/herramientas/pagefind.ts';

// One throwaway copy, built once with `astro build` and indexed (the browser editor is not rebuilt), for
// everything a retired entry changes: a new capsule retired the day it would lead every list, a retired
// upcoming event and a body that no longer exists.

const SITE = 'https://micrositio.snt.org.mx';
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const capsule = 'capsula-retirada';
const successor = 'archivos-en-orden';
const successorTitle = 'Archivos en orden, información a tu alcance';
const reason = 'La sustituye una cápsula con la ley vigente';
// Retired the day it was published: an entry cannot end before it starts.
const retiredOn = yesterday;
const banner = `${t('retired.onDay', { date: formatKnownDate(retiredOn) })}: ${reason}.`;

const event = 'conversatorio-datos-personales-en-linea';
const body = 'instituto-anterior';

const capsuleFile = `---
titulo: "Cápsula retirada de prueba"
resumen: "Una cápsula de prueba que se publicó y después se retiró, con su sucesora."
fecha: ${yesterday}
duracion: "0:10"
video:
  youtube: "abcdefghijk"
poster: ./posters/como-presentar-una-solicitud.png
posterAlt: "Cartel de prueba."
estado: chihuahua
comision: capacitacion-educacion-y-cultura
retirado:
  fecha: ${retiredOn}
  motivo: "${reason}"
  sucesor: ${successor}
---

Texto de la transcripción de la cápsula retirada, con la palabra ornitorrinco.
`;

const retiredBody = `  - id: ${body}
    siglas: IANT
    nombre: Instituto Anterior de Prueba
    estado: chihuahua
    sitio: https://example.org
    retirado:
      fecha: 2025-03
      motivo: Sus funciones pasaron al ICHITAIP
      sucesor: ichitaip
`;

/** A current capsule of the same state, older than every other: the related list it is in is not empty. */
const current = 'capsula-vigente';
const currentFile = capsuleFile
  .replace(/^retirado:\n(?: {2}.*\n)+/m, '')
  .replace(`fecha: ${yesterday}`, 'fecha: 2020-01-15')
  .replace('Cápsula retirada de prueba', 'Cápsula vigente de prueba');

/** A booklet of the 2015 law, abrogated when the 2025 one came into force, that points to its newer edition. */
const oldBooklet = 'abc-ley-de-2015';
const newBooklet = 'abc-derecho-de-acceso-a-la-informacion';
const oldBookletFile = readFileSync(`content/abc/${newBooklet}.md`, 'utf8')
  .replace(/^numero: \d+$/m, 'numero: 99')
  .replace(/^titulo: .*$/m, 'titulo: "El ABC de la ley de 2015"')
  .replace(/^ {2}publicada: .*$/m, '  publicada: 2015-05-04')
  .replace(
    /^ {2}estado: vigente$/m,
    '  estado: abrogada\n  abrogacion:\n    fecha: 2025-03-21\n    instrumento: Decreto publicado en el DOF el 20 de marzo de 2025',
  )
  .replace(/^reforma:/m, `edicionNueva: ${newBooklet}\nreforma:`);

let project: ProjectCopy;
const built = (path: string): string => readFileSync(join(project.dir, 'dist', path), 'utf8');
const page = (path: string): HTMLElement => parse(built(`${path}index.html`));
const links = (html: HTMLElement, selector = 'main a'): string[] =>
  html.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');

beforeAll(() => {
  project = copyProject();
  project.write(`content/capsulas/${capsule}.md`, capsuleFile);
  project.write(`content/capsulas/${current}.md`, currentFile);
  const eventPath = `content/eventos/${event}.md`;
  project.write(
    eventPath,
    readFileSync(eventPath, 'utf8').replace(
      /^ejemplo: true$/m,
      `ejemplo: true\nretirado:\n  fecha: ${retiredOn}\n  motivo: Se unió al foro de la frontera\n  sucesor: foro-transparencia-en-la-frontera`,
    ),
  );
  project.write('content/organismos.yaml', `${readFileSync('content/organismos.yaml', 'utf8')}${retiredBody}`);
  project.write(`content/abc/${oldBooklet}.md`, oldBookletFile);
  const build = project.astro('build');
  expect(build.status, build.output).toBe(0);
  const index = project.npm('exec', '--', 'node', 'scripts/indexar.ts');
  expect(index.status, index.output).toBe(0);
}, 240_000);
afterAll(() => project.remove());

describe('a retired entry keeps its page', () => {
  test('with a banner that says when and why, and links to its successor', () => {
    const html = page(`/capsulas/${capsule}/`);
    const note = html.querySelector('main .retired-banner');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.text.replace(/\s+/g, ' ').trim()).toBe(`${banner} ${t('retired.successor')} ${successorTitle}`);
    expect(note?.querySelector('a')?.getAttribute('href')).toBe(`/capsulas/${successor}/`);
    // Search skips it: it says something about the page, not what the capsule says.
    expect(note?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const fragment = readFragments(join(project.dir, 'dist')).find(({ url }) => url === `/capsulas/${capsule}/`);
    expect(fragment?.content).toContain('ornitorrinco');
    expect(fragment?.content).not.toContain(t('retired.successor'));
    expect(fragment?.content).not.toContain(reason);
    // Its search result is labelled «Retirado» from this date; a current capsule's has none.
    expect(fragment?.meta['retirado']).toBe(retiredOn);
    const kept = readFragments(join(project.dir, 'dist')).find(({ url }) => url === `/capsulas/${successor}/`);
    expect(kept?.meta).not.toHaveProperty('retirado');
  });

  test('ranks lower in search than a current entry: a lower Pagefind weight on all its words', () => {
    const weight = (path: string) =>
      Number(page(path).querySelector('main')?.getAttribute('data-pagefind-weight') ?? 1);
    expect(weight(`/capsulas/${capsule}/`)).toBeLessThan(weight(`/capsulas/${successor}/`));
    expect(page(`/capsulas/${capsule}/`).querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  test('its embeddable player says so above the player, and its successor opens outside the frame', () => {
    const html = page(`/embed/capsulas/${capsule}/`);
    const main = html.querySelector('main');
    const note = main?.querySelector('.retired-banner');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.text.replace(/\s+/g, ' ').trim()).toBe(`${banner} ${t('retired.successor')} ${successorTitle}`);
    expect(main?.firstElementChild).toBe(note);
    const link = note?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`/capsulas/${successor}/`);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener');
    expect(main?.querySelector('.player')).not.toBeNull();
    expect(page(`/embed/capsulas/${successor}/`).querySelector('.retired-banner')).toBeNull();
  });

  test('its structured data says since when it is no longer current', () => {
    expect(built(`capsulas/${capsule}/index.html`)).toContain(`"expires":"${retiredOn}"`);
  });

  test('a body that no longer exists says so, with its successor and its dissolution date', () => {
    const html = page(`/organismos/${body}/`);
    expect(html.querySelector('main .retired-banner')?.text).toContain(
      `${t('retired.inPeriod', { date: 'marzo de 2025' })}: Sus funciones pasaron al ICHITAIP.`,
    );
    // Besides the glossary's links at a term's first use (class «term»), the banner links its successor.
    const own = html.querySelectorAll('main .retired-banner a').filter((a) => !a.classList.contains('term'));
    expect(own.map((a) => a.getAttribute('href'))).toEqual(['/organismos/ichitaip/']);
    expect(built(`organismos/${body}/index.html`)).toContain('"dissolutionDate":"2025-03"');
  });
});

test('a booklet of an abrogated law says so first and links to its newer edition', () => {
  const html = page(`/abc/${oldBooklet}/`);
  const banner = html.querySelector('main .law-banner');
  expect(banner?.text.replace(/\s+/g, ' ').trim()).toBe(
    'Explica la ley de 2015, sustituida el 21 de marzo de 2025. Lee la edición nueva: El ABC del derecho de acceso a la información pública',
  );
  expect(links(html, 'main .law-banner a')).toEqual([`/abc/${newBooklet}/`]);
  expect(html.querySelector('main .facts')?.text).toContain('Abrogada el 21 de marzo de 2025.');
  expect(built(`abc/${oldBooklet}/index.html`)).toContain('"legislationLegalForce":"https://schema.org/NotInForce"');
  // The booklet in force has no such banner.
  expect(page(`/abc/${newBooklet}/`).querySelector('main .law-banner')).toBeNull();
});

describe('a retired entry leaves what is current', () => {
  test('the home page: latest capsules and upcoming events', () => {
    const home = links(page('/'));
    expect(home).toContain(`/capsulas/${successor}/`);
    expect(home).not.toContain(`/capsulas/${capsule}/`);
    expect(home).toContain('/eventos/foro-transparencia-en-la-frontera/');
    expect(home).not.toContain(`/eventos/${event}/`);
  });

  test('hubs, their calendars and the state’s bodies', () => {
    const state = page('/estados/chihuahua/');
    expect(links(state)).toContain('/capsulas/como-presentar-una-solicitud/');
    expect(links(state)).not.toContain(`/capsulas/${capsule}/`);
    expect(links(state)).toContain('/organismos/ichitaip/');
    expect(links(state)).not.toContain(`/organismos/${body}/`);
    expect(built('estados/chihuahua/calendario.ics')).toContain('evento-foro-transparencia-en-la-frontera@');
    expect(built('estados/chihuahua/calendario.ics')).not.toContain(`evento-${event}@`);
  });

  test('related capsules', () => {
    const related = links(page('/capsulas/como-presentar-una-solicitud/'), 'main .capsule-related a');
    expect(related).toContain(`/capsulas/${current}/`);
    expect(related).not.toContain(`/capsulas/${capsule}/`);
  });

  test('the calendar of all events, while its own calendar file stays', () => {
    expect(built('eventos/calendario.ics')).not.toContain(`evento-${event}@`);
    expect(built('eventos/calendario.ics')).toContain('evento-foro-transparencia-en-la-frontera@');
    expect(existsSync(join(project.dir, 'dist/eventos', `${event}.ics`))).toBe(true);
  });

  test('the counts of /capsulas/ by state leave it out, as the state page it links to does', () => {
    const rows = JSON.parse(built('datos/capsulas.json')) as Record<string, unknown>[];
    const inState = rows.filter((row) => row['estado'] === 'chihuahua');
    const current = inState.filter((row) => row['retiradoFecha'] === null).length;
    expect(inState.length).toBe(current + 1);
    const item = page('/capsulas/')
      .querySelectorAll('nav[aria-labelledby="capsulas-por-entidad"] li')
      .find((li) => li.querySelector('a')?.getAttribute('href') === '/estados/chihuahua/');
    expect(item?.querySelector('.meta')?.text).toBe(`(${t('capsule.countMany', { n: current })})`);
  });

  test('its section lists it last, marked; events under a heading of their own', () => {
    const cards = page('/capsulas/').querySelectorAll('main .card');
    const last = cards.at(-1);
    expect(last?.querySelector('a')?.getAttribute('href')).toBe(`/capsulas/${capsule}/`);
    expect(last?.querySelector('.badge:not(.badge--example)')?.text).toBe(t('retired.badge'));
    const groups = page('/eventos/').querySelectorAll('main .agenda-group');
    expect(groups.at(-1)?.querySelector('h2')?.text).toBe(t('retired.group'));
    expect(links(groups.at(-1) as HTMLElement, 'a')).toEqual([`/eventos/${event}/`]);
    // Bodies that ended (the test's one and those of content/organismos.yaml) come after every current one.
    const directory = page('/organismos/').querySelectorAll('main .body-card');
    const ended = directory.map((card) => card.querySelector('.badge') !== null);
    expect(ended.indexOf(true)).toBe(ended.lastIndexOf(false) + 1);
    expect(links(page('/organismos/'), 'main h2 a').slice(ended.indexOf(true))).toContain(`/organismos/${body}/`);
  });
});

describe('feeds and open data say so', () => {
  test('its feed item keeps its link, with «(retirado)» in the title and the banner before the summary', () => {
    const xml = parse(built('capsulas/feed.xml'), { lowerCaseTagName: false, voidTag: { tags: [] } });
    const item = xml
      .querySelectorAll('item')
      .find((candidate) => candidate.querySelector('link')?.text === `${SITE}/capsulas/${capsule}/`);
    expect(item?.querySelector('title')?.text).toBe('Cápsula retirada de prueba (retirado)');
    expect(item?.querySelector('description')?.text).toBe(
      `${banner} ${t('retired.successor')} ${successorTitle} (${SITE}/capsulas/${successor}/). Una cápsula de prueba que se publicó y después se retiró, con su sucesora.`,
    );
    expect(item?.querySelectorAll('category').map((category) => category.text)).toEqual([
      'Cápsula',
      t('retired.badge'),
    ]);
  });

  test('datasets carry when, why and the successor’s address; empty for current rows', () => {
    const rows = JSON.parse(built('datos/capsulas.json')) as Record<string, unknown>[];
    const retired = rows.find((row) => row['id'] === capsule);
    expect(retired).toMatchObject({
      retiradoFecha: retiredOn,
      retiradoMotivo: reason,
      retiradoSucesor: `${SITE}/capsulas/${successor}/`,
    });
    expect(rows.find((row) => row['id'] === successor)).toMatchObject({
      retiradoFecha: null,
      retiradoMotivo: null,
      retiradoSucesor: null,
    });
    // Headings are text: quoted, as every text of the CSV.
    expect(built('datos/capsulas.csv').split('\r\n')[0]).toMatch(
      /,"ejemplo","retiradoFecha","retiradoMotivo","retiradoSucesor","retiradoSucesorNombre","retiradoInstrumento","retiradoInstrumentoFecha","retiradoInstrumentoEnlace","retiradoFuentes"$/,
    );
    const bodies = JSON.parse(built('datos/organismos.json')) as Record<string, unknown>[];
    expect(bodies.find((row) => row['id'] === body)).toMatchObject({
      retiradoFecha: '2025-03',
      retiradoSucesor: `${SITE}/organismos/ichitaip/`,
    });
  });
});
