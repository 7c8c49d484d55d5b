/**
 * What every kind's bench generator makes its synthetic entries of: the real project's ids, files and
 * sentences (so that the text has the real content's word frequencies), a seeded random stream, and
 * Markdown shaped like the real entries. `npm run bench` (scripts/bench/generar.ts) runs the generators.
 */
import { capitalized } from '#/src/lib/sentences.ts';
import type { EntryCollection } from './collections.ts';

/** Ids and files the generated entries may point to, read from the real project. */
export interface Pool {
  estados: string[];
  comisiones: string[];
  regiones: string[];
  organismos: string[];
  /** Magazine issue and booklet numbers already taken by real content. */
  revistaNumeros: number[];
  abcNumeros: number[];
  /** Images next to the real entries, relative to their collection folder (`./posters/x.png`). */
  posters: string[];
  portadasAbc: string[];
  portadasRevista: string[];
  /** Files under public/, as entries write them (`/media/capsulas/x.mp4`). */
  videos: { archivo: string; subtitulos: string }[];
  /** The real audios' files, with the length their entries declare (the build checks it against the file). */
  audios: { archivo: string; duracion: string; subtitulos?: string | undefined; capitulos?: string | undefined }[];
  /** Ids of the podcast series of content/series.yaml. */
  series: string[];
  pdfsAbc: string[];
  pdfsRevista: string[];
  /**
   * Sentences of the real entries (bodies, summaries, plan texts): the generated text is made of them, so
   * its word frequencies are the real content's, as the search budgets need (bench report, «palabras»).
   */
  sentences: string[];
}

/** A small deterministic generator (mulberry32), so two runs with the same N write the same site. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof random>;

export const OBJECTS = [
  'la información sobre el presupuesto',
  'los datos personales de las y los usuarios',
  'las obligaciones de transparencia',
  'los expedientes de obra pública',
  'las respuestas a solicitudes de información',
  'los indicadores de gestión',
  'los contratos y convenios',
  'los datos abiertos del municipio',
  'las versiones públicas de los documentos',
  'los compromisos de gobierno abierto',
  'los recursos de revisión',
  'los avisos de privacidad',
] as const;
export const TOPICS = [
  'acceso a la información',
  'protección de datos personales',
  'gobierno abierto',
  'archivos y gestión documental',
  'rendición de cuentas',
  'transparencia proactiva',
  'datos abiertos',
  'lenguaje ciudadano',
  'contrataciones públicas',
  'participación ciudadana',
  'inteligencia artificial y datos',
  'transparencia municipal',
] as const;
export const ROLES = [
  'Comisionada',
  'Comisionado',
  'Coordinación de capacitación',
  'Área de comunicación social',
  'Secretaría técnica',
] as const;
/** What a synthetic YouTube id is made of (ASCII only, so splitting gives one character each). */
export const YOUTUBE_ID_CHARACTERS = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-'.split('');
/** Seconds of video each transcript paragraph covers: about one sentence, as the real transcripts read. */
export const SEGMENT_SECONDS = 18;

/** `count` real sentences picked at random: the text of one paragraph. */
export const paragraph = (r: Random, pool: Pool, count: number) =>
  Array.from({ length: count }, () => r.pick(pool.sentences)).join(' ');
export const paragraphs = (r: Random, pool: Pool, count: number) =>
  Array.from({ length: count }, () => paragraph(r, pool, r.int(2, 4))).join('\n\n');
export { capitalized };
export const pad = (n: number) => String(n).padStart(5, '0');
export const iso = (date: Date) => date.toISOString().slice(0, 10);
export const q = (text: string) => JSON.stringify(text);

/** Markdown with headings, lists and emphasis, as the real articles and booklets are written. */
export function sections(r: Random, pool: Pool, count: number): string {
  return Array.from({ length: count }, (_, index) => {
    const heading = `## ${capitalized(r.pick(TOPICS))}: ${r.pick(OBJECTS)}`;
    const list = r.chance(0.4)
      ? `\n\n${Array.from({ length: r.int(3, 6) }, () => `- **${capitalized(r.pick(TOPICS))}.** ${paragraph(r, pool, 1)}`).join('\n')}`
      : '';
    const sub = index % 3 === 2 ? `\n\n### ${capitalized(r.pick(OBJECTS))}\n\n${paragraph(r, pool, r.int(3, 5))}` : '';
    return `${heading}\n\n${paragraphs(r, pool, r.int(1, 2))}${list}${sub}`;
  }).join('\n\n');
}

/** YAML lines of a person (`nombre`, `cargo`, `organismo`), indented under a list key. */
export const personYaml = (r: Random, pool: Pool, indent: string) =>
  `${indent}- nombre: ${q(`${r.pick(ROLES)} del organismo garante`)}\n${indent}  cargo: ${q(r.pick(ROLES))}\n${indent}  organismo: ${r.pick(pool.organismos)}`;

/** What a kind's generator is given: the pool, its own random stream and what the kinds it needs made. */
export interface SyntheticContext {
  pool: Pool;
  r: Random;
  /** A publication date between the bench's first day and `until`. */
  date: () => Date;
  /** The last day any date may take: entries are published, none scheduled. */
  until: Date;
  /** An `actualizado` line for about a quarter of the entries, a few days to a year after `fecha`. */
  updated: (fecha: Date) => string;
  /** The entries already made of the kinds the generator `needs`. */
  made: Partial<Record<EntryCollection, SyntheticEntry[]>>;
}

/** One synthetic entry: its id, its page's address, its file's text, and what other kinds may refer to. */
export interface SyntheticEntry {
  id: string;
  url: string;
  text: string;
  fecha?: Date;
  numero?: number;
  /** A plan's líneas, numbered «eje.línea», for the entries that are evidence of them. */
  lines?: string[];
}

/**
 * A `lineas` field naming one línea of a synthetic plan for a share of the entries (`chance`), or nothing:
 * the bench's plans get evidence, some inside their period and some outside, as real plans do.
 */
export function lineasYaml(r: Random, plans: readonly SyntheticEntry[], chance: number): string {
  const withLines = plans.filter((plan) => plan.lines?.length);
  if (withLines.length === 0 || !r.chance(chance)) return '';
  const plan = r.pick(withLines);
  return `lineas:\n  - plan: ${plan.id}\n    linea: ${q(r.pick(plan.lines ?? []))}\n`;
}

/** How `npm run bench` makes a kind's entries. */
export interface SyntheticGenerator {
  /** Its share of N entries, from what the SNT publishes (the kind with the largest share takes the rest). */
  share: number;
  /** Kinds whose entries it refers to, made before it. */
  needs?: EntryCollection[];
  generate: (count: number, context: SyntheticContext) => SyntheticEntry[];
}
