import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataEntries, dataFilePath } from '#/src/lib/dataFiles.ts';
import { contentFiles } from '#/src/build/contentFiles.ts';
import { measure, readabilityProblem, type MeasuredEntry } from '#/src/lib/readabilityAdvice.ts';
import type { Problem } from '#/src/lib/problems.ts';

/** The acronyms the site explains, with what they stand for: the glossary's and the guarantor bodies'. */
export function knownAcronyms(root: string): Record<string, string> {
  const read = (collection: string): Record<string, unknown>[] => {
    const file = join(root, dataFilePath(collection));
    return existsSync(file) ? dataEntries(readFileSync(file, 'utf8'), collection) : [];
  };
  const pairs = [
    ...read('glosario').map((term) => [term['sigla'], term['termino']]),
    ...read('organismos').map((body) => [body['siglas'], body['nombre']]),
  ];
  return Object.fromEntries(
    pairs.filter((pair): pair is [string, string] => pair.every((value) => typeof value === 'string')),
  );
}

/**
 * Every entry of content/ (drafts too: they are what editors are writing), measured; an acronym not explained
 * at first use comes with what it stands for, when the glossary or a body knows it.
 */
export const measureContent = (root: string): MeasuredEntry[] => {
  const acronyms = knownAcronyms(root);
  return contentFiles(root, undefined, { drafts: true }).map((file) => measure(file, { acronyms }));
};

/** The entries of content/ whose text reads harder than their kind allows (READABILITY_MINIMUM, src/config.ts). */
export async function checkReadability(root: string): Promise<Problem[]> {
  return measureContent(root).flatMap((entry) => readabilityProblem(entry) ?? []);
}
