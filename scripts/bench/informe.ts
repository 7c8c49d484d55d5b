// The benchmark report: figures of both runs, their budgets, as JSON and as Markdown in Spanish.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine, Run } from './correr.ts';
import { checkBudgets, type Check } from './presupuestos.ts';

export interface Report {
  date: string;
  machine: Machine;
  /** The run at N/10 first, then the run at N. */
  runs: Run[];
  /** Build time at N over build time at N/10. */
  buildRatio: number;
  checks: Check[];
  ok: boolean;
  /** What a reader of the figures should know (how a figure was taken, the machine's load). */
  notes?: string[];
}

/** Puts the runs together and checks the larger one (and the growth between both) against the budgets. */
export function makeReport(small: Run, large: Run, machine: Report['machine'], date = new Date()): Report {
  const buildRatio = large.build.seconds / small.build.seconds;
  const checks = checkBudgets({
    entries: large.entries,
    buildSeconds: large.build.seconds,
    peakRssBytes: large.build.peakRssBytes,
    buildRatio,
    firstQueryBytes: large.firstQuery.transferred,
    siteCssGzip: large.siteCss.gzip,
    templates: large.templates,
  });
  return { date: date.toISOString(), machine, runs: [small, large], buildRatio, checks, ok: checks.every((c) => c.ok) };
}

/** What each file of a first search is, to tell what grows with the site from what does not. */
const SEARCH_PARTS = [
  {
    part: 'motor de Pagefind (JS, worker, WebAssembly): fijo',
    test: /\/pagefind\/.*(?:\.js|\.pagefind|\.json)(?:\?|$)/,
  },
  { part: 'metadatos de Pagefind: crecen con las páginas', test: /\.pf_meta$/ },
  { part: 'trozos del índice con las palabras buscadas', test: /\.pf_index$/ },
  { part: 'filtros', test: /\.pf_filter$/ },
  { part: 'resultados mostrados (fragmentos)', test: /\.pf_fragment$/ },
  { part: 'la página /buscar/ y lo que carga (CSS, script, icono)', test: /./ },
] as const;

/** Bytes of the files of a first search that belong to `part` (each file to the first part that matches). */
const searchPart = (files: { path: string; transferred: number }[], part: string): number =>
  files
    .filter((file) => SEARCH_PARTS.find(({ test }) => test.test(file.path))?.part === part)
    .reduce((sum, file) => sum + file.transferred, 0);

