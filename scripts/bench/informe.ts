// The benchmark report: figures of both runs, their budgets, as JSON and as Markdown in Spanish.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine, Run } from './correr.ts';
import { INDEX_CHUNK_SIZE } from '#/scripts/indexar.ts';
import type { SearchCosts } from './busqueda.ts';
import { RARE_SHARE, SAMPLE_SEED } from './palabras.ts';
import { BUDGETS, checkBudgets, type Check } from './presupuestos.ts';

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
    search: large.search,
    wordsOutOfRange: large.words.words.filter((word) => !word.ok).map((word) => word.word),
    load: large.load,
    siteCssGzip: large.siteCss.gzip,
    templates: large.templates,
  });
  return { date: date.toISOString(), machine, runs: [small, large], buildRatio, checks, ok: checks.every((c) => c.ok) };
}

/** What each file of a first search is, to tell what grows with the site from what does not. */
const SEARCH_PARTS = [
  {
    part: 'motor de Pagefind (JS y WebAssembly): fijo',
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

/** The queries of the search table, in the order the budgets name them. */
const QUERY_ROWS: {
  kind: 'rare' | 'common' | 'three' | 'later';
  label: (search: SearchCosts) => string;
  budget?: number;
}[] = [
  {
    kind: 'rare',
    label: (s) => `palabra poco frecuente («${s.words.rare}», en ${percent(s.words.rareShare)} de las páginas)`,
    budget: BUDGETS.rareWordBytes,
  },
  {
    kind: 'common',
    label: (s) => `palabra más común («${s.words.common}», en ${percent(s.words.commonShare)} de las páginas)`,
    budget: BUDGETS.commonWordBytes,
  },
  { kind: 'three', label: (s) => `tres palabras comunes («${s.words.three}»)` },
  { kind: 'later', label: (s) => `búsqueda siguiente («${s.words.rare}» después de «${s.words.common}»)` },
];

/** The samples of words the search section lists, dearest first. */
const SAMPLES: { kind: 'rareSample' | 'commonSample'; title: (search: SearchCosts) => string; budget: number }[] = [
  {
    kind: 'rareSample',
    title: (s) =>
      `${s.rareSample.length} palabras poco frecuentes (en ${percent(RARE_SHARE)} de las páginas o menos), sacadas al azar del vocabulario de las entradas reales con la semilla ${SAMPLE_SEED}`,
    budget: BUDGETS.rareWordBytes,
  },
  {
    kind: 'commonSample',
    title: (s) => `Las ${s.commonSample.length} palabras de contenido más comunes del índice`,
    budget: BUDGETS.commonWordBytes,
  },
];

const percent = (share: number) => `${(share * 100).toLocaleString('es-MX', { maximumFractionDigits: 1 })} %`;
const kb = (bytes: number) => `${(bytes / 1000).toLocaleString('es-MX', { maximumFractionDigits: 1 })} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('es-MX', { maximumFractionDigits: 1 })} MB`;
const num = (value: number, digits = 1) => value.toLocaleString('es-MX', { maximumFractionDigits: digits });
const show = (value: number, unit: Check['unit']) =>
  unit === 's'
    ? `${num(value)} s`
    : unit === '×'
      ? `${num(value, 2)} ×`
      : unit === 'palabras' || unit === 'errores'
        ? `${value} ${unit}`
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
    `| entradas (${Object.keys(large.collections).join(' / ')}) | ${Object.values(small.collections).join(' / ')} | ${Object.values(large.collections).join(' / ')} |`,
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
    `## Búsqueda (${large.entries} entradas)`,
    '',
    'Cada primera búsqueda abre /buscar/?q=… en Chromium con la caché vacía y suma lo transferido (cabeceras incluidas) hasta que se muestran los resultados y la red queda quieta. La parte fija es lo que no depende de las palabras: motor, metadatos, la página y sus archivos. La búsqueda siguiente se escribe en la misma página después de la palabra más común: solo cuenta lo que agrega (sus trozos del índice y fragmentos).',
    '',
    `| consulta | resultados mostrados | ${small.entries} entradas | ${large.entries} entradas | presupuesto |`,
    '| --- | --- | --- | --- | --- |',
    `| parte fija (motor, metadatos, /buscar/) | — | ${kb(small.search.fixed)} | ${kb(large.search.fixed)} | ≤ ${kb(BUDGETS.searchFixedBytes)} |`,
    ...QUERY_ROWS.map(({ kind, label, budget }) => {
      const cost = large.search[kind];
      return `| ${label(large.search)} | ${cost.results} | ${kb(small.search[kind].transferred)} | ${kb(cost.transferred)} | ${budget ? `≤ ${kb(budget)}` : 'se informa'} |`;
    }),
    '',
    `Índice de Pagefind: ${large.dist.indexChunks} trozos (${small.dist.indexChunks} con ${small.entries} entradas). \`src/build/searchChunks.ts\` vuelve a cortar el índice que escribe Pagefind: un trozo se cierra antes de la palabra que lo llevaría más allá de ${num(INDEX_CHUNK_SIZE, 0)} posiciones, así que una palabra muy común queda sola en su trozo y ninguna palabra rara la descarga con ella.`,
    '',
    ...SAMPLES.flatMap(({ kind, title, budget }) => [
      `### ${title(large.search)}`,
      '',
      '| palabra | resultados mostrados | transferido | presupuesto |',
      '| --- | --- | --- | --- |',
      ...[...large.search[kind]]
        .sort((a, b) => b.transferred - a.transferred)
        .map(
          (cost) =>
            `| ${mark(cost.transferred <= budget)} ${cost.query} | ${cost.results} | ${kb(cost.transferred)} | ≤ ${kb(budget)} |`,
        ),
      '',
    ]),
    `### Por partes: «${large.search.common.query}»`,
    '',
    `| parte | ${small.entries} entradas | ${large.entries} entradas |`,
    '| --- | --- | --- |',
    ...SEARCH_PARTS.map(
      ({ part }) =>
        `| ${part} | ${kb(searchPart(small.search.common.files, part))} | ${kb(searchPart(large.search.common.files, part))} |`,
    ),
    '',
    ...QUERY_ROWS.flatMap(({ kind, label }) => [
      `### Archivos: ${label(large.search)}, ${large.entries} entradas`,
      '',
      '| archivo | transferido | codificación | con gzip -9 |',
      '| --- | --- | --- | --- |',
      ...large.search[kind].files.map(
        (f) => `| \`${f.path}\` | ${kb(f.transferred)} | ${f.encoding || '—'} | ${kb(f.gzipEstimate)} |`,
      ),
      '',
    ]),
    ...(large.load
      ? [
          `## Carga (${large.entries} entradas)`,
          '',
          'nginx con la configuración de producción en loopback, sirviendo el enlace `current` de `npm run publicar`, en esta misma máquina de 2 núcleos que también corre autocannon (las cifras son un piso, no el techo del servidor). Cada cliente pide las direcciones en orden y vuelve a empezar, con `Accept-Encoding: br, gzip`. Error: conexión fallida, tiempo agotado o una respuesta distinta de la esperada (200; 404 en la página que no existe).',
          '',
          '| prueba | direcciones | clientes | segundos | peticiones | peticiones/s | p99 | errores |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...large.load.map(
            (l) =>
              `| ${mark(l.errors === 0)} ${l.target} | ${l.paths.map((path) => `\`${path}\``).join(' ')} | ${l.connections} | ${num(l.seconds, 0)} | ${l.requests} | ${num(l.requestsPerSecond, 0)} | ${num(l.p99Ms, 0)} ms | ${l.errors}${l.detail ? ` (${l.detail})` : ''} |`,
          ),
          '',
        ]
      : []),
    `## Texto sintético frente al contenido real (${large.entries} entradas)`,
    '',
    `Medido en el índice de Pagefind de la construcción grande: las entradas reales de content/ (cápsulas, artículos, números, cuadernillos y planes) y las sintéticas, con el mismo recuento de palabras. El texto sintético está hecho de oraciones reales; cada palabra debe caer entre la frecuencia más baja y la más alta de las colecciones reales. ${large.words.words.filter((w) => w.ok).length} de ${large.words.words.length} palabras dentro del rango.`,
    '',
    '| palabra | real, por 1000 palabras | rango de las colecciones reales | sintético | sintético ÷ real | páginas reales que la tienen | páginas sintéticas que la tienen |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...large.words.words.map(
      (w) =>
        `| ${mark(w.ok)} ${w.word} | ${num(w.real, 2)} | ${num(w.realRange[0], 2)} – ${num(w.realRange[1], 2)} | ${num(w.synthetic, 2)} | ${num(w.real ? w.synthetic / w.real : 0, 2)} | ${percent(w.realPages)} | ${percent(w.syntheticPages)} |`,
    ),
    '',
    '| colección | páginas reales | palabras por página, real | páginas sintéticas | palabras por página, sintético |',
    '| --- | --- | --- | --- | --- |',
    ...large.words.lengths.map(
      (l) =>
        `| ${l.collection} | ${l.realPages} | ${num(l.realWords, 0)} | ${l.syntheticPages} | ${num(l.syntheticWords, 0)} |`,
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
