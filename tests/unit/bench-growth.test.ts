import { expect, test } from 'vitest';
import { mdxComponents } from '#/scripts/bench/base.ts';
import { growthSentences, growthSteps } from '#/scripts/bench/crecimiento.ts';

/** A build costing `fixed` seconds plus `perEntry` seconds (and 100 KB) for each entry, raised by `extra` per entry². */
const cost = (entries: number, perEntry: number, extra = 0, fixed = 20) => ({
  entries,
  seconds: fixed + perEntry * entries + extra * entries * entries,
  peakRssBytes: 5e8 + 1e5 * entries,
});

test('a fixed part plus the same cost per entry grows linearly, in both steps of three sizes', () => {
  const sentences = growthSentences([cost(30_000, 0.01), cost(1_000, 0.01), cost(10_000, 0.01)]);
  expect(sentences?.time).toBe(
    'crece linealmente: cada entrada agregada costó 10 ms de 1,000 a 10,000 y 10 ms de 10,000 a 30,000 (1 ×)',
  );
  expect(sentences?.memory).toMatch(/^crece linealmente: cada entrada agregada costó 100 KB de 1,000 a 10,000/);
});

test('with two sizes the report can only say linear or less, and what each added entry cost', () => {
  expect(growthSentences([cost(1_000, 0.01), cost(10_000, 0.01)])?.time).toBe(
    'crece linealmente o menos: cada entrada cuesta a 10,000 entradas 0.4 × lo que a 1,000 (una parte fija se reparte); cada entrada agregada, 10 ms',
  );
  expect(growthSentences([cost(1_000, 0.01)])).toBeUndefined();
});

test('a cost per entry that rises with the site is said to grow more than linearly', () => {
  const [step] = growthSteps([cost(1_000, 0.001, 1e-5), cost(10_000, 0.001, 1e-5)]);
  expect(step?.timePerEntry).toBeGreaterThan(1.1);
  expect(growthSentences([cost(1_000, 0.001, 1e-5), cost(10_000, 0.001, 1e-5)])?.time).toMatch(
    /^crece más que linealmente: cada entrada cuesta a 10,000 entradas [\d.]+ × lo que a 1,000$/,
  );
  // A large fixed part keeps the cost per entry falling; a third size still tells that each added entry costs more.
  const sizes = [1_000, 10_000, 30_000].map((entries) => cost(entries, 0.01, 2e-7, 200));
  expect(growthSteps(sizes).map((step) => step.timePerEntry < 1)).toEqual([true, true]);
  expect(growthSentences(sizes)?.time).toMatch(
    /^crece más que linealmente: cada entrada agregada costó 12.2 ms de 1,000 a 10,000 y 18 ms de 10,000 a 30,000 \(1.48 ×\)$/,
  );
});

test('the bare site stands in for every MDX component the entries place, once each', () => {
  expect(mdxComponents(['# Plan\n\n<Ejes />\n', 'texto <Ejes/> y <Aviso tipo="x">hola</Aviso>, <b>no</b>'])).toEqual([
    'Aviso',
    'Ejes',
  ]);
});
