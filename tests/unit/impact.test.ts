import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { aggregate, linesByDay } from '#/scripts/impacto.ts';
import { ACCESS_LOG_DAYS } from '#/src/config.ts';
import { addDay, emptyImpact, measureOf, noCounts, readImpact } from '#/src/lib/impactData.ts';

describe.each([
  ['/abc/abc-gobierno-abierto/', 'visitas'],
  ['/', 'visitas'],
  ['/embed/capsulas/archivos-en-orden/', 'cargas'],
  ['/pdf/abc/abc-gobierno-abierto.pdf', 'descargas'],
  ['/datos/capsulas.csv', 'descargas'],
  ['/media/capsulas/archivos-en-orden.mp4', 'reproducciones'],
  ['/media/audios/spot-1.mp3', 'reproducciones'],
  ['/capsulas/feed.xml', 'lectores'],
  ['/estados/jalisco/calendario.ics', 'lectores'],
  ['/sitemap-index.xml', undefined],
  ['/media/capsulas/archivos-en-orden.vtt', undefined],
  ['/_astro/estilo.css', undefined],
  ['/pagefind/pagefind.js', undefined],
  ['/admin/', undefined],
  ['/abc', undefined],
])('%s', (path, measure) => {
  test(`counts as ${String(measure)}`, () => expect(measureOf(path)).toBe(measure));
});

test('two days add up in their month, each kept by its date only; a day is never added twice', () => {
  const day = (path: string, count: number) => ({ ...noCounts(), visitas: { [path]: count } });
  let data = addDay(emptyImpact(), '2026-05-30', day('/abc/', 6));
  data = addDay(data, '2026-05-31', { ...day('/abc/', 6), lectores: { '/feed.xml': 2 } });
  data = addDay(data, '2026-06-01', day('/abc/', 1));
  expect(data.meses['2026-05']).toEqual({
    dias: ['2026-05-30', '2026-05-31'],
    cifras: { ...noCounts(), visitas: { '/abc/': 12 }, lectores: { '/feed.xml': 2 } },
  });
  expect(data.meses['2026-06']?.cifras.visitas).toEqual({ '/abc/': 1 });
  expect(() => addDay(data, '2026-05-31', day('/abc/', 6))).toThrow('El día 2026-05-31 ya está contado.');
});

test('a counts file that holds anything but counts per address stops the build, naming the file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'snt-impacto-'));
  const file = join(folder, 'impacto.json');
  expect(readImpact(file)).toBeUndefined();
  const month = { dias: ['2026-05-30'], cifras: { ...noCounts(), visitas: { '203.0.113.0': 3 } } };
  writeFileSync(file, JSON.stringify({ formato: 1, meses: { '2026-05': month } }));
  expect(() => readImpact(file)).toThrow(`${file}: las cifras «visitas» de 2026-05 no son conteos por dirección`);
  writeFileSync(file, '{');
  expect(() => readImpact(file)).toThrow(`${file}: no es JSON válido`);
  rmSync(folder, { recursive: true, force: true });
});

test(`today waits for tomorrow, and the day ${ACCESS_LOG_DAYS} days back is left out: logrotate may have cut it`, () => {
  const line = (date: string) => `203.0.113.0 [${date}:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "Mozilla/5.0"`;
  const lines = [line('06/Nov/2026'), line('07/Dec/2026'), line('07/Dec/2026')];
  expect([...linesByDay(lines).keys()]).toEqual(['2026-11-06', '2026-12-07']);
  // 2026-11-06 is 31 days before 2026-12-07; each day is counted only once it is over.
  expect(aggregate(lines, emptyImpact(), '2026-12-07')).toEqual({
    data: emptyImpact(),
    added: [],
    skipped: ['2026-11-06', '2026-12-07'],
  });
});
