import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroProblems } from '#/scripts/checks/astro.ts';
import { checkLinks } from '#/scripts/checks/enlaces.ts';
import { checkHtml } from '#/scripts/checks/html.ts';
import { checkImages } from '#/scripts/checks/imagenes.ts';
import { knownAcronyms } from '#/scripts/checks/lectura.ts';
import { adviceLines, measure, readabilityProblem } from '#/src/lib/readabilityAdvice.ts';
import { ContentError, formatProblem, placeOf, type Problem } from '#/src/lib/problems.ts';
import { checkVideos, transcriptWords } from '#/scripts/checks/videos.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/revisar');

/** A throwaway project made of the fixtures: `sitio/` becomes its dist/ (git ignores folders named dist). */
function fixtureProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'snt-revisar-'));
  cpSync(join(fixtures, 'sitio'), join(dir, 'dist'), { recursive: true });
  cpSync(join(fixtures, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(fixtures, 'public'), join(dir, 'public'), { recursive: true });
  cpSync(join(root, '.htmlvalidate.json'), join(dir, '.htmlvalidate.json'));
  return dir;
}

let project: string;
beforeAll(() => {
  project = fixtureProject();
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Whether some problem is at `where` (as `npm run revisar` names the place) and says `words`. */
const reports = (problems: Problem[], where: string, words: string) =>
  problems.some((problem) => placeOf(problem) === where && formatProblem(problem).includes(words));

describe('enlaces: internal links and anchors of dist/', () => {
  const cases = [
    {
      name: 'an anchor missing in another page',
      words: 'el enlace a /planes/ok/#linea-9-9 apunta a un ancla que no existe',
    },
    {
      name: 'an anchor missing in the same page',
      words: 'el enlace a #no-existe apunta a un ancla que no existe en esta página',
    },
    { name: 'a page that does not exist', words: 'el enlace a /planes/no-existe/ apunta a una página que no existe' },
    {
      name: 'a page written without its trailing slash',
      words: 'el enlace a /planes/ok no termina en «/». Escribe /planes/ok/',
    },
    { name: 'a file that does not exist', words: 'el enlace a /pdf/no-existe.pdf apunta a un archivo que no existe' },
    {
      name: 'an image of a srcset that does not exist',
      words: 'el enlace a /img/no-existe.svg apunta a un archivo que no existe',
    },
  ];

  test.each(cases)('reports $name, naming the page', async ({ words }) => {
    expect(reports(await checkLinks(project), '/', words)).toBe(true);
  });

  test('accepts working pages, anchors, relative links, query strings, Pagefind and external links', async () => {
    expect(await checkLinks(project)).toHaveLength(cases.length);
  });
});

describe('html: html-validate with the committed configuration', () => {
  test('reports a duplicate id with the file, line and rule', async () => {
    const problems = await checkHtml(project);
    expect(problems).toContainEqual({
      file: 'dist/invalido/index.html',
      line: 10,
      column: 14,
      found: 'HTML no válido, regla «no-dup-id»: Duplicate ID "repetido"',
      fix: expect.stringContaining('https://html-validate.org/rules/no-dup-id'),
    });
  });

  test('accepts valid pages', async () => {
    const problems = await checkHtml(project);
    // The valid pages are there and the checker read this dist/ (it reports the invalid page beside them).
    expect(readdirSync(join(project, 'dist/planes'), { recursive: true })).toContainEqual(
      expect.stringMatching(/index\.html$/),
    );
    expect(existsSync(join(project, 'dist/index.html'))).toBe(true);
    expect(problems.map(({ file }) => file)).toContain('dist/invalido/index.html');
    expect(problems.filter((problem) => /dist\/(index\.html|planes\/)/.test(problem.file))).toEqual([]);
  });
});

describe('imagenes: alternative text', () => {
  const cases = [
    {
      name: 'an <img> of dist/ without alt',
      where: '/sin-alt/',
      words: 'la imagen /favicon.svg no tiene atributo alt',
    },
    {
      name: 'a Markdown image with empty alt text',
      where: 'content/abc/imagenes.mdx, línea 14',
      words: 'la imagen ![](./sin-alt.png) no tiene texto alternativo',
    },
    {
      name: 'an <img> in an entry without alt',
      where: 'content/abc/imagenes.mdx, línea 16',
      words: 'la imagen <img src="/imagenes/mapa.png"> no tiene texto alternativo',
    },
    {
      name: 'an <Image> in an entry with empty alt',
      where: 'content/abc/imagenes.mdx, línea 18',
      words: 'la imagen <Image src={grafica}> tiene el texto alternativo vacío',
    },
  ];

  test.each(cases)('reports $name', async ({ where, words }) => {
    expect(reports(await checkImages(project), where, words)).toBe(true);
  });

  test('accepts images with alt text, decorative images of dist/ and images inside code', async () => {
    expect(await checkImages(project)).toHaveLength(cases.length);
  });
});

describe('videos: captions or transcript for every capsule', () => {
  const cases = [
    {
      name: 'a capsule with neither captions nor transcript',
      where: 'content/capsulas/sin-subtitulos.md',
      words:
        'no tiene subtítulos ni transcripción. Agrega en «video» la línea «subtitulos: /media/capsulas/sin-subtitulos.vtt»',
    },
    {
      name: 'a YouTube capsule without transcript',
      where: 'content/capsulas/youtube-sin-transcripcion.mdx',
      words: 'la cápsula es de YouTube y no tiene transcripción',
    },
    {
      name: 'a YouTube capsule whose transcript is too short',
      where: 'content/capsulas/youtube-transcripcion-corta.mdx',
      words: 'la transcripción tiene solo 7 palabras',
    },
    {
      name: 'captions that are not WebVTT',
      where: 'content/capsulas/subtitulos-srt.md, campo «video.subtitulos»',
      words: 'el archivo de subtítulos /media/capsulas/mal.vtt no es WebVTT',
    },
  ];

  test.each(cases)('reports $name', async ({ where, words }) => {
    expect(reports(await checkVideos(project), where, words)).toBe(true);
  });

  test('accepts captions alone, a transcript alone, drafts and files starting with _', async () => {
    expect(await checkVideos(project)).toHaveLength(cases.length);
  });

  test('counts the words of the transcript section only', () => {
    expect(transcriptWords('Intro.\n\n## Transcripción\n\nUna dos tres.\n\n## Créditos\n\nCuatro cinco.')).toBe(3);
    expect(transcriptWords('Sin título de transcripción.')).toBeUndefined();
  });
});

describe('contenido and construccion: Astro errors as problems', () => {
  const schemaError = `[InvalidContentEntryDataError] capsulas → taller data does not match collection schema.

  titulo: falta este campo obligatorio: se esperaba texto
  duracion: se esperaba una duración como «1:30» (minutos:segundos)

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Error reference:
    https://docs.astro.build/en/reference/errors/invalid-content-entry-data-error/
  Location:
    ${root}/content/capsulas/taller.mdx:0:0
  Stack trace:
    at getEntryData (${root}/node_modules/astro/dist/content/utils.js:126:9)
`;

  test('keeps the file and each field line, without the English boilerplate', () => {
    expect(astroProblems(root, schemaError)).toEqual([
      {
        file: 'content/capsulas/taller.mdx',
        field: 'titulo',
        found: 'falta este campo obligatorio: se esperaba texto',
      },
      {
        file: 'content/capsulas/taller.mdx',
        field: 'duracion',
        found: 'se esperaba una duración como «1:30» (minutos:segundos)',
      },
    ]);
  });

  test('names the entry of a data file', () => {
    const error = schemaError
      .replace('capsulas → taller', 'organismos → prueba')
      .replace('content/capsulas/taller.mdx', 'content/organismos.yaml');
    expect(astroProblems(root, error)[0]).toEqual({
      file: 'content/organismos.yaml',
      field: 'titulo',
      found: 'en la entrada «prueba», falta este campo obligatorio: se esperaba texto',
    });
  });

  test('says in Spanish a reference Astro only logs in English, with the valid ids', () => {
    const log =
      '20:39:55 [ERROR] [content] Invalid content reference: entry "archivos-en-orden" in collection "capsulas" (field: estado) references "atlantida" in collection "estados", but that entry does not exist.';
    const [problem] = astroProblems(root, log);
    expect(problem?.file).toBe('content/capsulas/archivos-en-orden.md');
    expect(problem?.field).toBe('estado');
    expect(problem?.found).toContain('hace referencia a «atlantida» en «estados»');
    expect(problem?.fix).toContain('aguascalientes');
  });

  test('reports an MDX body that does not compile at its line, with the fix', () => {
    const error = `42:11: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)
  Location:
    ${root}/content/capsulas/taller.mdx:42:11
  Stack trace:
    at TransformPluginContextImpl.handler (file://${root}/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)
`;
    const [problem] = astroProblems(root, error);
    expect(problem && placeOf(problem)).toBe('content/capsulas/taller.mdx, línea 42, columna 11');
    expect(problem?.fix).toContain('escríbelos como \\{');
  });

  test('leaves the build’s own problems to what it wrote, and drops Astro’s English repetition of one', () => {
    const own: Problem[] = [
      {
        file: 'content/capsulas/taller.mdx',
        field: 'estado',
        found: 'hace referencia a «atlantida» en «estados», que no existe o es un borrador',
        fix: 'se esperaba uno de: chihuahua',
      },
    ];
    const output = `20:39:55 [ERROR] [content] Invalid content reference: entry "taller" in collection "capsulas" (field: estado) references "atlantida" in collection "estados", but that entry does not exist.
${new ContentError(own).message}
  Location:
    ${root}/node_modules/astro/dist/core/render/route-cache.js:32:17
`;
    expect(astroProblems(root, output, own)).toEqual([]);
    // Without the build's own problem, Astro's line is said in Spanish, the build's lines are not parsed.
    expect(astroProblems(root, output)).toEqual([
      expect.objectContaining({ file: 'content/capsulas/taller.mdx', field: 'estado' }),
    ]);
  });
});

describe('lectura: readability of each entry, an error only under its kind’s minimum', () => {
  // One sentence of 54 words, most of them long: Szigriszt-Pazos far below any minimum.
  const hard =
    'La administración pública federal implementará progresivamente mecanismos institucionales de coordinación interinstitucional, considerando las disposiciones reglamentarias aplicables, la disponibilidad presupuestaria correspondiente, la normatividad administrativa vigente, los lineamientos técnicos específicos, los procedimientos metodológicos establecidos, las recomendaciones internacionales pertinentes y las características socioeconómicas particulares de cada entidad federativa, municipalidad, demarcación territorial, organización representativa y comunidad indígena beneficiaria.';
  const easy = 'Pide lo que quieras saber. Te deben responder. Es gratis. No tienes que decir quién eres ni para qué.';

  test('says the scores, the INFLESZ band, the kind’s minimum and the longest sentence of an entry', () => {
    const [head, advice, sentence] = adviceLines(measure({ path: 'content/capsulas/x.md', body: hard }));
    expect(head).toMatch(
      /^content\/capsulas\/x\.md: Szigriszt-Pazos -?\d+\.\d \(INFLESZ: muy difícil; mínimo de su tipo: 50\) · Fernández-Huerta -?\d+\.\d · 54 palabras, 1 oración$/,
    );
    expect(advice).toContain('por debajo de 55');
    expect(sentence).toMatch(/^ {2}Oración de 54 palabras: «La administración pública federal/);
  });

  test('names an acronym not explained at first use, with the expansion it knows', () => {
    const lines = adviceLines(
      measure(
        { path: 'content/abc/x.md', body: 'El SNT se creó en 2015.' },
        { acronyms: { SNT: 'Sistema Nacional de Transparencia' } },
      ),
    );
    expect(lines).toContain(
      '  «SNT» no se explica la primera vez que aparece: escribe «Sistema Nacional de Transparencia (SNT)»',
    );
  });

  test('knows the acronyms of the glossary and of the guarantor bodies', () => {
    expect(knownAcronyms(root)).toMatchObject({
      PNT: 'Plataforma Nacional de Transparencia',
      'INFO CDMX': expect.stringContaining('Ciudad de México'),
    });
  });

  test.each([
    { path: 'content/capsulas/x.md', minimum: 50 },
    { path: 'content/abc/x.md', minimum: 50 },
    { path: 'content/articulos/x.md', minimum: 40 },
  ])('fails $path under its minimum of $minimum, naming the file and what to do', ({ path, minimum }) => {
    const problem = readabilityProblem(measure({ path, body: hard }));
    expect(problem?.file).toBe(path);
    expect(problem && formatProblem(problem)).toMatch(
      new RegExp(
        `por debajo del mínimo de ${minimum} para su tipo\\. Acorta las oraciones \\(divide las de más de 30 palabras, empezando por la de 54\\)`,
      ),
    );
  });

  test('accepts an easy text, and never fails a plan, which is transcribed and not rewritten', () => {
    expect(readabilityProblem(measure({ path: 'content/capsulas/x.md', body: easy }))).toBeUndefined();
    const plan = measure({ path: 'content/planes/x.mdx', body: hard });
    expect(readabilityProblem(plan)).toBeUndefined();
    expect(adviceLines(plan)[0]).toContain('sin mínimo para su tipo');
  });
});

test('the check that runs on proposals shows the readability report on the run’s page', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/revisar.yml'), 'utf8')) as {
    jobs: { revisar: { steps: { run?: string }[] } };
  };
  const summary = workflow.jobs.revisar.steps
    .map((step) => step.run ?? '')
    .find((run) => run.includes('GITHUB_STEP_SUMMARY'));
  const kept = /grep -E '([^']+)' revisar\.txt/.exec(summary ?? '')?.[1];
  expect(kept).toBeDefined();
  const lines = [
    'Lectura de cada entrada (consejos; Szigriszt-Pazos en la escala INFLESZ, 0 a 100, más es más fácil):',
    ...adviceLines(measure({ path: 'content/abc/x.md', body: 'Una oración corta. Otra más.' })).map(
      (line) => `  ${line}`,
    ),
    '✔ Lenguaje claro (mínimo de lectura por tipo)',
  ];
  expect(lines.filter((line) => new RegExp(kept ?? '$^').test(line))).toEqual(lines);
});
