/**
 * What a kind of entry, hub or page declares about itself in its module under src/kinds/. The registry
 * (src/kinds/index.ts) gathers the declarations; engines (pages, feeds, search, datasets, JSON-LD,
 * `npm run nuevo`, the bench) read them and never name a kind themselves.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import type { UiKey } from '#/src/i18n/es.ts';
import type { Catalog } from '#/src/lib/catalog.ts';
import type { KnownDate } from '#/src/lib/dates.ts';
import type { ColumnDefinition, Dataset } from '#/src/lib/datasets.ts';
import type { JsonLd } from '#/src/lib/jsonLd.ts';
import type { Scaffold } from '#/src/lib/scaffolds.ts';
import type { SearchFilter } from '#/src/lib/searchFilters.ts';
import type { DirectFacets, EntryCollection, HubCollection } from './collections.ts';
import type { SyntheticGenerator } from './synthetic.ts';

/** The `retirado` field as the schemas give it. */
export interface Retirement {
  /** When, as far as it is known. */
  fecha: KnownDate;
  /** Why, in the editor's words. */
  motivo: string;
  /** Another entry of the same collection (a body: another body) to read instead. */
  sucesor?: { collection: string; id: string } | undefined;
  /** What took its place outside the site: its name and, when verified, its address. */
  sucesorExterno?: { nombre: string; enlace?: string | undefined } | undefined;
  /** The legal instrument that ended it. */
  instrumento?: { nombre: string; fecha?: KnownDate | undefined; enlace?: string | undefined } | undefined;
  /** The sources for its end. */
  fuentes?: Source[] | undefined;
}

/** A source a page cites: title, publisher, date (as known) and link. */
export interface Source {
  titulo: string;
  editor: string;
  fecha?: KnownDate | undefined;
  enlace: string;
}

/** Anything that may be retired (`retirado` in its frontmatter or data file): an entry, a page or a body. */
export type Retirable = { data: { retirado?: Retirement | undefined } };

/** An entry's own picture: a cover or a poster, with its alternative text. */
export interface Picture {
  src: ImageMetadata;
  alt: string;
  /** Where a crop keeps the picture from: covers keep their top, where the title is. */
  position?: 'top' | undefined;
}

/** A dataset of one kind's entries: the columns of its own, after those every entry shares. */
export interface KindDataset<Source> {
  /** Slug of its files and page: `/datos/<id>.json`, `/datos/<id>.csv`, `/datos/<id>/`. */
  id: string;
  title: string;
  description: string;
  columns: ColumnDefinition<Source>[];
  /** Columns added after the ones every entry shares were published: a column's place is part of the contract. */
  laterColumns?: ColumnDefinition<Source>[];
}

/** Something an entry published after itself, news for the feeds that carry the entry: a booklet's later edition. */
export interface NewsItem {
  /** What a feed reader shows as its title, e.g. «Nueva edición de …». */
  title: string;
  /** Address of the page that shows it. */
  href: string;
  /** Its permanent identity, an address of this site that names it even if `href` changes. */
  guid: string;
  /** When it was published. */
  date: Date;
  /** What it says, in a sentence or two. */
  summary: string;
  /** What kind of news it is, after the entry's type, e.g. «Nueva edición». */
  category: UiKey;
}

/** What a kind's list page says: its heading, the paragraph under it and, when it is not the intro, its summary. */
export interface ListText {
  title: UiKey;
  intro: UiKey;
  description?: UiKey;
}

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
  /** What its list says, when it has one. */
  listText?: ListText;
  /** Its own feed, next to the list: what the feed says it carries, and the kinds it carries besides its own. */
  feed?: { description: UiKey; alongside?: EntryCollection[] };
  /** What the entry published after itself, news in every feed that carries it (a booklet's later editions). */
  news?: (entry: CollectionEntry<C>) => NewsItem[];
  /** Its value of the «tipo» search filter. */
  searchType: UiKey;
  /** The hubs it names itself. */
  facets: (entry: CollectionEntry<C>) => DirectFacets;
  /** The day it happened, when that is not its `fecha` (an event's start, a call's opening): what a plan's period counts. */
  when?: (entry: CollectionEntry<C>) => KnownDate;
  /** Years it covers, for the «año» search filter. */
  years: (entry: CollectionEntry<C>) => number[];
  /** Its open-data dataset, one row per published entry, and the datasets derived from its entries. */
  dataset: KindDataset<CollectionEntry<C>>;
  derivedDatasets?: Dataset[];
  /** How `npm run nuevo` scaffolds one: the words an editor types, the file format, the template. */
  scaffold: { word: string; aliases: string[]; format: 'md' | 'mdx'; description: string; draft: Scaffold };
  /** Its schema.org type, and its structured data; `image` is the absolute address of its social card. */
  jsonLd: { type: string; build: (catalog: Catalog, entry: CollectionEntry<C>, image: string, site: URL) => JsonLd };
  /** The order its lists show entries in, when it is not the newest first (events by their dates). */
  order?: (entries: CollectionEntry<C>[], catalog: Catalog) => CollectionEntry<C>[];
  /** Its social card: its own picture (cropped from `position`), or a drawn card the whole kind shares. */
  card:
    { picture: (entry: CollectionEntry<C>, catalog: Catalog) => Picture } | { drawn: string; title: UiKey; alt: UiKey };
  /** Whether its body is a transcript the build requires: at least `minWords` words (WCAG 1.2.1). */
  transcript?: { minWords: number };
  /** Whether Astro keeps each entry's raw text, for kinds whose page reads it (a plan splits its body). */
  retainBody?: boolean;
  /** Its synthetic entries for `npm run bench`, in the share the SNT publishes them. */
  bench: SyntheticGenerator;
}

/** How one kind of hub is published. */
export interface HubKind<C extends HubCollection> {
  collection: C;
  /** What many are called, in menus and lists: «Entidades». */
  label: { other: UiKey };
  /**
   * The explanation at the top of its data file (content/<collection>.yaml), a line each. The browser editor
   * drops every comment of a file it saves and writes this one back (Decap's field `comment`), so a data file
   * carries no other comment (tests/unit/editor.test.ts).
   */
  fileComment: readonly string[];
  /** Address of the list of all of them. */
  list: string;
  /** What that list says. */
  listText: ListText;
  /** Address of one hub, by its id. */
  url: (id: string) => string;
  /** Full name, e.g. «Comisión de Vinculación, …». */
  name: (hub: CollectionEntry<C>) => string;
  /** Short name for filters and facet lists: a commission's `nombreCorto`, a body's `siglas`. */
  shortName: (hub: CollectionEntry<C>) => string;
  /** The search filter whose values are its short names, if one is; a body narrows by its state. */
  filter?: SearchFilter;
  /** Its open-data dataset: one row per hub, after its id and address. */
  dataset: KindDataset<CollectionEntry<C>> & {
    /** How the id column names one: «de la entidad», «del organismo». */
    of: string;
    /** For hubs that can be retired: what the successor column holds; the retirement columns come last. */
    retiredSuccessor?: string;
  };
}
