/**
 * Passive voice with «ser» + participle («fue aprobado», «serán publicadas», «ha sido revisada»), which
 * plain-language guides ask to turn active. Found by form, not by grammar: a form of «ser» (with «haber»
 * before «sido»), at most one adverb in -mente, then a participle: regular ones in -ado/-ido and their
 * feminine and plural, and the common irregular ones (hecho, dicho, escrito, puesto, visto, abierto,
 * resuelto, cubierto, impreso, vuelto, roto, muerto and their compounds: propuesto, descrito, devuelto…).
 */

/** A passive construction and the sentence it is in. */
export interface Passive {
  phrase: string;
  sentence: string;
}

const serForms = [
  'soy',
  'eres',
  'es',
  'somos',
  'son',
  'era',
  'eras',
  'éramos',
  'eran',
  'fui',
  'fuiste',
  'fue',
  'fuimos',
  'fueron',
  'seré',
  'será',
  'seremos',
  'serán',
  'sería',
  'seríamos',
  'serían',
  'sea',
  'seamos',
  'sean',
  'fuera',
  'fueran',
  'fuese',
  'fuesen',
  'ser',
  'siendo',
  'sido',
];
const haberForms = ['he', 'ha', 'han', 'hemos', 'había', 'habían', 'habrá', 'habrán', 'haya', 'hayan', 'hubiera'];
const irregularStems = ['hech', 'dich', 'escrit', 'puest', 'vist', 'abiert', 'resuelt', 'cubiert', 'impres', 'vuelt'];
const irregular = ['rot', 'muert'];

/** Words in -ado/-ido after «ser» that are nouns or plain adjectives far more often than participles. */
const notParticiples = new Set(
  [
    'abogado',
    'adecuado',
    'apropiado',
    'complicado',
    'contenido',
    'delicado',
    'diputado',
    'estado',
    'grado',
    'mercado',
    'partido',
    'pasado',
    'privado',
    'sagrado',
    'senado',
    'sentido',
    'comida',
    'bebida',
    'medida',
    'salida',
  ].flatMap((word) => [word, `${word}s`, word.replace(/o$/, 'a'), word.replace(/o$/, 'as')]),
);

const passivePattern = new RegExp(
  `(?<![\\p{L}])(?:(?:${haberForms.join('|')})\\s+)?(?:${serForms.join('|')})\\s+(?:\\p{L}+mente\\s+)?` +
    `(\\p{L}{2,}(?:ad|id)(?:o|a|os|as)|\\p{L}*(?:${irregularStems.join('|')})(?:o|a|os|as)|(?:${irregular.join('|')})(?:o|a|os|as))` +
    `(?![\\p{L}])`,
  'giu',
);

/** The passive constructions of `sentences`, in order. */
export const passivesIn = (sentences: readonly string[]): Passive[] =>
  sentences.flatMap((sentence) =>
    Array.from(sentence.matchAll(passivePattern))
      .filter(([, participle = '']) => !notParticiples.has(participle.toLocaleLowerCase('es-MX')))
      .map(([phrase]) => ({ phrase, sentence })),
  );
