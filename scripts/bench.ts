// `npm run bench -- --entries N`: builds the site with N synthetic entries (and with N/10) in a temporary
// copy of the project, measures build, memory, weights and the first search, and checks DESIGN.md's budgets.
// Writes scripts/bench/informe.json and informe.md; exits with 1 when a budget is exceeded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { machine, runBench } from './bench/correr.ts';
import { makeReport, reportMarkdown } from './bench/informe.ts';

const root = resolve(import.meta.dirname, '..');
const USAGE =
  'Uso: npm run bench -- [--entries N] [--salida carpeta] [--conservar] [--perfil]\n' +
  '  --entries N      entradas sintéticas (10000 si no se indica); también se construye con N/10\n' +
  '  --salida carpeta dónde escribir informe.json e informe.md (scripts/bench)\n' +
  '  --conservar      no borra las copias temporales del proyecto\n' +
  '  --perfil         perfil de CPU de la construcción grande (node --cpu-prof) junto a su copia';

let options;
try {
  options = parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      salida: { type: 'string', default: join(root, 'scripts/bench') },
      conservar: { type: 'boolean', default: false },
      perfil: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const entries = Number(options.entries);
if (!Number.isInteger(entries) || entries < 10) {
  console.error(`--entries debe ser un número entero de 10 o más (se recibió «${options.entries}»).\n${USAGE}`);
  process.exit(2);
}

const log = (line: string) => console.log(line);
const small = await runBench(root, Math.round(entries / 10), { keep: options.conservar, log });
const large = await runBench(root, entries, {
  keep: options.conservar || options.perfil,
  log,
  nodeArgs: options.perfil ? ['--cpu-prof', '--cpu-prof-dir=perfil'] : [],
});
const report = makeReport(small, large, machine());
mkdirSync(options.salida, { recursive: true });
writeFileSync(join(options.salida, 'informe.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(options.salida, 'informe.md'), reportMarkdown(report));
for (const check of report.checks.filter((c) => !c.ok)) console.log(`✘ ${check.name}: ${check.value} > ${check.limit}`);
if (options.perfil) console.log(`Perfil de CPU en ${join(large.dir, 'perfil')}`);
console.log(
  `${report.ok ? '✔ Cumple' : '✘ No cumple'} los presupuestos. Informe en ${join(options.salida, 'informe.md')}`,
);
process.exit(report.ok ? 0 : 1);
