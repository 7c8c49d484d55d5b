import { expect, test } from 'vitest';
import { formatKnownDate, isDayKnown, startOf } from '#/src/lib/dates.ts';
import { knownDate } from '#/src/kinds/fields.ts';

test.each([
  [2019, '2019'],
  ['2022-01', '2022-01'],
  [new Date('2024-05-10T00:00:00Z'), '2024-05-10'],
  [' 2024-05-10 ', '2024-05-10'],
])('a date is kept as far as it is known: %s → %s', (written, kept) => {
  expect(knownDate.parse(written)).toBe(kept);
});

test.each([
  ['2024-02-30', 'no existe en el calendario'],
  ['2022-13', 'se esperaba una fecha como «2024-05-10», o «2022-01» o «2019»'],
  ['enero de 2022', 'se esperaba una fecha'],
  [19, 'se esperaba una fecha'],
])('«%s» is refused in Spanish', (written, message) => {
  const result = knownDate.safeParse(written);
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.message).join(' ')).toContain(message);
});

test('a known date reads as much as is known, and sorts from its first possible day', () => {
  expect(formatKnownDate('2019')).toBe('2019');
  expect(formatKnownDate('2022-01')).toBe('enero de 2022');
  expect(formatKnownDate('2024-05-10')).toBe('10 de mayo de 2024');
  expect(startOf('2022-01').toISOString()).toBe('2022-01-01T00:00:00.000Z');
  expect(startOf('2019').toISOString()).toBe('2019-01-01T00:00:00.000Z');
  expect([isDayKnown('2019'), isDayKnown('2022-01'), isDayKnown('2024-05-10')]).toEqual([false, false, true]);
});
