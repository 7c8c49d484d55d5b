import type { APIRoute } from 'astro';
import { SITEMAP_URL } from '#/src/lib/urls.ts';

/** /robots.txt: everything may be crawled; the sitemap index lists every page. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt necesita la opción `site` de astro.config.mjs.');
  const sitemap = new URL(SITEMAP_URL, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
