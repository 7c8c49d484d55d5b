/**
 * Structured data (schema.org JSON-LD) for search engines and link previews.
 * Each builder takes entries already resolved by the page and absolute URLs where schema.org asks for them.
 */
import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/es.ts';
import { callTimes, eventTimes } from './agenda.ts';
import { isoDuration } from './capsules.ts';
import { resolve, type Catalog, type Entry } from './catalog.ts';
import { isoDay, startOf, type KnownDate } from './dates.ts';
import { entryUrl, hubUrl, KINDS, sectionUrl } from './kinds.ts';
import { HOME_URL, SEARCH_URL } from './urls.ts';
import { isoInZone } from './zonedTime.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail; the last one is the page itself and has no link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

const CONTEXT = 'https://schema.org';
const LANGUAGE = 'es-MX';

/** `path` as an absolute address on `site`. */
export const absolute = (path: string, site: URL): string => new URL(path, site).href;

/**
 * The text of a `<script type="application/ld+json">`: JSON that cannot close the element
 * (every `<` becomes `\u003c`) nor break a JavaScript parser (U+2028, U+2029).
 */
export const jsonLdText = (data: JsonLd): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The Sistema Nacional de Transparencia as publisher of the site. */
const publisher = (site: URL): JsonLd => ({ '@type': 'Organization', name: t('site.name'), url: site.href });

/** The magazine México Transparente. */
const periodical = (site: URL): JsonLd => ({
  '@type': 'Periodical',
  name: t('share.periodical'),
  url: absolute(sectionUrl('revista'), site),
  publisher: publisher(site),
});

/** A guarantor body as a short reference inside another object. */
const guarantorRef = (guarantor: CollectionEntry<'organismos'>, site: URL): JsonLd => ({
  '@type': 'GovernmentOrganization',
  name: guarantor.data.nombre,
  alternateName: guarantor.data.siglas,
  url: absolute(hubUrl(guarantor), site),
});

/** A person named in an entry, with the body they belong to when known. */
const person = (
  who: { nombre: string; cargo?: string | undefined },
  guarantor: CollectionEntry<'organismos'> | undefined,
  site: URL,
): JsonLd => ({
  '@type': 'Person',
  name: who.nombre,
  ...(who.cargo ? { jobTitle: who.cargo } : {}),
  ...(guarantor ? { affiliation: guarantorRef(guarantor, site) } : {}),
});

/** Fields every entry shares. */
const common = (data: { titulo: string; resumen: string; fecha: KnownDate }, url: string, image: string): JsonLd => ({
  name: data.titulo,
  description: data.resumen,
  // ISO 8601 cuts a date where it is known: «2019», «2022-01».
  datePublished: data.fecha,
  inLanguage: LANGUAGE,
  url,
  image,
});

/** The trail after «Inicio» as a BreadcrumbList; the last step is `page`. */
export function breadcrumbList(trail: Crumb[], page: URL, site: URL): JsonLd {
  const steps = [{ label: t('nav.home'), href: HOME_URL }, ...trail];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.label,
      item: index === steps.length - 1 ? page.href : absolute(step.href ?? page.pathname, site),
    })),
  };
}

/** The site itself, for the home page, with the search it offers. */
export const webSite = (site: URL): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'WebSite',
  name: t('site.name'),
  description: t('site.description'),
  url: site.href,
  inLanguage: LANGUAGE,
  publisher: publisher(site),
  potentialAction: {
    '@type': 'SearchAction',
    target: `${absolute(SEARCH_URL, site)}?q={search_term_string}`,
    'query-input': 'required name=search_term_string',
  },
});

/** A video capsule. */
export function videoObject(catalog: Catalog, capsule: CollectionEntry<'capsulas'>, image: string, site: URL): JsonLd {
  const { data } = capsule;
  const url = absolute(entryUrl(catalog, capsule), site);
  return {
    '@context': CONTEXT,
    '@type': KINDS.capsulas.jsonLd,
    ...common(data, url, image),
    thumbnailUrl: image,
    uploadDate: data.fecha,
    duration: isoDuration(data.duracion),
    ...(data.video.youtube
      ? { embedUrl: `https://www.youtube-nocookie.com/embed/${data.video.youtube}` }
      : { contentUrl: absolute(data.video.archivo ?? '', site) }),
    publisher: publisher(site),
  };
}

