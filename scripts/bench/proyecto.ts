// A throwaway copy of the project for the benchmark, built as a child process while its memory is watched.
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contentFiles, proseOf } from '#/src/build/contentFiles.ts';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import type { GeneratedFile, Pool } from './generar.ts';
import { IMITATED } from './palabras.ts';

const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches under node_modules that must start empty, so every bench build is a cold one. */
const CACHES = new Set(['.astro', '.cache', '.vite', '.vite-temp', '.vitest-cache']);

/**
 * Copies the project into os.tmpdir(). node_modules is a real folder of links to the project's
 * packages, so Astro's image cache and the social-card cache (both under node_modules/) start empty.
 */
export function copyProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'snt-bench-'));
  for (const name of COPIED) cpSync(join(root, name), join(dir, name), { recursive: true });
  linkModules(root, dir);
  return dir;
}

/** Gives the project in `dir` the packages installed at `root`: a real node_modules folder of links, caches left out. */
export function linkModules(root: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

export const removeProject = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Processes whose ancestry leads to `root` (itself included), read from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which may itself hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 if it is gone. */
function rss(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface BuildResult {
  status: number | null;
  seconds: number;
  /** Highest sum of VmRSS over the process tree of either step, sampled every `SAMPLE_MS`. */
  peakRssBytes: number;
  /** Number of processes seen in the tree at that peak (Node plus Pagefind's binary, sharp threads are not processes). */
  processesAtPeak: number;
  /** Wall time and peak memory of each step. */
  steps: { step: string; seconds: number; peakRssBytes: number; processesAtPeak: number }[];
  output: string;
}

export const SAMPLE_MS = 100;

/** How much of the end of a build's output the bench keeps, to show when it fails. */
const TAIL_CHARS = 200_000;

/** One command of a build: its name in the report and the arguments Node runs it with. */
export interface Step {
  step: string;
  args: string[];
}

/**
 * The Node flags `npm run build` gives Astro's process, read from package.json so that the bench builds as
 * the project does: a larger young generation and an old one grown by a quarter over what survives each
 * collection (V8 lets the heap grow up to four times that by default), which keeps memory close to what
 * Astro holds.
 */
export function astroNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const flags = /\bnode((?: --[\w-]+=\S+)*) node_modules\/astro\/bin\/astro\.mjs build\b/.exec(
    scripts['build'] ?? '',
  )?.[1];
  if (flags === undefined)
    throw new Error(
      'El script «build» de package.json ya no corre `node … node_modules/astro/bin/astro.mjs build`: el banco no sabe cómo construir; corrige astroNodeFlags en scripts/bench/proyecto.ts.',
    );
  return flags.split(' ').filter(Boolean);
}

/**
 * The two steps of `npm run build` (package.json): Astro with the project's Node flags, then the search index
 * and host files. `nodeArgs` also go to the Astro step.
 */
export const PROJECT_STEPS = (root: string, nodeArgs: string[] = []): Step[] => [
  {
    step: 'astro build',
    args: [...astroNodeFlags(root), ...nodeArgs, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
  },
  { step: 'node scripts/indexar.ts', args: ['scripts/indexar.ts'] },
];

/**
 * Runs `steps` in `dir` with the Node running the bench (the project's pinned one), one after the other
 * as `npm run build` runs its own, with NODE_ENV=production and a clean environment, writing their log to
 * `logFile`; samples the memory of each step's process tree from /proc until it ends. `root` is the
 * project whose node_modules/.bin goes first on the PATH.
 */
export async function build(dir: string, root: string, logFile: string, steps: Step[]): Promise<BuildResult> {
  const log = createWriteStream(logFile);
  // The last TAIL_CHARS characters printed, as the chunks came: a 10,000-entry build prints 50,000 lines,
  // and copying a long tail at each one cost the machine as much CPU as seconds of the build it measures.
  const tail: string[] = [];
  let tailLength = 0;
  const done: BuildResult['steps'] = [];
  let status: number | null = 0;
  for (const { step, args } of steps) {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: {
        PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
        HOME: process.env['HOME'] ?? tmpdir(),
        LANG: 'C.UTF-8',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        const text = chunk.toString();
        tail.push(text);
        tailLength += text.length;
        while (tailLength - (tail[0]?.length ?? 0) >= TAIL_CHARS) tailLength -= tail.shift()?.length ?? 0;
      });
    }
    const started = performance.now();
    let [peak, processes] = [0, 0];
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      const total = tree.reduce((sum, pid) => sum + rss(pid), 0);
      if (total > peak) [peak, processes] = [total, tree.length];
    };
    const timer = setInterval(sample, SAMPLE_MS);
    status = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(timer);
    done.push({ step, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, processesAtPeak: processes });
    if (status !== 0) break;
  }
  await new Promise((ended) => log.end(ended));
  const highest = done.reduce((a, b) => (b.peakRssBytes > a.peakRssBytes ? b : a));
  return {
    status,
    seconds: done.reduce((sum, s) => sum + s.seconds, 0),
    peakRssBytes: highest.peakRssBytes,
    processesAtPeak: highest.processesAtPeak,
    steps: done,
    output: tail.join('').slice(-TAIL_CHARS),
  };
}

