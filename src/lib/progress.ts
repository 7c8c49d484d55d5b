/**
 * What each plan promised against what was published: the evidence of every línea de acción (entries
 * here that name it, entries and outside documents the línea lists), its state derived from that
 * evidence, and the indicators whose formula is a count of what this site publishes.
 */
import type { CollectionEntry } from 'astro:content';
import { t } from '#/src/i18n/es.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '#/src/kinds/collections.ts';
import { entryUrl, kindOf, KINDS } from '#/src/kinds/index.ts';
import { OUTSIDE_EVIDENCE } from '#/src/kinds/planLines.ts';
import { perCatalog, resolve, type Catalog, type Entry } from './catalog.ts';
import { startOf, yearOf, type KnownDate } from './dates.ts';
import { lineAnchor } from './urls.ts';

type Plan = CollectionEntry<'planes'>;
type PlanLine = Plan['data']['ejes'][number]['lineas'][number];

/** States of a línea, from done to nothing shown: the order progress is told in. */
export const LINE_STATES = ['cumplida', 'con-evidencia', 'sin-evidencia'] as const;

/** State of a línea de acción, derived from its evidence. */
export type LineState = (typeof LINE_STATES)[number];

/** A shape for each state, so that a state never rests on colour alone (its name is written next to it). */
export const STATE_GLYPH: Record<LineState, string> = { cumplida: '✓', 'con-evidencia': '◐', 'sin-evidencia': '○' };

/** Where a piece of evidence comes from: an entry of this site, or a document published elsewhere. */
export type EvidenceSource = EntryCollection | 'externas';

/** Kinds of entries that can be evidence (a plan cannot be another plan's), in registry order. */
export const EVIDENCE_KINDS = ENTRY_COLLECTIONS.filter((collection) => collection !== 'planes');

/** Sources in the order their counts are shown. */
export const EVIDENCE_SOURCES: readonly EvidenceSource[] = [...EVIDENCE_KINDS, 'externas'];

/** One piece of evidence of a línea. */
export interface Evidence {
  title: string;
  href: string;
  source: EvidenceSource;
  /** What it is, in words: «Cápsula», «Informe». */
  kind: string;
  /** When it happened or was published (an event's start, a call's opening). */
  date: KnownDate;
  /** Who published it, for a document published elsewhere. */
  publisher?: string | undefined;
  /** Whether it is example content. */
  example: boolean;
  /** The entry, for evidence published here: indicators count by its `tipo`. */
  entry?: Entry | undefined;
}

/** A línea de acción with its evidence, state and computed indicator. */
export interface LineProgress {
  plan: Plan;
  axisNumber: number;
  lineNumber: number;
  /** «2.3». */
  number: string;
  /** Its address on the plan page, with its anchor. */
  href: string;
  line: PlanLine;
  /** Evidence dated inside the plan's period, oldest first: what counts. */
  evidence: Evidence[];
  /** Evidence dated outside the period: shown apart, never counted. */
  outside: Evidence[];
  state: LineState;
  /** How «cumplida» came: an editor wrote it (with evidence), or the count reached the plan's meta. */
  doneBy?: 'editor' | 'meta' | undefined;
  /** Whether every piece of evidence that counts is example content. */
  example: boolean;
  /** The indicator's value per year of the period, when the línea says what it counts. */
  indicator?: { perYear: { year: number; value: number }[]; total: number; target?: number | undefined } | undefined;
}

/** Counts of líneas by state. */
export type StateCounts = Record<LineState, number> & { total: number };

/** A plan's progress: its líneas, their counts, its evidence by source, and one count per eje. */
export interface PlanProgress {
  plan: Plan;
  lines: LineProgress[];
  counts: StateCounts;
  /** Evidence per source, inside and outside the period, for the sources that have any. */
  bySource: { source: EvidenceSource; label: string; inPeriod: number; outside: number }[];
  axes: { number: number; label: string; title: string; counts: StateCounts }[];
}

