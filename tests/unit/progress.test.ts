import { expect, test } from 'vitest';
import type { Catalog } from '#/src/lib/catalog.ts';
import { renumberedLines } from '#/src/lib/astroContent.ts';
import { lineNumbers, linesServedBy, metaStates, planProgress } from '#/src/lib/progress.ts';
import { lineStart, missingRecords } from '#/src/lib/publishedLines.ts';

// What a citizen reads on a plan: each línea's state comes from what was published, never from a typed word.
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const serves = (plan: string, linea: string) => ({ plan: ref('planes', plan), linea });

const entry = (collection: string, id: string, fecha: string, data: Record<string, unknown> = {}) => ({
  collection,
  id,
  data: { titulo: `Título de ${id}`, resumen: '', fecha, ejemplo: false, lineas: [], ...data },
});

const plan = {
  collection: 'planes',
  id: 'plan',
  data: {
    titulo: 'Plan 2021–2022',
    periodo: { inicio: 2021, fin: 2022 },
    ejes: [
      {
        etiqueta: 'Eje 1',
        titulo: 'Difusión',
        lineas: [
          // 1.1: counted, with a meta that writes the number 2.
          {
            texto: 'Realizar foros',
            meta: 'Realizar 2 foros regionales',
            cuenta: { tipos: ['eventos'], tipo: 'foro', meta: 2 },
          },
          // 1.2: typed «cumplida», with one booklet listed by the línea itself.
          { texto: 'Publicar un cuadernillo', estado: 'cumplida', evidencias: { abc: [ref('abc', 'cuadernillo')] } },
          // 1.3: only evidence outside the period and an outside document inside it.
          {
            texto: 'Informar',
            evidencias: {
              externas: [
                {
                  titulo: 'Informe anual',
                  fecha: '2022-12',
                  editor: 'Organismo',
                  tipo: 'informe',
                  enlace: 'https://example.org/informe.pdf',
                },
              ],
            },
          },
        ],
      },
      { etiqueta: 'Eje 2', titulo: 'Vinculación', lineas: [{ texto: 'Firmar convenios' }] },
    ],
  },
};

const event = (id: string, inicio: string, tipo: string, lineas: unknown[]) =>
  entry('eventos', id, '2020-01-01', { inicio: `${inicio} 10:00`, fin: `${inicio} 12:00`, tipo, lineas, estados: [] });

const catalog = (events: unknown[]) =>
  ({
    planes: [plan],
    abc: [entry('abc', 'cuadernillo', '2021-06-01', { numero: 1 })],
    revista: [],
    articulos: [],
    capsulas: [
      entry('capsulas', 'fuera', '2025-01-10', { lineas: [serves('plan', '1.3')] }),
      entry('capsulas', 'ejemplo', '2021-03-01', { ejemplo: true, lineas: [serves('plan', '2.1')] }),
    ],
    audios: [],
    eventos: events,
    convocatorias: [],
    estados: [],
    regiones: [],
    comisiones: [],
    organismos: [],
    paginas: [],
  }) as unknown as Catalog;

const twoForums = [
  event('foro-1', '2021-05-04', 'foro', [serves('plan', '1.1')]),
  event('foro-2', '2022-02-10', 'foro', [serves('plan', '1.1')]),
  event('taller', '2022-03-10', 'taller', [serves('plan', '1.1')]),
];

test('a línea whose counted evidence reaches the number its meta writes is «cumplida», per year of the period', () => {
  const [counted] = planProgress(catalog(twoForums), plan as never).lines;
  expect(counted?.indicator).toEqual({
    perYear: [
      { year: 2021, value: 1 },
      { year: 2022, value: 1 },
    ],
    total: 2,
    target: 2,
  });
  expect(counted?.state).toBe('cumplida');
  expect(counted?.doneBy).toBe('meta');
  // The workshop is evidence too, but the indicator counts forums only.
  expect(counted?.evidence.map((e) => e.title)).toEqual(['Título de foro-1', 'Título de foro-2', 'Título de taller']);
});

