/**
 * The two Spanish adaptations of Flesch's Reading Ease (1948: 206.835 − 84.6·syllables/words −
 * 1.015·words/sentences), from the counts of a text.
 */

/** What the formulas read: totals over the running text. */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/**
 * Szigriszt-Pazos' perspicuidad (1992 thesis, published 1993), also called the Flesch-Szigriszt index
 * (IFSZ): 206.835 − 62.3·syllables/words − words/sentences. As written by legible.es
 * («Índice de perspicuidad de Szigriszt-Pazos»; «Escala INFLESZ») and by Barrio-Cantalejo et al. 2008.
 */
export const szigrisztPazos = ({ words, sentences, syllables }: TextCounts): number =>
  206.835 - (62.3 * syllables) / words - words / sentences;

/**
 * Fernández-Huerta's lecturabilidad (1959): L = 206.84 − 0.60·P − 1.02·F, where P is the syllables per
 * 100 words and F the mean words per sentence, that is 206.84 − 60·syllables/words − 1.02·words/sentences.
 * The form often quoted, with F as «sentences per 100 words», is a mistranscription: it makes shorter
 * sentences read harder, against Flesch's formula that Fernández-Huerta adapted term by term (Gwillim Law,
 * «Error in the Fernandez Huerta Readability Formula», LINGUIST List 22.2332, 2011). legible.es
 * («Lecturabilidad de Fernández Huerta», «aquí está corregida»), textstat and legibilidad.py compute
 * this corrected form, which is the one used here.
 */
export const fernandezHuerta = ({ words, sentences, syllables }: TextCounts): number =>
  206.84 - (60 * syllables) / words - (1.02 * words) / sentences;

/** The five grades of the INFLESZ scale. */
export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/**
 * The INFLESZ grade of a Szigriszt-Pazos score (Barrio-Cantalejo et al., «Validación de la Escala
 * INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes», An Sist Sanit Navar 2008;
 * 31(2): 135-152): <40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, >80 muy
 * fácil. A score on a shared limit takes the grade that starts there (40, 55, 65), except 80, the last
 * score of «bastante fácil», since «muy fácil» is «more than 80».
 */
export const infleszBand = (score: number): InfleszBand => {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
};