/** How many of `lines` are in each state. */
export function stateCounts(lines: readonly { state: LineState }[]): StateCounts {
  const counts: StateCounts = { cumplida: 0, 'con-evidencia': 0, 'sin-evidencia': 0, total: lines.length };
  for (const { state } of lines) counts[state] += 1;
  return counts;
}

/** Whether a date falls inside a plan's period (its years, both ends included). */
export const inPeriod = (date: KnownDate, { inicio, fin }: { inicio: number; fin: number }): boolean =>
  yearOf(date) >= inicio && yearOf(date) <= fin;

/** An entry as evidence. */
function entryEvidence(catalog: Catalog, entry: Entry): Evidence {
  const kind = kindOf(entry);
  return {
    title: entry.data.titulo,
    href: entryUrl(catalog, entry),
    source: entry.collection,
    kind: t(kind.label.one),
    date: kind.when?.(entry) ?? entry.data.fecha,
    example: entry.data.ejemplo,
    entry,
  };
}

/** A plan's línea by its «eje.línea» number, if it has it. */
export function lineOf(plan: Plan, number: string): PlanLine | undefined {
  const [axis = 0, line = 0] = number.split('.').map(Number);
  return plan.data.ejes[axis - 1]?.lineas[line - 1];
}

/** The numbers a plan's líneas go by, for a message: «1.1 a 1.4, 2.1 a 2.3». */
export const lineNumbers = (plan: Plan): string =>
  plan.data.ejes
    .flatMap((axis, a) =>
      axis.lineas.length === 0
        ? []
        : [`${a + 1}.1${axis.lineas.length > 1 ? ` a ${a + 1}.${axis.lineas.length}` : ''}`],
    )
    .join(', ') || 'ninguna';

/** Entries that name each línea (`lineas: [{plan, linea}]`), by «plan-id número». */
const claimsOf = perCatalog((catalog) => {
  const claims = new Map<string, Entry[]>();
  for (const collection of ENTRY_COLLECTIONS) {
    for (const entry of catalog[collection] as Entry[]) {
      if (!('lineas' in entry.data)) continue;
      for (const { plan, linea } of entry.data.lineas) {
        const key = `${plan.id} ${linea}`;
        claims.set(key, [...(claims.get(key) ?? []), entry]);
      }
    }
  }
  return claims;
});

/** The entries that name a línea as evidence. */
export const entriesCiting = (catalog: Catalog, plan: string, number: string): Entry[] =>
  claimsOf(catalog).get(`${plan} ${number}`) ?? [];

/** The líneas an entry says it is evidence of, each with its plan, number and address. */
export function linesServedBy(catalog: Catalog, entry: Entry): { plan: Plan; number: string; href: string }[] {
  if (!('lineas' in entry.data)) return [];
  return entry.data.lineas.flatMap(({ plan: ref, linea }) => {
    const plan = catalog.planes.find((p) => p.id === ref.id);
    if (!plan || !lineOf(plan, linea)) return [];
    const [axis = 0, line = 0] = linea.split('.').map(Number);
    return [{ plan, number: linea, href: `${entryUrl(catalog, plan)}#${lineAnchor(axis, line)}` }];
  });
}

/** Every piece of evidence of one línea: entries that name it, then what the línea lists itself. */
function evidenceOf(catalog: Catalog, plan: Plan, number: string, line: PlanLine): Evidence[] {
  const entries = new Set<Entry>(claimsOf(catalog).get(`${plan.id} ${number}`));
  const listed = line.evidencias;
  for (const collection of ['abc', 'revista', 'articulos', 'capsulas', 'audios'] as const) {
    for (const ref of listed?.[collection] ?? []) entries.add(resolve(catalog, ref));
  }
  const outside = (listed?.externas ?? []).map((document): Evidence => ({
    title: document.titulo,
    href: document.enlace,
    source: 'externas',
    kind: OUTSIDE_EVIDENCE[document.tipo],
    date: document.fecha,
    publisher: document.editor,
    example: false,
  }));
  return [...[...entries].map((entry) => entryEvidence(catalog, entry)), ...outside].sort(
    (a, b) => startOf(a.date).getTime() - startOf(b.date).getTime() || a.title.localeCompare(b.title, 'es'),
  );
}

