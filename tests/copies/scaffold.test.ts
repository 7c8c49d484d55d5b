import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isoToday, writeNewFile } from '#/scripts/nuevo.ts';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

const root = resolve(import.meta.dirname, '../..');

/** Runs `npm run nuevo -- …` as an editor would, with the project at `cwd` (the script itself stays in the repo). */
function nuevo(cwd: string, ...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/nuevo.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? tmpdir(),
      LANG: 'C.UTF-8',
      // The same «today» as this process.
      ...(process.env['TZ'] ? { TZ: process.env['TZ'] } : {}),
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A created entry: its raw frontmatter, parsed frontmatter and body. */
function readEntry(file: string) {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) throw new Error(`${file}: no frontmatter`);
  const { yaml, body } = split;
  return { yaml, data: parse(yaml) as Record<string, unknown>, body };
}

/** The value at a dotted path such as `ejes.0.lineas.0.texto`. */
const at = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);

/** Field lines (`key: …` or `- key: …`) with no `#` comment on the line or on a comment line just above. */
function uncommentedFields(yaml: string): string[] {
  const lines = yaml.split('\n');
  return lines.filter(
    (line, n) =>
      /^\s*(?:- )?[a-zA-Z]+:/.test(line) && !line.includes(' # ') && !lines[n - 1]?.trimStart().startsWith('#'),
  );
}

const base = ['titulo', 'resumen', 'fecha', 'borrador'];

/** Each kind as an editor may type it, the files it must create, its required fields and its address. */
const kinds = [
  {
    args: ['plan', 'Plan de trabajo de la Comisión 2026'],
    file: 'content/planes/plan-de-trabajo-de-la-comision-2026.mdx',
    image: undefined,
    required: [
      ...base,
      'instancia',
      'comision',
      'presenta.nombre',
      'presenta.organismo',
      'periodo.inicio',
      'periodo.fin',
      'ejes.0.etiqueta',
      'ejes.0.titulo',
      'ejes.0.lineas.0.texto',
    ],
    page: '/planes/plan-de-trabajo-de-la-comision-2026/',
  },
  {
    args: ['abc', 'Año de la niñez: señales'],
    file: 'content/abc/ano-de-la-ninez-senales.md',
    image: { path: 'content/abc/portadas/ano-de-la-ninez-senales.png', template: 'portada.png' },
    required: [
      ...base,
      'numero',
      'tema',
      'reforma',
      'ediciones.0.fecha',
      'ediciones.0.descripcion',
      'portada',
      'portadaAlt',
    ],
    page: '/abc/ano-de-la-ninez-senales/',
  },
  {
    args: ['revista', 'México Transparente, número 3: la niñez'],
    file: 'content/revista/numero-3.md',
    image: { path: 'content/revista/portadas/numero-3.png', template: 'portada.png' },
    required: [...base, 'numero', 'tema', 'portada', 'portadaAlt', 'comite.0.nombre'],
    page: '/revista/3/',
  },
  {
    args: ['artículo', 'Señales de la niñez en los datos'],
    file: 'content/articulos/senales-de-la-ninez-en-los-datos.md',
    image: undefined,
    required: [...base, 'revista', 'autores.0.nombre', 'paginas.inicio', 'paginas.fin'],
    page: '/revista/3/senales-de-la-ninez-en-los-datos/',
  },
  {
    args: ['Cápsulas', 'Año de la niñez: señales'],
    file: 'content/capsulas/ano-de-la-ninez-senales.md',
    image: { path: 'content/capsulas/posters/ano-de-la-ninez-senales.png', template: 'poster.png' },
    required: [...base, 'duracion', 'video.youtube', 'poster', 'posterAlt'],
    page: '/capsulas/ano-de-la-ninez-senales/',
  },
  {
    args: ['spot', 'Spot: pregunta sin miedo'],
    file: 'content/audios/spot-pregunta-sin-miedo.md',
    image: undefined,
    required: [...base, 'tipo', 'duracion', 'archivo', 'licencia'],
    page: '/audios/spot-pregunta-sin-miedo/',
  },
  {
    args: ['evento', 'Foro: datos abiertos, ¿y ahora?'],
    file: 'content/eventos/foro-datos-abiertos-y-ahora.md',
    image: undefined,
    required: [...base, 'tipo', 'inicio', 'fin', 'modalidad', 'sede', 'ciudad', 'estados.0'],
    page: '/eventos/foro-datos-abiertos-y-ahora/',
  },
  {
    args: ['convocatoria', 'Concurso de spots 2027'],
    file: 'content/convocatorias/concurso-de-spots-2027.md',
    image: undefined,
    required: [...base, 'tipo', 'publico', 'apertura', 'cierre', 'categorias.0.nombre', 'premios.0'],
    page: '/convocatorias/concurso-de-spots-2027/',
  },
];

