import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkBuild } from '#/scripts/checks/construccion.ts';
import { checkContent } from '#/scripts/checks/contenido.ts';
import { checkVideos } from '#/scripts/checks/videos.ts';
import { EDITOR } from '#/src/config.ts';
import { measure, readabilityNotes } from '#/src/lib/readabilityAdvice.ts';
import { slugify } from '#/src/lib/slugs.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';
import { browserAndSite, watchCspViolations } from '#/tests/support/browser.ts';
import { copyProject, withCleanEnv, type ProjectCopy } from '#/tests/support/project.ts';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

// The editor as `npm run editor` runs it, on a throwaway clone: Decap's local Git proxy in its `git` mode
// over the copy, the built /admin/ served by nginx with its own policy, real Chromium.
const env = browserAndSite();
const proxy = `http://${EDITOR.localProxy.host}:${EDITOR.localProxy.port}/api/v1`;
let project: ProjectCopy;
let server: ChildProcess;
/** What each page's Content-Security-Policy blocked, filled as the pages run. */
const violations: string[][] = [];

const git = (...args: string[]): string => {
  const result = spawnSync('git', args, { cwd: project.dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
const branches = (): string[] => git('branch', '--format=%(refname:short)').split('\n').filter(Boolean);
/** A file as a branch of the clone holds it, or undefined when it does not. */
const fileAt = (branch: string, path: string): string | undefined => {
  const result = spawnSync('git', ['show', `${branch}:${path}`], { cwd: project.dir, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
};
const frontmatter = (text: string | undefined): Record<string, unknown> =>
  parse(splitFrontmatter(text ?? '')?.yaml ?? '') as Record<string, unknown>;
const bodyOf = (text: string | undefined): string => (splitFrontmatter(text ?? '')?.body ?? text ?? '').trim();

beforeAll(async () => {
  project = copyProject();
  project.write('.gitignore', 'node_modules\ndist\n.astro\n');
  spawnSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: project.dir });
  git('config', 'user.name', 'Editora de prueba');
  git('config', 'user.email', 'editora@example.org');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Contenido de partida');
  const busy = await fetch(proxy, { method: 'POST' }).then(
    () => true,
    () => false,
  );
  // Another proxy there (an `npm run editor` left open) would answer for another clone.
  if (busy) throw new Error(`El puerto ${EDITOR.localProxy.port} ya está en uso: cierra el otro «npm run editor».`);
  server = spawn(resolve('node_modules/.bin/decap-server'), [], {
    cwd: project.dir,
    env: {
      ...process.env,
      MODE: 'git',
      BIND_HOST: EDITOR.localProxy.host,
      PORT: String(EDITOR.localProxy.port),
      GIT_REPO_DIRECTORY: project.dir,
      LOG_LEVEL: 'error',
    },
    stdio: 'inherit',
  });
  for (let attempt = 0; ; attempt++) {
    try {
      const info = await fetch(proxy, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"info"}',
      });
      if (info.ok) break;
    } catch (error) {
      if (attempt > 100) throw error;
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}, 60_000);

afterAll(() => {
  server.kill();
  project.remove();
});

/** The editor, logged in to the local proxy, at `route` (a Decap route: `/collections/capsulas/new`). */
async function openEditor(route: string): Promise<Page> {
  const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  violations.push(await watchCspViolations(page));
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${env.site.url}${ADMIN_URL}`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page
    .getByRole('link', { name: /Cápsulas/ })
    .first()
    .waitFor();
  await page.goto(`${env.site.url}${ADMIN_URL}#${route}`);
  return page;
}

/** Picks the option of a relation field whose name starts with `typed`. */
async function choose(page: Page, label: string, typed: string, shown: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(typed);
  await page.getByText(shown, { exact: true }).last().click();
}

const title = 'Año de la niñez: señales en Güémez';
const slug = slugify(title);
const transcript = [
  'Presentación de la cápsula sobre la niñez en los datos abiertos.',
  '',
  '## Transcripción',
  '',
  '**0:00 a 0:30.** Una comisionada explica cómo se pueden consultar los datos sobre la niñez en la Plataforma',
  'Nacional de Transparencia, qué preguntas responden y qué hacer cuando una respuesta no llega a tiempo.',
  '',
  '**0:30 a 1:30.** Una persona de la sociedad civil cuenta cómo usó esos datos en su comunidad para pedir que',
  'se mejoraran los espacios de juego cerca de las escuelas, y qué aprendió del proceso de solicitud.',
].join('\n');

test('an editor creates a capsule whose title has accents and ñ: a draft on a branch of its own, at the folded name, that passes the checks', async () => {
  const page = await openEditor('/collections/capsulas/new');
  await page.getByLabel('Título', { exact: true }).fill(title);
  await page
    .getByLabel('Resumen', { exact: true })
    .fill('Una cápsula sobre los derechos de la niñez en los datos abiertos.');
  await page.getByLabel('Fecha de publicación').fill('2024-05-10');
  await page.getByLabel('Duración').fill('1:30');
  await page.getByLabel('Id de YouTube (opcional)').fill('abcdefghijk');
  await page.getByRole('button', { name: 'Elige una imagen' }).click();
  await page.locator('input[type=file]').last().setInputFiles('scripts/plantillas/poster.png');
  await page.getByRole('button', { name: 'Confirmar selección' }).click();
  await page.getByLabel('Texto alternativo del cartel').fill('Cartel gris con el texto «Imagen pendiente».');
  await choose(page, 'Entidad (opcional)', 'Chihua', 'Chihuahua');
  await choose(page, 'Comisión (opcional)', 'Archiv', 'Comisión de Archivos y Gestión Documental');
  await choose(page, 'Organismo garante (opcional)', 'INFO', /^INFO CDMX/);
  // The body in Markdown as written, so the transcript's heading is a heading.
  const body = page.locator('[class*="ControlContainer"]').filter({ has: page.locator('label[for^="body-field"]') });
  await body.locator('[class*="ToolbarToggle"] [role="switch"]').click();
  await body.locator('[contenteditable="true"]').click();
  await page.keyboard.insertText(transcript);
  await page.getByRole('button', { name: 'Guardar' }).click();

  await page.getByText('Entrada guardada').first().waitFor();

  const file = `content/capsulas/${slug}.md`;
  expect(branches()).toContain(`cms/capsulas/${slug}`);
  expect(fileAt('main', file)).toBeUndefined();
  const written = fileAt(`cms/capsulas/${slug}`, file);
  expect(frontmatter(written)).toMatchObject({
    titulo: title,
    borrador: true,
    duracion: '1:30',
    video: { youtube: 'abcdefghijk' },
    poster: `posters/${slug}/poster.png`,
    estado: 'chihuahua',
    comision: 'archivos-y-gestion-documental',
    organismo: 'info-cdmx',
  });
  expect(bodyOf(written)).toBe(transcript);
  expect(fileAt(`cms/capsulas/${slug}`, `content/capsulas/posters/${slug}/poster.png`)).toBeDefined();

  // What `npm run revisar` checks, on a checkout of the branch beside the clone (the proxy keeps working in
  // the clone), with the entry marked ready: a draft is never built.
  await page.context().close();
  const checkout = `${project.dir}-rama`;
  git('worktree', 'add', '--quiet', '--detach', checkout, `cms/capsulas/${slug}`);
  try {
    symlinkSync(resolve('node_modules'), join(checkout, 'node_modules'));
    const path = join(checkout, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('borrador: true', 'borrador: false'));
    expect(await withCleanEnv(() => checkContent(checkout))).toEqual([]);
    expect(await checkVideos(checkout)).toEqual([]);
    expect(await withCleanEnv(() => checkBuild(checkout))).toEqual([]);
    expect(existsSync(join(checkout, `dist/capsulas/${slug}/index.html`))).toBe(true);
  } finally {
    rmSync(checkout, { recursive: true, force: true });
    git('worktree', 'prune');
  }
});

test('the preview shows how the text reads, in the words of `npm run revisar`, as the editor types', async () => {
  const page = await openEditor('/collections/abc/new');
  const body = page.locator('[class*="ControlContainer"]').filter({ has: page.locator('label[for^="body-field"]') });
  await body.locator('[class*="ToolbarToggle"] [role="switch"]').click();
  await body.locator('[contenteditable="true"]').click();
  const text =
    'La administración pública federal implementará progresivamente mecanismos institucionales de coordinación interinstitucional, considerando las disposiciones reglamentarias aplicables y la disponibilidad presupuestaria correspondiente. El SNT lo revisa.';
  await page.keyboard.insertText(text);
  const { summary, details } = readabilityNotes(measure({ path: 'content/abc/', body: text }));
  expect(summary).toContain('mínimo de su tipo: 50');
  const preview = page.locator('iframe').first().contentFrame();
  await preview.getByText(summary).waitFor();
  for (const detail of details) await preview.getByText(detail).waitFor();
  expect(details.join('\n')).toContain('«SNT» no se explica');
  await page.context().close();
});

test('a required field left empty is refused, in Spanish, and nothing is written', async () => {
  const before = branches();
  const page = await openEditor('/collections/capsulas/new');
  await page.getByLabel('Título', { exact: true }).fill('Cápsula sin resumen');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect.poll(() => page.getByText('no ha rellenado un campo obligatorio').count()).toBeGreaterThan(0);
  expect(await page.getByText('Resumen es obligatorio.').count()).toBe(1);
  expect(branches()).toEqual(before);
  await page.context().close();
});

test('editing one línea of a plan changes that línea only, on the plan’s own branch', async () => {
  const plan = 'content/planes/region-norte-2019-2020.mdx';
  const old =
    'Realizar reuniones regionales para la análisis y socialización de criterios emitidos por los Organismos Garantes de la Región.';
  const changed =
    'Realizar reuniones regionales para el análisis y la socialización de los criterios de los Organismos Garantes.';
  const page = await openEditor('/collections/planes/entries/region-norte-2019-2020');
  const field = page.locator('textarea').filter({ hasText: old });
  await field.waitFor({ state: 'attached' });
  // The eje and the línea are folded: open each, outermost first.
  const folded = page.locator('[class*="SortableListItem"]').filter({ has: field });
  for (let i = 0; i < (await folded.count()); i++) await folded.nth(i).locator('button').first().click();
  await field.fill(changed);
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.getByText('Entrada guardada').first().waitFor();

  const original = readFileSync(plan, 'utf8');
  const saved = fileAt('cms/planes/region-norte-2019-2020', plan);
  const expected = frontmatter(original) as { ejes: { lineas: { texto: string }[] }[] };
  const line = expected.ejes[1]?.lineas[2];
  expect(line?.texto).toBe(old);
  if (line) line.texto = changed;
  expect(frontmatter(saved)).toEqual(expected);
  expect(bodyOf(saved)).toBe(bodyOf(original));
  expect(bodyOf(saved)).toContain('<Ejes />');
  expect(fileAt('main', plan)).toBe(original);
  await page.context().close();
});

test('an editor adds an edition to a booklet, with its date and what changed, and the others stay as they were', async () => {
  const booklet = 'content/abc/abc-gobierno-abierto.md';
  const note = 'Tercera edición de prueba: corrige la guía para participar.';
  const page = await openEditor('/collections/abc/entries/abc-gobierno-abierto');
  await page.getByRole('button', { name: 'Agregar edición' }).click();
  await page.getByLabel('Fecha de la edición').last().fill('2026-11-30');
  await page.getByLabel('Qué cambió', { exact: true }).last().fill(note);
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.getByText('Entrada guardada').first().waitFor();

  const original = frontmatter(readFileSync(booklet, 'utf8')) as { ediciones: Record<string, unknown>[] };
  const saved = frontmatter(fileAt('cms/abc/abc-gobierno-abierto', booklet)) as typeof original;
  expect(saved.ediciones.slice(0, -1)).toEqual(original.ediciones);
  expect(saved.ediciones.at(-1)).toEqual({ fecha: '2026-11-30', descripcion: note });
  expect(fileAt('main', booklet)).toBe(readFileSync(booklet, 'utf8'));
  await page.context().close();
});

test('publishing a proposal from the editor brings it to the main branch', async () => {
  const file = `content/capsulas/${slug}.md`;
  // The proposal's branch exists until it is published: its absence afterwards then means something.
  expect(branches()).toContain(`cms/capsulas/${slug}`);
  expect(fileAt('main', file)).toBeUndefined();
  const page = await openEditor(`/collections/capsulas/entries/${slug}`);
  await page.getByRole('button', { name: /Estado/ }).click();
  await page.getByRole('menuitem', { name: 'Listo' }).click();
  await page.getByRole('button', { name: 'Publicar' }).click();
  await page.getByRole('menuitem', { name: 'Publicar ahora' }).click();
  await expect.poll(() => fileAt('main', file) !== undefined).toBe(true);
  await expect.poll(() => branches()).not.toContain(`cms/capsulas/${slug}`);
  await page.context().close();
});

// Kept after the publishing test: run before it, that test's merge once did not reach main in time (not
// explained; the PDF uploaded here stays in the clone).
test('an upload field offers and takes only its own kind of file; another is refused, in Spanish, before it is uploaded', async () => {
  const page = await openEditor('/collections/abc/new');
  const said: string[] = [];
  page.on('dialog', (dialog) => said.push(dialog.message()));
  await page.getByRole('button', { name: 'Escoge un archivo' }).first().click();
  const upload = async (name: string, bytes: string) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('Subir nuevo', { exact: true }).click(),
    ]);
    // The system's picker is asked for PDFs only…
    expect(await chooser.element().getAttribute('accept')).toBe('.pdf');
    await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  };
  // …and a file chosen anyway («todos los archivos») never reaches the media library.
  await upload('notas.txt', 'Notas de la reunión.\n');
  await expect.poll(() => said).toEqual(['«notas.txt» no se subió: este campo solo acepta archivos .pdf.']);
  expect(await page.getByText('notas.txt').count()).toBe(0);
  await upload('bases-de-prueba.pdf', '%PDF-1.4\n%%EOF\n');
  await page.getByText('bases-de-prueba.pdf').first().waitFor();
  expect(said).toHaveLength(1);
  await page.context().close();
});

test('the editor runs under its own policy, with nothing blocked, and every other page keeps the site’s', async () => {
  const editor = await fetch(`${env.site.url}${ADMIN_URL}`);
  expect(editor.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-eval'");
  expect(editor.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  expect(editor.headers.get('x-frame-options')).toBe('DENY');
  const home = await fetch(`${env.site.url}/`);
  expect(home.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  expect(violations.flat()).toEqual([]);
});
