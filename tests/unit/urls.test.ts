import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkPublishedUrls, compareUrls, RETIRED_EXAMPLE } from '#/scripts/checks/publicadas.ts';
import { astroRedirects, loadRedirects, validateRedirects } from '#/src/build/redirects.ts';
import { formatProblem } from '#/src/lib/problems.ts';

/** A throwaway project folder with the given files (path → text); removed after `use`. */
async function withProject(files: Record<string, string>, use: (root: string) => Promise<void> | void) {
  const root = mkdtempSync(join(tmpdir(), 'snt-urls-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A redirects file with the given entries, as an editor writes it. */
const entries = (...pairs: [string, string][]) =>
  pairs.map(([from, to]) => `- desde: ${from}\n  hacia: ${to}\n`).join('');

test('a file with only comments has no redirects', () => {
  expect(validateRedirects(parse('# nada todavía\n'))).toEqual({ redirects: [], problems: [] });
});

test('each entry becomes a redirect, and Astro gets them as a map', () => {
  const yaml = entries(['/capsulas/viejo/', '/capsulas/nuevo/'], ['/planes/retirado/', '/planes/otro/#linea-2-1']);
  const { redirects, problems } = validateRedirects(parse(yaml));
  expect(problems).toEqual([]);
  expect(astroRedirects(redirects)).toEqual({
    '/capsulas/viejo/': '/capsulas/nuevo/',
    '/planes/retirado/': '/planes/otro/#linea-2-1',
  });
});

describe.each([
  {
    case: 'not a list',
    yaml: 'desde: /a/\nhacia: /b/\n',
    error: 'no es una lista de redirecciones',
  },
  { case: 'a missing hacia', yaml: '- desde: /a/\n', error: 'la redirección 1 no tiene «hacia», la dirección nueva' },
  { case: 'a misspelt field', yaml: '- desde: /a/\n  haci: /b/\n', error: 'tiene el campo desconocido «haci»' },
  {
    case: 'no trailing slash',
    yaml: entries(['/capsulas/viejo', '/capsulas/']),
    error: 'tiene en «desde» «/capsulas/viejo»',
  },
  { case: 'no leading slash', yaml: entries(['/a/', 'capsulas/']), error: 'tiene en «hacia» «capsulas/»' },
  { case: 'a full address', yaml: entries(['/a/', 'https://otro.mx/']), error: 'tiene en «hacia» «https://otro.mx/»' },
  {
    case: 'an anchor in desde',
    yaml: entries(['/planes/x/#eje-1', '/planes/y/']),
    error: 'tiene en «desde» «/planes/x/#eje-1»',
  },
  { case: 'accents', yaml: entries(['/capsulas/información/', '/capsulas/']), error: 'sin acentos' },
  {
    case: 'the home page',
    yaml: entries(['/', '/planes/']),
    error: 'redirige la portada (/), que no se puede redirigir',
  },
  { case: 'a loop', yaml: entries(['/a/', '/a/#eje-1']), error: 'lleva /a/ a sí misma' },
  {
    case: 'a duplicate',
    yaml: entries(['/a/', '/b/'], ['/c/', '/b/'], ['/a/', '/d/']),
    error: 'la redirección 3 repite /a/, que ya redirige la redirección 1. Deja solo una.',
  },
  {
    case: 'a chain',
    yaml: entries(['/a/', '/b/'], ['/b/', '/c/']),
    error: '/a/ lleva a /b/, que también es una redirección (hacia /c/)',
  },
  {
    case: 'a loop of two',
    yaml: entries(['/a/', '/b/'], ['/b/', '/a/']),
    error: '/b/ lleva a /a/, que también es una redirección (hacia /b/)',
  },
])('$case is rejected', ({ yaml, error }) => {
  test('with a message saying what is wrong', () => {
    expect(validateRedirects(parse(yaml)).problems.map(formatProblem).join('\n')).toContain(error);
  });
});

test('without content/redirecciones.yaml there are no redirects', () =>
  withProject({}, (root) => expect(loadRedirects(root)).toEqual([])));

test('loadRedirects stops with every error, naming the file', () =>
  withProject({ 'content/redirecciones.yaml': entries(['/a/', '/b/'], ['/c', '/d/']) }, (root) =>
    expect(() => loadRedirects(root)).toThrow(
      'content/redirecciones.yaml, línea 3: la redirección 2 tiene en «desde» «/c». Escribe una dirección',
    ),
  ));

test('loadRedirects names a YAML syntax error', () =>
  withProject({ 'content/redirecciones.yaml': '- desde: [/a/\n' }, (root) =>
    expect(() => loadRedirects(root)).toThrow(/content\/redirecciones\.yaml, línea \d: no se puede leer como YAML/),
  ));

/** A tiny built site: a home page and a plan with one axis and one line. */
const site = {
  'dist/index.html': '<!DOCTYPE html><title>Inicio</title>',
  'dist/404.html': '<!DOCTYPE html><title>No encontrada</title>',
  'dist/planes/x/index.html': '<!DOCTYPE html><title>Plan</title><h2 id="eje-1">Eje</h2><li id="linea-1-1">Línea</li>',
  'content/urls-publicadas.txt': '# comentario\n/\n/planes/x/\n/planes/x/#eje-1\n/planes/x/#linea-1-1\n',
};

describe('checkPublishedUrls on a tiny site', () => {
  test('passes when every listed address is published and every published one is listed', () =>
    withProject(site, async (root) => expect(await checkPublishedUrls(root)).toEqual([])));

  test('asks for a build when dist/ is missing', () =>
    withProject({ 'content/urls-publicadas.txt': '/\n' }, async (root) =>
      expect(await checkPublishedUrls(root)).toEqual([
        { file: 'dist/', found: 'no existe dist/', fix: 'corre `npm run build` y vuelve a revisar' },
      ]),
    ));

  test('asks for urls:registrar when the list is missing', () =>
    withProject({ 'dist/index.html': '' }, async (root) =>
      expect((await checkPublishedUrls(root)).map(formatProblem)[0]).toContain(
        'falta content/urls-publicadas.txt. Corre `npm run urls:registrar`',
      ),
    ));

  test('names a line of the list that is not an address', () =>
    withProject(
      { ...site, 'content/urls-publicadas.txt': `${site['content/urls-publicadas.txt']}planes/y\n` },
      async (root) =>
        expect(await checkPublishedUrls(root)).toEqual([
          expect.objectContaining({
            file: 'content/urls-publicadas.txt',
            found: '«planes/y» no es una dirección del sitio',
          }),
        ]),
    ));

  test('a redirected page covers its listed anchors when the target is published', () =>
    withProject(
      {
        ...site,
        'content/urls-publicadas.txt': `${site['content/urls-publicadas.txt']}/planes/viejo/\n/planes/viejo/#eje-1\n`,
        'content/redirecciones.yaml': entries(['/planes/viejo/', '/planes/x/']),
        'dist/planes/viejo/index.html': '<meta http-equiv="refresh" content="0; url=/planes/x/">',
      },
      async (root) => expect(await checkPublishedUrls(root)).toEqual([]),
    ));

  test('a redirect to a missing anchor fails', () =>
    withProject(
      { ...site, 'content/redirecciones.yaml': entries(['/planes/viejo/', '/planes/x/#eje-2']) },
      async (root) =>
        expect(await checkPublishedUrls(root)).toEqual([
          expect.objectContaining({
            file: 'content/redirecciones.yaml',
            found: expect.stringContaining('lleva a /planes/x/#eje-2, pero /planes/x/ no tiene el ancla «eje-2»'),
          }),
        ]),
    ));

  test('reports the errors of the redirects file as problems of that file', () =>
    withProject({ ...site, 'content/redirecciones.yaml': '- desde: /a/\n' }, async (root) =>
      expect(await checkPublishedUrls(root)).toEqual([
        expect.objectContaining({
          file: 'content/redirecciones.yaml',
          line: 1,
          found: expect.stringContaining('no tiene «hacia»'),
        }),
      ]),
    ));

  test('a listed page that is gone: the fix offers a redirect, or its file back marked `retirado`', () =>
    withProject(
      { ...site, 'content/urls-publicadas.txt': `${site['content/urls-publicadas.txt']}/capsulas/vieja/\n` },
      async (root) => {
        const [problem] = await checkPublishedUrls(root);
        expect(problem?.found).toBe('/capsulas/vieja/ ya no existe y ninguna redirección la cubre');
        const said = problem ? formatProblem(problem) : '';
        expect(said).toContain('Agrega en content/redirecciones.yaml `- desde: /capsulas/vieja/` con `hacia:`');
        expect(said).toContain('vuelve a poner su archivo');
        expect(said).toContain(`\`${RETIRED_EXAMPLE}\``);
        // The example is what an editor pastes into a frontmatter: YAML the schema reads.
        expect(parse(RETIRED_EXAMPLE)).toEqual({
          retirado: { fecha: '2025-03-20', motivo: 'Lo sustituye la edición 2025', sucesor: 'id-de-la-nueva' },
        });
      },
    ));

  test('groups the unlisted addresses of a page in one reminder', () =>
    withProject({ ...site, 'content/urls-publicadas.txt': '/\n' }, async (root) =>
      expect(await checkPublishedUrls(root)).toEqual([
        {
          file: '/planes/x/',
          found:
            '/planes/x/ y 2 direcciones más de esa página (como /planes/x/#eje-1) se publican pero no están en content/urls-publicadas.txt',
          fix: 'corre `npm run urls:registrar` y agrega ese archivo a tu commit',
        },
      ]),
    ));
});

test('published addresses sort folder by folder, numbers by value', () => {
  const sorted = [
    '/planes/x/#linea-2-10',
    '/estados/baja-california-sur/',
    '/planes/x/#linea-2-9',
    '/planes/x/',
    '/estados/baja-california/',
  ].sort(compareUrls);
  expect(sorted).toEqual([
    '/estados/baja-california/',
    '/estados/baja-california-sur/',
    '/planes/x/',
    '/planes/x/#linea-2-9',
    '/planes/x/#linea-2-10',
  ]);
});