describe('npm run nuevo in a copy of the project', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => project.remove());

  describe.each(kinds)('nuevo $args.0 «$args.1»', ({ args, file, image, required, page }) => {
    let run: ReturnType<typeof nuevo>;
    beforeAll(() => {
      run = nuevo(project.dir, ...args);
    });

    test(`creates ${file} and says what to do next, in Spanish`, () => {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(existsSync(join(project.dir, file))).toBe(true);
      expect(run.stdout).toContain(`se creó ${file}\n`);
      expect(run.stdout).toContain('PENDIENTE');
      expect(run.stdout).toContain(`http://localhost:4321${page}`);
      expect(run.stdout).toContain('borrador: true');
      expect(run.stdout).toContain('no se publica');
    });

    test('is a draft dated today with every required field, each explained by a comment', () => {
      const { yaml, data } = readEntry(join(project.dir, file));
      expect(yaml).toContain(`fecha: ${isoToday()}`);
      expect(yaml).toContain('borrador: true # quita esta línea cuando la entrada esté lista para publicarse');
      expect(data['borrador']).toBe(true);
      expect(data['titulo']).toBe(args[1]);
      for (const path of required) expect(at(data, path), path).not.toBeUndefined();
      expect(uncommentedFields(yaml)).toEqual([]);
    });

    test(
      image ? 'copies the placeholder image next to it, printing its path' : 'needs no image and copies none',
      () => {
        if (image) {
          expect(readFileSync(join(project.dir, image.path))).toEqual(
            readFileSync(join(root, 'scripts/plantillas', image.template)),
          );
          expect(run.stdout).toContain(image.path);
        } else {
          expect(run.stdout).not.toContain('Imagen provisional');
        }
      },
    );
  });

  // One sync for all the new entries (each costs seconds): it names the file of any that fails.
  test('every new entry passes astro sync as it is', () => {
    for (const { file } of kinds) expect(existsSync(join(project.dir, file)), file).toBe(true);
    const sync = project.astro('sync');
    expect(sync.output).not.toMatch(/error/i);
    expect(sync.status).toBe(0);
  });

  test('a plan points at a commission and a body that exist, and places <Ejes /> in its body', () => {
    const { data, body } = readEntry(join(project.dir, kinds[0]?.file ?? ''));
    const ids = (name: string) =>
      dataEntries(readFileSync(join(project.dir, `content/${name}.yaml`), 'utf8'), name).map((i) => i['id']);
    expect(data['instancia']).toBe('comision');
    expect(ids('comisiones')).toContain(data['comision']);
    expect(ids('organismos')).toContain(at(data, 'presenta.organismo'));
    expect(body).toMatch(/^<Ejes \/>$/m);
  });

  test('a new revista issue takes the next number, and a new article goes into the newest issue', () => {
    expect(readEntry(join(project.dir, 'content/revista/numero-3.md')).data['numero']).toBe(3);
    expect(readEntry(join(project.dir, 'content/articulos/senales-de-la-ninez-en-los-datos.md')).data['revista']).toBe(
      'numero-3',
    );
  });

  test('an audio comes with a second of silence to replace, which the build reads as the length it declares', () => {
    const { data } = readEntry(join(project.dir, 'content/audios/spot-pregunta-sin-miedo.md'));
    expect(data['archivo']).toBe('/media/audios/spot-pregunta-sin-miedo.mp3');
    expect(readFileSync(join(project.dir, 'public/media/audios/spot-pregunta-sin-miedo.mp3'))).toEqual(
      readFileSync(join(root, 'scripts/plantillas/audio.mp3')),
    );
    expect(data['duracion']).toBe('0:01');
  });

  test('a capsule explains both video options and has a transcript section to fill', () => {
    const { yaml, body } = readEntry(join(project.dir, 'content/capsulas/ano-de-la-ninez-senales.md'));
    expect(yaml).toMatch(/youtube/i);
    expect(yaml).toContain('archivo: /media/capsulas/ano-de-la-ninez-senales.mp4');
    expect(yaml).toContain('subtitulos: /media/capsulas/ano-de-la-ninez-senales.vtt');
    expect(body).toMatch(/^## Transcripción$/m);
  });

  test('a booklet explains how to add an edition, and an edition added as it says is accepted', () => {
    const file = join(project.dir, 'content/abc/ano-de-la-ninez-senales.md');
    const { yaml } = readEntry(file);
    expect(yaml).toContain('agrega una edición al final: copia el bloque que empieza con «- fecha»');
    expect(yaml).toMatch(/«reforma».*«texto: \|»/);
    expect(yaml).toContain('/ediciones/<n>/que-cambio/');
    const text = readFileSync(file, 'utf8');
    const first = /^ {2}- fecha: (\S+)$/m.exec(text)?.[1] ?? '';
    const second = [
      `  - fecha: ${first}`,
      '    descripcion: "Segunda edición: explica la reforma de prueba."',
      '    reforma: "Decreto de prueba"',
      '    texto: |',
      '      Primer párrafo de la segunda edición, con las palabras suficientes para ser un texto.',
      '',
      '      ## Un subtítulo',
      '',
      '      Otro párrafo.',
    ].join('\n');
    const added = text.replace(/^( {4}descripcion: "Primera edición\."\n)/m, `$1${second}\n`);
    expect(added).not.toBe(text);
    writeFileSync(file, added);
    const sync = project.astro('sync');
    expect(sync.status, sync.output).toBe(0);
  });

  test('the same title twice gets -2 and leaves the first entry alone', () => {
    const first = join(project.dir, 'content/capsulas/ano-de-la-ninez-senales.md');
    const before = readFileSync(first, 'utf8');
    const again = nuevo(project.dir, 'capsula', 'Año de la niñez: señales');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('se creó content/capsulas/ano-de-la-ninez-senales-2.md\n');
    expect(existsSync(join(project.dir, 'content/capsulas/ano-de-la-ninez-senales-2.md'))).toBe(true);
    expect(existsSync(join(project.dir, 'content/capsulas/posters/ano-de-la-ninez-senales-2.png'))).toBe(true);
    expect(readFileSync(first, 'utf8')).toBe(before);
  });

  test('the site builds with all the new drafts, and none of them is published', () => {
    const build = project.astro('build');
    expect(build.output).toContain('Complete!');
    expect(build.status).toBe(0);
    const sitemap = readdirSync(join(project.dir, 'dist'))
      .filter((name) => name.startsWith('sitemap'))
      .map((name) => readFileSync(join(project.dir, 'dist', name), 'utf8'))
      .join('\n');
    // The sitemap lists what is published: what it leaves out was left out, not lost with it.
    expect(sitemap).toContain('/capsulas/archivos-en-orden/');
    for (const page of [...kinds.map((kind) => kind.page), '/capsulas/ano-de-la-ninez-senales-2/']) {
      expect(existsSync(join(project.dir, 'dist', page, 'index.html')), page).toBe(false);
      expect(sitemap).not.toContain(page);
    }
    expect(existsSync(join(project.dir, 'dist/revista/2/index.html'))).toBe(true);
  });
});