/** An issue of México Transparente. */
export function publicationIssue(
  catalog: Catalog,
  issue: CollectionEntry<'revista'>,
  image: string,
  site: URL,
): JsonLd {
  const url = absolute(entryUrl(catalog, issue), site);
  return {
    '@context': CONTEXT,
    '@type': KINDS.revista.jsonLd,
    ...common(issue.data, url, image),
    issueNumber: String(issue.data.numero),
    about: issue.data.tema,
    isPartOf: periodical(site),
  };
}

/** An article of an issue. */
export function scholarlyArticle(
  catalog: Catalog,
  article: CollectionEntry<'articulos'>,
  image: string,
  site: URL,
): JsonLd {
  const { data } = article;
  const issue = resolve(catalog, data.revista);
  const url = absolute(entryUrl(catalog, article), site);
  return {
    '@context': CONTEXT,
    '@type': KINDS.articulos.jsonLd,
    ...common(data, url, image),
    headline: data.titulo,
    author: data.autores.map((author) => person(author, author.organismo && resolve(catalog, author.organismo), site)),
    pageStart: data.paginas.inicio,
    pageEnd: data.paginas.fin,
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(issue.data.numero),
      name: issue.data.titulo,
      url: absolute(entryUrl(catalog, issue), site),
      isPartOf: periodical(site),
    },
  };
}

/** A booklet of the «Los ABC» series. */
export function book(catalog: Catalog, booklet: CollectionEntry<'abc'>, image: string, site: URL): JsonLd {
  const { data } = booklet;
  const lastEdition = data.ediciones[data.ediciones.length - 1];
  const modified = data.actualizado ?? lastEdition?.fecha;
  return {
    '@context': CONTEXT,
    '@type': KINDS.abc.jsonLd,
    ...common(data, absolute(entryUrl(catalog, booklet), site), image),
    bookEdition: String(data.ediciones.length),
    dateModified: modified ? isoDay(modified) : data.fecha,
    about: data.tema,
    isPartOf: { '@type': 'BookSeries', name: t('abc.title') },
    position: data.numero,
    publisher: publisher(site),
  };
}

/** A guarantor body (or the national institute). */
export const governmentOrganization = (guarantor: CollectionEntry<'organismos'>, site: URL): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'GovernmentOrganization',
  name: guarantor.data.nombre,
  alternateName: guarantor.data.siglas,
  url: guarantor.data.sitio,
  ...(guarantor.data.redes.length ? { sameAs: guarantor.data.redes.map((account) => account.url) } : {}),
  mainEntityOfPage: absolute(hubUrl(guarantor), site),
  // A body that no longer exists: schema.org's own word for it.
  ...(guarantor.data.retirado ? { dissolutionDate: guarantor.data.retirado.fecha } : {}),
});

/** A work plan, presented by someone of a guarantor body. */
export function report(catalog: Catalog, plan: CollectionEntry<'planes'>, image: string, site: URL): JsonLd {
  const { data } = plan;
  return {
    '@context': CONTEXT,
    '@type': KINDS.planes.jsonLd,
    ...common(data, absolute(entryUrl(catalog, plan), site), image),
    headline: data.titulo,
    ...(data.actualizado ? { dateModified: isoDay(data.actualizado) } : {}),
    author: person(data.presenta, resolve(catalog, data.presenta.organismo), site),
    temporalCoverage: `${data.periodo.inicio}/${data.periodo.fin}`,
    ...(data.lugar ? { locationCreated: { '@type': 'Place', name: data.lugar } } : {}),
    publisher: publisher(site),
  };
}

