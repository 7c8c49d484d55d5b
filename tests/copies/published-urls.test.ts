import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPublishedUrls, compareUrls, readPublishedUrls } from '#/scripts/checks/publicadas.ts';
import { formatProblem, type Problem } from '#/src/lib/problems.ts';
import { startNginx } from '#/scripts/herramientas/servidor.ts';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';

const repo = resolve(import.meta.dirname, '../..');
const capsule = '/capsulas/cuida-tus-datos-personales/';
const plan = 'region-norte-2019-2020';
/** An address that never had a page here, moved to an eje of a plan. */
const movedAddress = '/planes/plan-de-trabajo-anterior/';

/** Changes a file of the copy with `change`, failing if it changed nothing. */
function edit(project: ProjectCopy, path: string, change: (text: string) => string): void {
  const text = readFileSync(join(project.dir, path), 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  project.write(path, changed);
}

/**
 * Renames a plan as an editor must: its file, and every entry that names its líneas as evidence (the build
 * refuses a reference to a plan that does not exist).
 */
function renamePlan(project: ProjectCopy, from: string, to: string): void {
  renameSync(join(project.dir, `content/planes/${from}.mdx`), join(project.dir, `content/planes/${to}.mdx`));
  const entries = readdirSync(join(project.dir, 'content'), { recursive: true, encoding: 'utf8' });
  for (const path of entries.filter((name) => /\.mdx?$/.test(name))) {
    const text = readFileSync(join(project.dir, 'content', path), 'utf8');
    if (text.includes(`plan: ${from}\n`))
      project.write(join('content', path), text.replaceAll(`plan: ${from}\n`, `plan: ${to}\n`));
  }
}

/** Appends redirects to the copy's content/redirecciones.yaml. */
const addRedirects = (project: ProjectCopy, ...pairs: [string, string][]): void =>
  edit(project, 'content/redirecciones.yaml', (text) =>
    pairs.reduce((yaml, [from, to]) => `${yaml}- desde: ${from}\n  hacia: ${to}\n`, text),
  );

/** A problem as `npm run revisar` prints it, or nothing. */
const said = (problem: Problem | undefined): string => (problem ? formatProblem(problem) : '');

/** Runs `npm run urls:registrar` inside the copy. */
const registerUrls = (project: ProjectCopy) => project.npm('run', 'urls:registrar');

describe('a build that breaks published addresses fails the check', () => {
  let project: ProjectCopy;
  let problems: Problem[];
  beforeAll(async () => {
    project = copyProject();
    rmSync(join(project.dir, 'content/capsulas/cuida-tus-datos-personales.md'));
    // Línea 2-3 of the plan is its last line of eje 2: only #linea-2-3 goes away.
    edit(project, `content/planes/${plan}.mdx`, (text) =>
      text.replace(/^ {6}- texto: "Realizar reuniones regionales para la análisis.*\n/m, ''),
    );
    // Its record goes too, as the build asks before it lets a published línea go (content/lineas-publicadas.txt):
    // what is left to catch is the anchor other sites link to.
    edit(project, 'content/lineas-publicadas.txt', (text) => text.replace(new RegExp(`^${plan} 2\\.3 .*\n`, 'm'), ''));
    renamePlan(project, 'comision-vinculacion-2022', 'vinculacion-2022');
    addRedirects(project, ['/capsulas/nunca-publicada/', '/capsulas/no-existe/']);
    const build = project.astro('build');
    expect(build.status, build.output).toBe(0);
    problems = await checkPublishedUrls(project.dir);
  });
  afterAll(() => project.remove());

  test('a removed entry whose address is listed is named, with both fixes: a redirect or the retired mark', () => {
    expect(problems).toContainEqual({
      file: capsule,
      found: `${capsule} ya no existe y ninguna redirección la cubre`,
      fix: expect.stringMatching(
        new RegExp(
          `^agrega en content/redirecciones\\.yaml \`- desde: ${capsule}\` con \`hacia:\` la nueva dirección; o, .*no la borres: vuelve a poner su archivo .*\`retirado: \\{ fecha: `,
        ),
      ),
    });
  });

  test('a plan that loses a listed #linea anchor fails, naming the anchor and the plan file', () => {
    const problem = problems.find((found) => found.file === `/planes/${plan}/#linea-2-3`);
    expect(said(problem)).toContain(`/planes/${plan}/#linea-2-3 ya no existe`);
    expect(said(problem)).toContain(`content/planes/${plan}.mdx`);
  });

  test('a plan renamed without a redirect fails once, counting the anchors it took away', () => {
    const problem = problems.find((found) => found.file === '/planes/comision-vinculacion-2022/');
    expect(problem?.found).toMatch(
      /^\/planes\/comision-vinculacion-2022\/ ya no existe y ninguna redirección la cubre \(ni sus \d+ anclas publicadas, como \/planes\/comision-vinculacion-2022\/#eje-1\)/,
    );
  });

  test('the renamed plan is not in the list yet: a reminder to run urls:registrar', () => {
    const problem = problems.find((found) => found.file === '/planes/vinculacion-2022/');
    expect(said(problem)).toContain('/planes/vinculacion-2022/ y ');
    expect(said(problem)).toContain('`npm run urls:registrar`');
  });

  test('a redirect to an address the site does not publish fails', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/redirecciones.yaml',
        found: expect.stringContaining('desde /capsulas/nunca-publicada/ lleva a /capsulas/no-existe/, que no existe'),
      }),
    );
  });

  test('the removed capsule takes its embeddable player address with it', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: '/embed/capsulas/cuida-tus-datos-personales/',
        found: expect.stringContaining('ninguna redirección la cubre'),
      }),
    );
  });

  test('the broken redirect breaks its derived embed redirect too', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/redirecciones.yaml',
        found: expect.stringContaining('lleva a /embed/capsulas/no-existe/, que no existe'),
      }),
    );
  });

  test('nothing else is reported', () => {
    expect(problems).toHaveLength(7);
  });
});

