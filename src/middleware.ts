/**
 * Every page as rendered, with the first use of each term and acronym the glossary explains linked to it
 * (src/lib/glossaryLinks.ts). At build time for the static pages: readers get plain HTML, no script. The
 * glossary itself, the embeddable players (read inside other sites) and anything not HTML are left as they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCatalog } from '#/src/lib/astroContent.ts';
import { perCatalog } from '#/src/lib/catalog.ts';
import { knownWords } from '#/src/lib/glossary.ts';
import { linkFirstUses, wordMatcher } from '#/src/lib/glossaryLinks.ts';
import { FRAMEABLE_URL, GLOSSARY_URL } from '#/src/lib/urls.ts';

const matcherOf = perCatalog((catalog) => wordMatcher(knownWords(catalog)));

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const path = context.url.pathname;
  if (
    path === GLOSSARY_URL ||
    path.startsWith(FRAMEABLE_URL) ||
    !response.headers.get('content-type')?.startsWith('text/html')
  )
    return response;
  const html = linkFirstUses(await response.text(), matcherOf(await getCatalog()));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