describe('npm run nuevo refuses, explaining why', () => {
  let dir: string;
  const put = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'snt-nuevo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each([
    { args: ['video', 'Cómo pedir información'], message: 'No conozco el tipo «video».' },
    { args: ['capsula'], message: 'Falta el título' },
    { args: [], message: 'Falta el tipo' },
  ])('nuevo $args', ({ args, message }) => {
    test('exits with 1 and prints the usage, with every tipo', () => {
      const run = nuevo(dir, ...args);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Uso: npm run nuevo -- <tipo> "<título>"');
      for (const kind of ['plan', 'abc', 'revista', 'articulo', 'capsula']) expect(run.stderr).toMatch(` ${kind} `);
      expect(existsSync(join(dir, 'content'))).toBe(false);
    });
  });

  test('a title with no letters or numbers', () => {
    const run = nuevo(dir, 'abc', '¿¡!?');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no sirve: escribe al menos 3 caracteres, con letras o números');
  });

  test('a revista number whose file already exists, even as .mdx, is never overwritten', () => {
    put('content/revista/numero-1.mdx', '---\nnumero: 1\n---\n');
    put('content/revista/numero-2.mdx', 'Texto a medio escribir, todavía sin frontmatter.\n');
    const run = nuevo(dir, 'revista', 'México Transparente, número 2');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ya existe content/revista/numero-2.mdx');
    expect(run.stderr).toContain('nunca sobrescribe');
    expect(readFileSync(join(dir, 'content/revista/numero-2.mdx'), 'utf8')).toBe(
      'Texto a medio escribir, todavía sin frontmatter.\n',
    );
    expect(existsSync(join(dir, 'content/revista/numero-2.md'))).toBe(false);
    expect(existsSync(join(dir, 'content/revista/portadas/numero-2.png'))).toBe(false);
  });

  test('an article when there is no revista issue yet', () => {
    const empty = mkdtempSync(join(tmpdir(), 'snt-nuevo-'));
    const run = nuevo(empty, 'articulo', 'Un artículo');
    rmSync(empty, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No hay ningún número de la revista');
    expect(run.stderr).toContain('npm run nuevo -- revista');
  });

  test('writeNewFile refuses a file that exists (flag wx) and leaves it as it was', () => {
    put('content/abc/ya-existe.mdx', 'original');
    expect(() => writeNewFile(join(dir, 'content/abc/ya-existe.mdx'), 'nuevo', dir)).toThrow(
      /ya existe content\/abc\/ya-existe\.mdx y este comando nunca sobrescribe un archivo/,
    );
    expect(readFileSync(join(dir, 'content/abc/ya-existe.mdx'), 'utf8')).toBe('original');
  });

  test('an image already in place (the real one, put there first) is kept', () => {
    put('content/capsulas/posters/taller-regional.png', 'imagen real');
    const run = nuevo(dir, 'capsula', 'Taller regional');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('content/capsulas/posters/taller-regional.png (ya existía; se dejó como estaba)');
    expect(readFileSync(join(dir, 'content/capsulas/posters/taller-regional.png'), 'utf8')).toBe('imagen real');
  });
});
