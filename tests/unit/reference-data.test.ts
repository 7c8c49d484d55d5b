import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { dataEntries } from '#/src/lib/dataFiles.ts';

const load = <T>(name: string): T[] => dataEntries(readFileSync(`content/${name}.yaml`, 'utf8'), name) as T[];
const estados = load<{ id: string; nombre: string; claveInegi: string; region: string }>('estados');

/** SNT regions as the Lineamientos (art. 15) and DESIGN.md list them. */
const regions: Record<string, string[]> = {
  norte: [
    'Baja California',
    'Baja California Sur',
    'Chihuahua',
    'Coahuila',
    'Durango',
    'Nuevo León',
    'Sinaloa',
    'Sonora',
    'Tamaulipas',
  ],
  'centro-occidente': [
    'Aguascalientes',
    'Colima',
    'Guanajuato',
    'Jalisco',
    'Michoacán',
    'Nayarit',
    'Querétaro',
    'San Luis Potosí',
    'Zacatecas',
  ],
  centro: ['Ciudad de México', 'Guerrero', 'Hidalgo', 'Estado de México', 'Morelos', 'Puebla', 'Tlaxcala'],
  sureste: ['Campeche', 'Chiapas', 'Oaxaca', 'Quintana Roo', 'Tabasco', 'Veracruz', 'Yucatán'],
};

test('the 32 federal entities have their INEGI keys 01 to 32', () => {
  expect(estados.map((estado) => estado.claveInegi)).toEqual(
    Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')),
  );
});

test.each(Object.entries(regions))('region %s holds exactly its states', (region, names) => {
  expect(load<{ id: string }>('regiones').map((r) => r.id)).toContain(region);
  expect(
    estados
      .filter((estado) => estado.region === region)
      .map((estado) => estado.nombre)
      .sort(),
  ).toEqual([...names].sort());
});

test('the SNT has its 11 thematic commissions', () => {
  expect(load('comisiones')).toHaveLength(11);
});

test('the bodies that present the seed plans and the national institute are in the directory', () => {
  const ids = load<{ id: string }>('organismos').map((body) => body.id);
  expect(ids).toEqual(expect.arrayContaining(['inai', 'ichitaip', 'ceaip', 'imaip', 'itaibcs', 'info-cdmx']));
});
