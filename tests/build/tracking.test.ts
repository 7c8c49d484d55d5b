import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';

// The example forum (content/eventos/ejemplo-foro-periodismo-transparencia-2023.md) names líneas 3.2 and 6.1 of
// INFO CDMX's 2023 plan: it must show at both anchors, in the plan's summary, on /seguimiento/, in the dataset
// and in the plan's feed; and the forum's own page must say what it is evidence of.
const plan = '/planes/info-cdmx-comunicacion-social-2023/';
const forum = '/eventos/ejemplo-foro-periodismo-transparencia-2023/';
const forumTitle = 'Foro de ejemplo: periodismo y transparencia en la Ciudad de México';
const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (html: HTMLElement | null | undefined): string => (html?.textContent ?? '').replace(/\s+/g, ' ').trim();

test('each línea shows its derived state and its evidence with kind and date at its anchor', () => {
  const html = page(plan);
  const done = html.querySelector('#linea-3-2');
  expect(text(done?.querySelector('.state'))).toContain('Cumplida');
  expect(text(done)).toContain('Su evidencia es contenido de ejemplo.');
  expect(done?.querySelector(`a[href="${forum}"]`)).not.toBeNull();
  expect(text(done)).toContain(`${forumTitle} (Evento, 24 de mayo de 2023)`);
  const counted = html.querySelector('#linea-6-1');
  expect(text(counted?.querySelector('.state'))).toContain('Con evidencia');
  expect(text(counted?.querySelector('.computed'))).toBe('Valor calculado: 1 en 2023. Total: 1.');
  const none = html.querySelector('#linea-3-3');
  expect(text(none?.querySelector('.state'))).toContain('Sin evidencia');
  expect(text(none)).toContain('Aún no hay evidencia publicada de esta línea.');
});

test("evidence dated outside the plan's period is listed apart and does not count", () => {
  const line = page('/planes/comision-vinculacion-2022/').querySelector('#linea-2-3');
  expect(text(line)).toContain('Fuera del periodo del plan (no cuenta)');
  expect(line?.querySelector('.evidence-outside a[href="/abc/abc-gobierno-abierto/"]')).not.toBeNull();
  expect(text(line?.querySelector('.state'))).toContain('Sin evidencia');
});

test("the plan's summary counts líneas by state, with its date, a bar named for screen readers and a table", () => {
  const summary = page(plan).querySelector('.plan-progress');
  expect(text(summary)).toContain('Calculado el');
  expect(summary?.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(
    'Plan de Trabajo Anual 2023 de la Dirección de Comunicación Social. Líneas de acción: 11; cumplidas: 1; con evidencia: 1; sin evidencia: 9.',
  );
  const rows = summary
    ?.querySelectorAll('table')[0]
    ?.querySelectorAll('tr')
    .map((row) => row.querySelectorAll('th, td').map((cell) => text(cell)));
  expect(rows).toEqual([
    ['Cumplida', '1'],
    ['Con evidencia', '1'],
    ['Sin evidencia', '9'],
    ['Líneas', '11'],
  ]);
  expect(summary?.querySelector(`a[href="${plan}evidencias.xml"]`)).not.toBeNull();
  expect(page(plan).querySelector(`link[rel="alternate"][href$="${plan}evidencias.xml"]`)).not.toBeNull();
});

test('the entry says which línea of which plan it serves, linked to the anchor', () => {
  const links = page(forum)
    .querySelectorAll('.serves-lines a')
    .map((a) => a.getAttribute('href'));
  expect(links).toEqual([`${plan}#linea-3-2`, `${plan}#linea-6-1`]);
  expect(text(page(forum).querySelector('.serves-lines'))).toContain('Es evidencia de la línea 3.2 del plan');
});

test('/seguimiento/ lists every plan with its progress, by period, and links each instance', () => {
  const html = page('/seguimiento/');
  const plans = html.querySelectorAll('.plan-card');
  expect(plans.length).toBe(readPlans());
  const card = plans.find((c) => c.querySelector(`a[href="${plan}"]`));
  expect(text(card)).toContain('Líneas de acción: 11. Cumplidas: 1. Con evidencia: 1. Sin evidencia: 9.');
  expect(html.querySelector('#periodo-2023-2023')).not.toBeNull();
  expect(html.querySelector('a[href="#periodo-2019-2020"]')).not.toBeNull();
  expect(html.querySelector('.plan-facets a[href="/organismos/info-cdmx/"]')).not.toBeNull();
  // The body's hub lists the plan with the same summary.
  expect(text(page('/organismos/info-cdmx/').querySelector('.plan-card'))).toContain('Cumplidas: 1.');
});

test('the «seguimiento» dataset has one row per línea with the same state and evidence', () => {
  const rows = JSON.parse(readFileSync('dist/datos/seguimiento.json', 'utf8')) as Record<string, unknown>[];
  const row = (linea: string) =>
    rows.find((r) => r['plan'] === 'info-cdmx-comunicacion-social-2023' && r['linea'] === linea);
  expect(row('3.2')).toMatchObject({
    avance: 'cumplida',
    cumplidaPor: 'editor',
    evidenciasEventos: 1,
    soloEjemplo: true,
  });
  expect(row('6.1')).toMatchObject({ avance: 'con-evidencia', indicador: 1, evidenciasEventos: 1 });
  expect(row('3.3')).toMatchObject({ avance: 'sin-evidencia', indicador: null });
  expect(rows.length).toBe(61);
});

test("the plan's feed carries its evidence, one item naming every línea it serves", () => {
  const feed = readFileSync(`dist${plan}evidencias.xml`, 'utf8');
  expect(feed).toContain(`<title>Evidencia de las líneas 3.2 y 6.1: ${forumTitle}</title>`);
  expect(feed).toContain(`<link>https://micrositio.snt.org.mx${forum}</link>`);
});

function readPlans(): number {
  return readFileSync('content/urls-publicadas.txt', 'utf8')
    .split('\n')
    .filter((line) => /^\/planes\/[^/]+\/$/.test(line)).length;
}
