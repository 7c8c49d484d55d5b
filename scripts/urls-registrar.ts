// `npm run urls:registrar`: adds every address the built site publishes to content/urls-publicadas.txt, and
// those of entries scheduled for a later day.
// It never removes one: an address that stops existing needs a redirect instead.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRedirects, REDIRECTS_FILE } from '#/src/build/redirects.ts';
import { CONTENT_DIR } from '#/src/lib/paths.ts';
import { formatProblem } from '#/src/lib/problems.ts';
import {
  lineRecordsText,
  missingRecords,
  PUBLISHED_LINES_FILE,
  readLineRecords,
  readPlanLines,
} from '#/src/lib/publishedLines.ts';
import {
  compareUrls,
  PUBLISHED_URLS_FILE,
  publishedUrlsText,
  readBuiltSite,
  readPublishedUrls,
  waitingEntries,
} from './checks/publicadas.ts';

/** How many new addresses are printed by name. */
const SHOWN = 20;

const root = process.cwd();

if (!existsSync(join(root, 'dist'))) {
  console.log('No existe dist/: primero construyo el sitio con `npm run build`…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('La construcción falló: corrige lo que indica arriba y vuelve a correr `npm run urls:registrar`.');
    process.exit(1);
  }
}

const { redirects, problems } = readRedirects(root);
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`Corrige ${REDIRECTS_FILE} y vuelve a correr \`npm run urls:registrar\`.`);
  process.exit(1);
}

const listed = readPublishedUrls(root) ?? [];
const known = new Set(listed);
// Entries that wait for their day are registered now, so the day they appear does not fail the contract.
const upcoming = waitingEntries(root).flatMap((entry) => entry.urls);
const added = [...new Set([...readBuiltSite(root, redirects).urls, ...upcoming])]
  .filter((url) => !known.has(url))
  .sort(compareUrls);
writeFileSync(join(root, PUBLISHED_URLS_FILE), publishedUrlsText([...listed, ...added]));
// Each línea keeps its number once published: its record lets the build notice one that moved.
const records = readLineRecords(root);
const newLines = missingRecords(readPlanLines(join(root, CONTENT_DIR)), records);
writeFileSync(join(root, PUBLISHED_LINES_FILE), lineRecordsText([...records, ...newLines]));
if (newLines.length > 0) console.log(`Se registraron ${newLines.length} líneas de acción en ${PUBLISHED_LINES_FILE}.`);

if (added.length === 0) {
  console.log(`${PUBLISHED_URLS_FILE} ya tiene todas las direcciones del sitio; no se agregó ninguna.`);
} else {
  console.log(
    `Se ${added.length === 1 ? 'agregó 1 dirección' : `agregaron ${added.length} direcciones`} a ${PUBLISHED_URLS_FILE}:`,
  );
  for (const url of added.slice(0, SHOWN)) console.log(`  ${url}`);
  if (added.length > SHOWN) console.log(`  … y ${added.length - SHOWN} más`);
  console.log('Agrega ese archivo a tu commit.');
}
