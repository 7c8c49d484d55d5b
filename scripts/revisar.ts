// `npm run revisar`: every check an editor needs before pushing, with a short report in Spanish.
// Exits with 1 when anything fails. `--sin-construir` reuses the dist/ already built.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBuild } from './checks/construccion.ts';
import { checkContent } from './checks/contenido.ts';
import { checkLinks } from './checks/enlaces.ts';
import { checkReadability, measureContent } from './checks/lectura.ts';
import { adviceLines } from '#/src/lib/readabilityAdvice.ts';
import { checkHtml } from './checks/html.ts';
import { checkImages } from './checks/imagenes.ts';
import { formatProblem, type Problem } from '#/src/lib/problems.ts';
import { checkTypes } from './checks/tipos.ts';
import { checkPublishedUrls } from './checks/publicadas.ts';
import { checkVideos } from './checks/videos.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--sin-construir');
if (unknown.length) {
  console.error(`Opción desconocida: ${unknown.join(' ')}. Uso: npm run revisar [-- --sin-construir]`);
  process.exit(2);
}
const reuseDist = args.includes('--sin-construir');

/** A check of the report on this project, and whether it reads dist/ (so it needs the build). */
const named = (name: string, check: (root: string) => Promise<Problem[]>, readsDist = false) => ({
  name,
  readsDist,
  run: () => check(root),
});

const content = named('Contenido', checkContent);
const reading = named('Lenguaje claro (mínimo de lectura por tipo)', checkReadability);
const types = named('Tipos (astro check)', checkTypes);
const build = named('Construcción del sitio', checkBuild);
const afterBuild = [
  named('HTML válido', checkHtml, true),
  named('Enlaces internos y anclas', checkLinks, true),
  named('Imágenes con texto alternativo', checkImages, true),
  named('Subtítulos y transcripciones de las cápsulas', checkVideos),
  named('Direcciones publicadas', checkPublishedUrls, true),
];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
let failed = 0;
let problemCount = 0;
let skipped = 0;

/** Runs a check and prints its line and its problems; a check that crashes counts as failed. */
async function report({ name, run }: { name: string; run: () => Promise<Problem[]> }): Promise<boolean> {
  let problems: Problem[];
  try {
    problems = await run();
  } catch (error) {
    problems = [
      { file: name, found: `la revisión no pudo terminar: ${error instanceof Error ? error.message : String(error)}` },
    ];
  }
  if (problems.length === 0) {
    console.log(`✔ ${name}`);
    return true;
  }
  failed += 1;
  problemCount += problems.length;
  console.log(`✘ ${name}: ${plural(problems.length, 'problema', 'problemas')}`);
  for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  return false;
}

const skip = (name: string, why: string) => {
  skipped += 1;
  console.log(`– ${name}: no se revisó, ${why}`);
};

const contentOk = await report(content);

// Advice, not errors: how each entry reads. Only a score under its kind's minimum fails, in the line after.
console.log('Lectura de cada entrada (consejos; Szigriszt-Pazos en la escala INFLESZ, 0 a 100, más es más fácil):');
for (const entry of measureContent(root)) for (const line of adviceLines(entry)) console.log(`  ${line}`);
await report(reading);
await report(types);

// Why dist/ cannot be read, if it cannot.
let noDist: string | undefined;
if (!contentOk) {
  noDist = 'porque el contenido tiene errores';
  skip(build.name, noDist);
} else if (reuseDist) {
  if (existsSync(resolve(root, 'dist')))
    console.log(`– ${build.name}: se usa el dist/ que ya existe (--sin-construir)`);
  else skip(build.name, (noDist = 'porque no hay dist/: corre `npm run build` o quita --sin-construir'));
} else if (!(await report(build))) {
  noDist = 'porque la construcción falló';
}

for (const next of afterBuild) {
  if (next.readsDist && noDist) skip(next.name, noDist);
  else await report(next);
}

console.log('');
if (failed === 0 && skipped === 0) {
  console.log('Todo en orden: puedes subir tus cambios.');
} else {
  const notRun = skipped
    ? ` (${plural(skipped, 'revisión no se pudo correr', 'revisiones no se pudieron correr')})`
    : '';
  const found = failed
    ? `${plural(problemCount, 'problema', 'problemas')} en ${plural(failed, 'revisión', 'revisiones')}${notRun}: ${problemCount === 1 ? 'corrígelo' : 'corrígelos'}`
    : `La revisión quedó incompleta${notRun}: corrige lo que se indica`;
  console.log(`${found} y vuelve a correr \`npm run revisar\` antes de subir tus cambios.`);
}
process.exitCode = failed || skipped ? 1 : 0;
