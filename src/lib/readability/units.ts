/**
 * Words and sentences as the formulas' authors count them.
 *
 * Words: Flesch (1948, whose counting rules Fernández-Huerta 1959 and Szigriszt-Pazos 1993 keep) counts
 * as one word each figure, symbol combination, abbreviation and hyphenated word («wouldn't, full-length,
 * TV, 17, $15, 7%»). So «2025», «3.5», «50%», «INAI» and «teórico-práctico» are one word each here.
 *
 * Sentences («frases»): Fernández-Huerta separates them «por el punto o el punto y coma» (his rules as
 * summed up in the table of formulas validated for Spanish at
 * https://esdocs.com/doc/1358536/tabla-1.-f%C3%B3rmulas-de-legibilidad-y-comprensibilidad); a question
 * or exclamation mark and an ellipsis end one as a period does. A colon does not (Flesch's 1948 rules
 * count it, Fernández-Huerta's do not). The end of a block (paragraph, list item, table cell) ends a
 * sentence too, with or without a period. A period after an abbreviation («Lic.», «art.», «p. ej.») or an
 * initial («J. Pérez») does not end one, nor does one between digits («3.5»).
 */

/** One word: letters or figures, with inner hyphens or apostrophes, a figure's inner separators and a final %. */
export const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*%?/gu;

/** The words of a text, in order. */
export const wordsOf = (text: string): string[] => text.match(wordPattern) ?? [];

/** Abbreviations common in Mexican public writing, in lower case without their period. */
const abbreviations = new Set([
  'art',
  'arts',
  'av',
  'cap',
  'cfr',
  'col',
  'dir',
  'dr',
  'dra',
  'ej',
  'fr',
  'fracc',
  'ing',
  'inc',
  'lic',
  'mtro',
  'mtra',
  'núm',
  'núms',
  'p',
  'pág',
  'págs',
  'pp',
  'prof',
  'profa',
  'sr',
  'sra',
  'srta',
  'vol',
  'vs',
]);

const sentenceEnd = /(?:\.{3}|…|[.;?!])+["'»”’)\]]*(?=\s|$)/gu;

/** The sentences of one block of plain text, trimmed, in order; pieces without a word are not sentences. */
export const sentencesOf = (block: string): string[] => {
  const sentences: string[] = [];
  let start = 0;
  for (const match of block.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (match[0] === '.') {
      const lastWord = /([\p{L}]+)$/u.exec(block.slice(start, match.index))?.[1] ?? '';
      const isInitial = lastWord.length === 1 && lastWord === lastWord.toLocaleUpperCase('es-MX');
      if (isInitial || abbreviations.has(lastWord.toLocaleLowerCase('es-MX'))) continue;
    }
    sentences.push(block.slice(start, end).trim());
    start = end;
  }
  sentences.push(block.slice(start).trim());
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
};
