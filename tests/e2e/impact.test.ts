import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aggregate, logLines } from '#/scripts/impacto.ts';
import { launchBrowser } from '#/scripts/herramientas/navegador.ts';
import { startNginx, type LocalServer } from '#/scripts/herramientas/servidor.ts';
import { IMPACT } from '#/src/config.ts';
import { emptyImpact, IMPACT_FILE_VARIABLE, readImpact, writeImpact, type ImpactData } from '#/src/lib/impactData.ts';
import { readerProblems, sidewaysScroll } from '#/tests/support/a11y.ts';
import { accessibilityViolations } from '#/tests/support/browser.ts';
import { readCollection } from '#/tests/support/content.ts';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';

// Real traffic through the production nginx on loopback, on two days, written to a real log in the site's own
// format; GoAccess counts it (npm run impacto); a build of the project reads the counts and shows them on
// /impacto/. Each person is an address of their own (127.0.N.1: the log keeps 127.0.N.0).

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

const [read, lessRead] = readCollection('abc').filter((booklet) => booklet.data['pdf']);
const capsule = readCollection('capsulas').find((entry) => (entry.data['video'] as { archivo?: string }).archivo);
const booklet = `/abc/${read?.id ?? ''}/`;
const pdf = String(read?.data['pdf']);
const video = (capsule?.data['video'] as { archivo: string }).archivo;
const feed = '/capsulas/feed.xml';
const embed = `/embed/capsulas/${capsule?.id ?? ''}/`;

/** One GET from person `n`'s address, as `agent`; resolves with the status once the answer is read. */
const get = (server: LocalServer, path: string, n: number, headers: Record<string, string> = {}) =>
  new Promise<number>((done, fail) => {
    const asked = request(
      `${server.url}${path}`,
      { localAddress: `127.0.${n}.1`, headers: { 'user-agent': FIREFOX, ...headers } },
      (answer) => {
        answer.resume();
        answer.on('end', () => done(answer.statusCode ?? 0));
      },
    );
    asked.on('error', fail);
    asked.end();
  });

/**
 * One day of traffic: six people read the booklet (one of them three times), download its PDF, play the capsule's
 * video in three pieces, read the capsules' feed and load the capsule's player in another site; three read a
 * second booklet; a search engine's robot reads the first; someone asks for a page that does not exist.
 */
async function oneDay(server: LocalServer): Promise<void> {
  for (let n = 1; n <= 6; n++) {
    for (const path of [booklet, feed, embed]) expect(await get(server, path, n)).toBe(200);
    expect(await get(server, pdf, n)).toBe(200);
    for (const range of ['bytes=0-999', 'bytes=1000-1999', 'bytes=2000-2999']) {
      expect(await get(server, video, n, { range })).toBe(206);
    }
  }
  for (let n = 1; n <= 2; n++) expect(await get(server, booklet, 1)).toBe(200);
  for (let n = 7; n <= 9; n++) expect(await get(server, `/abc/${lessRead?.id ?? ''}/`, n)).toBe(200);
  expect(await get(server, booklet, 10, { 'user-agent': GOOGLEBOT })).toBe(200);
  expect(await get(server, '/esta-pagina-no-existe/', 11)).toBe(404);
}

/** A POSIX time zone whose clock is `hours` ahead of UTC, 24 at most: nginx writes its days in it. */
const zoneAhead = (hours: number) => (hours === 0 ? 'UTC0' : `<${hours > 0 ? '+' : '-'}${Math.abs(hours)}>${-hours}`);
const dayAhead = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 10);

// Two days of real traffic need two days on nginx's clock: the one variable nginx keeps is TZ, and a zone 24
// hours from UTC is a day from it. Of yesterday, today and tomorrow, two that follow each other share a month.
const [first, second] = dayAhead(-24).slice(0, 7) === dayAhead(0).slice(0, 7) ? [-24, 0] : [0, 24];
const days = [dayAhead(first), dayAhead(second)];
const month = days[0]?.slice(0, 7) ?? '';
const dayAfter = dayAhead(second + 24);

const folder = mkdtempSync(join(tmpdir(), 'snt-impacto-'));
const log = join(folder, 'accesos.log');
const countsFile = join(folder, 'impacto.json');
let counts: ImpactData;
let project: ProjectCopy;
let page: HTMLElement;
let site: LocalServer;
let browser: Browser;

beforeAll(async () => {
  for (const hours of [first, second]) {
    const server = await startNginx('dist', undefined, { accessLog: log, timeZone: zoneAhead(hours) });
    try {
      await oneDay(server);
    } finally {
      await server.close();
    }
  }
  writeImpact(aggregate(logLines(log), emptyImpact(), dayAfter).data, countsFile);
  counts = readImpact(countsFile) ?? emptyImpact();
  project = copyProject({ env: { [IMPACT_FILE_VARIABLE]: countsFile } });
  const build = project.npm('run', 'build');
  if (build.status !== 0) throw new Error(build.output);
  page = parse(readFileSync(join(project.dir, 'dist/impacto/index.html'), 'utf8'));
  [browser, site] = await Promise.all([launchBrowser(), startNginx(join(project.dir, 'dist'))]);
});

afterAll(async () => {
  await browser.close();
  await site.close();
  project.remove();
  rmSync(folder, { recursive: true, force: true });
});

test('the log holds the two days of traffic, and GoAccess reads every line of it', () => {
  const lines = logLines(log);
  for (const day of days) {
    const [year, number, date] = day.split('-');
    const stamp = `[${date ?? ''}/${new Date(`${day}T12:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' })}/${year ?? ''}:`;
    // Six people's 7 requests, 2 reloads, 3 readers of the other booklet, the robot, the 404 and nginx's first answer.
    expect(lines.filter((line) => line.includes(stamp)).length, `${day} (${number ?? ''})`).toBe(6 * 7 + 2 + 3 + 3);
  }
  // aggregate stops when GoAccess fails a line: both days are in.
  expect(counts.meses[month]?.dias).toEqual(days);
});

