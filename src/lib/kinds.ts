/**
 * The registry of kinds: every collection the site publishes, declared once. For an entry kind
 * (plan, booklet, issue, article, capsule): its labels, its list and entry addresses, its feed, its
 * search «tipo», its facets, its dataset, its `npm run nuevo` template and its JSON-LD type; for a
 * hub (state, region, commission, body): its names, addresses, search filter and dataset. Whatever
 * lists kinds or builds an entry's address reads it. Adding a kind is: a schema in
 * content.config.ts, an entry here, and its page templates.
 * Plain TypeScript without Astro's runtime, so that `npm run nuevo` reads it in plain Node.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { t, type UiKey } from '../i18n/es.ts';
import { BUILD_TIME, callsInOrder, eventsInOrder } from './agenda.ts';
import { resolve, type Catalog, type Entry, type Hub } from './catalog.ts';
import {
  abcDraft,
  articleDraft,
  callDraft,
  capsuleDraft,
  eventDraft,
  issueDraft,
  planDraft,
  type Scaffold,
} from './scaffolds.ts';
import type { KnownDate } from './dates.ts';
import type { SearchFilter } from './search.ts';
import {
  ABC_URL,
  abcUrl,
  articleUrl,
  CALLS_CARD_URL,
  CALLS_URL,
  callUrl,
  EVENTS_CARD_URL,
  EVENTS_URL,
  eventUrl,
  standalonePageUrl,
  CAPSULES_URL,
  capsuleUrl,
  COMMISSIONS_URL,
  commissionUrl,
  embedUrl,
  feedUrl,
  GUARANTORS_URL,
  guarantorUrl,
  issueListPageUrl,
  issueUrl,
  listPageUrl,
  planUrl,
  PLANS_CARD_URL,
  PLANS_URL,
  REGIONS_URL,
  regionUrl,
  STATES_URL,
  stateUrl,
} from './urls.ts';

/** Collections whose entries have a page of their own, in the order the site lists kinds. */
export const ENTRY_COLLECTIONS = [
  'planes',
  'abc',
  'revista',
  'articulos',
  'capsulas',
  'eventos',
  'convocatorias',
] as const;

/** Collections of reference data, each entry a hub page that gathers what belongs to it. */
export const HUB_COLLECTIONS = ['estados', 'regiones', 'comisiones', 'organismos'] as const;

/** Collections of standalone pages (about, accessibility…), each at `/<id>/` and linked from the footer. */
export const PAGE_COLLECTIONS = ['paginas'] as const;

/** A collection of standalone pages. */
export type PageCollection = (typeof PAGE_COLLECTIONS)[number];

/** A collection of entries. */
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** A collection of hubs; also the name of each kind of facet. */
export type HubCollection = (typeof HUB_COLLECTIONS)[number];

/** The hubs an entry names itself, by id (hubs add the states of its bodies and the regions of its states). */
export type DirectFacets = Record<HubCollection, string[]>;

/** How one kind of entry is published. */
export interface EntryKind<C extends EntryCollection> {
  collection: C;
  /** What one entry and many are called: «Cápsula», «Cápsulas». */
  label: { one: UiKey; other: UiKey };
  /** Address of one entry; an article's depends on its issue, hence the catalog. */
  url: (entry: CollectionEntry<C>, catalog: Catalog) => string;
  /** Address of its standalone player for other sites' iframes, if it has one. */
  embed?: (entry: CollectionEntry<C>) => string;
  /** Address of the n-th page of its list, if it has one (articles are listed in their issue). */
  list?: (page: number) => string;
  /** Its own feed, next to the list: what the feed says it carries, and the kinds it carries besides its own. */
  feed?: { description: UiKey; alongside?: EntryCollection[] };
  /** Its value of the «tipo» search filter. */
  searchType: UiKey;
  /** The hubs it names itself. */
  facets: (entry: CollectionEntry<C>) => DirectFacets;
  /** Years it covers, for the «año» search filter. */
  years: (entry: CollectionEntry<C>) => number[];
  /** Id of its open-data dataset (`/datos/<id>/`). */
  dataset: string;
  /** How `npm run nuevo` scaffolds one: the words an editor types, the file format, the template. */
  scaffold: { word: string; aliases: string[]; format: 'md' | 'mdx'; description: string; draft: Scaffold };
  /** Its schema.org type. */
  jsonLd: string;
  /** The order its lists show entries in, when it is not the newest first (events by their dates). */
  order?: (entries: CollectionEntry<C>[], catalog: Catalog) => CollectionEntry<C>[];
  /** Its social card: its own picture (cropped from `position`), or a drawn card the whole kind shares. */
  card:
    { picture: (entry: CollectionEntry<C>, catalog: Catalog) => Picture } | { drawn: string; title: UiKey; alt: UiKey };
}

