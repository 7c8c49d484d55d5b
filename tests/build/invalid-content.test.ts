import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project';

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

const bodyWithSite = (site: string) =>
  `${readFileSync('content/organismos.yaml', 'utf8')}- id: prueba\n  siglas: PRUEBA\n  nombre: Organismo de prueba\n  sitio: ${site}\n`;

/** Each bad input, the command that must reject it, and what its message must say. */
const cases = [
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
];

describe('bad content stops the build', () => {
  let project: ProjectCopy;
  beforeEach(() => {
    project = copyProject();
  });
  afterEach(() => project.remove());

  test.each(cases)('$name: `astro $command` names file, field and expectation', ({ file, text, command, expected }) => {
    project.write(file, text);
    const result = project.astro(command);
    expect(result.status).not.toBe(0);
    for (const words of expected) expect(result.output).toContain(words);
    expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
  });

  test('a future-dated entry waits for its day, and the build says what it left out', () => {
    const capsuleFile = readFileSync('content/capsulas/archivos-en-orden.md', 'utf8');
    project.write('content/capsulas/archivos-en-orden.md', capsuleFile.replace(/^fecha: .*$/m, 'fecha: 2099-01-05'));
    const plan = readFileSync('content/planes/region-norte-2019-2020.mdx', 'utf8');
    project.write('content/planes/region-norte-borrador.mdx', plan.replace('---\n', '---\nborrador: true\n'));
    const result = project.astro('build');
    expect(result.status).toBe(0);
    expect(existsSync(join(project.dir, 'dist/capsulas/archivos-en-orden/index.html'))).toBe(false);
    expect(readFileSync(join(project.dir, 'dist/capsulas/index.html'), 'utf8')).not.toContain('archivos-en-orden');
    expect(result.output).toContain('Se dejaron fuera de la construcción 2 entradas sin publicar');
    expect(result.output).toContain('content/capsulas/archivos-en-orden.md (programada para el 2099-01-05)');
    expect(result.output).toContain('content/planes/region-norte-borrador.mdx (borrador)');
  });

  test('a draft is built by nobody but `astro dev`', () => {
    const plan = readFileSync('content/planes/region-norte-2019-2020.mdx', 'utf8');
    project.write('content/planes/region-norte-borrador.mdx', plan.replace('---\n', '---\nborrador: true\n'));
    const result = project.astro('build');
    expect(result.status).toBe(0);
    expect(existsSync(join(project.dir, 'dist/planes/region-norte-2019-2020/index.html'))).toBe(true);
    expect(existsSync(join(project.dir, 'dist/planes/region-norte-borrador/index.html'))).toBe(false);
    expect(readFileSync(join(project.dir, 'dist/planes/index.html'), 'utf8')).not.toContain('region-norte-borrador');
  });
});
