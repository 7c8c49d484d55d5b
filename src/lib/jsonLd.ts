/**
 * Structured data (schema.org JSON-LD) for search engines and link previews.
 * The parts every kind's builder (src/kinds/) is made of; each builder takes entries already resolved and
 * absolute URLs where schema.org asks for them. src/kinds/index.ts picks an entry's builder by its kind.
 */
import { t } from '#/src/i18n/es.ts';
import type { KnownDate } from './dates.ts';
import { HOME_URL, SEARCH_URL } from './urls.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail; the last one is the page itself and has no link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

export const CONTEXT = 'https://schema.org';
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
export const publisher = (site: URL): JsonLd => ({ '@type': 'Organization', name: t('site.name'), url: site.href });

/** Fields every entry shares. */
export const common = (
  data: { titulo: string; resumen: string; fecha: KnownDate },
  url: string,
  image: string,
): JsonLd => ({
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