/** An entry's own picture: a cover or a poster, with its alternative text. */
export interface Picture {
  src: ImageMetadata;
  alt: string;
  /** Where a crop keeps the picture from: covers keep their top, where the title is. */
  position?: 'top' | undefined;
}

/** How one kind of hub is published. */
export interface HubKind<C extends HubCollection> {
  collection: C;
  /** What many are called, in menus and lists: «Entidades». */
  label: { other: UiKey };
  /** Address of the list of all of them. */
  list: string;
  /** Address of one hub, by its id. */
  url: (id: string) => string;
  /** Full name, e.g. «Comisión de Vinculación, …». */
  name: (hub: CollectionEntry<C>) => string;
  /** Short name for filters and facet lists: a commission's `nombreCorto`, a body's `siglas`. */
  shortName: (hub: CollectionEntry<C>) => string;
  /** The search filter whose values are its short names, if one is; a body narrows by its state. */
  filter?: SearchFilter;
  /** Id of its open-data dataset. */
  dataset: string;
}

type Ref = { id: string } | undefined;
const ids = (refs: Ref[]): string[] => refs.flatMap((ref) => (ref ? [ref.id] : []));
const none: DirectFacets = { estados: [], regiones: [], comisiones: [], organismos: [] };
const yearOf = (entry: { data: { fecha: KnownDate } }): number[] => [Number(entry.data.fecha.slice(0, 4))];

