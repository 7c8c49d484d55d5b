import { expect, test } from 'vitest';
import { collectionOf, compareWithReal, draw, searchWords, wordsOf } from '#/scripts/bench/palabras.ts';

const page = (url: string, content: string) => ({ url, content });

test('words are split as Pagefind splits them, lower-cased, accents kept', () => {
  expect(wordsOf('La Transparencia, ¿y el ACCESO?')).toEqual(['la', 'transparencia', 'y', 'el', 'acceso']);
});

test.each([
  ['/capsulas/x/', 'capsulas'],
  ['/revista/3/', 'revista'],
  ['/revista/3/articulo-x/', 'articulos'],
  ['/planes/plan-x/', 'planes'],
  ['/abc/abc-x/', 'abc'],
  ['/estados/chihuahua/', undefined],
])('%s belongs to %s', (url, collection) => {
  expect(collectionOf(url)).toBe(collection);
});

/** Real pages of two collections, with «transparencia» at 10 and 30 per 1,000 words. */
const real = [
  page('/capsulas/real/', `transparencia ${'acceso '.repeat(99)}`),
  page('/planes/real/', `transparencia transparencia transparencia ${'datos '.repeat(97)}`),
];

test('a synthetic text within the real collections’ range passes; one that overstates a word fails', () => {
  const honest = [page('/capsulas/s1/', `transparencia transparencia ${'acceso datos '.repeat(49)}`)];
  const generated = new Set(['/capsulas/s1/']);
  const within = compareWithReal([...real, ...honest], generated).words.find((w) => w.word === 'transparencia');
  expect(within).toMatchObject({ real: 20, realRange: [10, 30], synthetic: 20, ok: true });

  const loud = [page('/capsulas/s1/', `${'transparencia '.repeat(10)}${'acceso '.repeat(90)}`)];
  const over = compareWithReal([...real, ...loud], generated).words.find((w) => w.word === 'transparencia');
  expect(over).toMatchObject({ synthetic: 100, ok: false });
});

test('page lengths are compared per collection', () => {
  const synthetic = [page('/capsulas/s1/', 'acceso '.repeat(300))];
  const { lengths } = compareWithReal([...real, ...synthetic], new Set(['/capsulas/s1/']));
  expect(lengths).toContainEqual({
    collection: 'capsulas',
    realPages: 1,
    realWords: 100,
    syntheticPages: 1,
    syntheticWords: 300,
  });
});

test('the queries: «transparencia», the commonest word on at most 5 % of pages, and the next three', () => {
  const pages = Array.from({ length: 100 }, (_, i) =>
    page(
      `/capsulas/${i}/`,
      ['transparencia información datos acceso', i < 5 ? 'archivo' : '', i < 2 ? 'inegi' : '', i < 6 ? 'foro' : '']
        .join(' ')
        .trim(),
    ),
  );
  expect(searchWords(pages)).toEqual({
    common: 'transparencia',
    rare: 'archivo',
    three: 'acceso datos información',
    commonShare: 1,
    rareShare: 0.05,
    rareCandidates: expect.arrayContaining(['archivo', 'inegi']),
    pages: 100,
    commonSample: ['acceso', 'datos', 'información', 'transparencia', 'foro', 'archivo', 'inegi'],
  });
  expect(() => searchWords(pages.map((p) => ({ ...p, content: 'transparencia' })))).toThrow('5 %');
});

test('the rare words are drawn from the real entries, the same ones every time', () => {
  const real = Array.from({ length: 40 }, (_, i) =>
    page(`/capsulas/r${i}/`, `transparencia palabra${String.fromCharCode(97 + (i % 26))}x`),
  );
  const synthetic = Array.from({ length: 60 }, (_, i) => page(`/capsulas/s${i}/`, `transparencia sintetica${i}`));
  const generated = new Set(synthetic.map((p) => p.url));
  const words = searchWords([...real, ...synthetic], generated);
  expect(words.rareCandidates).toHaveLength(26);
  expect(words.rareCandidates.every((word) => /^palabra[a-z]x$/.test(word))).toBe(true);
  expect(searchWords([...real, ...synthetic], generated).rareCandidates).toEqual(words.rareCandidates);
  // Drawn, not in alphabetical order.
  expect(words.rareCandidates).not.toEqual([...words.rareCandidates].sort());
});

test('draw takes a seeded sample without repeating', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  const sample = draw(items, 30, 31);
  expect(new Set(sample).size).toBe(30);
  expect(draw(items, 30, 31)).toEqual(sample);
  expect(draw(items, 30, 32)).not.toEqual(sample);
});
