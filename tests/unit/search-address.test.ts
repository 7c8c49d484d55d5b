import { expect, test } from 'vitest';
import { readAddress, writeAddress, type FilterChoice } from '#/src/components/search/address.ts';

/** Filters as the page holds them, from `param: values` pairs. */
const filters = (chosen: Record<string, readonly string[]>): FilterChoice[] =>
  Object.entries(chosen).map(([param, values]) => ({ param, chosen: new Set(values) }));

test('an address without parameters holds the defaults and asks for nothing', () => {
  const address = readAddress('');
  expect(address).toMatchObject({ q: '', order: '', shared: false });
  expect(address.chosen('tipo')).toEqual(new Set());
});

test('the query, the order and each filter’s values come from their parameters', () => {
  const address = readAddress('?q=datos+abiertos&tipo=C%C3%A1psula&tipo=Plan&estado=Chihuahua&orden=fecha');
  expect(address).toMatchObject({ q: 'datos abiertos', order: 'fecha', shared: true });
  expect([...address.chosen('tipo')]).toEqual(['Cápsula', 'Plan']);
  expect([...address.chosen('estado')]).toEqual(['Chihuahua']);
  expect(address.chosen('anio')).toEqual(new Set());
});

test('a value given twice is chosen once', () => {
  expect([...readAddress('?anio=2024&anio=2023&anio=2024').chosen('anio')]).toEqual(['2024', '2023']);
});

test.each([
  ['?orden=fecha', 'fecha'],
  ['?orden=relevancia', ''],
  ['?orden=FECHA', ''],
  ['?orden=', ''],
])('the order in «%s» is «%s»', (search, order) => {
  expect(readAddress(search).order).toBe(order);
});

test.each([
  ['', false],
  ['?', false],
  ['?&', false],
  ['?q=', true],
  ['?utm_source=boletin', true],
  ['?tipo=Plan', true],
])('the address «%s» is a shared search to run at once: %s', (search, shared) => {
  expect(readAddress(search).shared).toBe(shared);
});

test('unknown parameters are read as nothing and left out when the address is written back', () => {
  const address = readAddress('?utm_source=boletin&q=archivos&pagina=2');
  expect(address.q).toBe('archivos');
  expect(writeAddress(address.q, filters({ tipo: [...address.chosen('tipo')] }), address.order)).toBe('?q=archivos');
});

test.each([
  ['', {}, '', ''],
  ['', { tipo: [], estado: [] }, '', ''],
  ['datos', {}, '', '?q=datos'],
  ['datos abiertos', {}, 'fecha', '?q=datos+abiertos&orden=fecha'],
  ['', { tipo: ['Cápsula'] }, '', '?tipo=C%C3%A1psula'],
  ['', {}, 'fecha', '?orden=fecha'],
  [
    'archivos',
    { tipo: ['Plan', 'Cápsula'], estado: [], anio: ['2024'] },
    'fecha',
    '?q=archivos&tipo=Plan&tipo=C%C3%A1psula&anio=2024&orden=fecha',
  ],
] as const)('writing q=%j, filters %j, order %j gives «%s»', (q, chosen, order, search) => {
  expect(writeAddress(q, filters(chosen), order)).toBe(search);
});

test('a written address reads back as the same search', () => {
  const written = writeAddress(
    'ley general',
    filters({ tipo: ['Cápsula', 'Plan'], region: ['Centro-Occidente'] }),
    'fecha',
  );
  const address = readAddress(written);
  expect(address).toMatchObject({ q: 'ley general', order: 'fecha', shared: true });
  expect([...address.chosen('tipo')]).toEqual(['Cápsula', 'Plan']);
  expect([...address.chosen('region')]).toEqual(['Centro-Occidente']);
});
