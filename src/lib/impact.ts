/**
 * What /impacto/ and its dataset say: the counts `npm run impacto` keeps (src/lib/impactData.ts) over the last
 * months, told by month, by kind of entry and hub, by entry, by feed, each figure under the threshold withheld.
 * The page and the dataset are made from the one report below, so they cannot disagree.
 */
import { IMPACT } from '#/src/config.ts';
import { t } from '#/src/i18n/es.ts';
import {
  ENTRY_COLLECTIONS,
  entryUrl,
  HUB_COLLECTIONS,
  hubKind,
  hubUrl,
  kind,
  PAGES,
  SECTIONS,
  sectionLabel,
  sectionUrl,
  type EntryCollection,
  type HubCollection,
} from '#/src/kinds/index.ts';
import { BUILD_TIME } from './buildTime.ts';
import { perCatalog, type Catalog, type Entry } from './catalog.ts';
import { absoluteUrl, column, dataset, type Cell } from './datasets.ts';
import { MEASURES, measureOf, readImpact, type ImpactData, type Measure } from './impactData.ts';
import { FRAMEABLE_URL } from './urls.ts';

/** A published count, or `null` when it is under the threshold and withheld. */
export type Figure = number | null;

/** A count as published: withheld under `IMPACT.threshold`. */
export const published = (count: number): Figure => (count >= IMPACT.threshold ? count : null);

/** What counts belong to: a kind's list, an entry, a hub, a standalone page; `otras` for the rest of the site. */
type OwnerCollection = EntryCollection | HubCollection | 'paginas' | 'otras';

/** Whose an address of the site is. */
interface Owner {
  collection: OwnerCollection;
  /** The entry's, hub's or page's id; none for a kind's list. */
  id?: string;
  title: string;
  href: string;
}

/** Strings in an entry's frontmatter that are files of the site counted as downloads or plays: its PDF, its video. */
function filesOf(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    const measure = measureOf(value);
    if (measure === 'descargas' || measure === 'reproducciones') found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) filesOf(item, found);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const item of Object.values(value)) filesOf(item, found);
  }
  return found;
}

/** Every address the site publishes that owns counts: lists, entries and their files, hubs, standalone pages. */
const ownersOf = perCatalog((catalog) => {
  const owners = new Map<string, Owner>();
  for (const collection of SECTIONS) {
    const href = sectionUrl(collection);
    owners.set(href, { collection, title: t(sectionLabel(collection)), href });
  }
  for (const collection of HUB_COLLECTIONS) {
    for (const hub of catalog[collection]) {
      const href = hubUrl(hub);
      owners.set(href, { collection, id: hub.id, title: hubKind(collection).name(hub), href });
    }
  }
  for (const page of catalog.paginas) {
    const href = PAGES.paginas.url(page);
    owners.set(href, { collection: 'paginas', id: page.id, title: page.data.titulo, href });
  }
  for (const collection of ENTRY_COLLECTIONS) {
    for (const entry of catalog[collection] as Entry[]) {
      const owner = { collection, id: entry.id, title: entry.data.titulo, href: entryUrl(catalog, entry) };
      owners.set(owner.href, owner);
      for (const file of filesOf(entry.data)) owners.set(file, owner);
    }
  }
  return owners;
});

/**
 * Whose `path` is: the address itself, a player's page (`/embed/capsulas/x/` is the capsule's), a file beside its
 * page (`/eventos/x.ics`), or the nearest folder that is someone's (`/abc/x/ediciones/2/`, `/estados/x/feed.xml`).
 */
function ownerOf(owners: Map<string, Owner>, path: string): Owner | undefined {
  let address = path.startsWith(FRAMEABLE_URL) ? path.slice(FRAMEABLE_URL.length - 1) : path;
  if (owners.has(address)) return owners.get(address);
  if (!address.endsWith('/')) {
    const beside = owners.get(address.replace(/\.[^./]+$/, '/'));
    if (beside) return beside;
    address = address.slice(0, address.lastIndexOf('/') + 1);
  }
  for (; address; address = address.replace(/[^/]*\/$/, '')) {
    const owner = owners.get(address);
    if (owner) return owner;
  }
  return undefined;
}

