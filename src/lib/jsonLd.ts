/**
 * Structured data (schema.org JSON-LD) for search engines and link previews.
 * Each builder takes entries already resolved by the page and absolute URLs where schema.org asks for them.
 */
import type { CollectionEntry } from 'astro:content';
import { t } from '~/i18n/es';
import { isoDuration } from './capsules';
import { isoDay } from './dates';
import { issueListPageUrl } from './publications';
import { abcUrl, articleUrl, bodyUrl, capsuleUrl, issueUrl, planUrl } from './urls';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail; the last one is the page itself and has no link. */
export interface Trail {
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
  url: absolute(issueListPageUrl(1), site),
  publisher: publisher(site),
});

/** A body as a short reference inside another object. */
const bodyRef = (body: CollectionEntry<'organismos'>, site: URL): JsonLd => ({
  '@type': 'GovernmentOrganization',
  name: body.data.nombre,
  alternateName: body.data.siglas,
  url: absolute(bodyUrl(body.id), site),
});

/** A person named in an entry, with the body they belong to when known. */
const person = (
  who: { nombre: string; cargo?: string | undefined },
  body: CollectionEntry<'organismos'> | undefined,
  site: URL,
): JsonLd => ({
  '@type': 'Person',
  name: who.nombre,
  ...(who.cargo ? { jobTitle: who.cargo } : {}),
  ...(body ? { affiliation: bodyRef(body, site) } : {}),
});

/** Fields every entry shares. */
const common = (data: { titulo: string; resumen: string; fecha: Date }, url: string, image: string): JsonLd => ({
  name: data.titulo,
  description: data.resumen,
  datePublished: isoDay(data.fecha),
  inLanguage: LANGUAGE,
  url,
  image,
});

/** The trail after «Inicio» as a BreadcrumbList; the last step is `page`. */
export function breadcrumbList(trail: Trail[], page: URL, site: URL): JsonLd {
  const steps = [{ label: t('nav.home'), href: '/' }, ...trail];
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
    target: `${absolute('/buscar/', site)}?q={search_term_string}`,
    'query-input': 'required name=search_term_string',
  },
});

/** A video capsule. */
export function videoObject(capsule: CollectionEntry<'capsulas'>, image: string, site: URL): JsonLd {
  const { data } = capsule;
  const url = absolute(capsuleUrl(capsule.id), site);
  return {
    '@context': CONTEXT,
    '@type': 'VideoObject',
    ...common(data, url, image),
    thumbnailUrl: image,
    uploadDate: isoDay(data.fecha),
    duration: isoDuration(data.duracion),
    ...(data.video.youtube
      ? { embedUrl: `https://www.youtube-nocookie.com/embed/${data.video.youtube}` }
      : { contentUrl: absolute(data.video.archivo ?? '', site) }),
    publisher: publisher(site),
  };
}

/** An issue of México Transparente. */
export function publicationIssue(issue: CollectionEntry<'revista'>, image: string, site: URL): JsonLd {
  const url = absolute(issueUrl(issue.data.numero), site);
  return {
    '@context': CONTEXT,
    '@type': 'PublicationIssue',
    ...common(issue.data, url, image),
    issueNumber: String(issue.data.numero),
    about: issue.data.tema,
    isPartOf: periodical(site),
  };
}

/** An article of an issue; `bodyOf` resolves the body of each author. */
export function scholarlyArticle(
  article: CollectionEntry<'articulos'>,
  issue: CollectionEntry<'revista'>,
  bodyOf: (ref: { id: string } | undefined) => CollectionEntry<'organismos'> | undefined,
  image: string,
  site: URL,
): JsonLd {
  const { data } = article;
  const url = absolute(articleUrl(issue.data.numero, article.id), site);
  return {
    '@context': CONTEXT,
    '@type': 'ScholarlyArticle',
    ...common(data, url, image),
    headline: data.titulo,
    author: data.autores.map((author) => person(author, bodyOf(author.organismo), site)),
    pageStart: data.paginas.inicio,
    pageEnd: data.paginas.fin,
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(issue.data.numero),
      name: issue.data.titulo,
      url: absolute(issueUrl(issue.data.numero), site),
      isPartOf: periodical(site),
    },
  };
}

/** A booklet of the «Los ABC» series. */
export function book(booklet: CollectionEntry<'abc'>, image: string, site: URL): JsonLd {
  const { data } = booklet;
  const lastEdition = data.ediciones[data.ediciones.length - 1];
  const modified = data.actualizado ?? lastEdition?.fecha ?? data.fecha;
  return {
    '@context': CONTEXT,
    '@type': 'Book',
    ...common(data, absolute(abcUrl(booklet.id), site), image),
    bookEdition: String(data.ediciones.length),
    dateModified: isoDay(modified),
    about: data.tema,
    isPartOf: { '@type': 'BookSeries', name: t('abc.title') },
    position: data.numero,
    publisher: publisher(site),
  };
}

/** A guarantor body (or the national institute). */
export const governmentOrganization = (body: CollectionEntry<'organismos'>, site: URL): JsonLd => ({
  '@context': CONTEXT,
  '@type': 'GovernmentOrganization',
  name: body.data.nombre,
  alternateName: body.data.siglas,
  url: body.data.sitio,
  ...(body.data.redes.length ? { sameAs: body.data.redes.map((account) => account.url) } : {}),
  mainEntityOfPage: absolute(bodyUrl(body.id), site),
});

/** A work plan, presented by someone of `body`. */
export function report(
  plan: CollectionEntry<'planes'>,
  body: CollectionEntry<'organismos'>,
  image: string,
  site: URL,
): JsonLd {
  const { data } = plan;
  return {
    '@context': CONTEXT,
    '@type': 'Report',
    ...common(data, absolute(planUrl(plan.id), site), image),
    headline: data.titulo,
    ...(data.actualizado ? { dateModified: isoDay(data.actualizado) } : {}),
    author: person(data.presenta, body, site),
    temporalCoverage: `${data.periodo.inicio}/${data.periodo.fin}`,
    ...(data.lugar ? { locationCreated: { '@type': 'Place', name: data.lugar } } : {}),
    publisher: publisher(site),
  };
}
