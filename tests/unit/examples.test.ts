import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCollection, wordCount } from '#/tests/support/content.ts';

const abc = readCollection('abc');
const revista = readCollection('revista');
const articulos = readCollection('articulos');
const capsulas = readCollection('capsulas');

describe.each([
  ['abc', abc, 3, 300],
  ['revista', revista, 2, 100],
  ['articulos', articulos, 6, 300],
  ['capsulas', capsulas, 4, 150],
])('example %s', (_name, entries, minimum, minimumWords) => {
  test(`has at least ${minimum} entries, every one marked ejemplo: true`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(minimum);
    for (const entry of entries) expect(entry.data['ejemplo'], entry.id).toBe(true);
  });

  test(`every body has at least ${minimumWords} words to search`, () => {
    for (const entry of entries) expect(wordCount(entry.body), entry.id).toBeGreaterThanOrEqual(minimumWords);
  });
});

test('each magazine issue has at least three articles', () => {
  for (const issue of revista) {
    expect(articulos.filter((article) => article.data['revista'] === issue.id).length, issue.id).toBeGreaterThanOrEqual(
      3,
    );
  }
});

test('capsules come from at least four states and four commissions', () => {
  expect(new Set(capsulas.map((capsule) => capsule.data['estado'])).size).toBeGreaterThanOrEqual(4);
  expect(new Set(capsulas.map((capsule) => capsule.data['comision'])).size).toBeGreaterThanOrEqual(4);
});

test('at least one capsule plays from YouTube', () => {
  expect(capsulas.some((capsule) => (capsule.data['video'] as { youtube?: string }).youtube)).toBe(true);
});

test('at least two capsules are short self-hosted clips under 300 KB with Spanish WebVTT captions', () => {
  const own = capsulas
    .map((capsule) => capsule.data['video'] as { archivo?: string; subtitulos?: string })
    .filter((video) => video.archivo);
  expect(own.length).toBeGreaterThanOrEqual(2);
  for (const { archivo = '', subtitulos = '' } of own) {
    expect(statSync(`public${archivo}`).size, archivo).toBeLessThan(300 * 1024);
    const captions = readFileSync(`public${subtitulos}`, 'utf8');
    expect(captions.startsWith('WEBVTT')).toBe(true);
    expect(captions).toMatch(/(\d\d:)?\d\d:\d\d\.\d{3} --> (\d\d:)?\d\d:\d\d\.\d{3}/);
  }
});

test('every capsule has a local poster, so nothing is fetched from YouTube before a click', () => {
  for (const capsule of capsulas) {
    const poster = String(capsule.data['poster']);
    expect(poster.startsWith('./'), capsule.id).toBe(true);
    expect(existsSync(`content/capsulas/${poster}`), poster).toBe(true);
  }
});
