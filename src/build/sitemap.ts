import type { Catalog, Entry } from '#/src/lib/catalog.ts';
import { isoDay } from '#/src/lib/dates.ts';
import { ENTRY_COLLECTIONS, entryUrl } from '#/src/kinds/index.ts';
import { lastUpdated } from '#/src/lib/lastUpdated.ts';
import { FRAMEABLE_URL } from '#/src/lib/urls.ts';
import { contentFiles, type ContentFile } from './contentFiles.ts';
import type { Redirect } from './redirects.ts';

/** One sitemap entry, as @astrojs/sitemap hands it to `serialize`. */
interface SitemapItem {
  url: string;
  lastmod?: string | undefined;
}

/** A content file as the registry reads an entry: id, collection and frontmatter (references as `{ collection, id }`). */
const asEntry = (file: ContentFile, collection: string): Entry => {
  const data: Record<string, unknown> = { ...file.data };
  // An article names its issue by id; the registry resolves it to the number for the address.
  if (typeof data['revista'] === 'string') data['revista'] = { collection: 'revista', id: data['revista'] };
  // As the schemas read them: `fecha` as far as it is known (2019, 2022-01, 2024-05-10), `actualizado` a day.
  const { fecha, actualizado } = data;
  data['fecha'] = fecha instanceof Date ? isoDay(fecha) : String(fecha);
  if (typeof actualizado === 'string' || actualizado instanceof Date) data['actualizado'] = new Date(actualizado);
  const id = file.path.slice(`content/${collection}/`.length).replace(/\.mdx?$/, '');
  return { id, collection, filePath: file.path, data } as unknown as Entry;
};

/**
 * The day each entry page says it was last updated (its footer, `lastUpdated`), by address, read
 * from the files of content/ with the same rule the page uses: `actualizado`, else the last commit,
 * else `fecha`. Drafts are left out; an entry whose page was not built is never asked for.
 */
export function lastModifiedDays(root: string = process.cwd()): Map<string, string> {
  const { catalog, entries } = fileEntries(root);
  const days = new Map<string, string>();
  for (const entry of entries) days.set(entryUrl(catalog, entry), isoDay(lastUpdated(entry)));
  return days;
}

/**
 * Every entry of content/ read from its file, as the registry reads entries, and a catalog of them by
 * collection: only issues are looked up there (an article's address needs its issue's number).
 */
export function fileEntries(root: string, { drafts = false } = {}): { catalog: Catalog; entries: Entry[] } {
  const files = ENTRY_COLLECTIONS.map((collection) => ({
    collection,
    entries: contentFiles(root, collection, { drafts }).map((file) => asEntry(file, collection)),
  }));
  const catalog = Object.fromEntries(
    files.map(({ collection, entries }) => [collection, entries]),
  ) as unknown as Catalog;
  return { catalog, entries: files.flatMap(({ entries }) => entries) };
}

/**
 * Options for @astrojs/sitemap: leaves out redirect pages and the embeddable players (`/embed/…`;
 * the integration already leaves out 404), and gives every entry page a `lastmod`, the day its
 * content last changed as the page itself shows it (`lastModifiedDays`). Hubs and lists carry none.
 */
export function sitemapOptions(redirects: Redirect[], root: string = process.cwd()) {
  const redirected = new Set(redirects.map((redirect) => redirect.from));
  let days: Map<string, string> | undefined;
  return {
    filter: (url: string): boolean => {
      const path = new URL(url).pathname;
      return !path.startsWith(FRAMEABLE_URL) && !redirected.has(path) && !/^\/404(?:\.html|\/)?$/.test(path);
    },
    serialize: <T extends SitemapItem>(item: T): T => {
      // Read once the build is done: `astro dev` never pays for it.
      days ??= lastModifiedDays(root);
      const day = days.get(new URL(item.url).pathname);
      return day ? { ...item, lastmod: day } : item;
    },
  };
}