/** Every kind of entry, keyed by its collection. */
export const KINDS = {
  planes: {
    collection: 'planes',
    label: { one: 'type.planes', other: 'nav.planes' },
    url: (plan) => planUrl(plan.id),
    list: (page) => listPageUrl(PLANS_URL, page),
    feed: { description: 'feed.planes.description' },
    searchType: 'search.type.planes',
    facets: ({ data }) => ({
      ...none,
      regiones: ids([data.region]),
      comisiones: ids([data.comision]),
      organismos: ids([data.presenta.organismo, data.organismo]),
    }),
    // A plan covers its whole period.
    years: ({ data: { periodo } }) =>
      Array.from({ length: periodo.fin - periodo.inicio + 1 }, (_, i) => periodo.inicio + i),
    dataset: 'planes',
    scaffold: {
      word: 'plan',
      aliases: ['planes'],
      // Only plans need MDX (for `<Ejes />`); Markdown builds much faster.
      format: 'mdx',
      description: 'plan de trabajo de una comisión, región u organismo',
      draft: planDraft,
    },
    jsonLd: 'Report',
    // Plans have no picture of their own.
    card: { drawn: PLANS_CARD_URL, title: 'share.plansCardTitle', alt: 'share.plansCardAlt' },
  },
  abc: {
    collection: 'abc',
    label: { one: 'type.abc', other: 'nav.abc' },
    url: (booklet) => abcUrl(booklet.id),
    list: (page) => listPageUrl(ABC_URL, page),
    feed: { description: 'feed.abc.description' },
    searchType: 'search.type.abc',
    facets: ({ data }) => ({ ...none, comisiones: ids(data.comisiones) }),
    years: yearOf,
    dataset: 'abc',
    scaffold: {
      word: 'abc',
      aliases: [],
      format: 'md',
      description: 'cuadernillo de la serie «Los ABC»',
      draft: abcDraft,
    },
    jsonLd: 'Book',
    card: { picture: ({ data }) => ({ src: data.portada, alt: data.portadaAlt, position: 'top' }) },
  },
  revista: {
    collection: 'revista',
    label: { one: 'type.revista', other: 'nav.revista' },
    url: (issue) => issueUrl(issue.data.numero),
    list: issueListPageUrl,
    feed: { description: 'feed.revista.description', alongside: ['articulos'] },
    searchType: 'search.type.revista',
    facets: ({ data }) => ({ ...none, organismos: ids(data.comite.map((member) => member.organismo)) }),
    years: yearOf,
    dataset: 'revista',
    scaffold: {
      word: 'revista',
      aliases: ['revistas'],
      format: 'md',
      description: 'número de la revista México Transparente',
      draft: issueDraft,
    },
    jsonLd: 'PublicationIssue',
    card: { picture: ({ data }) => ({ src: data.portada, alt: data.portadaAlt, position: 'top' }) },
  },
  articulos: {
    collection: 'articulos',
    label: { one: 'type.articulos', other: 'hub.articulos' },
    url: (article, catalog) => articleUrl(resolve(catalog, article.data.revista).data.numero, article.id),
    searchType: 'search.type.articulos',
    facets: ({ data }) => ({
      ...none,
      estados: ids(data.estados),
      comisiones: ids(data.comisiones),
      organismos: ids(data.autores.map((author) => author.organismo)),
    }),
    years: yearOf,
    dataset: 'articulos',
    scaffold: {
      word: 'articulo',
      aliases: ['articulos'],
      format: 'md',
      description: 'artículo de un número de la revista',
      draft: articleDraft,
    },
    jsonLd: 'ScholarlyArticle',
    // An article shares its issue's cover.
    card: {
      picture: (article, catalog) => {
        const { portada, portadaAlt } = resolve(catalog, article.data.revista).data;
        return { src: portada, alt: portadaAlt, position: 'top' };
      },
    },
  },
  capsulas: {
    collection: 'capsulas',
    label: { one: 'type.capsulas', other: 'nav.capsulas' },
    url: (capsule) => capsuleUrl(capsule.id),
    embed: (capsule) => embedUrl(capsule.id),
    list: (page) => listPageUrl(CAPSULES_URL, page),
    feed: { description: 'feed.capsulas.description' },
    searchType: 'search.type.capsulas',
    facets: ({ data }) => ({
      ...none,
      estados: ids([data.estado]),
      comisiones: ids([data.comision]),
      organismos: ids([data.organismo, ...data.personas.map((person) => person.organismo)]),
    }),
    years: yearOf,
    dataset: 'capsulas',
    scaffold: {
      word: 'capsula',
      aliases: ['capsulas'],
      format: 'md',
      description: 'cápsula de video con su transcripción',
      draft: capsuleDraft,
    },
    jsonLd: 'VideoObject',
    card: { picture: ({ data }) => ({ src: data.poster, alt: data.posterAlt }) },
  },
  eventos: {
    collection: 'eventos',
    label: { one: 'type.eventos', other: 'nav.eventos' },
    url: (event) => eventUrl(event.id),
    list: (page) => listPageUrl(EVENTS_URL, page),
    feed: { description: 'feed.eventos.description' },
    searchType: 'search.type.eventos',
    facets: ({ data }) => ({
      ...none,
      estados: ids(data.estados),
      comisiones: ids(data.organizadores.comisiones),
      organismos: ids(data.organizadores.organismos),
    }),
    years: ({ data }) => [Number(data.inicio.slice(0, 4))],
    dataset: 'eventos',
    scaffold: {
      word: 'evento',
      aliases: ['eventos'],
      format: 'md',
      description: 'foro, conferencia, congreso, taller o conversatorio',
      draft: eventDraft,
    },
    jsonLd: 'Event',
    order: (events, catalog) => eventsInOrder(catalog, events, BUILD_TIME),
    card: { drawn: EVENTS_CARD_URL, title: 'share.eventsCardTitle', alt: 'share.eventsCardAlt' },
  },
  convocatorias: {
    collection: 'convocatorias',
    label: { one: 'type.convocatorias', other: 'nav.convocatorias' },
    url: (call) => callUrl(call.id),
    list: (page) => listPageUrl(CALLS_URL, page),
    feed: { description: 'feed.convocatorias.description' },
    searchType: 'search.type.convocatorias',
    facets: ({ data }) => ({
      ...none,
      estados: ids(data.estados),
      comisiones: ids(data.organizadores.comisiones),
      organismos: ids(data.organizadores.organismos),
    }),
    years: ({ data }) => [Number(data.apertura.slice(0, 4))],
    dataset: 'convocatorias',
    scaffold: {
      word: 'convocatoria',
      aliases: ['convocatorias', 'concurso'],
      format: 'md',
      description: 'convocatoria o concurso, con sus bases y después sus resultados',
      draft: callDraft,
    },
    jsonLd: 'CreativeWork',
    order: (calls) => callsInOrder(calls, BUILD_TIME),
    card: { drawn: CALLS_CARD_URL, title: 'share.callsCardTitle', alt: 'share.callsCardAlt' },
  },
} satisfies { [C in EntryCollection]: EntryKind<C> };

/** How standalone pages are published: at `/<id>/`, linked from the footer in their `orden`. */
export const PAGES = {
  paginas: {
    collection: 'paginas',
    url: (page: { id: string }): string => standalonePageUrl(page.id),
    jsonLd: 'WebPage',
  },
} as const;

