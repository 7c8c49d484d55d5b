import { expect, test } from 'vitest';
import type { Catalog, Entry } from '#/src/lib/catalog.ts';
import { entriesOf, facetsOf } from '#/src/lib/facets.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

// A tiny catalog: two states in two regions, one body, one capsule, one plan, one article.
const catalog = {
  estados: [
    { collection: 'estados', id: 'chihuahua', data: { nombre: 'Chihuahua', region: ref('regiones', 'norte') } },
    { collection: 'estados', id: 'jalisco', data: { nombre: 'Jalisco', region: ref('regiones', 'centro-occidente') } },
  ],
  regiones: [],
  comisiones: [],
  organismos: [{ collection: 'organismos', id: 'ichitaip', data: { estado: ref('estados', 'chihuahua') } }],
  capsulas: [
    {
      collection: 'capsulas',
      id: 'taller',
      data: { estado: ref('estados', 'jalisco'), comision: ref('comisiones', 'archivos'), personas: [] },
    },
  ],
  planes: [
    {
      collection: 'planes',
      id: 'plan',
      data: {
        presenta: { organismo: ref('organismos', 'ichitaip') },
        comision: ref('comisiones', 'vinculacion'),
      },
    },
  ],
  articulos: [
    {
      collection: 'articulos',
      id: 'articulo',
      data: {
        estados: [],
        comisiones: [ref('comisiones', 'archivos')],
        autores: [{ organismo: ref('organismos', 'ichitaip') }],
      },
    },
  ],
  abc: [],
  revista: [],
  eventos: [
    {
      collection: 'eventos',
      id: 'foro',
      data: {
        inicio: '2026-03-18 10:00',
        fin: '2026-03-18 14:00',
        zonaHoraria: 'America/Ciudad_Juarez',
        estados: [ref('estados', 'chihuahua')],
        organizadores: { organismos: [], comisiones: [ref('comisiones', 'archivos')] },
      },
    },
  ],
  convocatorias: [
    {
      collection: 'convocatorias',
      id: 'concurso',
      data: {
        apertura: '2026-03-01 09:00',
        cierre: '2026-05-15 18:00',
        zonaHoraria: 'America/Mexico_City',
        estados: [],
        organizadores: { organismos: [ref('organismos', 'ichitaip')], comisiones: [] },
      },
    },
  ],
  audios: [],
  series: [],
  paginas: [],
} as unknown as Catalog;

const sorted = (set: Set<string>) => [...set].sort();

test('a plan belongs to the state and region of the body that presents it', () => {
  const facets = facetsOf(catalog, catalog.planes[0] as Entry);
  expect(sorted(facets.organismos)).toEqual(['ichitaip']);
  expect(sorted(facets.estados)).toEqual(['chihuahua']);
  expect(sorted(facets.regiones)).toEqual(['norte']);
  expect(sorted(facets.comisiones)).toEqual(['vinculacion']);
});

test('a capsule belongs to its own state and that state’s region', () => {
  const facets = facetsOf(catalog, catalog.capsulas[0] as Entry);
  expect(sorted(facets.estados)).toEqual(['jalisco']);
  expect(sorted(facets.regiones)).toEqual(['centro-occidente']);
});

test('an article belongs to the states of its authors’ bodies', () => {
  expect(sorted(facetsOf(catalog, catalog.articulos[0] as Entry).estados)).toEqual(['chihuahua']);
});

test('hubs list exactly the entries of their state, region or commission', () => {
  expect(entriesOf(catalog, 'estados', 'chihuahua')).toMatchObject({
    planes: [{ id: 'plan' }],
    capsulas: [],
    articulos: [{ id: 'articulo' }],
    eventos: [{ id: 'foro' }],
    // A call of a body belongs to the body's state.
    convocatorias: [{ id: 'concurso' }],
  });
  expect(entriesOf(catalog, 'regiones', 'centro-occidente').capsulas.map((entry) => entry.id)).toEqual(['taller']);
  expect(entriesOf(catalog, 'comisiones', 'archivos')).toMatchObject({
    capsulas: [{ id: 'taller' }],
    articulos: [{ id: 'articulo' }],
    planes: [],
    eventos: [{ id: 'foro' }],
    convocatorias: [],
  });
  expect(entriesOf(catalog, 'organismos', 'ichitaip').convocatorias.map((entry) => entry.id)).toEqual(['concurso']);
  expect(entriesOf(catalog, 'estados', 'sonora')).toEqual({
    planes: [],
    capsulas: [],
    audios: [],
    abc: [],
    articulos: [],
    eventos: [],
    convocatorias: [],
  });
});