describe('a removed entry with a redirect keeps its address', () => {
  let project: ProjectCopy;
  beforeAll(() => {
    project = copyProject();
    rmSync(join(project.dir, 'content/capsulas/cuida-tus-datos-personales.md'));
    addRedirects(project, [capsule, '/capsulas/'], [movedAddress, `/planes/${plan}/#eje-2`]);
    const build = project.npm('run', 'build');
    expect(build.status, build.output).toBe(0);
  });
  afterAll(() => project.remove());

  test('nginx answers the old addresses with a 301 to the new ones, the anchor kept', async () => {
    const server = await startNginx(join(project.dir, 'dist'));
    try {
      const moves: [string, string][] = [
        [capsule, '/capsulas/'],
        ['/embed/capsulas/cuida-tus-datos-personales/', '/capsulas/'],
        [movedAddress, `/planes/${plan}/#eje-2`],
      ];
      for (const [from, to] of moves) {
        const response = await fetch(`${server.url}${from}`, { redirect: 'manual' });
        expect(response.status, from).toBe(301);
        expect(response.headers.get('location'), from).toBe(to);
        expect(response.headers.get('content-security-policy'), from).toContain('frame-ancestors');
      }
    } finally {
      await server.close();
    }
  });

  test('the check passes', async () => {
    expect(await checkPublishedUrls(project.dir)).toEqual([]);
  });

  test('the old embed address follows the capsule', () => {
    expect(existsSync(join(project.dir, 'dist/embed/capsulas/cuida-tus-datos-personales/index.html'))).toBe(true);
    expect(readFileSync(join(project.dir, 'dist/_redirects'), 'utf8')).toContain(
      '/embed/capsulas/cuida-tus-datos-personales/ /capsulas/ 301',
    );
  });

  test('the old address serves a Spanish page that sends visitors on', () => {
    const html = readFileSync(join(project.dir, `dist${capsule}index.html`), 'utf8');
    expect(html).toContain('<html lang="es-MX">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/capsulas/">');
  });

  test('dist/_redirects sends it on with a 301', () => {
    expect(readFileSync(join(project.dir, 'dist/_redirects'), 'utf8').split('\n')).toContain(
      `${capsule} /capsulas/ 301`,
    );
  });

  test('the sitemap leaves the old address out', () => {
    const sitemap = readFileSync(join(project.dir, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/capsulas/archivos-en-orden/');
    expect(sitemap).not.toContain(capsule);
  });

  test('a redirect that would hide a page still published stops the build', () => {
    addRedirects(project, ['/capsulas/archivos-en-orden/', '/capsulas/']);
    const build = project.astro('build');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('/capsulas/archivos-en-orden');
  });
});

describe('npm run urls:registrar', () => {
  let project: ProjectCopy;
  let before: string[];
  let run: { status: number | null; output: string };
  beforeAll(() => {
    project = copyProject();
    renamePlan(project, plan, 'plan-region-norte');
    addRedirects(project, [`/planes/${plan}/`, '/planes/plan-region-norte/']);
    // A capsule and a plan that wait for their day: not built yet, registered ahead.
    project.write(
      'content/capsulas/cuenta-regresiva.md',
      readFileSync(join(project.dir, 'content/capsulas/archivos-en-orden.md'), 'utf8').replace(
        /^fecha: .*$/m,
        'fecha: 2099-01-05',
      ),
    );
    project.write(
      'content/planes/plan-futuro.mdx',
      readFileSync(join(project.dir, 'content/planes/plan-region-norte.mdx'), 'utf8').replace(
        /^fecha: .*$/m,
        'fecha: 2099-02-01',
      ),
    );
    before = readPublishedUrls(project.dir) ?? [];
    run = registerUrls(project);
  });
  afterAll(() => project.remove());

  test('builds the site first when dist/ is missing, and says so', () => {
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('No existe dist/: primero construyo el sitio con `npm run build`');
    expect(existsSync(join(project.dir, 'dist/planes/plan-region-norte/index.html'))).toBe(true);
  });

  test('adds the new page and its anchors, and prints how many and the first 20', () => {
    const added = (readPublishedUrls(project.dir) ?? []).filter((url) => !before.includes(url));
    expect(added).toContain('/planes/plan-region-norte/');
    expect(added).toContain('/planes/plan-region-norte/#linea-2-3');
    expect(
      added.every((url) =>
        /^\/(?:planes\/plan-region-norte|planes\/plan-futuro|capsulas\/cuenta-regresiva)\//.test(url),
      ),
    ).toBe(true);
    expect(run.output).toContain(`Se agregaron ${added.length} direcciones a content/urls-publicadas.txt:`);
    expect(run.output).toContain(`  ${String(added[19])}\n  … y ${added.length - 20} más`);
  });

  test('registers entries scheduled for a later day, anchors included, before they are built', () => {
    const after = readPublishedUrls(project.dir) ?? [];
    expect(existsSync(join(project.dir, 'dist/capsulas/cuenta-regresiva/index.html'))).toBe(false);
    expect(after).toContain('/capsulas/cuenta-regresiva/');
    expect(after).toContain('/planes/plan-futuro/');
    expect(after).toContain('/planes/plan-futuro/#linea-2-3');
  });

  test('a scheduled entry not registered yet is named, with its day and the fix', async () => {
    const file = 'content/capsulas/otra-cuenta-regresiva.md';
    project.write(
      file,
      readFileSync(join(project.dir, 'content/capsulas/cuenta-regresiva.md'), 'utf8').replace(
        /^fecha: .*$/m,
        'fecha: 2099-03-07',
      ),
    );
    try {
      expect((await checkPublishedUrls(project.dir)).map(said)).toEqual([
        `${file}, campo «fecha»: está programada para el 2099-03-07, y /capsulas/otra-cuenta-regresiva/ aún no está en content/urls-publicadas.txt: ese día la publicación diaria fallaría. Corre \`npm run urls:registrar\` y agrega ese archivo a tu commit.`,
      ]);
    } finally {
      rmSync(join(project.dir, file));
    }
  });

  test('never removes an address, even one the site no longer publishes', () => {
    const after = readPublishedUrls(project.dir) ?? [];
    expect(before).toContain(`/planes/${plan}/#linea-2-3`);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  test('keeps the list in order', () => {
    const after = readPublishedUrls(project.dir) ?? [];
    expect(after).toEqual([...after].sort(compareUrls));
  });

  test('with the redirect and the new addresses registered, the check passes', async () => {
    expect(await checkPublishedUrls(project.dir)).toEqual([]);
  });

  test('a second run adds nothing', () => {
    const list = readFileSync(join(project.dir, 'content/urls-publicadas.txt'), 'utf8');
    expect(registerUrls(project).output).toContain('ya tiene todas las direcciones del sitio; no se agregó ninguna');
    expect(readFileSync(join(project.dir, 'content/urls-publicadas.txt'), 'utf8')).toBe(list);
  });
});

// `npm test` builds dist/ before vitest runs.
test("this repository's list of published addresses holds against its dist/", async () => {
  expect(await checkPublishedUrls(repo)).toEqual([]);
});
