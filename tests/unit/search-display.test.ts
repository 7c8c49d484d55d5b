import { expect, test } from 'vitest';
import { isRetired, sortedValues, subResultsOf } from '#/src/components/search/display.ts';
import type { ResultData, SubResult } from '#/src/components/search/pagefind.ts';

/** A sub-result under /planes/p/ with `matches` words found in it. */
const sub = (anchor: string, matches?: number): SubResult => ({
  title: anchor,
  url: anchor ? `/planes/p/#${anchor}` : '/planes/p/',
  excerpt: '',
  ...(matches === undefined ? {} : { locations: Array.from({ length: matches }, (_, i) => i) }),
});

/** A result for /planes/p/ with the given sub-results. */
const result = (...subs: SubResult[]): ResultData => ({ url: '/planes/p/', excerpt: '', meta: {}, sub_results: subs });

const titles = (data: ResultData) => subResultsOf(data).map(({ title }) => title);

test('a result without sub-results shows none', () => {
  expect(subResultsOf({ url: '/capsulas/c/', excerpt: '', meta: {} })).toEqual([]);
});

test('the page itself is not shown again as its first sub-result', () => {
  expect(titles(result(sub('', 9), sub('linea-1-1', 1)))).toEqual(['linea-1-1']);
});

test('the three sub-results with most matches are shown, in the order of the page', () => {
  const data = result(sub('a', 1), sub('b', 4), sub('c', 2), sub('d', 5), sub('e', 3));
  expect(titles(data)).toEqual(['b', 'd', 'e']);
});

test('between sub-results with as many matches, the first on the page wins; none counted is none found', () => {
  expect(titles(result(sub('a'), sub('b', 2), sub('c', 2), sub('d', 2), sub('e', 2)))).toEqual(['b', 'c', 'd']);
  expect(titles(result(sub('a'), sub('b', 1), sub('c'), sub('d')))).toEqual(['a', 'b', 'c']);
});

test('choosing sub-results leaves Pagefind’s list as it was', () => {
  const data = result(sub('a', 1), sub('b', 4), sub('c', 2), sub('d', 5));
  const before = [...(data.sub_results ?? [])];
  subResultsOf(data);
  expect(data.sub_results).toEqual(before);
});

/** Counts for the given values, as Pagefind returns them. */
const counted = (...values: string[]) => Object.fromEntries(values.map((value) => [value, 1]));

test.each([
  ['anio', ['2019', '2024', '2021', '2023'], ['2024', '2023', '2021', '2019']],
  [
    'estado',
    ['Zacatecas', 'Ciudad de México', 'Querétaro', 'Aguascalientes'],
    ['Aguascalientes', 'Ciudad de México', 'Querétaro', 'Zacatecas'],
  ],
  ['comision', ['Ñuu', 'Oaxaca', 'Nayarit', 'Ámbito', 'archivos'], ['Ámbito', 'archivos', 'Nayarit', 'Ñuu', 'Oaxaca']],
  ['tipo', ['Plan', 'Cápsula', 'Cuadernillo'], ['Cápsula', 'Cuadernillo', 'Plan']],
])('the %s filter lists %j as %j', (param, values, expected) => {
  expect(sortedValues(param, counted(...values))).toEqual(expected);
});

test('a result is labelled retired when its page gave the index a retirement date, and only then', () => {
  expect(isRetired({ url: '/organismos/inai/', excerpt: '', meta: { retirado: '2025-03-21' } })).toBe(true);
  expect(isRetired({ url: '/organismos/ichitaip/', excerpt: '', meta: { title: 'ICHITAIP' } })).toBe(false);
});
