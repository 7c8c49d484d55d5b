import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';

/** A real entry's text with lines added at the end of its body, and the line number the first one gets. */
function withLines(file: string, ...lines: string[]): { text: string; line: number } {
  const text = readFileSync(file, 'utf8').trimEnd();
  return { text: `${text}\n\n${lines.join('\n')}\n`, line: text.split('\n').length + 2 };
}

let project: ProjectCopy;
beforeEach(() => {
  project = copyProject();
});
afterEach(() => project.remove());

test('an MDX entry with a <script> stops `astro build`, naming the file, the line and the fix', () => {
  const { text, line } = withLines('content/planes/comision-vinculacion-2022.mdx', '<script>alert("hola")</script>');
  project.write('content/planes/comision-vinculacion-2022.mdx', text);
  const result = project.astro('build');
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(
    `content/planes/comision-vinculacion-2022.mdx, línea ${line}: hay un elemento <script>. El contenido no puede ejecutar código`,
  );
  expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
});

test('a Markdown entry with onclick, a javascript: link and an inline style reports all three', () => {
  const { text, line } = withLines(
    'content/capsulas/archivos-en-orden.md',
    '<a href="/abc/" onclick="alert(1)">Cuadernillos</a>',
    '',
    '[Pulsa aquí](JaVaScRiPt:alert(1))',
    '',
    '<p style="color: red">Aviso</p>',
  );
  // The same capsule under another name.
  project.write('content/capsulas/prueba-seguridad.md', text);
  const result = project.astro('build');
  expect(result.status).not.toBe(0);
  const file = 'content/capsulas/prueba-seguridad.md';
  expect(result.output).toContain(`${file}, línea ${line}: hay un atributo de evento «onclick»`);
  expect(result.output).toContain(
    `${file}, línea ${line + 2}: hay un enlace con una dirección «javascript:». Usa una dirección que empiece con https://`,
  );
  expect(result.output).toContain(`${file}, línea ${line + 4}: hay un estilo en línea (atributo «style»)`);
  expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
});
