/**
 * Reference data files (content/estados.yaml, regiones, comisiones, organismos): each holds its
 * entries as a list under the collection's name, `estados:`, so that the browser editor can open
 * the file (it edits maps, not bare lists).
 */
import { parse } from 'yaml';
import { CONTENT_DIR } from './paths.ts';
import { stopOnProblems } from './problems.ts';

/** A data file's path relative to the project: `content/estados.yaml`. */
export const dataFilePath = (collection: string): string => `${CONTENT_DIR.replace(/^\.\//, '')}/${collection}.yaml`;

/** The entries of a data file's text: the list under `<collection>:`; anything else stops with a problem. */
export function dataEntries(text: string, collection: string): Record<string, unknown>[] {
  const data: unknown = parse(text);
  const list: unknown =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[collection] : undefined;
  if (!Array.isArray(list)) {
    stopOnProblems([
      {
        file: dataFilePath(collection),
        found: `no tiene la lista «${collection}:»`,
        fix: `escribe «${collection}:» en una línea y debajo cada entrada, con sangría, empezando por «  - id: …»`,
      },
    ]);
  }
  return list as Record<string, unknown>[];
}
