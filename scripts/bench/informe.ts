// The benchmark report: figures of both runs, their budgets, as JSON and as Markdown in Spanish.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine, Run } from './correr.ts';
import { INDEX_CHUNK_SIZE } from '#/scripts/indexar.ts';
import type { SearchCosts } from './busqueda.ts';
import { RARE_SHARE, SAMPLE_SEED } from './palabras.ts';
import { growthSentences, growthSteps, type GrowthStep, type Point } from './crecimiento.ts';
import { BUDGETS, checkBudgets, type Check } from './presupuestos.ts';

export interface Report {
  date: string;
  machine: Machine;
  /** Every run, smallest first (N/10 and N by default); the budgets read the last. */
  runs: Run[];
  /** Our build over the bare Astro + MDX + Pagefind build of the same run, at each size. */
  vsBase: { entries: number; time: number; memory: number }[];
  /** Time and memory between consecutive sizes, of our build and of the baseline. */
  growth: { ours: GrowthStep[]; base: GrowthStep[] };
  checks: Check[];
  ok: boolean;
  /** What a reader of the figures should know (how a figure was taken, the machine's load). */
  notes?: string[];
}

/** The cost of our build (or of the baseline's) at each size, as the growth reads it. */
const points = (runs: Run[], which: 'build' | 'base'): Point[] =>
  runs.map((run) => ({ entries: run.entries, seconds: run[which].seconds, peakRssBytes: run[which].peakRssBytes }));