/** Ids and example media of the real project that generated entries may use (see generar.ts). */
export function readPool(root: string): Pool {
  const ids = (name: string) =>
    dataEntries(readFileSync(join(root, 'content', `${name}.yaml`), 'utf8'), name).map((item) => String(item['id']));
  const numbers = (collection: string) =>
    readdirSync(join(root, 'content', collection))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) =>
        Number(/^numero:\s*(\d+)/m.exec(readFileSync(join(root, 'content', collection, file), 'utf8'))?.[1] ?? 0),
      );
  const files = (folder: string, extension: string, prefix: string) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith(extension))
      .sort()
      .map((file) => `${prefix}${file}`);
  const videos = files('public/media/capsulas', '.mp4', '/media/capsulas/').map((archivo) => ({
    archivo,
    subtitulos: archivo.replace(/\.mp4$/, '.vtt'),
  }));
  // The real audios' files with the length their entries declare: the build checks one against the other.
  const audios = contentFiles(root, 'audios').flatMap(({ data }) =>
    data && typeof data['archivo'] === 'string'
      ? [
          {
            archivo: data['archivo'],
            duracion: String(data['duracion']),
            subtitulos: typeof data['subtitulos'] === 'string' ? data['subtitulos'] : undefined,
            capitulos: typeof data['capitulos'] === 'string' ? data['capitulos'] : undefined,
          },
        ]
      : [],
  );
  return {
    estados: ids('estados'),
    comisiones: ids('comisiones'),
    regiones: ids('regiones'),
    organismos: ids('organismos'),
    revistaNumeros: numbers('revista'),
    abcNumeros: numbers('abc'),
    posters: files('content/capsulas/posters', '.png', './posters/'),
    portadasAbc: files('content/abc/portadas', '.png', './portadas/'),
    portadasRevista: files('content/revista/portadas', '.png', './portadas/'),
    videos,
    audios,
    series: ids('series'),
    pdfsAbc: files('public/pdf/abc', '.pdf', '/pdf/abc/'),
    pdfsRevista: files('public/pdf/revista', '.pdf', '/pdf/revista/'),
    sentences: realSentences(root),
  };
}

/** Every string inside a frontmatter value (plan ejes, lines and activities are nested lists and maps). */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsIn)
        : [];

/** Markdown reduced to the words a reader sees: no heading or list marks, emphasis, link targets or MDX tags. */
const plainText = (markdown: string): string =>
  markdown
    .replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/gm, '')
    .replace(/<[^>]+>|^import .*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,3}([^*_\n]+)[*_]{1,3}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The sentences of the real entries of the collections the bench generates (IMITATED): their bodies, summaries and
 * plan texts (`ejes`), as readers see them, split at sentence ends; sentences of fewer than four words
 * (labels, timestamps) are left out.
 */
export function realSentences(root: string): string[] {
  const texts = IMITATED.flatMap((collection) =>
    contentFiles(root, collection).flatMap((file) => [
      ...stringsIn(file.data?.['resumen']),
      ...stringsIn(file.data?.['ejes']).filter((text) => text.split(' ').length >= 4),
      ...proseOf(file.body)
        .split(/\n\s*\n/)
        .map(plainText),
    ]),
  );
  return texts
    .flatMap((text) => text.split(/(?<=[.!?»:])\s+(?=[¿¡«"A-ZÁÉÍÓÚÑ])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= 4);
}

/** Writes the generated files into the copy. */
export function writeGenerated(dir: string, files: GeneratedFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}
