import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENTRY_COLLECTIONS } from '#/src/kinds/collections.ts';
import type { Catalog, Entry } from '#/src/lib/catalog.ts';
import { isoDay } from '#/src/lib/dates.ts';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';
import { CONTENT_DIR } from '#/src/lib/paths.ts';

/** A Markdown or MDX entry of content/ as the editor wrote it. */
export interface ContentFile {
  /** Path relative to the project, e.g. `content/capsulas/x.mdx`. */
  path: string;
  /** The whole file as written. */
  source: string;
  /** Parsed frontmatter; `undefined` when it is not valid YAML (the content check reports that). */
  data: Record<string, unknown> | undefined;
  /** Text below the frontmatter. */
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
}

const contentFolder = CONTENT_DIR.replace(/^\.\//, '');

/** Markdown and MDX files of content/ (or of one collection folder), without `_` files: paths relative to the project, sorted. */
export function contentPaths(root: string, collection?: string): string[] {
  const folder = join(root, contentFolder, collection ?? '');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.mdx?$/.test(file) && !/(^|\/)_/.test(file))
    .sort()
    .map((file) => [contentFolder, collection, file].filter(Boolean).join('/'));
}

/** Entries of content/ (or of one collection folder), without `_` files, and without drafts unless asked. */
export function contentFiles(root: string, collection?: string, { drafts = false } = {}): ContentFile[] {
  return contentPaths(root, collection)
    .map((path) => {
      const source = readFileSync(join(root, path), 'utf8');
      const split = splitFrontmatter(source);
      let data: Record<string, unknown> | undefined;
      try {
        data = split ? ((parse(split.yaml) ?? {}) as Record<string, unknown>) : {};
      } catch {
        data = undefined;
      }
      const head = split?.head ?? '';
      return { path, source, data, body: source.slice(head.length), bodyLine: head.split('\n').length };
    })
    .filter((file) => drafts || file.data?.['borrador'] !== true);
}

/** The body with code blocks, inline code and comments blanked out, keeping every line where it was. */
export function proseOf(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/(`+)[^`\n]+?\1/g, blank);
}

/** 1-based line of the file at `index` of the body. */
export const lineAt = (file: ContentFile, index: number): number =>
  file.bodyLine + (file.body.slice(0, index).match(/\n/g)?.length ?? 0);

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