/** Every kind of hub, keyed by its collection. */
export const HUBS = {
  estados: {
    collection: 'estados',
    label: { other: 'nav.estados' },
    list: STATES_URL,
    url: stateUrl,
    name: (state) => state.data.nombre,
    shortName: (state) => state.data.nombre,
    filter: 'estado',
    dataset: 'estados',
  },
  regiones: {
    collection: 'regiones',
    label: { other: 'nav.regiones' },
    list: REGIONS_URL,
    url: regionUrl,
    name: (region) => region.data.nombre,
    shortName: (region) => region.data.nombre,
    filter: 'region',
    dataset: 'regiones',
  },
  comisiones: {
    collection: 'comisiones',
    label: { other: 'nav.comisiones' },
    list: COMMISSIONS_URL,
    url: commissionUrl,
    name: (commission) => commission.data.nombre,
    shortName: (commission) => commission.data.nombreCorto,
    filter: 'comision',
    dataset: 'comisiones',
  },
  organismos: {
    collection: 'organismos',
    label: { other: 'nav.organismos' },
    list: GUARANTORS_URL,
    url: guarantorUrl,
    name: (guarantor) => guarantor.data.nombre,
    shortName: (guarantor) => guarantor.data.siglas,
    dataset: 'organismos',
  },
} satisfies { [C in HubCollection]: HubKind<C> };

/** The registry entry of a kind, typed for any kind (`KINDS.x` keeps each kind's own, narrower type). */
export const kind = (collection: EntryCollection): EntryKind<EntryCollection> =>
  KINDS[collection] as unknown as EntryKind<EntryCollection>;

/** The registry entry of an entry's kind. */
export const kindOf = (entry: Entry): EntryKind<EntryCollection> => kind(entry.collection);

/** The registry entry of a hub collection, typed for any hub. */
export const hubKind = (collection: HubCollection): HubKind<HubCollection> =>
  HUBS[collection] as unknown as HubKind<HubCollection>;

/** Address of an entry's page. */
export const entryUrl = (catalog: Catalog, entry: Entry): string => kindOf(entry).url(entry, catalog);

/** Address of a hub's page. */
export const hubUrl = (hub: Hub): string => HUBS[hub.collection].url(hub.id);

/** Kinds with a list of their own (the site's sections), in registry order. */
export const LISTED = ENTRY_COLLECTIONS.filter((collection) => kind(collection).list);

/**
 * Kinds that hubs list, in the order they list them, each under its heading `hub.<collection>` (and
 * `hub.none.<collection>` when it has none). Issues are not listed: their articles are.
 */
export const HUB_LISTED = [
  'planes',
  'capsulas',
  'abc',
  'articulos',
  'eventos',
  'convocatorias',
] as const satisfies readonly EntryCollection[];

/** A kind that hubs list. */
export type HubListed = (typeof HUB_LISTED)[number];

/** The kind whose list shows a kind's entries: its own, or the one whose feed carries it (an article: its issue's). */
export function listedIn(collection: EntryCollection): EntryCollection {
  if (kind(collection).list) return collection;
  const parent = ENTRY_COLLECTIONS.find((other) => kind(other).feed?.alongside?.includes(collection));
  if (!parent) throw new Error(`«${collection}» no aparece en ninguna lista`);
  return parent;
}

/** Address of the first page of an entry kind's list, or of a hub kind's list. */
export function sectionUrl(collection: EntryCollection | HubCollection): string {
  const url =
    collection in HUBS ? HUBS[collection as HubCollection].list : kind(collection as EntryCollection).list?.(1);
  if (!url) throw new Error(`«${collection}» no tiene una lista propia`);
  return url;
}

/** Every list of the site: each kind of entry that has one, then each kind of hub. */
export const SECTIONS: (EntryCollection | HubCollection)[] = [...LISTED, ...HUB_COLLECTIONS];

/** The dictionary key of what menus call the list of a kind of entry or hub: «Cápsulas», «Entidades». */
export const sectionLabel = (collection: EntryCollection | HubCollection): UiKey =>
  collection in HUBS ? HUBS[collection as HubCollection].label.other : kind(collection as EntryCollection).label.other;

/** Links to the lists of `collections`, each with the name menus give it. */
export const sectionLinks = (
  collections: readonly (EntryCollection | HubCollection)[],
): { href: string; label: string }[] =>
  collections.map((collection) => ({ href: sectionUrl(collection), label: t(sectionLabel(collection)) }));

/** Address of a kind's feed, next to its list. */
export const sectionFeedUrl = (collection: EntryCollection): string => feedUrl(sectionUrl(collection));
