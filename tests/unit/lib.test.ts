import { describe, expect, test } from 'vitest';
import { atMost } from '#/src/build/atMost.ts';
import { formatDate, formatPeriod } from '#/src/lib/dates.ts';
import { findImpossibleDates } from '#/src/lib/frontmatterDates.ts';
import { formatProblem } from '#/src/lib/problems.ts';
import { brokenReferenceProblems, findBrokenReferences } from '#/src/lib/references.ts';
import { parseDuration } from '#/src/lib/durations.ts';
import { isSlug, slugify } from '#/src/lib/slugs.ts';

describe.each([
  ['Plan de Trabajo 2023–2024', 'plan-de-trabajo-2023-2024'],
  ['Región Centro-Occidente', 'region-centro-occidente'],
  ['Año de la niñez: señales', 'ano-de-la-ninez-senales'],
  ['  ¿Qué es el “derecho de acceso”?  ', 'que-es-el-derecho-de-acceso'],
  ['ÍNDICE ÚNICO Ü', 'indice-unico-u'],
])('slugify(%j)', (title, slug) => {
  test(`is ${slug}, a valid slug`, () => {
    expect(slugify(title)).toBe(slug);
    expect(isSlug(slugify(title))).toBe(true);
  });
});

test('isSlug refuses upper case, accents, spaces and stray hyphens', () => {
  for (const bad of ['Plan', 'región', 'dos palabras', '-inicio', 'fin-', 'doble--guion'])
    expect(isSlug(bad)).toBe(false);
});

test('dates read as in Mexico, whatever the machine time zone', () => {
  expect(formatDate(new Date('2022-01-01'))).toBe('1 de enero de 2022');
  expect(formatPeriod({ inicio: 2023, fin: 2024 })).toBe('2023–2024');
  expect(formatPeriod({ inicio: 2022, fin: 2022 })).toBe('2022');
});

describe.each([
  ['fecha: 2024-02-30', [{ field: 'fecha', written: '2024-02-30', line: 1 }]],
  ["actualizado: '2023-13-01'", [{ field: 'actualizado', written: '2023-13-01', line: 1 }]],
  ['  - fecha: 2023-04-31', [{ field: 'fecha', written: '2023-04-31', line: 1 }]],
  ['fecha: 2024-02-29', []],
  ['titulo: Informe 2024-02-30 (borrador)', []],
])('findImpossibleDates(%j)', (line, expected) => {
  test('reports exactly the dates that do not exist', () => {
    expect(findImpossibleDates(line)).toEqual(expected);
  });
});

describe.each([
  ['1:30', 90],
  ['0:08', 8],
  ['1:02:03', 3723],
  [45, 45],
  ['90', undefined],
  ['1:75', undefined],
  ['0:00', undefined],
  [-3, undefined],
])('parseDuration(%j)', (written, seconds) => {
  test(`is ${String(seconds)}`, () => expect(parseDuration(written)).toBe(seconds));
});

test('broken references are found wherever they are nested, and explained with valid ids', () => {
  const entries = [
    { collection: 'estados', id: 'chihuahua', data: { nombre: 'Chihuahua' } },
    { collection: 'capsulas', id: 'taller', data: { estado: { collection: 'estados', id: 'chihuahua' } } },
    {
      collection: 'planes',
      id: 'plan',
      filePath: 'content/planes/plan.mdx',
      data: {
        ejes: [
          {
            lineas: [
              {
                evidencias: {
                  capsulas: [
                    { collection: 'capsulas', id: 'taller' },
                    { collection: 'capsulas', id: 'borrada' },
                  ],
                },
              },
            ],
          },
        ],
      },
    },
    { collection: 'organismos', id: 'x', data: { estado: { collection: 'estados', id: 'atlantida' } } },
  ];
  const broken = findBrokenReferences(entries);
  expect(broken).toEqual([
    {
      file: 'content/planes/plan.mdx',
      field: 'ejes.0.lineas.0.evidencias.capsulas.1',
      collection: 'capsulas',
      id: 'borrada',
    },
    { file: 'content/organismos.yaml', entry: 'x', field: 'estado', collection: 'estados', id: 'atlantida' },
  ]);
  const lines = brokenReferenceProblems(broken, entries).map(formatProblem);
  expect(lines[0]).toBe(
    'content/planes/plan.mdx, campo «ejes.0.lineas.0.evidencias.capsulas.1»: hace referencia a «borrada» en «capsulas», que no existe o es un borrador. Se esperaba uno de: taller.',
  );
  expect(lines[1]).toContain('content/organismos.yaml, campo «estado»: la entrada «x» hace referencia a «atlantida»');
  expect(lines[1]).toContain('Se esperaba uno de: chihuahua.');
});

describe('atMost, for files by the thousand (30,000 fragments read at once failed with EMFILE)', () => {
  test('runs no more than its limit at once and keeps the results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await atMost(3, [...Array(20).keys()], async (n, i) => {
      most = Math.max(most, ++running);
      await new Promise((wait) => setTimeout(wait, (n * 7) % 5));
      running--;
      return n * 10 + i;
    });
    expect(most).toBe(3);
    expect(results).toEqual([...Array(20).keys()].map((n) => n * 11));
  });

  test('a failure rejects it', async () => {
    await expect(
      atMost(2, [1, 2, 3], (n) => (n === 2 ? Promise.reject(new Error('dos')) : Promise.resolve(n))),
    ).rejects.toThrow('dos');
  });
});