/** «AAAA-MM» of the `back`-th month before `date`'s. */
function monthBefore(date: Date, back: number): string {
  const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1));
  return month.toISOString().slice(0, 7);
}

/** One row of a table of the page: what it counts, and its figures. */
export interface ImpactRow {
  title: string;
  href?: string | undefined;
  collection: OwnerCollection | 'sitio';
  id?: string | undefined;
  figures: Partial<Record<Measure, Figure>>;
}

/** A ranked table: the rows at or above the threshold, and how many others fell under it. */
export interface Ranking {
  rows: ImpactRow[];
  hidden: number;
}

/** Everything /impacto/ shows, when there are counts. */
export interface ImpactReport {
  /** The months shown, oldest first: «AAAA-MM», days counted, and each measure's total that month. */
  months: { month: string; days: number; totals: Record<Measure, Figure> }[];
  /** The span of those months («AAAA-MM/AAAA-MM») and the days counted in it. */
  period: { id: string; from: string; to: string; days: number };
  /** Each kind of entry and hub, standalone pages and the rest: their figures over the period. */
  kinds: ImpactRow[];
  /** Each hub of each kind, by visits over the period. */
  hubs: { collection: HubCollection; ranking: Ranking }[];
  /** The most read entries of the kinds people read (booklets, articles): visits, and downloads of their PDF. */
  read: { collection: EntryCollection; ranking: Ranking }[];
  /** The most played entries of each kind with video or audio of its own. */
  played: { collection: EntryCollection; ranking: Ranking }[];
  /** Each feed and calendar by its readers over the period: one reader a day each. */
  feeds: Ranking;
}

/** The measures shown per kind and per entry: each one's figures over the period. */
export const KIND_MEASURES = ['visitas', 'descargas', 'reproducciones', 'cargas'] as const satisfies Measure[];

/** Kinds whose most read entries the page lists. */
const READ_KINDS: EntryCollection[] = ['abc', 'articulos'];

/** How many entries each ranking lists at most. */
const TOP = 10;

/** The rows with a figure to publish, highest `by` first, at most `limit`; the others are only counted. */
const ranked = (rows: ImpactRow[], by: Measure, limit = TOP): Ranking => {
  const shown = rows
    .filter((row) => Object.values(row.figures).some((figure) => figure !== null))
    .sort((a, b) => (b.figures[by] ?? 0) - (a.figures[by] ?? 0) || a.title.localeCompare(b.title, 'es'))
    .slice(0, limit);
  return { rows: shown, hidden: rows.length - shown.length };
};

