import diacritics from 'diacritics';

/**
 * Turns any title into a URL slug: lower-case ASCII, accents folded (ñ → n, æ → ae), words joined
 * by hyphens. It folds as the browser editor's slug settings do (public/admin/config.yml): Decap
 * lower-cases, drops apostrophes, turns periods into hyphens, folds letters with the same
 * `diacritics` table, then replaces anything else; the editor refuses titles with `_` or `~`, the
 * two characters its file names would keep.
 */
export function slugify(text: string): string {
  return diacritics
    .remove(text.trim().toLocaleLowerCase('es-MX').replace(/'/g, ''))
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether `text` is already a valid slug (what `slugify` would return for it). */
export const isSlug = (text: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
