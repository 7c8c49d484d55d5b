/**
 * The registry of kinds: every collection the site publishes, each declared once in its own module here
 * (schema, labels, addresses, feed, search «tipo», facets, dataset, `npm run nuevo` template, JSON-LD,
 * social card, bench generator), and the lookups everything else reads: whatever lists kinds or builds an
 * entry's address asks this module. Adding a kind is: its module, its line in the lists below, and its
 * page templates (README, «Agregar un tipo de entrada»).
 * Plain TypeScript without Astro's runtime, so that `npm run nuevo` and the bench read it in plain Node.
 */
import type { CollectionEntry } from 'astro:content';
import { t, type UiKey } from '#/src/i18n/es.ts';
import { agendaFacts } from '#/src/lib/agenda.ts';
import type { Catalog, Entry, Hub } from '#/src/lib/catalog.ts';
import type { KnownDate } from '#/src/lib/dates.ts';
import type { JsonLd } from '#/src/lib/jsonLd.ts';
import { feedUrl } from '#/src/lib/urls.ts';
import * as articles from './articles.ts';
import * as audioSeries from './audioSeries.ts';
import * as audios from './audios.ts';
import * as booklets from './booklets.ts';
import * as calls from './calls.ts';
import * as capsules from './capsules.ts';
import { ENTRY_COLLECTIONS, HUB_COLLECTIONS, type EntryCollection, type HubCollection } from './collections.ts';
import * as commissions from './commissions.ts';
import * as events from './events.ts';
import * as glossary from './glossary.ts';
import * as guarantors from './guarantors.ts';
import * as issues from './issues.ts';
import * as pages from './pages.ts';
import * as plans from './plans.ts';
import * as regions from './regions.ts';
import * as states from './states.ts';
import type { EntryKind, HubKind, ListText, Retirable } from './types.ts';

export * from './collections.ts';
export type { EntryKind, HubKind, NewsItem, Picture, Retirable, Retirement } from './types.ts';

/** Every kind of entry, keyed by its collection, in the order the site lists kinds. */
export const KINDS = {
  planes: plans.kind,
  abc: booklets.kind,
  revista: issues.kind,
  articulos: articles.kind,
  capsulas: capsules.kind,
  audios: audios.kind,
  eventos: events.kind,
  convocatorias: calls.kind,
} satisfies { [C in EntryCollection]: EntryKind<C> };

/** Every kind of hub, keyed by its collection. */
export const HUBS = {
  estados: states.kind,
  regiones: regions.kind,
  comisiones: commissions.kind,
  organismos: guarantors.kind,
} satisfies { [C in HubCollection]: HubKind<C> };

/** How standalone pages are published. */
export const PAGES = { paginas: pages.kind } as const;

/** How podcast series are published. */
export const SERIES = audioSeries.kind;

/** How the glossary is published. */
export const GLOSSARY = glossary.kind;

/** Each collection's schema, as src/content.config.ts hands it to Astro with `reference()`. */
export const SCHEMAS = {
  planes: plans.schema,
  abc: booklets.schema,
  revista: issues.schema,
  articulos: articles.schema,
  capsulas: capsules.schema,
  audios: audios.schema,
  eventos: events.schema,
  convocatorias: calls.schema,
  paginas: pages.schema,
  estados: states.schema,
  regiones: regions.schema,
  comisiones: commissions.schema,
  organismos: guarantors.schema,
  glosario: glossary.schema,
  series: audioSeries.schema,
};

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
  'audios',
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

/** What the list of a kind of entry or hub says: its heading, intro and summary. */
export function sectionText(collection: EntryCollection | HubCollection): ListText {
  const text =
    collection in HUBS ? HUBS[collection as HubCollection].listText : kind(collection as EntryCollection).listText;
  if (!text) throw new Error(`«${collection}» no tiene una lista propia`);
  return text;
}

