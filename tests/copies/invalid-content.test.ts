import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { checkBuild } from '#/scripts/checks/construccion.ts';
import { checkContent } from '#/scripts/checks/contenido.ts';
import { formatProblem } from '#/src/lib/problems.ts';
import { copyProject, withCleanEnv, type ProjectCopy } from '#/tests/support/project.ts';

/** A valid capsule with some fields replaced (an empty value removes the field). */
const capsule = (fields: Record<string, string>) => {
  const base: Record<string, string> = {
    titulo: 'Cápsula de prueba',
    resumen: 'Una cápsula de prueba para comprobar los mensajes de error.',
    fecha: '2024-05-10',
    duracion: "'0:08'",
    video: "\n  youtube: 'abcdefghijk'",
    poster: './posters/como-presentar-una-solicitud.png',
    posterAlt: 'Cartel de prueba',
    estado: 'chihuahua',
    ...fields,
  };
  const yaml = Object.entries(base)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\nTranscripción de prueba.\n`;
};

/** A valid entry of `collection` with some fields replaced, from the frontmatter lines of an example. */
const withFields = (example: string, fields: Record<string, string>) => {
  const source = readFileSync(example, 'utf8');
  const changed = Object.entries(fields).reduce(
    (text, [key, value]) =>
      new RegExp(`^${key}:`, 'm').test(text)
        ? text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`)
        : text.replace(/^---\n/, `---\n${key}: ${value}\n`),
    source,
  );
  return changed;
};
const event = (fields: Record<string, string>) =>
  withFields('content/eventos/foro-transparencia-en-la-frontera.md', fields);
const call = (fields: Record<string, string>) =>
  withFields('content/convocatorias/concurso-spots-de-radio-universitarios.md', fields);
/** The example call that has not opened yet, so it has no results of its own to collide with. */
const upcomingCall = (fields: Record<string, string>) =>
  withFields('content/convocatorias/concurso-ensayo-gobierno-abierto.md', fields);
/** The example spot with `fields` changed; `transcript: false` leaves its body empty. */
const spot = (fields: Record<string, string>, { transcript = true } = {}) => {
  const text = withFields('content/audios/spot-pregunta-es-tu-derecho.md', fields);
  return transcript ? text : text.replace(/\n---\n[\s\S]*$/, '\n---\n');
};

/** A booklet with two editions, changed by `edit`, saved over its own file. */
const bookletFile = 'content/abc/abc-gobierno-abierto.md';
const booklet = (edit: (text: string) => string) => {
  const source = readFileSync(bookletFile, 'utf8');
  const changed = edit(source);
  if (changed === source) throw new Error(`${bookletFile} ya no tiene lo que la prueba cambia`);
  return changed;
};

const bodyWithSite = (site: string) =>
  `${readFileSync('content/organismos.yaml', 'utf8')}  - id: prueba\n    siglas: PRUEBA\n    nombre: Organismo de prueba\n    sitio: ${site}\n`;

/** content/glosario.yaml with one more term, written as `lines` (its fields, indented under «- »). */
const glossaryWith = (lines: string) =>
  `${readFileSync('content/glosario.yaml', 'utf8')}  - id: prueba\n    termino: Término de prueba\n${lines}`;
const testSource =
  '    fuentes:\n      - titulo: Fuente de prueba\n        editor: Editor de prueba\n        enlace: https://example.org/\n';

/** A bad input: a file (and `more` files beside it), the command that must reject it, and what its message must say. */
interface BadInput {
  name: string;
  file: string;
  text: string;
  more?: Record<string, string | Uint8Array>;
  command: string;
  expected: string[];
}

/** A valid capsule whose poster is the file `bytes`, written next to it as `./posters/<name>`. */
const withPoster = (name: string, bytes: string | Uint8Array) => ({
  file: 'content/capsulas/prueba.md',
  text: capsule({ poster: `./posters/${name}` }),
  more: { [`content/capsulas/posters/${name}`]: bytes },
  command: 'sync',
});
const poster = readFileSync('content/capsulas/posters/como-presentar-una-solicitud.png');