/** Puts the runs together (smallest first) and checks the largest (and the growth between them) against the budgets. */
export function makeReport(runs: Run[], machine: Report['machine'], date = new Date()): Report {
  const sorted = [...runs].sort((a, b) => a.entries - b.entries);
  const large = sorted.at(-1);
  if (!large) throw new Error('El informe necesita al menos una corrida.');
  const vsBase = sorted.map((run) => ({
    entries: run.entries,
    time: run.build.seconds / run.base.seconds,
    memory: run.build.peakRssBytes / run.base.peakRssBytes,
  }));
  const growth = { ours: growthSteps(points(sorted, 'build')), base: growthSteps(points(sorted, 'base')) };
  const last = vsBase.at(-1) ?? { time: 0, memory: 0 };
  const checks = checkBudgets({
    entries: large.entries,
    baseTimeRatio: last.time,
    baseMemoryRatio: last.memory,
    growth: growth.ours,
    search: large.search,
    wordsOutOfRange: large.words.words.filter((word) => !word.ok).map((word) => word.word),
    load: large.load,
    siteCssGzip: large.siteCss.gzip,
    templates: large.templates,
  });
  return { date: date.toISOString(), machine, runs: sorted, vsBase, growth, checks, ok: checks.every((c) => c.ok) };
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
const SAMPLES: {
  kind: 'rareSample' | 'rareInTextOnly' | 'commonSample';
  title: (search: SearchCosts) => string;
  budget: number;
}[] = [
  {
    kind: 'rareSample',
    title: (s) =>
      `${s.rareSample.length} palabras poco frecuentes, sacadas al azar del vocabulario de las entradas reales con la semilla ${SAMPLE_SEED}: en ${percent(RARE_SHARE)} de las páginas o menos, tanto en el texto como para la búsqueda`,
    budget: BUDGETS.rareWordBytes,
  },
  {
    kind: 'rareInTextOnly',
    title: (s) =>
      `${s.rareInTextOnly.length} palabras del mismo sorteo, raras en el texto, que la búsqueda encuentra en más del ${percent(RARE_SHARE)} de las páginas (Pagefind busca la raíz: «abierta» encuentra «abierto»); presupuesto de una palabra común`,
    budget: BUDGETS.commonWordBytes,
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

/** Seconds of the first phase whose name matches, shown; a dash when the log had none. */
const phaseSeconds = (phases: Run['build']['phases'], test: RegExp): string => {
  const found = phases.find((p) => test.test(p.phase));
  return found ? `${num(found.seconds)} s` : '—';
};

/** Seconds and peak memory of a build's step, shown; a dash when it has no such step. */
const stepCell = (steps: Run['build']['steps'], name: string): string => {
  const found = steps.find((s) => s.step === name);
  return found ? `${num(found.seconds)} s, ${num(found.peakRssBytes / 1e9, 2)} GB` : '—';
};

/** The build sections: our figures at each size, the baseline beside them, and how both grow. */
function buildMarkdown(report: Report): string[] {
  const { runs, vsBase, growth } = report;
  const large = runs.at(-1) as Run;
  const header = [
    `| | ${runs.map((run) => `${run.entries} entradas`).join(' | ')} |`,
    `| --- |${' --- |'.repeat(runs.length)}`,
  ];
  const row = (label: string, cell: (run: Run, i: number) => string) =>
    `| ${label} | ${runs.map((run, i) => cell(run, i)).join(' | ')} |`;
  const gb = (bytes: number) => `${num(bytes / 1e9, 2)} GB`;
  const growthRows = (who: string, steps: GrowthStep[], which: 'build' | 'base') =>
    steps.map((step) => {
      const [from, to] = [step.from, step.to].map((n) => runs.find((run) => run.entries === n) as Run) as [Run, Run];
      return `| ${who} | ${step.from} → ${step.to} (${num(step.to / step.from, 1)} ×) | ${num(to[which].seconds / from[which].seconds, 2)} × | ${num(to[which].peakRssBytes / from[which].peakRssBytes, 2)} × | ${num(step.timePerEntry, 2)} × | ${num(step.memoryPerEntry, 2)} × | ${num(step.secondsPerAddedEntry * 1000)} ms, ${num(step.bytesPerAddedEntry / 1000, 0)} KB |`;
    });
  const ours = growthSentences(points(runs, 'build'));
  const base = growthSentences(points(runs, 'base'));
  return [
    '## Construcción',
    '',
    ...header,
    row(`entradas (${Object.keys(large.collections).join(' / ')})`, (run) =>
      Object.values(run.collections).join(' / '),
    ),
    row('archivos .mdx / .md', (run) => `${run.mdx} / ${run.md}`),
    row('tiempo total', (run) => `${num(run.build.seconds)} s`),
    row('memoria máxima (RSS del árbol de procesos)', (run) => gb(run.build.peakRssBytes)),
    row('páginas HTML', (run) => String(run.build.pages)),
    row('páginas por segundo', (run) => num(run.build.pagesPerSecond)),
    row('dist/', (run) => mb(run.dist.bytes)),
    row('dist/pagefind', (run) => mb(run.dist.pagefindBytes)),
    row('entradas sin página', (run) => String(run.missingPages.length)),
    row(
      'carga de la máquina antes → después (1 min)',
      (run) => `${num(run.build.loadBefore[0] ?? 0, 2)} → ${num(run.build.loadAfter[0] ?? 0, 2)}`,
    ),
    '',
    '## Frente a la base: Astro + MDX + Pagefind',
    '',
    'La base es un sitio Astro desnudo sobre los mismos archivos .md y .mdx de las colecciones de entradas (reales y sintéticos): `@astrojs/mdx`, un esquema que acepta cualquier frontmatter, un diseño y una ruta por colección que muestra el cuerpo de la entrada en `<main data-pagefind-body>`; sin portales, listas, feeds, reproductores, imágenes ni datos. Después, la línea de órdenes de Pagefind (`pagefind --site dist`). Se construye en la misma corrida, justo después de la nuestra, con los mismos paquetes y el mismo Node, y se mide igual (tiempo de reloj; memoria: suma de RSS de todo el árbol de procesos). El presupuesto compara la corrida mayor; los segundos se informan, no se presupuestan.',
    '',
    ...header,
    row('tiempo: nuestra construcción', (run) => `${num(run.build.seconds)} s`),
    row('tiempo: base', (run) => `${num(run.base.seconds)} s`),
    row(
      `**tiempo ÷ base** (presupuesto ≤ ${num(BUDGETS.baseTimeRatio, 2)} ×)`,
      (_, i) => `**${num(vsBase[i]?.time ?? 0, 2)} ×**`,
    ),
    row('memoria máxima: nuestra construcción', (run) => gb(run.build.peakRssBytes)),
    row('memoria máxima: base', (run) => gb(run.base.peakRssBytes)),
    row(
      `**memoria ÷ base** (presupuesto ≤ ${num(BUDGETS.baseMemoryRatio, 2)} ×)`,
      (_, i) => `**${num(vsBase[i]?.memory ?? 0, 2)} ×**`,
    ),
    row('páginas HTML: nuestras / base', (run) => `${run.build.pages} / ${run.base.pages}`),
    row('dist/pagefind: nuestro / base', (run) => `${mb(run.dist.pagefindBytes)} / ${mb(run.base.pagefindBytes)}`),
    '',
    `### Pasos y fases, nuestra y base (${large.entries} entradas)`,
    '',
    '| | nuestra construcción | base |',
    '| --- | --- | --- |',
    `| paso \`astro build\` (tiempo, memoria máxima) | ${stepCell(large.build.steps, 'astro build')} | ${stepCell(large.base.steps, 'astro build')} |`,
    `| — sincronización del contenido | ${phaseSeconds(large.build.phases, /^content: Syncing content/)} | ${phaseSeconds(large.base.phases, /^content: Syncing content/)} |`,
    `| — generación de las páginas | ${phaseSeconds(large.build.phases, /^generating static routes/)} | ${phaseSeconds(large.base.phases, /^generating static routes/)} |`,
    `| paso siguiente: \`node scripts/indexar.ts\` / \`pagefind --site dist\` | ${stepCell(large.build.steps, 'node scripts/indexar.ts')} | ${stepCell(large.base.steps, 'pagefind --site dist')} |`,
    `| — índice de búsqueda | ${phaseSeconds(large.build.phases, /^indexar — Índice de búsqueda/)} | ${phaseSeconds(large.base.phases, /^pagefind/)} |`,
    `| total | ${num(large.build.seconds)} s | ${num(large.base.seconds)} s |`,
    '',
    '### Crecimiento',
    '',
    'Un costo lineal es una parte fija más lo mismo por cada entrada: el costo por entrada no sube con el tamaño (≤ 1 ×, o poco más por el ruido) y, con tres tamaños o más, cada entrada agregada cuesta lo mismo en cada tramo.',
    '',
    '| construcción | tramo (entradas) | tiempo | memoria | tiempo por entrada | memoria por entrada | cada entrada agregada |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...growthRows('nuestra', growth.ours, 'build'),
    ...growthRows('base', growth.base, 'base'),
    '',
    ...(ours && base
      ? [
          `- Nuestra construcción: el tiempo ${ours.time}; la memoria ${ours.memory}.`,
          `- La base: el tiempo ${base.time}; la memoria ${base.memory}.`,
          '',
        ]
      : []),
  ];
}

/** The report as Markdown. */
export function reportMarkdown(report: Report): string {
  const small = report.runs[0] as Run;
  const large = report.runs.at(-1) as Run;
  const lines = [
    `# Banco de pruebas: ${large.entries.toLocaleString('es-MX')} entradas`,
    '',
    `${report.ok ? '✔ Cumple todos los presupuestos.' : '✘ Excede al menos un presupuesto.'} Medido el ${report.date.slice(0, 16).replace('T', ' ')} UTC en ${report.machine.cpus} núcleos (${report.machine.model}), ${num(report.machine.memoryBytes / 2 ** 30, 0)} GiB, Node ${report.machine.node}. Reproducir: \`npm run bench -- --entries ${report.runs.map((run) => run.entries).join(',')}\`.`,
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
    ...buildMarkdown(report),
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
      '| palabra | páginas que encuentra | transferido | presupuesto |',
      '| --- | --- | --- | --- |',
      ...[...large.search[kind]]
        .sort((a, b) => b.transferred - a.transferred)
        .map(
          (cost) =>
            `| ${mark(cost.transferred <= budget)} ${cost.query} | ${cost.found} (${percent(cost.found / large.search.words.pages)}) | ${kb(cost.transferred)} | ≤ ${kb(budget)} |`,
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
          'nginx con la configuración de producción en loopback, sirviendo el enlace `current` de `npm run publicar`, en esta misma máquina de 2 núcleos que también corre autocannon (las cifras son un piso, no el techo del servidor). Cada cliente pide las direcciones en orden y vuelve a empezar, con `Accept-Encoding: br, gzip`. Error: conexión fallida, tiempo agotado o una respuesta distinta de la esperada (200; 404 en la página que no existe). nginx no cierra ninguna conexión persistente durante la carga: tras su pedido 1.000 la cerraría, y el pedido que autocannon ya mandaba por ella volvería como error, cuando un navegador lo repite por otra conexión.',
          '',
          '| prueba | direcciones | clientes | segundos | peticiones | peticiones/s | p99 | errores |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...large.load.map(
            (l) =>
              `| ${mark(l.errors === 0)} ${l.target} | ${l.paths.map((path) => `\`${path}\``).join(' ')} | ${l.connections} | ${num(l.seconds, 0)} | ${l.requests} | ${num(l.requestsPerSecond, 0)} | ${l.p99Ms < 1 ? '< 1' : num(l.p99Ms, 0)} ms | ${l.errors}${l.detail ? ` (${l.detail})` : ''} |`,
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