/** One línea's progress. */
function lineProgress(
  catalog: Catalog,
  plan: Plan,
  line: PlanLine,
  axisNumber: number,
  lineNumber: number,
): LineProgress {
  const number = `${axisNumber}.${lineNumber}`;
  const all = evidenceOf(catalog, plan, number, line);
  const evidence = all.filter((e) => inPeriod(e.date, plan.data.periodo));
  const outside = all.filter((e) => !inPeriod(e.date, plan.data.periodo));
  const { cuenta } = line;
  let indicator: LineProgress['indicator'];
  if (cuenta) {
    const counted = evidence.filter(
      ({ entry }) =>
        entry &&
        (cuenta.tipos as string[]).includes(entry.collection) &&
        (!cuenta.tipo || tipoOf(entry) === cuenta.tipo),
    );
    const { inicio, fin } = plan.data.periodo;
    const perYear = Array.from({ length: fin - inicio + 1 }, (_, i) => ({
      year: inicio + i,
      value: counted.filter((e) => yearOf(e.date) === inicio + i).length,
    }));
    indicator = { perYear, total: counted.length, target: cuenta.meta };
  }
  const reached = indicator?.target !== undefined && indicator.total >= indicator.target;
  const doneBy = reached ? 'meta' : line.estado === 'cumplida' && evidence.length > 0 ? 'editor' : undefined;
  return {
    plan,
    axisNumber,
    lineNumber,
    number,
    href: `${entryUrl(catalog, plan)}#${lineAnchor(axisNumber, lineNumber)}`,
    line,
    evidence,
    outside,
    state: doneBy ? 'cumplida' : evidence.length > 0 ? 'con-evidencia' : 'sin-evidencia',
    doneBy,
    example: evidence.length > 0 && evidence.every((e) => e.example),
    indicator,
  };
}

/** An entry's `tipo`, for the kinds that have one (events, calls). */
const tipoOf = (entry: Entry): string | undefined =>
  'tipo' in entry.data && typeof entry.data.tipo === 'string' ? entry.data.tipo : undefined;

const progressByPlan = perCatalog((catalog) => {
  const byPlan = new Map<string, PlanProgress>();
  for (const plan of catalog.planes) {
    const lines = plan.data.ejes.flatMap((axis, a) =>
      axis.lineas.map((line, l) => lineProgress(catalog, plan, line, a + 1, l + 1)),
    );
    const bySource = EVIDENCE_SOURCES.map((source) => ({
      source,
      label: source === 'externas' ? t('progress.outsideSite') : t(KINDS[source].label.other),
      inPeriod: lines.reduce((sum, line) => sum + line.evidence.filter((e) => e.source === source).length, 0),
      outside: lines.reduce((sum, line) => sum + line.outside.filter((e) => e.source === source).length, 0),
    })).filter(({ inPeriod: inside, outside }) => inside + outside > 0);
    byPlan.set(plan.id, {
      plan,
      lines,
      counts: stateCounts(lines),
      bySource,
      axes: plan.data.ejes.map((axis, a) => ({
        number: a + 1,
        label: axis.etiqueta,
        title: axis.titulo,
        counts: stateCounts(lines.filter((line) => line.axisNumber === a + 1)),
      })),
    });
  }
  return byPlan;
});

/** A plan's progress, computed once per build. */
export function planProgress(catalog: Catalog, plan: Plan): PlanProgress {
  const progress = progressByPlan(catalog).get(plan.id);
  if (!progress) throw new Error(`El plan «${plan.id}» no está entre los publicados.`);
  return progress;
}

/** Whether a línea's meta states `target` as a number: «cuenta.meta» may only copy a number the plan wrote. */
export const metaStates = (meta: string | undefined, target: number): boolean =>
  new RegExp(`(^|\\D)${target}(\\D|$)`).test((meta ?? '').replace(/(\d)[ ,.](?=\d{3}\b)/g, '$1'));
