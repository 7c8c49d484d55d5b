import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '#/src/lib/problems.ts';

/** An HTML file of dist/ and the address it is served at. */
export interface BuiltPage {
  /** Path inside dist/, e.g. `planes/x/index.html`. */
  file: string;
  /** Address, e.g. `/planes/x/` (or `/404.html` for a file that is not an index). */
  url: string;
}

/** Folder of the built site inside the project. */
export const distOf = (root: string): string => join(root, 'dist');

/** The address a file of dist/ is served at: `planes/x/index.html` → `/planes/x/`. */
export const urlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Every HTML page of dist/, except Pagefind's own files, in a stable order. */
export function builtPages(root: string): BuiltPage[] {
  return readdirSync(distOf(root), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort()
    .map((file) => ({ file, url: urlOf(file) }));
}

/** The problem every dist/ check reports when there is no build to read. */
export const missingDist = (root: string): Problem[] =>
  existsSync(distOf(root))
    ? []
    : [{ file: 'dist/', found: 'no existe', fix: 'corre `npm run build` (o `npm run revisar` sin --sin-construir)' }];
