import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { machine, runBench, type Run } from '#/scripts/bench/correr.ts';
import { counts, generate } from '#/scripts/bench/generar.ts';
import { ENTRY_COLLECTIONS, KINDS } from '#/src/kinds/index.ts';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';
import { makeReport, reportMarkdown, writeReport, type Report } from '#/scripts/bench/informe.ts';
import { benchOptions, COMMITTED_OUTPUT, DEFAULT_OUTPUT, type BenchOptions } from '#/scripts/bench/opciones.ts';
import { PER_QUERY } from '#/scripts/bench/busqueda.ts';
import { RARE_SHARE } from '#/scripts/bench/palabras.ts';
import { BUDGETS, checkBudgets, type Figures } from '#/scripts/bench/presupuestos.ts';
import { astroNodeFlags, build, PROJECT_STEPS, readPool } from '#/scripts/bench/proyecto.ts';
import { contentPaths } from '#/src/build/contentFiles.ts';
import type { GrowthStep } from '#/scripts/bench/crecimiento.ts';

const root = resolve(import.meta.dirname, '../..');
const yesterday = new Date(Date.now() - 86_400_000);

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
/** Every tracked file that differs from HEAD and every untracked file git does not ignore. */
const workTreeChanges = () => {
  const result = git('status', '--porcelain=v1', '--untracked-files=all');
  if (result.status !== 0) throw new Error(`git status falló: ${result.stderr}`);
  return result.stdout;
};

describe('the generator', () => {
  const pool = readPool(root);
  const { files, entries } = generate(200, pool, { until: yesterday });
  const frontmatter = (text: string) => parse(splitFrontmatter(text)?.yaml ?? '') as Record<string, unknown>;

  test('writes N entries, every kind of the registry among them, capsules the most', () => {
    expect(entries).toHaveLength(200);
    const per = counts(200);
    expect(Object.keys(per)).toEqual([...ENTRY_COLLECTIONS]);
    expect(Object.values(per).reduce((a, b) => a + b)).toBe(200);
    expect(Math.max(...Object.values(per))).toBe(per.capsulas);
    for (const collection of ENTRY_COLLECTIONS) {
      expect(per[collection], collection).toBeGreaterThan(0);
      expect(entries.filter((entry) => entry.collection === collection)).toHaveLength(per[collection]);
    }
  });

  test('gives each audio a real example file with the length its entry declares, so the build accepts it', () => {
    const known = new Map(pool.audios.map((audio) => [audio.archivo, audio.duracion]));
    const audios = files.filter((file) => file.path.startsWith('content/audios/'));
    expect(audios.length).toBeGreaterThan(0);
    for (const file of audios) {
      const data = frontmatter(file.text);
      expect(known.get(String(data['archivo'])), file.path).toBe(data['duracion']);
      if (data['serie']) expect(pool.series, file.path).toContain(data['serie']);
    }
  });

  test('writes only into content/, with unique slugs', () => {
    const folders = ENTRY_COLLECTIONS.join('|');
    expect(files.every((file) => new RegExp(`^content/(${folders})/[a-z0-9-]+\\.mdx?$`).test(file.path))).toBe(true);
    expect(new Set(files.map((file) => file.path.replace(/\.mdx?$/, ''))).size).toBe(files.length);
  });

  test('writes MDX only where a component is used: every plan places <Ejes />, everything else is Markdown', () => {
    for (const file of files) {
      const plan = file.path.startsWith('content/planes/');
      expect(file.path.endsWith(plan ? '.mdx' : '.md'), file.path).toBe(true);
      expect(/^<Ejes \/>$/m.test(file.text), file.path).toBe(plan);
    }
  });

  test('links evidence: entries of several kinds name líneas that their plans have', () => {
    const plans = new Map(
      files
        .filter((file) => file.path.startsWith('content/planes/'))
        .map((file) => {
          const ejes = frontmatter(file.text)['ejes'] as { lineas: unknown[] }[];
          const numbers = ejes.flatMap((axis, a) => axis.lineas.map((_, l) => `${a + 1}.${l + 1}`));
          return [file.path.replace(/^content\/planes\/|\.mdx$/g, ''), numbers];
        }),
    );
    const links = files.flatMap((file) =>
      ((frontmatter(file.text)['lineas'] as { plan: string; linea: string }[] | undefined) ?? []).map((link) => ({
        ...link,
        kind: file.path.split('/')[1],
      })),
    );
    expect(new Set(links.map((link) => link.kind)).size).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(plans.get(link.plan), `${link.plan} ${link.linea}`).toContain(link.linea);
  });

  test('publishes everything: no drafts, no future dates', () => {
    for (const file of files) {
      const data = frontmatter(file.text);
      expect(data['borrador']).toBeUndefined();
      expect(new Date(String(data['fecha'])).getTime()).toBeLessThanOrEqual(yesterday.getTime());
    }
  });

  test('takes numbers no real issue or booklet uses', () => {
    const numbers = (collection: string) =>
      files
        .filter((file) => file.path.startsWith(`content/${collection}/`))
        .map((file) => frontmatter(file.text)['numero']);
    expect(numbers('revista').some((n) => pool.revistaNumeros.includes(Number(n)))).toBe(false);
    expect(numbers('abc').some((n) => pool.abcNumeros.includes(Number(n)))).toBe(false);
  });

  test('is deterministic', () => {
    expect(generate(200, pool, { until: yesterday }).files).toEqual(files);
  });

  test('refuses to run when a kind of the registry has no generator', () => {
    const { bench } = KINDS.eventos;
    Reflect.deleteProperty(KINDS.eventos, 'bench');
    try {
      expect(() => generate(50, pool, { until: yesterday })).toThrow('El tipo «eventos» no tiene generador');
    } finally {
      Object.assign(KINDS.eventos, { bench });
    }
    expect(generate(50, pool, { until: yesterday }).entries.some((entry) => entry.collection === 'eventos')).toBe(true);
  });
});

