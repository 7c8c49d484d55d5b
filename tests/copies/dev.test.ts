import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';

let project: ProjectCopy;
let server: ChildProcess;
const port = 4400 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${port}`;

beforeAll(async () => {
  project = copyProject();
  const plan = readFileSync('content/planes/region-norte-2019-2020.mdx', 'utf8');
  project.write('content/planes/region-norte-borrador.mdx', plan.replace('---\n', '---\nborrador: true\n'));
  const capsule = readFileSync('content/capsulas/archivos-en-orden.md', 'utf8');
  project.write('content/capsulas/archivos-en-orden.md', capsule.replace(/^fecha: .*$/m, 'fecha: 2099-01-05'));
  const bin = join(process.cwd(), 'node_modules/.bin');
  server = spawn(join(bin, 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project.dir,
    env: {
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      HOME: process.env['HOME'] ?? '/tmp',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const ready = await fetch(`${base}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error('astro dev no arrancó');
});

afterAll(() => {
  server.kill();
  project.remove();
});

test('`astro dev` previews a draft with a visible badge', async () => {
  const html = await (await fetch(`${base}/planes/region-norte-borrador/`)).text();
  expect(html).toContain('Borrador.');
  expect(html).toContain('no se publicará hasta que esté lista');
});

test('`astro dev` previews a scheduled entry and says when it will appear', async () => {
  const html = await (await fetch(`${base}/capsulas/archivos-en-orden/`)).text();
  expect(html).toContain('Programada para el 5 de enero de 2099.');
});

test('the search page explains in `astro dev` that search needs a build', async () => {
  const html = await (await fetch(`${base}/buscar/`)).text();
  expect(html).toContain('En el servidor de desarrollo no existe todavía');
});