test('a person counts once a day: reloads, a video in pieces and the robot do not add up; the two days do', () => {
  const figures = counts.meses[month]?.cifras;
  expect(figures?.visitas[booklet]).toBe(12);
  expect(figures?.visitas[`/abc/${lessRead?.id ?? ''}/`]).toBe(6);
  expect(figures?.descargas[pdf]).toBe(12);
  expect(figures?.reproducciones[video]).toBe(12);
  expect(figures?.lectores[feed]).toBe(12);
  expect(figures?.cargas[embed]).toBe(12);
  // Addresses not found count per request: anyone can ask for any number of them.
  expect(figures?.['no-encontradas']['/esta-pagina-no-existe/']).toBe(2);
});

test('no address, browser or time finer than a day reaches the counts file', () => {
  const text = readFileSync(countsFile, 'utf8');
  expect(text).not.toMatch(/127\.0\.|Mozilla|Firefox|Googlebot|\d{2}:\d{2}|T\d{2}/);
  const dates = text.match(/\d{4}-\d{2}(?:-\d{2})?/g) ?? [];
  expect(new Set(dates)).toEqual(new Set([month, ...days]));
});

test('counting the same log again changes nothing; a day still under way waits for tomorrow', () => {
  const again = aggregate(logLines(log), counts, dayAfter);
  expect(again.added).toEqual([]);
  expect(again.data).toEqual(counts);
  const early = aggregate(logLines(log), emptyImpact(), days[1] ?? '');
  expect(early.added).toEqual([days[0]]);
  expect(early.skipped).toEqual([days[1]]);
});

/** The cells of the row of `table` whose header is `title`. */
const rowOf = (table: HTMLElement | null, title: string) =>
  table
    ?.querySelectorAll('tbody tr')
    .find((row) => row.querySelector('th')?.text.trim() === title)
    ?.querySelectorAll('td')
    .map((cell) => cell.text.trim());

test('/impacto/ shows the month of both days, the booklet and the capsule with their counts', () => {
  const monthRow = page.querySelector('#por-mes-tabla')?.closest('table');
  const monthName = new Date(`${month}-01T00:00:00Z`).toLocaleString('es-MX', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  expect(rowOf(monthRow ?? null, monthName)?.[0]).toBe('2');
  const readTable = page.querySelector('#lo-mas-leido-abc-tabla')?.closest('table') ?? null;
  expect(rowOf(readTable, String(read?.data['titulo']))).toEqual(['12', '12']);
  const played = page.querySelector('#lo-mas-reproducido-capsulas-tabla')?.closest('table') ?? null;
  expect(rowOf(played, String(capsule?.data['titulo']))).toEqual(['12', '12']);
  const feeds = page.querySelector('#canales-tabla')?.closest('table') ?? null;
  expect(rowOf(feeds, feed)?.slice(1)).toEqual(['12', String(Math.round(12 / 2))]);
  expect(page.text).not.toContain('Aún no hay datos');
});

test(`a count under ${IMPACT.threshold} is withheld: the less read booklet is not listed, only counted as one more`, () => {
  const readTable = page.querySelector('#lo-mas-leido-abc-tabla')?.closest('table') ?? null;
  expect(rowOf(readTable, String(lessRead?.data['titulo']))).toBeUndefined();
  expect(page.querySelector('#lo-mas-leido-abc')?.closest('section')?.text).toMatch(/filas? más, con menos de 10/);
  // The total of a kind sums what it withholds: 12 visits of one booklet and 6 of the other.
  const kinds = page.querySelector('#por-tipo-tabla')?.closest('table') ?? null;
  expect(rowOf(kinds, 'Los ABC')?.slice(0, 2)).toEqual(['18', '12']);
  expect(rowOf(kinds, 'Eventos')).toEqual(Array(4).fill(`menos de ${IMPACT.threshold}`));
});

test('the dataset «impacto» carries the page’s figures', () => {
  const rows = JSON.parse(readFileSync(join(project.dir, 'dist/datos/impacto.json'), 'utf8')) as Record<
    string,
    unknown
  >[];
  const of = (de: string, id: string, medida: string) =>
    rows.find((row) => row['de'] === de && row['id'] === id && row['medida'] === medida)?.['cifra'];
  expect(of('abc', String(read?.id), 'visitas')).toBe(12);
  expect(of('abc', String(read?.id), 'descargas')).toBe(12);
  expect(of('capsulas', String(capsule?.id), 'reproducciones')).toBe(12);
  expect(rows.some((row) => row['id'] === lessRead?.id)).toBe(false);
  const monthly = rows.find((row) => row['periodo'] === month && row['medida'] === 'visitas');
  expect(monthly?.['dias']).toBe(2);
  // Every published figure is on the page.
  for (const row of rows) {
    if (typeof row['cifra'] === 'number') expect(page.text).toContain(row['cifra'].toLocaleString('es-MX'));
  }
});

describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
  test('/impacto/ with figures has no WCAG A/AA violation axe-core finds, and reflows at 320 px', async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${site.url}/impacto/`);
    expect.soft(await accessibilityViolations(tab), 'axe-core').toEqual([]);
    expect.soft(await readerProblems(tab), 'landmarks and names').toEqual([]);
    await tab.setViewportSize({ width: 320, height: 640 });
    expect(await sidewaysScroll(tab), 'reflow at 320 px').toEqual([]);
    await context.close();
  });
});