describe('npm run bench at 50 entries (and 5)', () => {
  let small: Run;
  let large: Run;
  let report: Report;
  let changesBefore: string;

  beforeAll(async () => {
    changesBefore = workTreeChanges();
    small = await runBench(root, 5);
    large = await runBench(root, 50, { load: { connections: 4, seconds: 1 } });
    report = makeReport([small, large], machine());
  }, 600_000);

  test('the runs leave the work tree as they found it: copies, logs and builds stay out of the project', () => {
    expect(workTreeChanges()).toBe(changesBefore);
  });

  test('the served site under load answers every request, also while a version is published and reverted', () => {
    expect(small.load).toBeUndefined();
    expect(large.load?.map((result) => result.target)).toEqual([
      'página de inicio',
      'página de una entrada',
      'archivos de una búsqueda',
      'página que no existe (404)',
      'durante «publicar» y «--revertir» (1000 por segundo)',
    ]);
    for (const result of large.load ?? []) {
      expect(result.errors, `${result.target}: ${result.detail}`).toBe(0);
      expect(result.requests, result.target).toBeGreaterThan(10);
      expect(result.requestsPerSecond, result.target).toBeGreaterThan(0);
      // autocannon counts whole milliseconds: below 1 ms, p99 is 0.
      expect(result.p99Ms, result.target).toBeGreaterThanOrEqual(0);
    }
    expect(report.checks.filter((check) => check.name.startsWith('Carga,'))).toHaveLength(5);
  });

  test('the generated content builds, and every generated entry has its page', () => {
    expect(large.entries).toBe(50);
    expect(large.missingPages).toEqual([]);
    expect(small.missingPages).toEqual([]);
    expect(large.build.pages).toBeGreaterThan(small.build.pages);
  });

  test('the bare Astro + MDX site builds over the same Markdown and MDX files, and the Pagefind CLI indexes it', () => {
    const realEntries = ENTRY_COLLECTIONS.flatMap((collection) => contentPaths(root, collection)).length;
    for (const run of [small, large]) {
      // One page per entry file, generated (every kind at least once, so 7 at «5») or real, and nothing else;
      // each in the CLI's index.
      const generated = Object.values(run.collections).reduce((a, b) => a + b);
      expect(run.base.pages).toBe(generated + realEntries);
      expect(run.base.indexedPages).toBe(run.base.pages);
      expect(run.base.pagefindBytes).toBeGreaterThan(0);
      expect(run.base.steps.map((step) => step.step)).toEqual(['astro build', 'pagefind --site dist']);
      for (const step of run.base.steps) expect(step.peakRssBytes).toBeGreaterThan(20e6);
      expect(run.base.seconds).toBeCloseTo(run.base.steps.reduce((sum, step) => sum + step.seconds, 0));
      expect(run.base.phases.map((phase) => phase.phase)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^content: Syncing content/), 'pagefind (CLI)']),
      );
    }
  });

  test('the report sets our time and memory against the baseline of the same run, at each size', () => {
    expect(report.vsBase.map((ratio) => ratio.entries)).toEqual([5, 50]);
    expect(report.vsBase[1]?.time).toBeCloseTo(large.build.seconds / large.base.seconds);
    expect(report.vsBase[1]?.memory).toBeCloseTo(large.build.peakRssBytes / large.base.peakRssBytes);
    const checked = (name: string) => report.checks.find((check) => check.name.startsWith(name))?.value;
    expect(checked('Construcción (50 entradas): tiempo ÷ el de la base')).toBe(report.vsBase[1]?.time);
    expect(checked('Memoria máxima (RSS del árbol de procesos) ÷ la de la base')).toBe(report.vsBase[1]?.memory);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('## Frente a la base: Astro + MDX + Pagefind');
    expect(markdown).toContain(
      `| **tiempo ÷ base** (presupuesto ≤ 1.25 ×) | **${(report.vsBase[0]?.time ?? 0).toLocaleString('es-MX', { maximumFractionDigits: 2 })} ×** |`,
    );
    expect(markdown).toMatch(
      /\| \*\*memoria ÷ base\*\* \(presupuesto ≤ 1\.2 ×\) \| \*\*[\d.]+ ×\*\* \| \*\*[\d.]+ ×\*\* \|/,
    );
    expect(markdown).toContain(`| páginas HTML: nuestras / base | ${small.build.pages} / ${small.base.pages} |`);
    expect(markdown).toMatch(/\| — índice de búsqueda \| [\d.]+ s \| [\d.]+ s \|/);
    expect(markdown).toMatch(/\| nuestra \| 5 → 50 \(10 ×\) \|/);
    expect(markdown).toMatch(/\| base \| 5 → 50 \(10 ×\) \|/);
    expect(markdown).toMatch(/- Nuestra construcción: el tiempo crece .*linealmente.*; la memoria crece/);
  });

  test('with three sizes the report shows each, both steps of growth, and whether each added entry cost the same', () => {
    // A third size made from the larger run: ten times the entries, ten times the added cost of the first step.
    const scale = (
      build: { seconds: number; peakRssBytes: number },
      from: { seconds: number; peakRssBytes: number },
    ) => ({
      seconds: build.seconds + 10 * (build.seconds - from.seconds),
      peakRssBytes: build.peakRssBytes + 10 * (build.peakRssBytes - from.peakRssBytes),
    });
    const larger: Run = {
      ...large,
      entries: 500,
      build: { ...large.build, ...scale(large.build, small.build) },
      base: { ...large.base, ...scale(large.base, small.base) },
    };
    const three = makeReport([larger, small, large], machine());
    expect(three.runs.map((run) => run.entries)).toEqual([5, 50, 500]);
    expect(three.growth.ours.map((step) => [step.from, step.to])).toEqual([
      [5, 50],
      [50, 500],
    ]);
    const markdown = reportMarkdown(three);
    expect(markdown).toContain('npm run bench -- --entries 5,50,500');
    expect(markdown).toContain('| | 5 entradas | 50 entradas | 500 entradas |');
    expect(markdown).toMatch(/\| nuestra \| 50 → 500 \(10 ×\) \|/);
    expect(markdown).toMatch(
      /- Nuestra construcción: el tiempo crece linealmente: cada entrada agregada costó .* de 5 a 50 y .* de 50 a 500 \(1 ×\)/,
    );
    expect(three.checks.filter((check) => check.name.startsWith('Crecimiento'))).toHaveLength(4);
  });

  test('the temporary copies are removed', () => {
    expect(existsSync((large as Run & { dir: string }).dir)).toBe(false);
  });

  test('the report has every figure, at both sizes', () => {
    for (const run of report.runs) {
      expect(run.build.seconds).toBeGreaterThan(0);
      expect(run.build.peakRssBytes).toBeGreaterThan(50e6);
      expect(run.build.pagesPerSecond).toBeGreaterThan(0);
      expect(run.build.routes.some((route) => route.group.startsWith('/og/'))).toBe(true);
      // The whole `npm run build`: Astro, then the index and host files, each timed and measured.
      expect(run.build.steps.map((step) => step.step)).toEqual(['astro build', 'node scripts/indexar.ts']);
      for (const step of run.build.steps) expect(step.peakRssBytes).toBeGreaterThan(20e6);
      expect(run.build.seconds).toBeCloseTo(run.build.steps.reduce((sum, step) => sum + step.seconds, 0));
      // The index's parts (Pagefind's command line, the renumbering), the whole index and the compression.
      expect(run.build.phases.filter((phase) => phase.phase.startsWith('indexar')).map((phase) => phase.phase)).toEqual(
        [
          expect.stringMatching(/^indexar — Índice: Pagefind leyó y escribió [1-9]\d* páginas$/),
          'indexar — Índice: páginas numeradas por fecha y palabras en trozos nuevos',
          expect.stringMatching(/^indexar — Índice de búsqueda: \d+ páginas/),
          expect.stringMatching(/^indexar — Archivos comprimidos/),
        ],
      );
      expect(run.dist.bytes).toBeGreaterThan(run.dist.pagefindBytes);
      expect(run.dist.pagefindBytes).toBeGreaterThan(0);
      for (const kind of ['common', 'rare', 'three', 'later'] as const) {
        const cost = run.search[kind];
        expect(cost.results, kind).toBeGreaterThan(0);
        expect(
          cost.files.some((file) => PER_QUERY.test(file.path)),
          kind,
        ).toBe(true);
        expect(cost.transferred, kind).toBe(cost.files.reduce((sum, file) => sum + file.transferred, 0));
      }
      // A later query costs only what its words need: the engine, metadata and page are already there.
      expect(run.search.later.transferred).toBeLessThan(run.search.rare.transferred - run.search.fixed / 2);
      expect(run.search.fixed).toBeGreaterThan(50_000);
      expect(run.search.fixed).toBeLessThan(run.search.common.transferred);
      expect(run.search.words.rareShare).toBeLessThanOrEqual(0.05);
      // The samples: every drawn word searched from an empty cache, each a first search with the fixed part.
      // The draw is searched in its order: each word rare for the search too, or set apart as rare in the text only.
      const drawn = [...run.search.rareSample, ...run.search.rareInTextOnly].map((cost) => cost.query);
      expect(run.search.words.rareCandidates.slice(0, drawn.length).sort()).toEqual([...drawn].sort());
      expect(run.search.rareSample.length).toBeGreaterThan(0);
      const rareLimit = RARE_SHARE * run.search.words.pages;
      for (const cost of run.search.rareSample) expect(cost.found, cost.query).toBeLessThanOrEqual(rareLimit);
      for (const cost of run.search.rareInTextOnly) expect(cost.found, cost.query).toBeGreaterThan(rareLimit);
      expect(run.search.commonSample.map((cost) => cost.query)).toEqual(run.search.words.commonSample);
      expect(run.search.words.commonSample).toHaveLength(10);
      for (const cost of [...run.search.rareSample, ...run.search.commonSample]) {
        expect(cost.transferred, cost.query).toBeGreaterThan(run.search.fixed);
        expect(cost.found, cost.query).toBeGreaterThan(0);
      }
      expect(run.search.words.three.split(' ')).toHaveLength(3);
      expect(run.words.lengths.map((length) => length.collection).sort()).toEqual(
        ['abc', 'articulos', 'capsulas', 'planes', 'revista'].sort(),
      );
      expect(run.words.words.length).toBeGreaterThanOrEqual(20);
      expect(run.siteCss.gzip).toBeGreaterThan(0);
    }
    expect(large.templates.map((t) => t.template)).toEqual(
      expect.arrayContaining([
        'inicio',
        'plan',
        'cuadernillo',
        'número de revista',
        'artículo',
        'cápsula (YouTube)',
        'entidad',
        '/buscar/',
        '/datos/',
        '404',
        'reproductor incrustado (YouTube)',
        'audio',
        'reproductor incrustado (audio)',
      ]),
    );
    // The browser's own <audio> player: an audio page and its embed load no script at all.
    for (const template of ['audio', 'reproductor incrustado (audio)', 'lista de audios']) {
      expect(large.templates.find((page) => page.template === template)?.js.gzip, template).toBe(0);
    }
    for (const page of large.templates) {
      expect(page.html.gzip).toBeGreaterThan(0);
      expect(page.html.raw).toBeGreaterThan(page.html.gzip);
      expect(page.css.raw).toBeGreaterThan(0);
    }
    expect(report.growth.ours[0]?.timePerEntry).toBeCloseTo(large.build.seconds / 50 / (small.build.seconds / 5));
  });

  test('the Markdown report shows every check next to its budget', () => {
    const markdown = reportMarkdown(report);
    for (const check of report.checks) expect(markdown).toContain(`${check.ok ? '✔' : '✘'} ${check.name} |`);
    expect(markdown).toContain('| node scripts/indexar.ts |');
    expect(markdown).toContain('## Búsqueda');
    expect(markdown).toContain('## Texto sintético frente al contenido real');
    expect(markdown).toContain('/pagefind/');
  });

  test('the report is written as JSON and Markdown into the folder asked for', () => {
    const folder = mkdtempSync(join(tmpdir(), 'snt-bench-informe-'));
    try {
      expect(writeReport(report, join(folder, 'nueva'))).toBe(join(folder, 'nueva/informe.md'));
      expect(readFileSync(join(folder, 'nueva/informe.md'), 'utf8')).toBe(reportMarkdown(report));
      expect(JSON.parse(readFileSync(join(folder, 'nueva/informe.json'), 'utf8'))).toEqual(report);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('where npm run bench writes its report', () => {
  const options = (...args: string[]) => benchOptions(args, root) as BenchOptions;

  test('by default into a git-ignored folder, never into the committed report in scripts/bench', () => {
    const { output } = options();
    expect(output).toBe(join(root, DEFAULT_OUTPUT));
    expect(relative(join(root, COMMITTED_OUTPUT), output).startsWith('..')).toBe(true);
    // `git check-ignore` exits with 0 for each ignored path and 1 when none is.
    expect(git('check-ignore', '-q', join(output, 'informe.json')).status).toBe(0);
    expect(git('check-ignore', '-q', join(output, 'informe.md')).status).toBe(0);
  });

  test('into scripts/bench only when asked to, with --salida', () => {
    expect(git('ls-files', '--error-unmatch', `${COMMITTED_OUTPUT}/informe.md`).status).toBe(0);
    expect(options('--salida', COMMITTED_OUTPUT).output).toBe(resolve(COMMITTED_OUTPUT));
  });

  test('with the other options read as before, and wrong ones refused with the usage', () => {
    expect(options('--entries', '200', '--conservar')).toMatchObject({
      entries: 200,
      sizes: [20, 200],
      keep: true,
      profile: false,
    });
    expect(options()).toMatchObject({ entries: 10_000, sizes: [1_000, 10_000] });
    expect(benchOptions(['--entries', '5'], root)).toEqual({ error: expect.stringContaining('--salida carpeta') });
    expect(benchOptions(['--otra'], root)).toEqual({ error: expect.stringContaining('Uso: npm run bench') });
  });

  test('with several sizes, for the 30,000-entry figures by hand: each built, the budgets read the largest', () => {
    expect(options('--entries', '10000,1000,30000')).toMatchObject({ entries: 30_000, sizes: [1_000, 10_000, 30_000] });
    for (const wrong of ['1000,5', '1000,1000', '1000,x', '1000,'])
      expect(benchOptions(['--entries', wrong], root), wrong).toEqual({ error: expect.stringContaining('--entries') });
  });
});

describe('how the bench runs our build', () => {
  test('as `npm run build` does: Astro with the Node flags package.json gives it, then the index', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } };
    const flags = astroNodeFlags(root);
    expect(flags).toContain('--max-semi-space-size=64');
    expect(scripts.build).toContain(`node ${flags.join(' ')} node_modules/astro/bin/astro.mjs build`);
    const [astro, index] = PROJECT_STEPS(root, ['--cpu-prof']);
    expect(astro?.args).toEqual([...flags, '--cpu-prof', join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
    expect(index?.args).toEqual(['scripts/indexar.ts']);
  });

  test('keeps the whole output in the log and its end to show when a step fails, however many lines it prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snt-pasos-'));
    try {
      writeFileSync(
        join(dir, 'paso.mjs'),
        'for (let i = 1; i <= 60000; i++) console.log(`línea ${i} de una construcción larga`);\nprocess.exitCode = 3;\n',
      );
      const result = await build(dir, root, join(dir, 'registro.log'), [{ step: 'paso', args: ['paso.mjs'] }]);
      expect(result.status).toBe(3);
      expect(result.output.endsWith('línea 60000 de una construcción larga\n')).toBe(true);
      expect(result.output).toContain('línea 56000 de una construcción larga\n');
      expect(result.output.length).toBeLessThanOrEqual(200_000);
      const log = readFileSync(join(dir, 'registro.log'), 'utf8');
      expect(log.startsWith('línea 1 de una construcción larga\n')).toBe(true);
      expect(log.split('\n')).toHaveLength(60001);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses to guess when package.json builds Astro some other way', () => {
    const other = mkdtempSync(join(tmpdir(), 'snt-paquete-'));
    try {
      writeFileSync(join(other, 'package.json'), JSON.stringify({ scripts: { build: 'astro build' } }));
      expect(() => astroNodeFlags(other)).toThrow(/El script «build» de package.json ya no corre/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('the budget check', () => {
  const tenTimes: GrowthStep = {
    from: 1_000,
    to: 10_000,
    timePerEntry: 0.6,
    memoryPerEntry: 0.2,
    secondsPerAddedEntry: 0.01,
    bytesPerAddedEntry: 140_000,
  };
  const within: Figures = {
    entries: 10_000,
    baseTimeRatio: 1.2,
    baseMemoryRatio: 1.15,
    growth: [tenTimes],
    search: {
      fixed: 150_000,
      rare: { query: 'whatsapp', transferred: 190_000 },
      common: { query: 'transparencia', transferred: 290_000 },
      rareSample: [
        { query: 'inegi', transferred: 180_000 },
        { query: 'foro', transferred: 199_000 },
      ],
      commonSample: [
        { query: 'datos', transferred: 299_000 },
        { query: 'acceso', transferred: 250_000 },
      ],
      rareInTextOnly: [{ query: 'abierta', transferred: 220_000 }],
    },
    wordsOutOfRange: [],
    siteCssGzip: 9_000,
    templates: [
      { template: 'plan', htmlBeyondText: 14_000, js: { gzip: 0 } },
      { template: 'cápsula (YouTube)', htmlBeyondText: 6_000, js: { gzip: 1_900 } },
      { template: '/buscar/', htmlBeyondText: 5_000, js: { gzip: 30_000 } },
    ],
  };

  test('passes a report within every budget', () => {
    expect(checkBudgets(within).filter((c) => !c.ok)).toEqual([]);
  });

  test.each([
    ['build time over the baseline', { baseTimeRatio: BUDGETS.baseTimeRatio + 0.01 }, 'tiempo ÷ el de la base'],
    ['peak memory over the baseline', { baseMemoryRatio: 1.21 }, 'Memoria máxima (RSS del árbol de procesos) ÷'],
    [
      'time per entry as the site grows',
      { growth: [{ ...tenTimes, timePerEntry: 1.2 }] },
      'Crecimiento del tiempo: por entrada a 10000 ÷ a 1000',
    ],
    [
      'memory per entry as the site grows',
      { growth: [{ ...tenTimes, memoryPerEntry: 1.2 }] },
      'Crecimiento de la memoria',
    ],
    ['the fixed part of a search', { search: { ...within.search, fixed: 160_001 } }, 'parte fija'],
    [
      'a rare word',
      { search: { ...within.search, rare: { query: 'whatsapp', transferred: 200_001 } } },
      'poco frecuente («whatsapp»)',
    ],
    [
      'the most common word',
      { search: { ...within.search, common: { query: 'transparencia', transferred: 300_001 } } },
      'más común («transparencia»)',
    ],
    [
      'one word of the rare sample',
      {
        search: {
          ...within.search,
          rareSample: [...within.search.rareSample, { query: 'web', transferred: 200_001 }],
        },
      },
      'La más cara de 3 palabras poco frecuentes («web»)',
    ],
    [
      'one word of the common sample',
      {
        search: {
          ...within.search,
          commonSample: [{ query: 'pública', transferred: 300_001 }, ...within.search.commonSample],
        },
      },
      'La más cara de 3 palabras más comunes («pública»)',
    ],
    [
      'a word rare in the text only, past the common-word budget',
      { search: { ...within.search, rareInTextOnly: [{ query: 'abierta', transferred: 300_001 }] } },
      'La más cara de 1 palabras raras en el texto que la búsqueda encuentra en más del 5 % de las páginas («abierta»)',
    ],
    ['synthetic word frequencies', { wordsOutOfRange: ['datos'] }, 'fuera del rango real (datos)'],
    ['an error under load', { load: [{ target: 'página de inicio', errors: 1 }] }, 'Carga, página de inicio'],
    ['siteCssGzip', { siteCssGzip: 10_500 }, 'CSS'],
    [
      'HTML of a page',
      { templates: [{ template: 'plan', htmlBeyondText: 15_001, js: { gzip: 0 } }] },
      'HTML más allá del texto propio: plan',
    ],
    [
      'JS on a page without it',
      { templates: [{ template: 'plan', htmlBeyondText: 1, js: { gzip: 1 } }] },
      'JS en el cliente (gzip): plan',
    ],
    [
      'facade JS',
      { templates: [{ template: 'cápsula (YouTube)', htmlBeyondText: 1, js: { gzip: 2_001 } }] },
      'JS en el cliente (gzip): cápsula (YouTube)',
    ],
  ])('fails when %s exceeds its budget', (_, change, name) => {
    const failed = checkBudgets({ ...within, ...change }).filter((c) => !c.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.name).toContain(name);
  });
});
