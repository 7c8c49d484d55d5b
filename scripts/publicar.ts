// `npm run publicar -- <destino>`: builds the site, checks what was built, and only then publishes it as a
// new version next to the live one, switching to it at once (scripts/publicar/). `--revertir` goes back to
// the version before. The destination is a folder here or `usuario@servidor:/ruta` (SSH and rsync).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '#/src/lib/problems.ts';
import { checkHtml } from './checks/html.ts';
import { checkImages } from './checks/imagenes.ts';
import { checkLinks } from './checks/enlaces.ts';
import { checkPublishedUrls } from './checks/publicadas.ts';
import { checkVideos } from './checks/videos.ts';
import { DEFAULT_KEEP, parseDestination, publishVersion, revertVersion } from './publicar/publicacion.ts';

const USAGE =
  'Uso: npm run publicar -- <destino> [--conservar N] [--sin-construir]\n' +
  '     npm run publicar -- <destino> --revertir\n' +
  '  <destino>         una carpeta de esta máquina (p. ej. /srv/micrositio) o usuario@servidor:/srv/micrositio\n' +
  `  --conservar N     cuántas versiones guardar (${DEFAULT_KEEP} si no se indica; la publicada y la anterior siempre quedan)\n` +
  '  --sin-construir   publica el dist/ que ya existe, después de revisarlo\n' +
  '  --revertir        vuelve a la versión anterior a la publicada';

const root = resolve(import.meta.dirname, '..');

/** The checks that read what was built, as `npm run revisar` runs them. */
const CHECKS: [string, (root: string) => Promise<Problem[]>][] = [
  ['HTML válido', checkHtml],
  ['Enlaces internos y anclas', checkLinks],
  ['Imágenes con texto alternativo', checkImages],
  ['Subtítulos y transcripciones de las cápsulas', checkVideos],
  ['Direcciones publicadas', checkPublishedUrls],
];

const stop = (message: string): never => {
  console.error(message);
  process.exit(1);
};

let options;
try {
  options = parseArgs({
    allowPositionals: true,
    options: {
      conservar: { type: 'string', default: String(DEFAULT_KEEP) },
      'sin-construir': { type: 'boolean', default: false },
      revertir: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  stop(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = options ?? stop(USAGE);
const keep = Number(values.conservar);
if (positionals.length !== 1 || !Number.isInteger(keep) || keep < 2) stop(USAGE);
const destination = parseDestination(positionals[0] ?? '');

if (values.revertir) {
  const reverted = await revertVersion(destination);
  process.stdout.write(reverted.output);
  process.exit(reverted.ok ? 0 : 1);
}

if (!values['sin-construir']) {
  console.log('Construyendo el sitio (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0)
    stop('No se publicó nada: la construcción falló (arriba dice por qué). El sitio publicado no cambió.');
}

let problems = 0;
for (const [name, check] of CHECKS) {
  const found = await check(root);
  console.log(found.length ? `✘ ${name}` : `✔ ${name}`);
  for (const problem of found) console.log(`  ${formatProblem(problem)}`);
  problems += found.length;
}
if (problems)
  stop(`No se publicó nada: la revisión de dist/ encontró ${problems} problema(s). El sitio publicado no cambió.`);

const published = await publishVersion(resolve(root, 'dist'), destination, { keep });
process.stdout.write(published.output);
process.exit(published.ok ? 0 : 1);
