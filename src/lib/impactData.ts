/**
 * The counts /impacto/ publishes, as `npm run impacto` keeps them outside git: per month, the days already
 * counted and, for each measure, a count per address of the site. Nothing else: no visitor's address, browser
 * or time of day, and no day's own figures (a day is added to its month and only its date is kept, so it is
 * never counted twice). Plain TypeScript: the aggregation (plain Node) and the build both read it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IMPACT } from '#/src/config.ts';
import { ADMIN_URL, FRAMEABLE_URL } from './urls.ts';

/**
 * What is counted, each once per visitor and day (GoAccess's unique visitor: the address without its last
 * part, the browser and the day): pages read, files downloaded (PDF, open data), self-hosted video and audio
 * played, feeds and calendars read, players loaded in other sites; and addresses not found, per request.
 */
export const MEASURES = ['visitas', 'descargas', 'reproducciones', 'lectores', 'cargas', 'no-encontradas'] as const;

/** One of the measures. */
export type Measure = (typeof MEASURES)[number];

/** Counts of one measure, by address of the site («/abc/x/», «/pdf/abc/x.pdf»). */
export type Counts = Record<string, number>;

/** One month: the days counted in it (AAAA-MM-DD) and each measure's counts, summed over those days. */
export interface ImpactMonth {
  dias: string[];
  cifras: Record<Measure, Counts>;
}

/** The whole file: months by «AAAA-MM». */
export interface ImpactData {
  formato: 1;
  meses: Record<string, ImpactMonth>;
}

/** The environment variable that names another counts file than the one in `IMPACT.folder`. */
export const IMPACT_FILE_VARIABLE = 'IMPACTO_DATOS';

/** Where the counts live: `IMPACTO_DATOS`, or `impacto.json` in `IMPACT.folder`. */
export const impactFile = (): string => process.env[IMPACT_FILE_VARIABLE] || join(IMPACT.folder, 'impacto.json');

/** Self-hosted video and audio, wherever a kind keeps its files under /media/ (capsules, audios). */
const MEDIA = /^\/media\/[^/]+\/[^/]+\.(?:mp4|webm|m4v|mp3|m4a|ogg|oga|opus)$/i;
/** Files people download: PDFs anywhere, and the open data's files. */
const DOWNLOAD = /(?:\.pdf|^\/datos\/[^/]+\.(?:csv|json))$/i;
/** Feeds and calendars (not the sitemaps, which only search engines read). */
const SUBSCRIPTION = /(?:\.ics|^(?!\/sitemap)[^?]*\.xml)$/i;

/**
 * The measure an address found on the server counts in, or none: pages are the addresses that end in «/»
 * (the players other sites embed apart), files by their kind. Scripts, styles, images and the search index
 * are parts of pages, not counted; nor the editor, which only editors open.
 */
export function measureOf(path: string): Exclude<Measure, 'no-encontradas'> | undefined {
  if (MEDIA.test(path)) return 'reproducciones';
  if (DOWNLOAD.test(path)) return 'descargas';
  if (SUBSCRIPTION.test(path)) return 'lectores';
  if (!path.endsWith('/') || path.startsWith(ADMIN_URL) || path.startsWith('/oauth/')) return undefined;
  return path.startsWith(FRAMEABLE_URL) ? 'cargas' : 'visitas';
}

/** No counts of any measure. */
export const noCounts = (): Record<Measure, Counts> =>
  Object.fromEntries(MEASURES.map((measure) => [measure, {}])) as Record<Measure, Counts>;

/** An empty file. */
export const emptyImpact = (): ImpactData => ({ formato: 1, meses: {} });

/** The month («AAAA-MM») of a day («AAAA-MM-DD»). */
export const monthOf = (day: string): string => day.slice(0, 7);

/** Whether `day` has been counted already. */
export const counted = (data: ImpactData, day: string): boolean =>
  data.meses[monthOf(day)]?.dias.includes(day) ?? false;

/** `data` with one more day added to its month: the day's date is kept, its counts summed into the month's. */
export function addDay(data: ImpactData, day: string, counts: Record<Measure, Counts>): ImpactData {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Día inválido: «${day}» (se esperaba AAAA-MM-DD).`);
  if (counted(data, day)) throw new Error(`El día ${day} ya está contado.`);
  const month = data.meses[monthOf(day)] ?? { dias: [], cifras: noCounts() };
  const cifras = noCounts();
  for (const measure of MEASURES) {
    const sums = { ...month.cifras[measure] };
    for (const [path, count] of Object.entries(counts[measure])) sums[path] = (sums[path] ?? 0) + count;
    cifras[measure] = sums;
  }
  return { formato: 1, meses: { ...data.meses, [monthOf(day)]: { dias: [...month.dias, day].sort(), cifras } } };
}

/** Whether `value` is a count per address: addresses of the site and whole numbers. */
const isCounts = (value: unknown): value is Counts =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(value).every(([path, count]) => path.startsWith('/') && Number.isInteger(count) && count >= 0);

/** The file's months, checked: a broken file stops the build instead of publishing wrong figures. */
function checked(file: string, parsed: unknown): ImpactData {
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}. Es el archivo de cifras de /impacto/ que escribe «npm run impacto».`);
  };
  const data = parsed as Partial<ImpactData> | null;
  if (data?.formato !== 1 || typeof data.meses !== 'object') return fail('no tiene «formato: 1» y «meses»');
  for (const [month, value] of Object.entries(data.meses)) {
    if (!/^\d{4}-\d{2}$/.test(month)) fail(`«${month}» no es un mes AAAA-MM`);
    if (!Array.isArray(value.dias) || !value.dias.every((day) => typeof day === 'string' && monthOf(day) === month)) {
      fail(`los días de ${month} no son fechas AAAA-MM-DD de ese mes`);
    }
    for (const measure of MEASURES) {
      if (!isCounts(value.cifras[measure])) fail(`las cifras «${measure}» de ${month} no son conteos por dirección`);
    }
  }
  return data as ImpactData;
}

/** The counts in `file`, or none when it does not exist yet (a fresh clone, a server before its first day). */
export function readImpact(file = impactFile()): ImpactData | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: no es JSON válido (${(error as Error).message}).`, { cause: error });
  }
  return checked(file, parsed);
}

/** Writes `data` to `file` at once (a build reading it meanwhile sees the old file or the new, never half). */
export function writeImpact(data: ImpactData, file = impactFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.nuevo`;
  writeFileSync(partial, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o640 });
  renameSync(partial, file);
}
