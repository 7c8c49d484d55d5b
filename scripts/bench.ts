// `npm run bench -- --entries N`: builds the site with N synthetic entries (and with N/10, or with each size of
// `--entries 1000,10000,30000`) in temporary copies of the project, and beside each a bare Astro + MDX + Pagefind
// site over the same files; measures build, memory, weights and the first search, and checks DESIGN.md's budgets.
// Writes informe.json and informe.md into bench/ (git-ignored: a run leaves the work tree clean), or into
// `--salida` (`--salida scripts/bench` refreshes the committed report); exits with 1 when a budget is exceeded.
import { resolve } from 'node:path';
import { machine, runBench } from './bench/correr.ts';
import { makeReport, writeReport } from './bench/informe.ts';
import { benchOptions } from './bench/opciones.ts';

const root = resolve(import.meta.dirname, '..');
const options = benchOptions(process.argv.slice(2), root);
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}

const log = (line: string) => console.log(line);
/** The load on the served site, in the larger run: clients at once, seconds per target. */
const LOAD = { connections: 32, seconds: 10 };
const runs = [];
for (const entries of options.sizes) {
  const largest = entries === options.entries;
  runs.push(
    await runBench(
      root,
      entries,
      largest
        ? {
            keep: options.keep || options.profile,
            log,
            // Relative to the child's folder: the profile lands in the temporary copy, never in the project.
            nodeArgs: options.profile ? ['--cpu-prof', '--cpu-prof-dir=perfil'] : [],
            load: LOAD,
          }
        : { keep: options.keep, log },
    ),
  );
}
const large = runs.at(-1);
const report = makeReport(runs, machine());
const written = writeReport(report, options.output);
for (const check of report.checks.filter((c) => !c.ok)) console.log(`✘ ${check.name}: ${check.value} > ${check.limit}`);
if (options.profile && large) console.log(`Perfil de CPU en ${resolve(large.dir, 'perfil')}`);
console.log(`${report.ok ? '✔ Cumple' : '✘ No cumple'} los presupuestos. Informe en ${written}`);
process.exit(report.ok ? 0 : 1);
