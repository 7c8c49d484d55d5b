import { expect, test } from 'vitest';
import { t } from '#/src/i18n/es.ts';
import { CLIENT_KEYS, clientTexts, statusText, textReader } from '#/src/components/search/texts.ts';

/** The texts the search page hands its script, read as the script reads them. */
const text = textReader(clientTexts(t));

test('the page hands the script every text it writes, placeholders left for it to fill', () => {
  const texts = JSON.parse(clientTexts(t)) as Record<string, string>;
  expect(Object.keys(texts).map((key) => `search.${key}`)).toEqual([...CLIENT_KEYS]);
  expect(texts['count.other']).toBe('{n} resultados para «{q}»');
});

test.each([
  ['{n} de {n}', { n: 3 }, '3 de 3'],
  ['«{q}»', { q: 'datos' }, '«datos»'],
  ['«{q}»', {}, '«»'],
  ['sin marcas', { n: 1 }, 'sin marcas'],
])('filling «%s» with %j gives «%s»', (template, values, expected) => {
  expect(textReader(JSON.stringify({ loading: template }))('loading', values)).toBe(expected);
});

test('a text the page did not hand over shows its key', () => {
  expect(textReader('{}')('error')).toBe('error');
});

test.each([
  [0, 'zzzxq', 'No hay resultados para «zzzxq». Prueba con otras palabras o quita algún filtro.'],
  [1, 'archivos', '1 resultado para «archivos»'],
  [9, 'transparencia', '9 resultados para «transparencia»'],
  [0, '', 'No hay resultados con los filtros elegidos. Quita alguno para ver más.'],
  [1, '', '1 resultado con los filtros elegidos'],
  [12, '', '12 resultados con los filtros elegidos'],
])('the live region announces %i results for «%s» as «%s»', (count, term, expected) => {
  expect(statusText(text, count, term)).toBe(expected);
});
