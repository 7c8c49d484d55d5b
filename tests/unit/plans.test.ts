import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

/** Which source each plan transcribes, and the structure counted by hand in that source. */
const plans = [
  {
    file: 'comision-vinculacion-2022.mdx',
    seed: '000_4d69c1c30e837896.txt',
    linesPerAxis: [5, 7, 6, 8],
    activitiesPerAxis: [0, 0, 0, 0],
  },
  {
    file: 'comision-vinculacion-2023-2024.mdx',
    seed: '001_69a2f55f285c0b3b.txt',
    linesPerAxis: [3],
    activitiesPerAxis: [13],
  },
  {
    file: 'region-centro-occidente-2021-2022.mdx',
    seed: '002_939787512591ee7b.txt',
    linesPerAxis: [2, 0, 0],
    activitiesPerAxis: [0, 0, 0],
  },
  {
    file: 'region-norte-2019-2020.mdx',
    seed: '003_bd0505ec25554c7d.txt',
    linesPerAxis: [2, 3, 2, 2, 4, 2, 2, 2],
    activitiesPerAxis: [0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    file: 'info-cdmx-comunicacion-social-2023.mdx',
    seed: '004_36db69b39856719b.txt',
    linesPerAxis: [0, 3, 5, 1, 1, 1],
    activitiesPerAxis: [0, 0, 0, 0, 0, 0],
  },
];

/** Source lines that are labels the structured frontmatter now carries, or template instructions. */
const structuralLabels = [
  /^l[ií]neas de acci[oó]n$/,
  /^otras l[ií]neas de acci[oó]n$/,
  /^actividades$/,
  /^metas$/,
  /^nombre del indicador$/,
  /^f[oó]rmula y componentes de la f[oó]rmula$/,
  /^temporalidad$/,
  /^medio de verificaci[oó]n$/,
  /^objetivos? espec[ií]ficos?$/,
  /^agregue cuantas filas considere oportunas$/,
];

/** Lower-case letters and digits only, single-spaced: wording survives, layout and markup do not. */
const normalize = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every piece of wording in the source: each line, and each cell of the tables in 004. */
function sourcePieces(seed: string): string[] {
  return seed
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .map((cell) =>
      cell
        .replace(/<[^>]*>/g, ' ')
        .replace(/^[\s\-*▶•#]+/, '')
        .replace(/^\d+[.)]\s+/, '')
        .replace(/^l[ií]nea de acci[oó]n \d+:\s*/i, ''),
    )
    .map(normalize)
    .filter((piece) => piece.length > 0 && !/^\d+$/.test(piece))
    .filter((piece) => !structuralLabels.some((label) => label.test(piece)));
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];

function readPlan(file: string) {
  const source = readFileSync(`content/planes/${file}`, 'utf8');
  const { yaml = '', body = '' } = splitFrontmatter(source) ?? {};
  const data = parse(yaml) as { ejes: { lineas?: { actividades?: string[] }[] }[] };
  return { data, text: normalize([...strings(data), body].join(' ')) };
}

test('content/planes holds exactly the five transcribed plans', () => {
  expect(readdirSync('content/planes').sort()).toEqual(plans.map((plan) => plan.file).sort());
});

describe.each(plans)('$file', ({ file, seed, linesPerAxis, activitiesPerAxis }) => {
  const { data, text } = readPlan(file);

  test('has every eje with the number of líneas de acción of the source', () => {
    expect(data.ejes.map((eje) => eje.lineas?.length ?? 0)).toEqual(linesPerAxis);
  });

  test('has every actividad of the source', () => {
    const activities = data.ejes.map((eje) =>
      (eje.lineas ?? []).reduce((sum, linea) => sum + (linea.actividades?.length ?? 0), 0),
    );
    expect(activities).toEqual(activitiesPerAxis);
  });

  test('keeps every line of the source, word for word', () => {
    const missing = sourcePieces(readFileSync(`tests/fixtures/seeds/${seed}`, 'utf8')).filter(
      (piece) => !text.includes(piece),
    );
    expect(missing).toEqual([]);
  });
});

test('the INFO CDMX plan turns its indicator table into structured fields', () => {
  const { data } = readPlan('info-cdmx-comunicacion-social-2023.mdx');
  const rows = data.ejes.slice(3).flatMap((eje) => eje.lineas ?? []);
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    expect(row).toMatchObject({
      meta: expect.any(String),
      indicador: expect.any(String),
      temporalidad: expect.any(String),
      medioVerificacion: expect.any(String),
    });
  }
  expect(rows.map((row) => (row as { formula?: string }).formula)).toEqual([
    undefined,
    'NI=Número de impresiones',
    'NA=Número de acciones',
  ]);
});

test('a plan period is over once its last year has ended, by the clock given', async () => {
  const { periodOver } = await import('#/src/lib/planPage.ts');
  expect(periodOver({ fin: 2024 }, new Date('2024-12-31T23:59:59Z'))).toBe(false);
  expect(periodOver({ fin: 2024 }, new Date('2025-01-01T00:00:00Z'))).toBe(true);
});
