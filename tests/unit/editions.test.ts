import { expect, test } from 'vitest';
import { changeCounts, editionsWithText, textBlocks, wordChanges } from '#/src/lib/editions.ts';
import { abcEditionChangesUrl, abcEditionUrl } from '#/src/lib/urls.ts';

test('what changed between two editions, word by word', () => {
  const changes = wordChanges('La ley de 2015 rige.', 'La ley de 2025 rige.');
  expect(changes.filter((change) => change.kind !== 'same')).toEqual([
    { kind: 'removed', text: '2015' },
    { kind: 'added', text: '2025' },
  ]);
  expect(changes.map((change) => (change.kind === 'removed' ? '' : change.text)).join('')).toBe('La ley de 2025 rige.');
  expect(changeCounts(wordChanges('uno dos', 'uno dos tres cuatro'))).toEqual({ added: 2, removed: 0 });
});

test('an edition text is headings («## ») and paragraphs separated by blank lines', () => {
  expect(textBlocks('Primer párrafo\nsigue.\n\n## Un subtítulo\n\nOtro.')).toEqual([
    { heading: false, text: 'Primer párrafo sigue.' },
    { heading: true, text: 'Un subtítulo' },
    { heading: false, text: 'Otro.' },
  ]);
});

test('editions keep their number in the history even when an older one kept no text', () => {
  const pages = editionsWithText([{ texto: undefined }, { texto: 'a' }, { texto: 'b' }]);
  expect(pages.map((page) => page.number)).toEqual([2, 3]);
  expect(pages[0]?.previous).toEqual({ texto: undefined });
});

test('edition addresses are stable, under the booklet', () => {
  expect(abcEditionUrl('abc-x', 2)).toBe('/abc/abc-x/ediciones/2/');
  expect(abcEditionChangesUrl('abc-x', 2)).toBe('/abc/abc-x/ediciones/2/que-cambio/');
});
