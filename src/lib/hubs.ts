import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { t, type UiKey } from '../i18n/es.ts';
import type { Catalog, Entry } from './catalog.ts';
import type { KnownDate } from './dates.ts';
import { agendaFacts } from './agenda.ts';
import { currentEntriesOf } from './facets.ts';
import { entryUrl, kindOf, type HubCollection } from './kinds.ts';
import { current, isRetired } from './retired.ts';

/** How many entries of each kind a hub shows before it points to the search page. */
export const HUB_LIMIT = 24;

/** Sorts names the way a Spanish reader expects (accents do not push «Michoacán» to the end). */
export const byName = new Intl.Collator('es-MX', { sensitivity: 'base' }).compare;

/** States of a region, by name; a state's `region` field is the one place that decides it. */
export const statesOf = (catalog: Catalog, regionId: string): CollectionEntry<'estados'>[] =>
  catalog.estados
    .filter((state) => state.data.region.id === regionId)
    .sort((a, b) => byName(a.data.nombre, b.data.nombre));

/** Guarantor bodies of a state that still exist, by acronym. */
export const guarantorsOfState = (catalog: Catalog, stateId: string): CollectionEntry<'organismos'>[] =>
  current(catalog.organismos)
    .filter((guarantor) => guarantor.data.estado?.id === stateId)
    .sort((a, b) => byName(a.data.siglas, b.data.siglas));

/** Guarantor bodies that still exist whose state belongs to a region, by acronym. */
export const guarantorsOfRegion = (catalog: Catalog, regionId: string): CollectionEntry<'organismos'>[] => {
  const states = new Set(statesOf(catalog, regionId).map((state) => state.id));
  return current(catalog.organismos)
    .filter((guarantor) => guarantor.data.estado && states.has(guarantor.data.estado.id))
    .sort((a, b) => byName(a.data.siglas, b.data.siglas));
};

/** How many entries of any kind a hub lists. */
export const relatedCount = (catalog: Catalog, facet: HubCollection, id: string): number =>
  Object.values(currentEntriesOf(catalog, facet, id)).reduce((sum, entries) => sum + entries.length, 0);

/** A count with its noun, from the dictionary pair `<key>.one` / `<key>.other`: «1 entidad», «9 entidades». */
export const countOf = (n: number, key: 'count.states' | 'count.bodies' | 'count.entries'): string =>
  t(`${key}.${n === 1 ? 'one' : 'other'}`, { n });

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
