/**
 * How readable a Spanish text is (issue 28): the Szigriszt-Pazos score read on the INFLESZ scale, the
 * Fernández-Huerta score, and what an editor can fix: long sentences and paragraphs, acronyms not
 * expanded at first use, passive voice. Plain TypeScript, so that scripts run it as well as pages.
 */
import { unexpandedAcronyms, type UnexpandedAcronym } from './readability/acronyms.ts';
import { fernandezHuerta, infleszBand, szigrisztPazos, type InfleszBand } from './readability/formulas.ts';
import { passivesIn, type Passive } from './readability/passives.ts';
import { plainBlocks } from './readability/plainText.ts';
import { countSyllables } from './readability/syllables.ts';
import { sentencesOf, wordsOf } from './readability/units.ts';

export { countSyllables, numberToWords, spokenForm } from './readability/syllables.ts';
export { fernandezHuerta, infleszBand, szigrisztPazos } from './readability/formulas.ts';
export { plainBlocks } from './readability/plainText.ts';
export { sentencesOf, wordsOf } from './readability/units.ts';
export type { InfleszBand, Passive, UnexpandedAcronym };

/** A sentence longer than this many words is reported. */
export const longSentenceWords = 30;
/** A paragraph longer than this many words is reported. */
export const longParagraphWords = 100;

/** A sentence or paragraph, with its length in words. */
export interface Passage {
  text: string;
  words: number;
}

/** What `readability` finds in one text. */
export interface ReadabilityReport {
  counts: { words: number; sentences: number; syllables: number; paragraphs: number };
  /** Szigriszt-Pazos' perspicuidad and its INFLESZ grade; undefined for a text without words. */
  szigrisztPazos: { score: number; band: InfleszBand } | undefined;
  /** Fernández-Huerta's lecturabilidad (the corrected formula); undefined for a text without words. */
  fernandezHuerta: number | undefined;
  /** Sentences of more than `longSentenceWords` words, longest first. */
  longSentences: Passage[];
  /** Paragraphs (list items and table cells count as paragraphs) of more than `longParagraphWords` words, in order. */
  longParagraphs: Passage[];
  unexpandedAcronyms: UnexpandedAcronym[];
  passives: Passive[];
}

/** Options of `readability`. */
export interface ReadabilityOptions {
  /** Known acronyms and their expansions (a glossary), offered as the fix when one is not expanded. */
  acronyms?: Readonly<Record<string, string>>;
}

/** The readability report of one Markdown or MDX body (frontmatter, headings, code and markup left out). */
export const readability = (markdown: string, options: ReadabilityOptions = {}): ReadabilityReport => {
  const paragraphs = plainBlocks(markdown)
    .map((text) => ({ text, words: wordsOf(text).length }))
    .filter(({ words }) => words > 0);
  const sentences = paragraphs.flatMap(({ text }) =>
    sentencesOf(text).map((sentence) => ({ text: sentence, words: wordsOf(sentence).length })),
  );
  const words = paragraphs.flatMap(({ text }) => wordsOf(text));
  const counts = {
    words: words.length,
    sentences: sentences.length,
    syllables: words.reduce((sum, word) => sum + countSyllables(word), 0),
    paragraphs: paragraphs.length,
  };
  const sentenceTexts = sentences.map(({ text }) => text);
  const score = counts.words > 0 ? szigrisztPazos(counts) : undefined;
  return {
    counts,
    szigrisztPazos: score === undefined ? undefined : { score, band: infleszBand(score) },
    fernandezHuerta: counts.words > 0 ? fernandezHuerta(counts) : undefined,
    longSentences: sentences.filter(({ words }) => words > longSentenceWords).sort((a, b) => b.words - a.words),
    longParagraphs: paragraphs.filter(({ words }) => words > longParagraphWords),
    unexpandedAcronyms: unexpandedAcronyms(sentenceTexts, options.acronyms),
    passives: passivesIn(sentenceTexts),
  };
};