/** A valid capsule whose body ends with `line` (an image), and where that line is: 1-based, in the file. */
const capsuleShowing = (line: string) => {
  const text = `${capsule({})}\n${line}\n`;
  return { text, line: text.split('\n').indexOf(line) + 1 };
};
const missingImage = capsuleShowing('![Foto del taller](./fotos/no-existe.png)');
const missingPublicImage = capsuleShowing('![Cartel](/imagenes/no-existe.webp)');
const brokenImage = capsuleShowing('![Foto](./fotos/foto.png)');
const mdxImport = capsuleShowing("import foto from './fotos/no-existe.jpg';");

const cases: BadInput[] = [
  {
    name: 'a missing required field',
    file: 'content/capsulas/prueba.md',
    text: capsule({ titulo: '' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'titulo', 'falta este campo obligatorio: se esperaba texto'],
  },
  {
    name: 'a wrong type',
    file: 'content/capsulas/prueba.md',
    text: capsule({ duracion: 'larga' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'duracion', 'se esperaba una duración como «1:30»'],
  },
  {
    name: 'a number where text is expected',
    file: 'content/capsulas/prueba.md',
    text: capsule({ posterAlt: '42' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'posterAlt', 'se esperaba texto, pero dice «42»'],
  },
  {
    name: 'a missing duration',
    file: 'content/capsulas/prueba.md',
    text: capsule({ duracion: '' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'duracion', 'falta este campo obligatorio: se esperaba una duración'],
  },
  {
    name: 'a misspelt field',
    file: 'content/capsulas/prueba.md',
    text: capsule({ titlo: 'Otro título' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'campo desconocido «titlo»'],
  },
  {
    name: 'an invalid date',
    file: 'content/capsulas/prueba.md',
    text: capsule({ fecha: '2024-02-30' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'fecha', '2024-02-30', 'AAAA-MM-DD'],
  },
  {
    name: 'a video file that is not in public/',
    file: 'content/capsulas/prueba.md',
    text: capsule({ video: '\n  archivo: /media/capsulas/no-existe.mp4\n  subtitulos: /media/capsulas/no-existe.vtt' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'video.archivo', 'no existe ese archivo dentro de public/'],
  },
  {
    name: 'an http: address',
    file: 'content/organismos.yaml',
    text: bodyWithSite('http://example.org'),
    command: 'sync',
    expected: ['content/organismos.yaml', 'sitio', 'se esperaba una dirección que empiece con https://'],
  },
  {
    name: 'a glossary term without its definition',
    file: 'content/glosario.yaml',
    text: glossaryWith(testSource),
    command: 'sync',
    expected: ['content/glosario.yaml', 'definicion', 'falta este campo obligatorio: se esperaba texto'],
  },
  {
    name: 'a glossary term without sources that is not marked as an example',
    file: 'content/glosario.yaml',
    text: glossaryWith('    definicion: Una definición de prueba, en palabras sencillas.\n'),
    command: 'sync',
    expected: ['content/glosario.yaml', 'fuentes', 'una definición necesita al menos una fuente', 'ejemplo: true'],
  },
  {
    name: 'a javascript: address',
    file: 'content/organismos.yaml',
    text: bodyWithSite("'javascript:alert(1)'"),
    command: 'sync',
    expected: ['content/organismos.yaml', 'sitio', 'https://'],
  },
  {
    name: 'a reference to a state that does not exist',
    file: 'content/capsulas/prueba.md',
    text: capsule({ estado: 'atlantida' }),
    command: 'build',
    expected: ['content/capsulas/prueba.md', '«estado»', '«atlantida»', 'estados', 'chihuahua'],
  },
  {
    name: 'a retired entry whose successor does not exist',
    file: 'content/capsulas/prueba.md',
    text: capsule({ retirado: '\n  fecha: 2026-01-10\n  motivo: "Ya no está vigente"\n  sucesor: no-existe' }),
    command: 'build',
    expected: [
      'content/capsulas/prueba.md',
      'campo «retirado.sucesor»',
      '«no-existe» en «capsulas»',
      'archivos-en-orden',
    ],
  },
  {
    name: 'a retired entry that is its own successor',
    file: 'content/capsulas/prueba.md',
    text: capsule({ retirado: '\n  fecha: 2026-01-10\n  motivo: "Ya no está vigente"\n  sucesor: prueba' }),
    command: 'build',
    expected: ['content/capsulas/prueba.md', 'campo «retirado.sucesor»', 'se nombra a sí misma como su sucesor'],
  },
  {
    name: 'a body that ends before the decree that ended it',
    file: 'content/organismos.yaml',
    text: `${readFileSync('content/organismos.yaml', 'utf8')}  - id: prueba
    siglas: PRUEBA
    nombre: Organismo de prueba
    sitio: https://example.org
    retirado:
      fecha: 2025-03-01
      motivo: Se extinguió por ley
      instrumento:
        nombre: Decreto de prueba
        fecha: 2025-03-20
      fuentes:
        - titulo: Nota de prueba
          editor: Diario de prueba
          enlace: https://example.org/nota
`,
    command: 'sync',
    expected: ['content/organismos.yaml', 'retirado.fecha', 'es anterior a la publicación de su instrumento'],
  },
  {
    name: 'a successor outside the site that is not an https link',
    file: 'content/capsulas/prueba.md',
    text: capsule({
      retirado:
        '\n  fecha: 2026-01-10\n  motivo: "Ya no está vigente"\n  sucesorExterno:\n    nombre: Otro sitio\n    enlace: otro-sitio',
    }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'retirado.sucesorExterno.enlace', 'https://'],
  },
  {
    name: 'an entry retired before it was published',
    file: 'content/capsulas/prueba.md',
    text: capsule({ retirado: '\n  fecha: 2023-01-10\n  motivo: "Ya no está vigente"' }),
    command: 'build',
    expected: [
      'content/capsulas/prueba.md',
      'campo «retirado.fecha»',
      'la fecha de retiro (2023-01-10) es anterior a la de publicación de la entrada (2024-05-10)',
    ],
  },
  {
    name: 'a booklet edition without its date',
    file: bookletFile,
    text: booklet((text) => text.replace('  - fecha: 2025-11-20\n    descripcion:', '  - descripcion:')),
    command: 'sync',
    expected: [bookletFile, 'ediciones.1.fecha', 'se esperaba una fecha con el formato AAAA-MM-DD'],
  },
  {
    name: 'a booklet edition without its change note',
    file: bookletFile,
    text: booklet((text) => text.replace(/^ {4}descripcion: "Segunda edición.*\n/m, '')),
    command: 'sync',
    expected: [bookletFile, 'ediciones.1.descripcion', 'falta este campo obligatorio: se esperaba texto'],
  },
  {
    name: 'a newer edition named by a booklet whose law is in force',
    file: bookletFile,
    text: booklet((text) =>
      text.replace(/^reforma:/m, 'edicionNueva: abc-derecho-de-acceso-a-la-informacion\nreforma:'),
    ),
    command: 'sync',
    expected: [bookletFile, 'edicionNueva', 'solo va en un cuadernillo de una ley abrogada', '«estado: vigente»'],
  },
  {
    name: 'a retired mark without its reason',
    file: 'content/capsulas/prueba.md',
    text: capsule({ retirado: '\n  fecha: 2026-01-10' }),
    command: 'sync',
    expected: ['content/capsulas/prueba.md', 'retirado.motivo', 'falta este campo obligatorio: se esperaba texto'],
  },
  {
    name: 'a file name that is not a slug',
    file: 'content/capsulas/Prueba_Mayusculas.md',
    text: capsule({}),
    command: 'build',
    expected: ['content/capsulas/Prueba_Mayusculas.md', 'Renómbralo con solo minúsculas sin acentos'],
  },
  {
    name: 'an event that ends before it starts',
    file: 'content/eventos/prueba.md',
    text: event({ inicio: '"2027-03-18 10:00"', fin: '"2027-03-17 14:00"' }),
    command: 'sync',
    expected: [
      'content/eventos/prueba.md',
      'fin',
      'el evento termina (2027-03-17 14:00) antes de empezar (2027-03-18 10:00)',
    ],
  },
  {
    name: 'a time zone that does not exist',
    file: 'content/eventos/prueba.md',
    text: event({ zonaHoraria: 'America/Atlantida' }),
    command: 'sync',
    expected: ['content/eventos/prueba.md', 'zonaHoraria', 'la zona horaria «America/Atlantida» no existe'],
  },
  {
    name: 'an image in the text that does not exist',
    file: 'content/capsulas/prueba.md',
    text: missingImage.text,
    command: 'sync',
    expected: [
      `content/capsulas/prueba.md, línea ${missingImage.line}: en el texto, no existe la imagen «./fotos/no-existe.png»`,
      'se buscó en content/capsulas/fotos/no-existe.png; súbela ahí o corrige la ruta',
    ],
  },
  {
    name: 'an image in the text with a wrong path into public/',
    file: 'content/capsulas/prueba.md',
    text: missingPublicImage.text,
    command: 'sync',
    expected: [
      `content/capsulas/prueba.md, línea ${missingPublicImage.line}: en el texto, no existe la imagen «/imagenes/no-existe.webp»`,
      'se buscó en public/imagenes/no-existe.webp',
    ],
  },
  {
    name: 'an image in the text that is not an image',
    file: 'content/capsulas/prueba.md',
    text: brokenImage.text,
    more: { 'content/capsulas/fotos/foto.png': 'Esto no es una imagen.\n' },
    command: 'sync',
    expected: [
      `content/capsulas/prueba.md, línea ${brokenImage.line}: en el texto, «./fotos/foto.png» no es una imagen`,
      'PNG, JPEG, WebP o AVIF',
    ],
  },
  {
    name: 'an MDX import of an image that does not exist',
    file: 'content/capsulas/prueba.mdx',
    text: mdxImport.text,
    command: 'sync',
    expected: [
      `content/capsulas/prueba.mdx, línea ${mdxImport.line}: en el texto, no existe la imagen «./fotos/no-existe.jpg»`,
    ],
  },
  {
    name: 'a start in the hour the clocks skip',
    file: 'content/eventos/prueba.md',
    text: event({ inicio: '"2026-03-08 02:30"', fin: '"2026-03-08 14:00"' }),
    command: 'build',
    expected: [
      'content/eventos/prueba.md, campo «inicio»: la hora «2026-03-08 02:30» no existe en America/Ciudad_Juarez',
      'se adelantan de 02:00 a 03:00',
      'la última antes del cambio es «2026-03-08 01:59» y la primera después, «2026-03-08 03:00»',
    ],
  },
  {
    name: 'an end in the hour the clocks repeat, without its offset',
    file: 'content/eventos/prueba.md',
    text: event({ inicio: '"2026-10-31 18:00"', fin: '"2026-11-01 01:30"' }),
    command: 'build',
    expected: [
      'content/eventos/prueba.md, campo «fin»: la hora «2026-11-01 01:30» ocurre dos veces en America/Ciudad_Juarez',
      '«2026-11-01 01:30-06:00» la primera vez (antes del cambio) o «2026-11-01 01:30-07:00» la segunda',
    ],
  },
  {
    name: 'a call that opens at a time its zone skips',
    file: 'content/convocatorias/prueba.md',
    text: call({ apertura: '"2026-03-08 02:15"', zonaHoraria: 'America/Tijuana' }),
    command: 'build',
    expected: [
      'content/convocatorias/prueba.md, campo «apertura»: la hora «2026-03-08 02:15» no existe en America/Tijuana',
      '«2026-03-08 01:59»',
      '«2026-03-08 03:00»',
    ],
  },
  {
    name: 'a retirement dated after the build',
    file: 'content/capsulas/prueba.md',
    text: capsule({ retirado: '\n  fecha: 2099-01-01\n  motivo: "La reemplaza una cápsula más reciente."' }),
    command: 'build',
    expected: [
      'content/capsulas/prueba.md, campo «retirado.fecha»: tiene fecha de retiro 2099-01-01, posterior a hoy',
      'Agrega «retirado» el día en que deja de estar vigente',
    ],
  },
  {
    name: 'a body retired after the build, in a data file',
    file: 'content/organismos.yaml',
    text: `${readFileSync('content/organismos.yaml', 'utf8')}  - id: prueba\n    siglas: PRUEBA\n    nombre: Organismo de prueba\n    sitio: https://example.org\n    retirado:\n      fecha: 2099-06\n      motivo: "Se extinguirá por ley."\n`,
    command: 'build',
    expected: [
      'content/organismos.yaml, campo «retirado.fecha»: la entrada «prueba» tiene fecha de retiro 2099-06, posterior a hoy',
    ],
  },
  {
    name: 'a recording that is not a capsule',
    file: 'content/eventos/prueba.md',
    text: event({ grabacion: 'foro-transparencia-en-la-frontera' }),
    command: 'build',
    expected: ['content/eventos/prueba.md', '«grabacion»', '«foro-transparencia-en-la-frontera»', 'capsulas'],
  },
  {
    name: 'a call that closes before it opens',
    file: 'content/convocatorias/prueba.md',
    text: call({ apertura: '"2027-01-29 09:00"', cierre: '"2027-01-10 18:00"' }),
    command: 'sync',
    expected: [
      'content/convocatorias/prueba.md',
      'cierre',
      'cierra (2027-01-10 18:00) antes de abrir (2027-01-29 09:00)',
    ],
  },
  {
    name: 'results on a call that has not closed',
    file: 'content/convocatorias/prueba.md',
    text: upcomingCall({
      cierre: '"2099-01-29 18:00"',
      resultados:
        '\n  fecha: 2099-02-15\n  ganadores:\n    - categoria: "Ensayo"\n      lugar: "Primer lugar"\n      nombre: "Equipo de prueba"\n      obra:\n        titulo: "Ensayo de prueba"\n        archivo: /pdf/convocatorias/concurso-spots-de-radio-universitarios.pdf\n        licencia: CC-BY-4.0',
    }),
    command: 'build',
    expected: ['content/convocatorias/prueba.md', 'resultados', 'la convocatoria no ha cerrado'],
  },
  {
    name: 'evidence of a línea the plan does not have',
    file: 'content/capsulas/prueba.md',
    text: capsule({ lineas: '\n  - plan: region-centro-occidente-2021-2022\n    linea: "3.1"' }),
    command: 'build',
    expected: [
      'content/capsulas/prueba.md',
      'lineas.0.linea',
      'el plan «region-centro-occidente-2021-2022» no tiene la línea 3.1; sus líneas son 1.1 a 1.2',
    ],
  },
  {
    name: 'a línea marked «cumplida» without evidence',
    file: 'content/planes/prueba.mdx',
    text: readFileSync('content/planes/region-centro-occidente-2021-2022.mdx', 'utf8').replace(
      /^( {6}- texto: .*)$/m,
      '$1\n        estado: cumplida',
    ),
    command: 'build',
    expected: [
      'content/planes/prueba.mdx',
      'ejes.0.lineas.0.estado',
      'la línea 1.1 dice «cumplida» y no tiene ninguna evidencia dentro del periodo 2021–2022',
    ],
  },
  {
    name: 'a progress state typed by hand',
    file: 'content/planes/prueba.mdx',
    text: readFileSync('content/planes/region-centro-occidente-2021-2022.mdx', 'utf8').replace(
      /^( {6}- texto: .*)$/m,
      '$1\n        estado: en-proceso',
    ),
    command: 'sync',
    expected: [
      'content/planes/prueba.mdx',
      'ejes.0.lineas.0.estado',
      'el avance se calcula de las evidencias: solo se escribe «cumplida» (con su evidencia) o nada, pero dice «en-proceso»',
    ],
  },
  {
    name: 'a magazine number used twice',
    file: 'content/revista/numero-repetido.md',
    text: readFileSync('content/revista/numero-2.md', 'utf8'),
    command: 'build',
    expected: [
      'content/revista/numero-repetido.md',
      'campo «numero»',
      'el número 2 ya lo usa content/revista/numero-2.md',
    ],
  },
  {
    name: 'one entry saved as .md and as .mdx',
    file: 'content/capsulas/x.md',
    text: capsule({}),
    more: { 'content/capsulas/x.mdx': capsule({}) },
    command: 'sync',
    expected: [
      'El contenido tiene un problema:',
      'content/capsulas/x.md: content/capsulas/x.mdx tiene el mismo nombre con otra extensión',
      'Deja uno solo',
    ],
  },
  {
    name: 'two file names that fold to one address',
    file: 'content/capsulas/Acción.md',
    text: capsule({}),
    more: { 'content/capsulas/accion.md': capsule({}) },
    command: 'sync',
    expected: [
      'El contenido tiene un problema:',
      'content/capsulas/Acción.md: content/capsulas/accion.md lleva a la misma dirección, «accion»',
      'renombra',
    ],
  },
  {
    name: 'an SVG poster',
    ...withPoster('prueba.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'),
    expected: [
      'content/capsulas/prueba.md',
      'poster: «./posters/prueba.svg» es un SVG',
      'puede llevar código',
      'PNG, JPEG, WebP o AVIF',
    ],
  },
  {
    name: 'a poster that is not an image',
    ...withPoster('prueba.png', 'Esto no es una imagen.\n'),
    expected: [
      'content/capsulas/prueba.md',
      'poster: «./posters/prueba.png» no es una imagen',
      'PNG, JPEG, WebP o AVIF',
    ],
  },
  {
    name: 'a truncated poster',
    ...withPoster('prueba.png', poster.subarray(0, poster.length / 2)),
    expected: [
      'content/capsulas/prueba.md',
      'poster: «./posters/prueba.png» es un PNG incompleto o dañado',
      'PNG, JPEG, WebP o AVIF',
    ],
  },
  {
    name: 'an audio without its transcript',
    file: 'content/audios/prueba.md',
    text: spot({}, { transcript: false }),
    command: 'sync',
    expected: ['content/audios/prueba.md, línea', 'campo «transcripción', 'falta la transcripción'],
  },
  {
    name: 'an audio whose MP3 is not audio',
    file: 'content/audios/prueba.md',
    text: spot({ archivo: '/media/audios/prueba.mp3', subtitulos: '/media/audios/spot-pregunta-es-tu-derecho.vtt' }),
    more: { 'public/media/audios/prueba.mp3': 'Esto no es un audio, solo texto.\n'.repeat(40) },
    command: 'build',
    expected: ['content/audios/prueba.md, campo «archivo»', 'el archivo /media/audios/prueba.mp3 no es audio MP3'],
  },
  {
    name: 'an audio whose length is more than a second off its file',
    file: 'content/audios/prueba.md',
    text: spot({ duracion: '"0:25"' }),
    command: 'build',
    expected: [
      'content/audios/prueba.md, campo «duracion»',
      'dice 25 s, pero /media/audios/spot-pregunta-es-tu-derecho.mp3 dura 17 s',
      'Escribe la duración del archivo, «0:17»',
    ],
  },
];

describe('bad content stops the build', () => {
  let project: ProjectCopy;
  beforeEach(() => {
    project = copyProject();
  });
  afterEach(() => project.remove());

  test.each(cases)(
    '$name: `astro $command` names file, field and expectation',
    ({ file, text, more, command, expected }) => {
      project.write(file, text);
      for (const [path, content] of Object.entries(more ?? {})) project.write(path, content);
      const result = project.astro(command);
      expect(result.status).not.toBe(0);
      for (const words of expected) expect(result.output).toContain(words);
      expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
    },
  );

  test('a future-dated entry waits for its day, and the build says what it left out', () => {
    const capsuleFile = readFileSync('content/capsulas/gobierno-abierto-en-tu-colonia.md', 'utf8');
    project.write(
      'content/capsulas/gobierno-abierto-en-tu-colonia.md',
      capsuleFile.replace(/^fecha: .*$/m, 'fecha: 2099-01-05'),
    );
    const plan = readFileSync('content/planes/region-norte-2019-2020.mdx', 'utf8');
    project.write('content/planes/region-norte-borrador.mdx', plan.replace('---\n', '---\nborrador: true\n'));
    const result = project.astro('build');
    expect(result.status).toBe(0);
    expect(existsSync(join(project.dir, 'dist/capsulas/gobierno-abierto-en-tu-colonia/index.html'))).toBe(false);
    const list = readFileSync(join(project.dir, 'dist/capsulas/index.html'), 'utf8');
    expect(list).toContain('href="/capsulas/archivos-en-orden/"');
    expect(list).not.toContain('gobierno-abierto-en-tu-colonia');
    expect(result.output).toContain('Se dejaron fuera de la construcción 2 entradas sin publicar');
    expect(result.output).toContain(
      'content/capsulas/gobierno-abierto-en-tu-colonia.md (programada para el 2099-01-05)',
    );
    expect(result.output).toContain('content/planes/region-norte-borrador.mdx (borrador)');
  });

  test('a draft is built by nobody but `astro dev`', () => {
    const plan = readFileSync('content/planes/region-norte-2019-2020.mdx', 'utf8');
    project.write('content/planes/region-norte-borrador.mdx', plan.replace('---\n', '---\nborrador: true\n'));
    const result = project.astro('build');
    expect(result.status).toBe(0);
    expect(existsSync(join(project.dir, 'dist/planes/region-norte-2019-2020/index.html'))).toBe(true);
    expect(existsSync(join(project.dir, 'dist/planes/region-norte-borrador/index.html'))).toBe(false);
    const list = readFileSync(join(project.dir, 'dist/planes/index.html'), 'utf8');
    expect(list).toContain('href="/planes/region-norte-2019-2020/"');
    expect(list).not.toContain('region-norte-borrador');
  });
});

describe('`npm run revisar` says what the build says', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject();
  });
  afterAll(() => project.remove());

  test('problems found while loading: the content check names them all, `astro sync` prints one the same way', async () => {
    project.write('content/capsulas/prueba.md', `${capsule({})}\n<script>alert(1)</script>\n`);
    project.write('content/capsulas/prueba-fecha.md', capsule({ fecha: '2024-02-30' }));
    const problems = await withCleanEnv(() => checkContent(project.dir));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/capsulas/prueba-fecha.md', line: 4, field: 'fecha' }),
      {
        file: 'content/capsulas/prueba.md',
        line: 15,
        found: 'hay un elemento <script>',
        fix: expect.stringContaining('El contenido no puede ejecutar código: quítalo'),
      },
    ]);
    // Loading stops at the first file that fails: it prints that one, as the check does.
    const sync = project.astro('sync');
    expect(sync.status).not.toBe(0);
    const printed = problems.filter((problem) =>
      sync.output.includes(`El contenido tiene un problema:\n${formatProblem(problem)}`),
    );
    expect(printed).toHaveLength(1);
    rmSync(join(project.dir, 'content/capsulas/prueba-fecha.md'));
  });

  test('a problem only the build sees: the build check and `astro build` print the same line', async () => {
    project.write('content/capsulas/prueba.md', capsule({}));
    project.write('content/revista/numero-repetido.md', readFileSync('content/revista/numero-2.md', 'utf8'));
    const problems = await withCleanEnv(() => checkBuild(project.dir));
    expect(problems).toEqual([
      {
        file: 'content/revista/numero-repetido.md',
        field: 'numero',
        found: 'el número 2 ya lo usa content/revista/numero-2.md',
        fix: 'dale otro número: cada número de «revista» es único',
      },
    ]);
    expect(project.astro('build').output).toContain(formatProblem(problems[0] ?? { file: '', found: '' }));
  });

  test('two files at one address: the content check names them in one problem, as `astro sync` does', async () => {
    project.write('content/capsulas/x.md', capsule({}));
    project.write('content/capsulas/x.mdx', capsule({}));
    const problems = await withCleanEnv(() => checkContent(project.dir));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/capsulas/x.md',
        found: expect.stringContaining('content/capsulas/x.mdx'),
      }),
    ]);
    rmSync(join(project.dir, 'content/capsulas/x.mdx'));
  });
});
