import { beforeEach, expect, test, vi } from 'vitest';
import type { Counts, FilterGroup, Filters } from '#/src/components/search/pagefind.ts';

// A stand-in for the bundle the build writes to /pagefind/, which Node cannot load.
const bundle = vi.hoisted(() => ({
  options: vi.fn(),
  init: vi.fn(),
  search: vi.fn<(term: string | null, options: { filters: Filters }) => Promise<unknown>>(),
}));
vi.mock('/pagefind/pagefind.js', () => bundle);

/** The search module as a page gets it when it opens: Pagefind not loaded yet. */
const freshModule = async () => {
  vi.resetModules();
  return import('#/src/components/search/pagefind.ts');
};

beforeEach(() => {
  bundle.options.mockReset().mockResolvedValue(undefined);
  bundle.init.mockReset().mockResolvedValue(undefined);
  bundle.search.mockReset();
});

/** A filter of the pane: its index name, whether it is open, and its ticked values. */
const group = (key: string, open: boolean, ...chosen: string[]): FilterGroup => ({
  param: key,
  key,
  details: { open },
  chosen: new Set(chosen),
});

test.each([
  ['no filter open or ticked asks for none', [group('tipo', false), group('año', false)], {}],
  ['an open filter is asked for with no choice, to get its counts', [group('tipo', true)], { tipo: { any: [] } }],
  [
    'a ticked filter narrows by any of its values',
    [group('tipo', false, 'Plan', 'Cápsula')],
    { tipo: { any: ['Plan', 'Cápsula'] } },
  ],
  [
    'closed filters without a choice cost nothing',
    [group('tipo', true, 'Plan'), group('estado', false), group('año', true)],
    { tipo: { any: ['Plan'] }, año: { any: [] } },
  ],
])('the filter request: %s', async (_, groups, expected) => {
  const { requestedFilters } = await freshModule();
  expect(requestedFilters(groups)).toEqual(expected);
});

test('Pagefind loads and starts once, on the first call, and is ready only once started', async () => {
  const { isPagefindReady, loadPagefind } = await freshModule();
  expect(isPagefindReady()).toBe(false);
  const first = loadPagefind();
  expect(isPagefindReady()).toBe(false);
  await first;
  expect(isPagefindReady()).toBe(true);
  await loadPagefind();
  expect(bundle.init).toHaveBeenCalledTimes(1);
});

test('Pagefind is told to search on the page, without its worker, before it starts', async () => {
  const { loadPagefind } = await freshModule();
  await loadPagefind();
  expect(bundle.options).toHaveBeenCalledWith({ noWorker: true });
  expect(bundle.options.mock.invocationCallOrder[0]).toBeLessThan(bundle.init.mock.invocationCallOrder[0] ?? 0);
});

test('a failed load is not ready, and is tried again by the next call', async () => {
  const { isPagefindReady, loadPagefind } = await freshModule();
  bundle.init.mockRejectedValueOnce(new Error('sin conexión'));
  await expect(loadPagefind()).rejects.toThrow('sin conexión');
  expect(isPagefindReady()).toBe(false);
  await loadPagefind();
  expect(isPagefindReady()).toBe(true);
  expect(bundle.init).toHaveBeenCalledTimes(2);
});

test('a search without words asks Pagefind for every page the filters let through, unsorted unless asked', async () => {
  const { searchFor } = await freshModule();
  bundle.search.mockResolvedValue({ results: [], filters: {} });
  await searchFor('', { tipo: { any: ['Plan'] } });
  await searchFor('datos', {}, { fecha: 'desc' });
  expect(bundle.search.mock.calls).toEqual([
    [null, { filters: { tipo: { any: ['Plan'] } }, sort: {} }],
    ['datos', { filters: {}, sort: { fecha: 'desc' } }],
  ]);
});

/** Pagefind's counts for a search: each filter counts the pages the other filters let through. */
const countsFor = (filters: Filters): Counts => ({
  tipo: filters['estado']?.any.length ? { Plan: 2, Cápsula: 1 } : { Plan: 5, Cápsula: 4 },
  estado: filters['tipo']?.any.includes('Plan') ? { Chihuahua: 2 } : { Chihuahua: 3, Sonora: 1 },
});

test('each ticked filter is counted again without its own choice, so its other values keep their counts', async () => {
  const { filterCounts } = await freshModule();
  bundle.search.mockImplementation((_term, { filters }) =>
    Promise.resolve({ results: [], filters: countsFor(filters) }),
  );
  const groups = [group('tipo', true, 'Plan'), group('estado', true)];
  const filters = { tipo: { any: ['Plan'] }, estado: { any: [] } };
  const counts = await filterCounts('archivos', filters, countsFor(filters), groups);
  expect(counts).toEqual({ tipo: { Plan: 5, Cápsula: 4 }, estado: { Chihuahua: 2 } });
  expect(bundle.search.mock.calls).toEqual([
    ['archivos', { filters: { tipo: { any: [] }, estado: { any: [] } }, sort: {} }],
  ]);
});

test('without a ticked filter the search’s own counts are kept, at no extra search', async () => {
  const { filterCounts } = await freshModule();
  const counts = { tipo: { Plan: 5 } };
  expect(await filterCounts('', { tipo: { any: [] } }, counts, [group('tipo', true)])).toEqual(counts);
  expect(bundle.search).not.toHaveBeenCalled();
});

test('a filter whose count without its choice comes back empty is counted as empty, not as before', async () => {
  const { filterCounts } = await freshModule();
  bundle.search.mockResolvedValue(null);
  expect(
    await filterCounts('', { año: { any: ['2024'] } }, { año: { 2024: 1 } }, [group('año', false, '2024')]),
  ).toEqual({
    año: {},
  });
});
