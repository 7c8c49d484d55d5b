/**
 * Acronyms a reader meets before being told what they stand for. An acronym is a word of two or more
 * capitals (Roman numerals aside); it counts as expanded when its first occurrence sits next to its
 * expansion in parentheses, either way round: «Sistema Nacional de Transparencia (SNT)» or «SNT (Sistema
 * Nacional de Transparencia)». The expansion is taken as such when one of its words starts with the
 * acronym's first letter («Instituto Nacional de Transparencia (INAI)» does, though the letters differ).
 */
import { wordsOf } from './units.ts';

/** An acronym whose first use is not expanded. */
export interface UnexpandedAcronym {
  acronym: string;
  /** The sentence of its first use. */
  sentence: string;
  /** Its expansion from the list of known acronyms, where it is there: what to write beside it. */
  definition: string | undefined;
}

const acronymPattern = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const romanNumeral = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const initial = (word: string): string => word.normalize('NFD').charAt(0).toLocaleLowerCase('es-MX');

/** Some of the last or first few words of `words` start with the acronym's first letter. */
const soundsLikeExpansion = (acronym: string, words: string[]): boolean =>
  words.length >= 2 && words.some((word) => initial(word) === initial(acronym));

const isExpandedAt = (sentence: string, index: number, acronym: string): boolean => {
  const before = sentence.slice(0, index);
  const after = sentence.slice(index + acronym.length);
  // «… expansion (ACR)»: the words before the parenthesis, as many as the acronym has letters and some more.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    const words = wordsOf(before.replace(/\(\s*$/, '')).slice(-(acronym.length + 4));
    return soundsLikeExpansion(acronym, words);
  }
  // «ACR (expansion)»
  const inside = /^\s*\(([^)]*)\)/.exec(after)?.[1];
  return inside !== undefined && soundsLikeExpansion(acronym, wordsOf(inside));
};

/**
 * The acronyms of `sentences` (the text's sentences in order) not expanded at first use, in order of that
 * use. `known` maps acronyms to their expansions (a glossary): they are reported the same, with it.
 */
export const unexpandedAcronyms = (
  sentences: readonly string[],
  known: Readonly<Record<string, string>> = {},
): UnexpandedAcronym[] => {
  const seen = new Set<string>();
  const found: UnexpandedAcronym[] = [];
  for (const sentence of sentences)
    for (const match of sentence.matchAll(acronymPattern)) {
      const acronym = match[0];
      if (seen.has(acronym) || romanNumeral.test(acronym)) continue;
      seen.add(acronym);
      if (!isExpandedAt(sentence, match.index, acronym))
        found.push({ acronym, sentence, definition: Object.hasOwn(known, acronym) ? known[acronym] : undefined });
    }
  return found;
};
