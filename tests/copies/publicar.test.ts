import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
  parseDestination,
  publishVersion,
  revertVersion,
  versionName,
  type Destination,
} from '#/scripts/publicar/publicacion.ts';
import { serveSite } from '#/scripts/herramientas/servidor.ts';
import { copyProject } from '#/tests/support/project.ts';

// `npm run publicar`: versions side by side, one link switched at once, the files of the version before
// kept for pages opened before the switch, old versions pruned, and --revertir. `npm test` builds dist/ first.

const folders: string[] = [];
const tempFolder = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, minute));
const live = (destination: Destination) => readlinkSync(join(destination.path, 'current'));
const releases = (destination: Destination) =>
  readdirSync(join(destination.path, 'releases')).filter((name) => !name.includes('.'));

/** A tiny built site: a page that uses one hashed stylesheet. */
function tinySite(style: string): string {
  const dist = tempFolder('snt-dist-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  write('index.html', `<!doctype html><link rel="stylesheet" href="/_astro/${style}"><p>${style}</p></html>`);
  write(`_astro/${style}`, 'p{color:#000}');
  return dist;
}

test('destinations: a folder here, or usuario@servidor:/ruta over SSH; versions named by their UTC time', () => {
  expect(parseDestination('usuario@sitio.gob.mx:/srv/micrositio/')).toEqual({
    kind: 'ssh',
    host: 'usuario@sitio.gob.mx',
    path: '/srv/micrositio',
  });
  expect(parseDestination('/srv/micrositio')).toEqual({ kind: 'local', path: '/srv/micrositio' });
  expect(versionName(new Date(Date.UTC(2026, 11, 2, 9, 5, 7)))).toBe('2026-12-02T09-05-07Z');
});

test('each version keeps the hashed files of the one before (not older ones), the newest N stay, and --revertir goes back one', async () => {
  const destination = parseDestination(tempFolder('snt-destino-'));
  for (const [minute, style] of [
    [1, 'uno.css'],
    [2, 'dos.css'],
    [3, 'tres.css'],
  ] as const) {
    const published = await publishVersion(tinySite(style), destination, { keep: 2, now: at(minute) });
    expect(published.ok, published.output).toBe(true);
  }
  const newest = versionName(at(3));
  expect(live(destination)).toBe(`releases/${newest}`);
  const files = readdirSync(join(destination.path, 'current', '_astro')).sort();
  // A page opened on version 2 still finds dos.css; uno.css came to version 2 only as an inherited file.
  expect(files).toEqual(['dos.css', 'tres.css']);
  expect(releases(destination)).toEqual([versionName(at(2)), newest]);

  const reverted = await revertVersion(destination);
  expect(reverted.ok, reverted.output).toBe(true);
  expect(reverted.output).toContain(`El sitio volvió a la versión ${versionName(at(2))}`);
  expect(live(destination)).toBe(`releases/${versionName(at(2))}`);
  const again = await revertVersion(destination);
  expect(again.ok).toBe(false);
  expect(again.output).toContain('No se revirtió nada: no hay una versión anterior');
  expect(live(destination)).toBe(`releases/${versionName(at(2))}`);
});

test('a publication while readers load pages: every response whole, no 404, no page without its stylesheet', async () => {
  const destination = parseDestination(tempFolder('snt-destino-'));
  expect((await publishVersion('dist', destination, { now: at(1) })).ok).toBe(true);
  // The next build, as a change of styles gives it: the stylesheet under another hashed name.
  const next = tempFolder('snt-dist-');
  cpSync('dist', next, { recursive: true });
  const style = readdirSync(join(next, '_astro')).find((name) => /^style\..*\.css$/.test(name)) ?? '';
  const renamed = style.replace(/\.css$/, 'N.css');
  for (const suffix of ['', '.br', '.gz']) {
    if (existsSync(join(next, '_astro', style + suffix)))
      renameSync(join(next, '_astro', style + suffix), join(next, '_astro', renamed + suffix));
  }
  for (const page of readdirSync(next, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const file = join(next, page);
    // Pages have no compressed copies to change too: nginx compresses each as it sends it.
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(style, renamed));
  }

  const server = await serveSite(join(destination.path, 'current'));
  const failures: string[] = [];
  const styles = new Set<string>();
  let loads = 0;
  const state = { reading: true };
  const reader = (async () => {
    while (state.reading) {
      for (const path of ['/', '/capsulas/', '/buscar/', '/planes/region-norte-2019-2020/']) {
        const page = await fetch(`${server.url}${path}`);
        const html = await page.text();
        if (page.status !== 200 || !html.trimEnd().endsWith('</html>')) failures.push(`${path}: ${page.status}`);
        const href = /href="(\/_astro\/style\.[^"]+\.css)"/.exec(html)?.[1] ?? '(sin hoja de estilos)';
        styles.add(href);
        const sheet = await fetch(`${server.url}${href}`);
        if (sheet.status !== 200 || !(await sheet.text()).length)
          failures.push(`${href} desde ${path}: ${sheet.status}`);
        loads += 1;
      }
    }
  })();
  const after = async (count: number) => {
    const until = loads + count;
    while (loads < until) await new Promise((wait) => setTimeout(wait, 20));
  };
  try {
    await after(8);
    const published = await publishVersion(next, destination, { now: at(2) });
    expect(published.ok, published.output).toBe(true);
    await after(8);
    // A page opened before the switch asks for the old stylesheet after it: still there.
    expect((await fetch(`${server.url}/_astro/${style}`)).status).toBe(200);
    expect((await revertVersion(destination)).ok).toBe(true);
    await after(8);
  } finally {
    state.reading = false;
    await reader;
    await server.close();
  }
  expect(failures, failures.join('\n')).toEqual([]);
  expect([...styles].sort()).toEqual([`/_astro/${renamed}`, `/_astro/${style}`].sort());
  expect(live(destination)).toBe(`releases/${versionName(at(1))}`);
});

test('a build that fails publishes nothing, says so in Spanish, and leaves the live version as it was', async () => {
  const destination = parseDestination(tempFolder('snt-destino-'));
  expect((await publishVersion(tinySite('uno.css'), destination, { now: at(1) })).ok).toBe(true);
  const project = copyProject();
  try {
    project.write('content/capsulas/rota.md', '---\ntitulo: Sin los demás campos\n---\n\nTexto.\n');
    const result = project.npm('run', 'publicar', '--', destination.path);
    expect(result.status).toBe(1);
    expect(result.output).toContain('No se publicó nada: la construcción falló');
    expect(result.output).toContain('content/capsulas/rota.md');
  } finally {
    project.remove();
  }
  expect(live(destination)).toBe(`releases/${versionName(at(1))}`);
  expect(readdirSync(join(destination.path, 'releases'))).toEqual([versionName(at(1))]);
});
