import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redirect } from './redirects.ts';

/** One sitemap entry, as @astrojs/sitemap hands it to `serialize`. */
interface SitemapItem {
  url: string;
  lastmod?: string | undefined;
}

/** The date an entry page shows as its last update (EntryFooter's `<time datetime>`), if it shows one. */
export function shownLastUpdate(html: string): string | undefined {
  const footer = html.indexOf('class="entry-footer');
  if (footer < 0) return undefined;
  return /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html.slice(footer))?.[1];
}

/**
 * Options for @astrojs/sitemap: leaves out redirect pages and the embeddable players (`/embed/…`;
 * the integration already leaves out 404), and gives every entry page a `lastmod`, read from the date
 * the built page itself shows as its last update, so the sitemap never disagrees with the page.
 * Hubs and lists, which show no such date, carry none.
 */
export function sitemapOptions(redirects: Redirect[], dist: string = join(process.cwd(), 'dist')) {
  const redirected = new Set(redirects.map((redirect) => redirect.from));
  return {
    filter: (url: string): boolean => {
      const path = new URL(url).pathname;
      return !path.startsWith('/embed/') && !redirected.has(path) && !/^\/404(?:\.html|\/)?$/.test(path);
    },
    serialize: <T extends SitemapItem>(item: T): T => {
      const file = join(dist, new URL(item.url).pathname, 'index.html');
      const date = existsSync(file) ? shownLastUpdate(readFileSync(file, 'utf8')) : undefined;
      return date ? { ...item, lastmod: date } : item;
    },
  };
}
