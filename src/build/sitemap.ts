import { shownUpdates } from '#/src/lib/lastUpdated.ts';
import { FRAMEABLE_URL } from '#/src/lib/urls.ts';
import type { Redirect } from './redirects.ts';

/** One sitemap entry, as @astrojs/sitemap hands it to `serialize`. */
interface SitemapItem {
  url: string;
  lastmod?: string | undefined;
}

/**
 * Options for @astrojs/sitemap: leaves out redirect pages and the embeddable players (`/embed/…`;
 * the integration already leaves out 404), and gives every entry page a `lastmod`, the day its
 * content last changed as the page itself shows it (`shownUpdates`, recorded as each page was built).
 * Hubs and lists carry none.
 */
export function sitemapOptions(redirects: Redirect[]) {
  const redirected = new Set(redirects.map((redirect) => redirect.from));
  return {
    filter: (url: string): boolean => {
      const path = new URL(url).pathname;
      return !path.startsWith(FRAMEABLE_URL) && !redirected.has(path) && !/^\/404(?:\.html|\/)?$/.test(path);
    },
    serialize: <T extends SitemapItem>(item: T): T => {
      const day = shownUpdates().get(new URL(item.url).pathname);
      return day ? { ...item, lastmod: day } : item;
    },
  };
}