/** Organisers of an event or a call: its bodies, then the SNT for its commissions. */
const organisersOf = (
  catalog: Catalog,
  { organismos, comisiones }: { organismos: { id: string; collection: 'organismos' }[]; comisiones: unknown[] },
  site: URL,
): JsonLd[] => [
  ...organismos.map((ref) => guarantorRef(resolve(catalog, ref), site)),
  ...(comisiones.length > 0 || organismos.length === 0 ? [publisher(site)] : []),
];

const ATTENDANCE = {
  presencial: 'https://schema.org/OfflineEventAttendanceMode',
  virtual: 'https://schema.org/OnlineEventAttendanceMode',
  hibrida: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** An event: its times with the offset of its place, how to attend, and its place or link. */
export function eventJsonLd(catalog: Catalog, event: CollectionEntry<'eventos'>, image: string, site: URL): JsonLd {
  const { data } = event;
  const { start, end, zone } = eventTimes(catalog, event);
  const place = data.sede && {
    '@type': 'Place',
    name: data.sede,
    address: { '@type': 'PostalAddress', addressLocality: data.ciudad ?? data.sede, addressCountry: 'MX' },
  };
  const online = data.enlace && { '@type': 'VirtualLocation', url: data.enlace };
  return {
    '@context': CONTEXT,
    '@type': KINDS.eventos.jsonLd,
    ...common(data, absolute(entryUrl(catalog, event), site), image),
    startDate: isoInZone(start, zone),
    endDate: isoInZone(end, zone),
    // A past event was not cancelled: schema.org has no status for «over».
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[data.modalidad],
    location: [place, online].filter(Boolean),
    organizer: organisersOf(catalog, data.organizadores, site),
    ...(data.registro ? { offers: { '@type': 'Offer', url: data.registro, price: 0, priceCurrency: 'MXN' } } : {}),
  };
}

/** A call or contest: what it is, when it closes, and who calls it. */
export function callJsonLd(catalog: Catalog, call: CollectionEntry<'convocatorias'>, image: string, site: URL): JsonLd {
  const { data } = call;
  const { closes, zone } = callTimes(call);
  // A call retired before it closes stopped being current then.
  const retired = data.retirado && startOf(data.retirado.fecha) < closes ? data.retirado.fecha : undefined;
  return {
    '@context': CONTEXT,
    '@type': KINDS.convocatorias.jsonLd,
    ...common(data, absolute(entryUrl(catalog, call), site), image),
    ...(data.actualizado ? { dateModified: isoDay(data.actualizado) } : {}),
    expires: retired ?? isoInZone(closes, zone),
    audience: { '@type': 'Audience', audienceType: data.publico },
    author: organisersOf(catalog, data.organizadores, site),
    publisher: publisher(site),
  };
}

/**
 * The structured data of any entry page, by its kind; `image` is the absolute address of its social card.
 * A retired work says since when it is no longer current with schema.org's `expires` (a CreativeWork's: an
 * event is none, and says nothing of it; a call already expires when it closes).
 */
export function entryJsonLd(catalog: Catalog, entry: Entry, image: string, site: URL): JsonLd {
  const data = kindJsonLd(catalog, entry, image, site);
  const retired = entry.data.retirado;
  return retired && entry.collection !== 'eventos' && !('expires' in data) ? { ...data, expires: retired.fecha } : data;
}

/** The structured data of an entry, by its kind. */
function kindJsonLd(catalog: Catalog, entry: Entry, image: string, site: URL): JsonLd {
  switch (entry.collection) {
    case 'planes':
      return report(catalog, entry, image, site);
    case 'abc':
      return book(catalog, entry, image, site);
    case 'revista':
      return publicationIssue(catalog, entry, image, site);
    case 'articulos':
      return scholarlyArticle(catalog, entry, image, site);
    case 'capsulas':
      return videoObject(catalog, entry, image, site);
    case 'eventos':
      return eventJsonLd(catalog, entry, image, site);
    case 'convocatorias':
      return callJsonLd(catalog, entry, image, site);
  }
}