const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('es-MX', { maximumFractionDigits: 1 })} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('es-MX', { maximumFractionDigits: 1 })} MB`;
const num = (value: number, digits = 1) => value.toLocaleString('es-MX', { maximumFractionDigits: digits });
const show = (value: number, unit: Check['unit']) =>
  unit === 's'
    ? `${num(value)} s`
    : unit === '×'
      ? `${num(value, 2)} ×`
      : value >= 1e8
        ? `${num(value / 1e9, 2)} GB`
        : kb(value);
const mark = (ok: boolean) => (ok ? '✔' : '✘');

/** The report as Markdown. */
export function reportMarkdown(report: Report): string {
  const [small, large] = report.runs as [Run, Run];
  const lines = [
    `# Banco de pruebas: ${large.entries.toLocaleString('es-MX')} entradas`,
    '',
    `${report.ok ? '✔ Cumple todos los presupuestos.' : '✘ Excede al menos un presupuesto.'} Medido el ${report.date.slice(0, 16).replace('T', ' ')} UTC en ${report.machine.cpus} núcleos (${report.machine.model}), ${num(report.machine.memoryBytes / 2 ** 30, 0)} GiB, Node ${report.machine.node}. Reproducir: \`npm run bench -- --entries ${large.entries}\`.`,
    '',
    ...(report.notes?.length ? ['## Notas', '', ...report.notes.map((note) => `- ${note}`), ''] : []),
    '## Presupuestos',
    '',
    '| | cifra | presupuesto | fuente (DESIGN.md) |',
    '| --- | --- | --- | --- |',
    ...report.checks.map(
      (c) => `| ${mark(c.ok)} ${c.name} | ${show(c.value, c.unit)} | ≤ ${show(c.limit, c.unit)} | ${c.source} |`,
    ),
    '',
    '## Construcción',
    '',
    `| | ${small.entries} entradas | ${large.entries} entradas |`,
    '| --- | --- | --- |',
    `| entradas (cápsulas / artículos / números / cuadernillos / planes) | ${Object.values(small.collections).join(' / ')} | ${Object.values(large.collections).join(' / ')} |`,
    `| archivos .mdx / .md | ${small.mdx} / ${small.md} | ${large.mdx} / ${large.md} |`,
    `| tiempo total | ${num(small.build.seconds)} s | ${num(large.build.seconds)} s |`,
    `| memoria máxima (RSS del árbol de procesos) | ${num(small.build.peakRssBytes / 1e9, 2)} GB | ${num(large.build.peakRssBytes / 1e9, 2)} GB |`,
    `| páginas HTML | ${small.build.pages} | ${large.build.pages} |`,
    `| páginas por segundo | ${num(small.build.pagesPerSecond)} | ${num(large.build.pagesPerSecond)} |`,
    `| dist/ | ${mb(small.dist.bytes)} | ${mb(large.dist.bytes)} |`,
    `| dist/pagefind | ${mb(small.dist.pagefindBytes)} | ${mb(large.dist.pagefindBytes)} |`,
    `| entradas sin página | ${small.missingPages.length} | ${large.missingPages.length} |`,
    `| carga de la máquina antes → después (1 min) | ${num(small.build.loadBefore[0] ?? 0, 2)} → ${num(small.build.loadAfter[0] ?? 0, 2)} | ${num(large.build.loadBefore[0] ?? 0, 2)} → ${num(large.build.loadAfter[0] ?? 0, 2)} |`,
    '',
    `Crecimiento del tiempo: ${num(report.buildRatio, 2)} × para ${num(large.entries / small.entries, 1)} × entradas.`,
    '',
    `### Pasos de \`npm run build\` (${large.entries} entradas)`,
    '',
    'Uno después del otro: el índice de búsqueda empieza cuando el proceso de Astro ya terminó; `indexar` comprime el sitio mientras Pagefind indexa.',
    '',
    '| paso | segundos | memoria máxima (RSS) |',
    '| --- | --- | --- |',
    ...large.build.steps.map((s) => `| ${s.step} | ${num(s.seconds)} | ${num(s.peakRssBytes / 1e9, 2)} GB |`),
    '',
    `### Fases (${large.entries} entradas)`,
    '',
    '| fase | segundos |',
    '| --- | --- |',
    ...large.build.phases.map((p) => `| ${p.phase.replace(/\|/g, '\\|')} | ${num(p.seconds)} |`),
    '',
    `### Rutas generadas, por tipo (${large.entries} entradas; suma de los tiempos que registra Astro)`,
    '',
    'Astro genera varias páginas a la vez (`build.concurrency`): cada tiempo incluye la espera por las otras, así que la suma pasa del tiempo real de la fase; sirve para comparar tipos entre sí.',
    '',
    '| rutas | cuántas | segundos | ms por ruta |',
    '| --- | --- | --- | --- |',
    ...large.build.routes.map(
      (r) => `| ${r.group} | ${r.count} | ${num(r.seconds)} | ${num((r.seconds * 1000) / r.count)} |`,
    ),
    '',
    `## Primera búsqueda («${large.firstQuery.query}», ${large.entries} entradas)`,
    '',
    `${kb(large.firstQuery.transferred)} transferidos (${kb(large.firstQuery.gzipEstimate)} si todo el texto se sirviera con gzip -9); ${large.firstQuery.results} enlaces de resultados en la página. Con ${small.entries} entradas: ${kb(small.firstQuery.transferred)}.`,
    '',
    '| parte | ' + `${small.entries} entradas | ${large.entries} entradas |`,
    '| --- | --- | --- |',
    ...SEARCH_PARTS.map(
      ({ part }) =>
        `| ${part} | ${kb(searchPart(small.firstQuery.files, part))} | ${kb(searchPart(large.firstQuery.files, part))} |`,
    ),
    '',
    '| archivo | transferido | codificación | con gzip -9 |',
    '| --- | --- | --- | --- |',
    ...large.firstQuery.files.map(
      (f) => `| \`${f.path}\` | ${kb(f.transferred)} | ${f.encoding || '—'} | ${kb(f.gzipEstimate)} |`,
    ),
    '',
    `## Peso por plantilla (${large.entries} entradas)`,
    '',
    `«Texto propio»: el texto de \`<main>\` con los espacios colapsados. «HTML más allá del texto» = gzip(HTML) − gzip(texto propio). gzip nivel 9; 1 KB = 1000 bytes. Todo el CSS del sitio: ${large.siteCss.files} archivos y ${large.siteCss.inline} bloques \`<style>\` distintos en esas páginas, ${large.siteCss.rules} reglas distintas: ${kb(large.siteCss.raw)} sin comprimir, ${kb(large.siteCss.gzip)} con gzip, juntas en una hoja.`,
    '',
    '| plantilla | página | HTML | HTML gzip | texto propio gzip | HTML más allá del texto | CSS (gzip) | JS (gzip) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...large.templates.map(
      (t) =>
        `| ${t.template} | \`${t.path}\` | ${kb(t.html.raw)} | ${kb(t.html.gzip)} | ${kb(t.ownText.gzip)} | ${kb(t.htmlBeyondText)} | ${kb(t.css.raw)} (${kb(t.css.gzip)}) | ${kb(t.js.raw)} (${kb(t.js.gzip)}) |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** Writes informe.json and informe.md into `folder` (created if missing); returns the Markdown file's path. */
export function writeReport(report: Report, folder: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'informe.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(folder, 'informe.md'), reportMarkdown(report));
  return join(folder, 'informe.md');
}