/** The report of `data` as of `now`, or none when no day of the period has been counted. */
export function impactReport(catalog: Catalog, data: ImpactData | undefined, now: Date): ImpactReport | undefined {
  const months = Array.from({ length: IMPACT.months }, (_, back) => monthBefore(now, IMPACT.months - 1 - back));
  const inPeriod = months.flatMap((month) => (data?.meses[month] ? [data.meses[month]] : []));
  const days = inPeriod.reduce((sum, month) => sum + month.dias.length, 0);
  if (days === 0) return undefined;
  const owners = ownersOf(catalog);

  // Each owner's counts over the period, by measure (unpublished: they are summed before the threshold applies).
  const byOwner = new Map<string, { owner: Owner | undefined; counts: Record<Measure, number> }>();
  const feeds = new Map<string, { owner: Owner | undefined; count: number }>();
  for (const month of inPeriod) {
    for (const measure of MEASURES) {
      for (const [path, count] of Object.entries(month.cifras[measure])) {
        const owner = measure === 'no-encontradas' ? undefined : ownerOf(owners, path);
        const key = owner ? `${owner.collection}/${owner.id ?? ''}` : 'otras';
        const sums = byOwner.get(key) ?? {
          owner,
          counts: Object.fromEntries(MEASURES.map((m) => [m, 0])) as Record<Measure, number>,
        };
        sums.counts[measure] += count;
        byOwner.set(key, sums);
        if (measure === 'lectores') feeds.set(path, { owner, count: (feeds.get(path)?.count ?? 0) + count });
      }
    }
  }
  const owned = [...byOwner.values()];
  const sumOf = (collection: OwnerCollection, measure: Measure) =>
    owned
      .filter(({ owner }) => (owner?.collection ?? 'otras') === collection)
      .reduce((sum, { counts }) => sum + counts[measure], 0);
  const rowOf = (owner: Owner, measures: readonly Measure[]): ImpactRow => {
    const counts = byOwner.get(`${owner.collection}/${owner.id ?? ''}`)?.counts;
    return {
      title: owner.title,
      href: owner.href,
      collection: owner.collection,
      id: owner.id,
      figures: Object.fromEntries(measures.map((m) => [m, published(counts?.[m] ?? 0)])),
    };
  };
  const entriesOf = (collection: EntryCollection) =>
    (catalog[collection] as Entry[]).map((entry) => owners.get(entryUrl(catalog, entry)) as Owner);

  const kindRows: ImpactRow[] = [
    ...ENTRY_COLLECTIONS.map((collection) => ({ collection, title: t(kind(collection).label.other) })),
    ...HUB_COLLECTIONS.map((collection) => ({ collection, title: t(hubKind(collection).label.other) })),
    { collection: 'paginas' as const, title: t('impact.kind.paginas') },
    { collection: 'otras' as const, title: t('impact.kind.otras') },
  ].map(({ collection, title }) => ({
    title,
    collection,
    figures: Object.fromEntries(KIND_MEASURES.map((m) => [m, published(sumOf(collection, m))])),
  }));

  const playedKinds = ENTRY_COLLECTIONS.filter((collection) =>
    entriesOf(collection).some(
      (owner) => (byOwner.get(`${collection}/${owner.id ?? ''}`)?.counts.reproducciones ?? 0) > 0,
    ),
  );
  const feedRows = [...feeds].map(([path, { owner, count }]) => ({
    title: owner?.title ?? t('impact.site'),
    href: path,
    collection: owner?.collection ?? ('sitio' as const),
    id: owner?.id,
    figures: { lectores: published(count) },
  }));
  return {
    months: months.map((month) => {
      const counted = data?.meses[month];
      const total = (measure: Measure) => Object.values(counted?.cifras[measure] ?? {}).reduce((a, b) => a + b, 0);
      return {
        month,
        days: counted?.dias.length ?? 0,
        totals: Object.fromEntries(MEASURES.map((m) => [m, published(total(m))])) as Record<Measure, Figure>,
      };
    }),
    period: { id: `${months[0] ?? ''}/${months.at(-1) ?? ''}`, from: months[0] ?? '', to: months.at(-1) ?? '', days },
    kinds: kindRows,
    hubs: HUB_COLLECTIONS.map((collection) => {
      const rows = catalog[collection].map((hub) => rowOf(owners.get(hubUrl(hub)) as Owner, ['visitas']));
      return { collection, ranking: ranked(rows, 'visitas', Infinity) };
    }),
    read: READ_KINDS.map((collection) => ({
      collection,
      ranking: ranked(
        entriesOf(collection).map((owner) => rowOf(owner, ['visitas', 'descargas'])),
        'visitas',
      ),
    })),
    played: playedKinds.map((collection) => ({
      collection,
      ranking: ranked(
        entriesOf(collection).map((owner) => rowOf(owner, ['reproducciones', 'cargas'])),
        'reproducciones',
      ),
    })),
    feeds: ranked(feedRows, 'lectores'),
  };
}

/** The counts of this server, read once per build: none on a fresh clone. */
let loaded: { data: ImpactData | undefined } | undefined;
const serverImpact = (): ImpactData | undefined => (loaded ??= { data: readImpact() }).data;

/** The site's report for this build, from the server's counts file. */
export const siteImpact = perCatalog((catalog) => impactReport(catalog, serverImpact(), BUILD_TIME));

/** Visits over the period of each entry (its pages and players), by its address; none without counts. */
const visitsByEntry = perCatalog((catalog) => {
  const report = siteImpact(catalog);
  if (!report) return undefined;
  const owners = ownersOf(catalog);
  const visits = new Map<string, number>();
  for (const { month } of report.months) {
    for (const [path, count] of Object.entries(serverImpact()?.meses[month]?.cifras.visitas ?? {})) {
      const owner = ownerOf(owners, path);
      if (owner?.id && owner.collection !== 'otras') visits.set(owner.href, (visits.get(owner.href) ?? 0) + count);
    }
  }
  return visits;
});

