import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { ACCESS_LOG_DAYS } from '#/src/config.ts';
import { t } from '#/src/i18n/es.ts';
import { IMPACT_URL } from '#/src/lib/urls.ts';

// The build of the tests has no counts of the server's log, as on a fresh clone: tests/e2e/impact.test.ts builds
// the page with real ones.
const page = (path: string) => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test('without counts, /impacto/ says there are none yet and shows no figure', () => {
  const main = page(IMPACT_URL).querySelector('main');
  expect(words(main?.text ?? '')).toContain('Aún no hay datos.');
  expect(main?.querySelectorAll('table')).toHaveLength(0);
  expect(main?.querySelectorAll('svg')).toHaveLength(0);
  // The method is there all the same: what will be counted, and what is kept.
  expect(main?.querySelector('#como-se-cuenta')?.text).toBe(t('impact.method'));
  expect(JSON.parse(readFileSync('dist/datos/impacto.json', 'utf8'))).toEqual([]);
});

test('the privacy notice and /impacto/ say the same of what is kept of the log', () => {
  const kept = t('impact.method.kept', { days: ACCESS_LOG_DAYS });
  expect(words(page(IMPACT_URL).querySelector('main')?.text ?? '')).toContain(kept);
  expect(words(page('/aviso-de-privacidad/').querySelector('main')?.text ?? '')).toContain(kept);
});

test('every page’s footer leads to /impacto/', () => {
  expect(page('/').querySelector(`footer a[href="${IMPACT_URL}"]`)?.text).toBe(t('nav.impacto'));
});