/** Links to the lists of `collections`, each with the name menus give it. */
export const sectionLinks = (
  collections: readonly (EntryCollection | HubCollection)[],
): { href: string; label: string }[] =>
  collections.map((collection) => ({ href: sectionUrl(collection), label: t(sectionLabel(collection)) }));

/** Address of a kind's feed, next to its list. */
export const sectionFeedUrl = (collection: EntryCollection): string => feedUrl(sectionUrl(collection));

/** Entries of one kind in the order its lists show them: its own order, else as given (newest first). */
export function inOrder<C extends EntryCollection>(
  collection: C,
  entries: CollectionEntry<C>[],
  catalog: Catalog,
): CollectionEntry<C>[] {
  const { order } = kind(collection) as unknown as EntryKind<C>;
  return order ? order(entries, catalog) : entries;
}

/** Whether `item` is retired: it keeps its page, no longer current. */
export const isRetired = (item: Retirable): boolean => item.data.retirado !== undefined;

/** The items that are not retired, in their order: what lists of the current and the new show. */
export const current = <T extends Retirable>(items: readonly T[]): T[] => items.filter((item) => !isRetired(item));

/** The items in their order, the retired ones moved to the end (a section's full list). */
export const retiredLast = <T extends Retirable>(items: readonly T[]): T[] => [
  ...current(items),
  ...items.filter(isRetired),
];

/**
 * The structured data of any entry page, by its kind; `image` is the absolute address of its social card.
 * A retired work says since when it is no longer current with schema.org's `expires` (a CreativeWork's: an
 * event is none, and says nothing of it; a call already expires when it closes).
 */
export function entryJsonLd(catalog: Catalog, entry: Entry, image: string, site: URL): JsonLd {
  const data = kindOf(entry).jsonLd.build(catalog, entry, image, site);
  const retired = entry.data.retirado;
  return retired && entry.collection !== 'eventos' && !('expires' in data) ? { ...data, expires: retired.fecha } : data;
}

/** What an EntryCard needs to show one entry. */
export interface Card {
  /** Address of the entry. */
  href: string;
  /** Title of the entry. */
  title: string;
  /** Dictionary key of its kind, e.g. `type.capsulas`. */
  type: UiKey;
  /** Publication date, as far as it is known. */
  date: KnownDate;
  /** One or two sentences. */
  summary: string;
  /** Cover or poster, with its alternative text. */
  image?: { src: ImageMetadata; alt: string } | undefined;
  /** Whether to flag it as example content. */
  example: boolean;
  /** Whether to flag it as retired: it keeps its page, no longer current. */
  retired?: boolean | undefined;
  /** An event's or a call's status and dates, which its card shows instead of its publication date. */
  agenda?: { status: string; when: string } | undefined;
}

/**
 * Card of any entry. In lists of several kinds only capsules bring their poster (a portrait cover does not
 * fit a card's 16:9 frame); a list of booklets or issues asks for `picture`, their covers, all alike.
 */
export function cardOf(catalog: Catalog, entry: Entry, { picture = false } = {}): Card {
  const { titulo, fecha, resumen, ejemplo } = entry.data;
  const { card, label } = kindOf(entry);
  const image =
    'picture' in card && (picture || entry.collection === 'capsulas') ? card.picture(entry, catalog) : undefined;
  return {
    href: entryUrl(catalog, entry),
    title: titulo,
    type: label.one,
    date: fecha,
    summary: resumen,
    ...(image ? { image: { src: image.src, alt: image.alt } } : {}),
    example: ejemplo,
    retired: isRetired(entry),
    agenda: agendaFacts(catalog, entry),
  };
}

/** What a kind's list shows, page after page: its entries in its order, the retired ones last. */
export const listOf = <C extends EntryCollection>(collection: C, catalog: Catalog): CollectionEntry<C>[] =>
  retiredLast(inOrder(collection, catalog[collection] as CollectionEntry<C>[], catalog));
