import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { t, type UiKey } from '~/i18n/es';
import { resolve, type Site } from './content';
import { entriesOf, type Facets, type Listed } from './facets';
import { abcUrl, articleUrl, capsuleUrl, issueUrl, planUrl } from './urls';

/** Sections of the site that have an index page. */
export type Section = 'planes' | 'abc' | 'revista' | 'capsulas' | 'estados' | 'regiones' | 'comisiones' | 'organismos';

/** Address of a section's index page, e.g. `/capsulas/` (urls.ts has no helper for it yet). */
export const sectionUrl = (section: Section): string => `/${section}/`;

/** How many entries of each kind a hub shows before it points to the search page. */
export const HUB_LIMIT = 24;

/** Sorts names the way a Spanish reader expects (accents do not push «Michoacán» to the end). */
export const byName = new Intl.Collator('es-MX', { sensitivity: 'base' }).compare;

/** States of a region, by name; a state's `region` field is the one place that decides it. */
export const statesOf = (site: Site, regionId: string): CollectionEntry<'estados'>[] =>
  site.estados
    .filter((state) => state.data.region.id === regionId)
    .sort((a, b) => byName(a.data.nombre, b.data.nombre));

/** Guarantor bodies of a state, by acronym. */
export const bodiesOfState = (site: Site, stateId: string): CollectionEntry<'organismos'>[] =>
  site.organismos
    .filter((body) => body.data.estado?.id === stateId)
    .sort((a, b) => byName(a.data.siglas, b.data.siglas));

/** Guarantor bodies whose state belongs to a region, by acronym. */
export const bodiesOfRegion = (site: Site, regionId: string): CollectionEntry<'organismos'>[] => {
  const states = new Set(statesOf(site, regionId).map((state) => state.id));
  return site.organismos
    .filter((body) => body.data.estado && states.has(body.data.estado.id))
    .sort((a, b) => byName(a.data.siglas, b.data.siglas));
};

/** How many entries of any kind a hub lists. */
export const relatedCount = (site: Site, facet: keyof Facets, id: string): number =>
  Object.values(entriesOf(site, facet, id)).reduce((sum, entries) => sum + entries.length, 0);

/** A count with its noun, from the dictionary pair `<key>.one` / `<key>.other`: «1 entidad», «9 entidades». */
export const countOf = (n: number, key: 'count.states' | 'count.bodies' | 'count.entries'): string =>
  t(`${key}.${n === 1 ? 'one' : 'other'}`, { n });

/** What an EntryCard needs to show one entry. */
export interface Card {
  href: string;
  title: string;
  type: UiKey;
  date: Date;
  summary: string;
  image?: { src: ImageMetadata; alt: string } | undefined;
  example: boolean;
}

/** Card of any listed entry; capsules bring their poster (portrait covers do not fit a card's 16:9 frame). */
export function cardOf(site: Site, entry: Listed): Card {
  const { titulo, fecha, resumen, ejemplo } = entry.data;
  const card = {
    title: titulo,
    date: fecha,
    summary: resumen,
    example: ejemplo,
    type: `type.${entry.collection}` as const,
  };
  switch (entry.collection) {
    case 'planes':
      return { ...card, href: planUrl(entry.id) };
    case 'abc':
      return { ...card, href: abcUrl(entry.id) };
    case 'revista':
      return { ...card, href: issueUrl(entry.data.numero) };
    case 'articulos':
      return { ...card, href: articleUrl(resolve(site, entry.data.revista).data.numero, entry.id) };
    case 'capsulas':
      return {
        ...card,
        href: capsuleUrl(entry.id),
        image: { src: entry.data.poster, alt: entry.data.posterAlt },
      };
  }
}