/**
 * The reach of some entries (the evidence of a plan): how many they are and their visits over the months
 * /impacto/ shows, withheld under the threshold; none when there are no counts.
 */
export function reachOf(catalog: Catalog, entries: readonly Entry[]): { entries: number; visits: Figure } | undefined {
  const visits = visitsByEntry(catalog);
  if (!visits) return undefined;
  const addresses = new Set(entries.map((entry) => entryUrl(catalog, entry)));
  return {
    entries: addresses.size,
    visits: published([...addresses].reduce((sum, address) => sum + (visits.get(address) ?? 0), 0)),
  };
}

/** One published figure of the report: what the dataset's rows are. */
interface ImpactFigure {
  period: string;
  days: number;
  measure: Measure;
  row: ImpactRow;
  figure: Figure;
}

/** Every figure the page shows, in its order: by month, by kind, by hub, the rankings, the feeds. */
function figuresOf(report: ImpactReport | undefined): ImpactFigure[] {
  if (!report) return [];
  const { period } = report;
  const rowFigures = (rows: ImpactRow[]) =>
    rows.flatMap((row) =>
      Object.entries(row.figures).map(([measure, figure]) => ({
        period: period.id,
        days: period.days,
        measure: measure as Measure,
        row,
        figure,
      })),
    );
  return [
    ...report.months.flatMap(({ month, days, totals }) =>
      days === 0
        ? []
        : MEASURES.map((measure) => ({
            period: month,
            days,
            measure,
            row: { title: t('impact.site'), collection: 'sitio' as const, figures: {} },
            figure: totals[measure],
          })),
    ),
    ...rowFigures(report.kinds),
    ...rowFigures(report.hubs.flatMap(({ ranking }) => ranking.rows)),
    ...rowFigures(report.read.flatMap(({ ranking }) => ranking.rows)),
    ...rowFigures(report.played.flatMap(({ ranking }) => ranking.rows)),
    ...rowFigures(report.feeds.rows),
  ];
}

const url = (href: string | undefined): Cell => (href ? absoluteUrl(href) : null);

/** The «impacto» dataset: every figure of /impacto/, one a row. */
export const impactDataset = dataset<ImpactFigure>({
  id: 'impacto',
  title: 'Impacto',
  description: `Cuántas veces se leyó, descargó, reprodujo o consultó lo que publica el micrositio, contado en su registro de accesos sin seguir a nadie: cada cifra de la página /impacto/, una por fila. Una persona cuenta una vez por día en cada dirección (su dirección IP sin el último número y su navegador); los robots no cuentan, salvo en canales y calendarios. Las cifras menores de ${IMPACT.threshold} no se publican: su celda queda vacía.`,
  sources: (catalog) => figuresOf(siteImpact(catalog)),
  columns: [
    column.texto(
      'periodo',
      'El mes (AAAA-MM) o los meses (AAAA-MM/AAAA-MM, los de la página) que suma la cifra.',
      (f) => f.period,
    ),
    column.entero('dias', 'Días contados en ese periodo (los que el registro tenía completos).', (f) => f.days),
    column.texto(
      'medida',
      'Qué cuenta: visitas (páginas), descargas (PDF y datos abiertos), reproducciones (video y audio propios), lectores (canales y calendarios), cargas (reproductores insertados en otros sitios) o no-encontradas (direcciones que no existen).',
      (f) => f.measure,
    ),
    column.texto(
      'de',
      'De qué es la cifra: «sitio» (todo), un tipo de entrada o de página (abc, capsulas, estados, paginas…) u «otras» (portada, búsqueda, datos abiertos).',
      (f) => f.row.collection,
    ),
    column.texto(
      'id',
      'Identificador de la entrada o página; vacío si la cifra es de todo un tipo.',
      (f) => f.row.id ?? null,
    ),
    column.texto('titulo', 'Título de la entrada o nombre de lo que se cuenta.', (f) => f.row.title),
    column.url('url', 'Dirección de la página, o del canal o calendario, que se cuenta.', (f) => url(f.row.href)),
    column.entero(
      'cifra',
      `Personas por día sumadas en el periodo (en «no-encontradas», peticiones); vacía si es menor de ${IMPACT.threshold} y no se publica.`,
      (f) => f.figure,
    ),
  ],
});