test('one forum short of the meta leaves the línea «con evidencia»; removing the links leaves it «sin evidencia»', () => {
  expect(planProgress(catalog(twoForums.slice(1)), plan as never).lines[0]?.state).toBe('con-evidencia');
  expect(planProgress(catalog([]), plan as never).lines[0]?.state).toBe('sin-evidencia');
  expect(planProgress(catalog([]), plan as never).lines[0]?.indicator?.total).toBe(0);
});

test("an editor's «cumplida» holds with evidence; evidence outside the period is shown apart and never counted", () => {
  const { lines, counts, bySource, axes } = planProgress(catalog(twoForums), plan as never);
  expect(lines[1]).toMatchObject({ state: 'cumplida', doneBy: 'editor' });
  expect(lines[2]?.outside.map((e) => e.title)).toEqual(['Título de fuera']);
  expect(lines[2]?.evidence).toMatchObject([{ source: 'externas', kind: 'Informe', publisher: 'Organismo' }]);
  expect(lines[2]?.state).toBe('con-evidencia');
  expect(lines[3]).toMatchObject({ state: 'con-evidencia', example: true });
  expect(counts).toEqual({ cumplida: 2, 'con-evidencia': 2, 'sin-evidencia': 0, total: 4 });
  expect(axes.map((axis) => axis.counts.total)).toEqual([3, 1]);
  expect(bySource).toContainEqual(expect.objectContaining({ source: 'capsulas', inPeriod: 1, outside: 1 }));
});

test('an entry names the líneas it serves, linked to their anchors', () => {
  const data = catalog(twoForums);
  const [forum] = data.eventos;
  if (!forum) throw new Error('falta el foro de prueba');
  expect(linesServedBy(data, forum)).toMatchObject([{ number: '1.1', href: '/planes/plan/#linea-1-1' }]);
  expect(lineNumbers(plan as never)).toBe('1.1 a 1.3, 2.1');
});

test("«cuenta.meta» must be a number the plan's meta writes", () => {
  expect(metaStates('Realizar 2 foros regionales', 2)).toBe(true);
  expect(metaStates('Imprimir 1,500 ejemplares', 1500)).toBe(true);
  expect(metaStates('Realizar 12 foros', 2)).toBe(false);
  expect(metaStates(undefined, 2)).toBe(false);
});

test('a published línea that moved or disappeared stops the build, naming the entries that cite it', () => {
  const data = catalog(twoForums);
  const records = [
    { plan: 'plan', number: '1.1', start: lineStart('Realizar foros') },
    { plan: 'plan', number: '1.2', start: lineStart('Otra línea que estaba aquí') },
    { plan: 'plan', number: '3.1', start: lineStart('Una línea que ya no está') },
    { plan: 'otro-plan', number: '1.1', start: 'De un plan que no se publica' },
  ];
  const problems = renumberedLines(data, records);
  expect(problems.map((problem) => problem.field)).toEqual(['ejes.0.lineas.1.texto', 'ejes.2.lineas']);
  expect(problems[0]?.found).toBe(
    'la línea 1.2 se publicó como «Otra línea que estaba aquí…» y ahora dice «Publicar un cuadernillo…»',
  );
  expect(problems[1]?.found).toContain('y ahora no existe');
  // The record of 1.1 still holds: the forums that cite it would be named if it moved.
  expect(renumberedLines(data, [{ plan: 'plan', number: '1.1', start: 'Otra cosa' }])[0]?.fix).toContain(
    'content/eventos/foro-1',
  );
});

test('the registrar appends only the líneas it has no record of', () => {
  const plans = [
    {
      plan: 'plan',
      title: 'Plan',
      lines: [
        { number: '1.1', text: 'Realizar  foros\n regionales' },
        { number: '1.2', text: 'Otra' },
      ],
    },
  ];
  expect(missingRecords(plans, [{ plan: 'plan', number: '1.1', start: 'Realizar foros regionales' }])).toEqual([
    { plan: 'plan', number: '1.2', start: 'Otra' },
  ]);
  expect(lineStart('x'.repeat(100))).toHaveLength(60);
});
