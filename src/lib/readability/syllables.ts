/**
 * Spanish syllables, counted as a reader says the word, for the readability formulas.
 *
 * Own rules rather than an npm package. Of the three found (`silabea`, `silabas`, `syllable-es`), the
 * first two count every word of tests/unit/syllables.test.ts right but for «Oaxaca», yet `silabea`
 * 1.0.0 lists mocha 5 and chai as runtime dependencies (33 packages, among them minimist 0.0.8 and
 * minimatch 3.0.4, both with published advisories) and `silabas` is GPL-2.0; `syllable-es` strips
 * accents, so «país» and «pais» count alike. Counting needs only the vowel nuclei, which takes a
 * few rules, below.
 *
 * Conventions (RAE, Ortografía de la lengua española, 2010):
 * - a, e, o are open vowels; i, u (and ü, and y where it sounds as a vowel) closed. Two open vowels
 *   make a hiatus (po-e-ta); an open and a closed one a diphthong (ciu-dad, bue-no), unless the closed
 *   one bears the accent (pa-ís, re-ír); two closed ones are always a diphthong (lin-güís-ti-ca).
 * - Sequences like «guion», «truhan», «fie», «rio» are monosyllables, as the RAE counts them since 2010
 *   (which is why they carry no accent).
 * - An h between vowels does not break a diphthong (prohi-bir, rehu-sar), except «hu» before a vowel,
 *   which opens a syllable as in «hueso» (ca-ca-hua-te, Te-o-ti-hua-cán).
 * - y is a vowel at the end of a word or before a consonant (rey, Rey-no-sa), a consonant before a
 *   vowel (ma-yo); u after q, and after g before e or i, is silent (que-so, gui-ta-rra); ü is not.
 * - Consonant clusters (ll, rr, ch, Náhuatl tl and tz) do not change the count, only where it splits.
 * - Acronyms in capitals are read as a word when they have a vowel (INAI: i-nai, 2) and spelled letter
 *   by letter when they have none (SNT: e-se-e-ne-te, 5), with the letter names used in Mexico.
 * - Numbers in digits are read as Spanish words (2025: dos mil veinticinco, 6), as Flesch asked for
 *   figures («count the syllables as pronounced»); Fernández-Huerta and Szigriszt adapt his formula.
 */

/** Words whose spelling misleads the rules, with their syllables as said. */
const exceptions: ReadonlyMap<string, number> = new Map([
  // Said wa-ha-ka: the Náhuatl «oa» is one syllable here, though two open vowels are a hiatus elsewhere.
  ['oaxaca', 3],
  ['oaxaqueño', 4],
  ['oaxaqueña', 4],
  ['oaxaqueños', 4],
  ['oaxaqueñas', 4],
]);

/** Names of the letters as said in Mexico, for acronyms spelled out («ve», «doble u»). */
const letterNames: Readonly<Record<string, string>> = {
  b: 'be',
  c: 'ce',
  d: 'de',
  f: 'efe',
  g: 'ge',
  h: 'hache',
  j: 'jota',
  k: 'ka',
  l: 'ele',
  m: 'eme',
  n: 'ene',
  ñ: 'eñe',
  p: 'pe',
  q: 'cu',
  r: 'erre',
  s: 'ese',
  t: 'te',
  v: 've',
  w: 'doble u',
  x: 'equis',
  y: 'ye',
  z: 'zeta',
};

type VowelKind = 'open' | 'closed' | 'stressed-closed';

const open = new Set('aeoáéóàèò');
const stressedClosed = new Set('íúìù');
const closed = new Set('iuü');
const isVowelLetter = (letter: string | undefined): boolean =>
  letter !== undefined && (open.has(letter) || stressedClosed.has(letter) || closed.has(letter));

/** Two vowels side by side belong to separate syllables: open + open, or open beside an accented i, u. */
const isHiatus = (first: VowelKind, second: VowelKind): boolean =>
  (first === 'open' && second !== 'closed') || (first === 'stressed-closed' && second === 'open');

/** Syllables of one word made of letters only, in any case. */
const countWordSyllables = (word: string): number => {
  const letters = word.normalize('NFC').toLocaleLowerCase('es-MX');
  const known = exceptions.get(letters);
  if (known !== undefined) return known;
  // Runs of vowels that sit together (consonants close a run); each run counts 1 + its hiatuses.
  let syllables = 0;
  let previous: VowelKind | undefined;
  for (let index = 0; index < letters.length; index++) {
    const letter = letters.charAt(index);
    const before = letters.charAt(index - 1);
    const after = letters.charAt(index + 1);
    let kind: VowelKind | undefined;
    if (open.has(letter)) kind = 'open';
    else if (stressedClosed.has(letter)) kind = 'stressed-closed';
    else if (letter === 'u' && (before === 'q' || (before === 'g' && 'eiéí'.includes(after) && after !== ''))) {
      continue; // silent u: que, guitarra
    } else if (closed.has(letter)) kind = 'closed';
    else if (letter === 'y' && !isVowelLetter(after)) kind = 'closed';
    else if (letter === 'h' && previous !== undefined && isVowelLetter(after)) {
      // An h inside a run of vowels lets it go on, unless «hu» + vowel opens the next syllable.
      if (after === 'u' && isVowelLetter(letters.charAt(index + 2))) previous = undefined;
      continue;
    }
    if (kind === undefined) {
      previous = undefined;
      continue;
    }
    if (previous === undefined || isHiatus(previous, kind)) syllables++;
    previous = kind;
  }
  // A word with no vowel («psst», a lone «x») is still said as one syllable.
  return Math.max(syllables, 1);
};

const units = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
] as const;
const tens = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'] as const;
const hundreds = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
] as const;

const unitWord = (value: number): string => units[value] ?? '';

const belowHundred = (value: number): string =>
  value < 30
    ? unitWord(value)
    : `${tens[Math.floor(value / 10)] ?? ''}${value % 10 ? ` y ${unitWord(value % 10)}` : ''}`;

const belowThousand = (value: number): string => {
  if (value === 100) return 'cien';
  const rest = value % 100;
  return [hundreds[Math.floor(value / 100)] ?? '', value < 100 || rest ? belowHundred(rest) : '']
    .filter(Boolean)
    .join(' ');
};

/** «uno» shortens to «un» before «mil» and «millones»: veintiún mil, treinta y un millones. */
const beforeNoun = (words: string): string => words.replace(/uno$/, 'un').replace(/veintiun$/, 'veintiún');

const belowMillion = (value: number): string => {
  const thousands = Math.floor(value / 1000);
  const rest = value % 1000;
  if (thousands === 0) return belowThousand(rest);
  const head = thousands === 1 ? 'mil' : `${beforeNoun(belowThousand(thousands))} mil`;
  return rest ? `${head} ${belowThousand(rest)}` : head;
};

/** A whole number from 0 to 999 999 999 999 in Spanish words («dos mil veinticinco»); larger ones digit by digit. */
export const numberToWords = (value: number): string => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a whole number ≥ 0: ${value}`);
  if (value >= 1e12) return digitByDigit(String(value));
  const millions = Math.floor(value / 1e6);
  const rest = value % 1e6;
  if (millions === 0) return belowMillion(rest);
  const head = millions === 1 ? 'un millón' : `${beforeNoun(belowMillion(millions))} millones`;
  return rest ? `${head} ${belowMillion(rest)}` : head;
};

const digitByDigit = (digits: string): string =>
  Array.from(digits.matchAll(/\d/g), ([digit]) => unitWord(Number(digit))).join(' ');

/** Digits as said: «007» digit by digit, «1,500» as one number (the comma groups thousands in Mexico). */
const integerWords = (digits: string): string =>
  digits.length > 1 && digits.startsWith('0') ? digitByDigit(digits) : numberToWords(Number(digits));

/** A figure as said: «1,500» mil quinientos, «3.5» tres punto cinco, «2,5» dos coma cinco, «50%». */
const figureWords = (figure: string): string => {
  const percent = figure.endsWith('%');
  const bare = percent ? figure.slice(0, -1) : figure;
  const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(bare);
  const [whole = '', fraction] = (grouped ? bare.replaceAll(',', '') : bare).split(/[.,]/);
  const separator = grouped || bare.includes('.') ? 'punto' : 'coma';
  const words = [integerWords(whole), fraction === undefined ? '' : `${separator} ${integerWords(fraction)}`];
  return [...words, percent ? 'por ciento' : ''].filter(Boolean).join(' ');
};

const isAcronym = (part: string): boolean => part.length >= 2 && part === part.toLocaleUpperCase('es-MX');
const hasVowel = (part: string): boolean => /[aeiouáéíóúü]/i.test(part);

/**
 * A written word as it is said, in lower case: figures as Spanish words, acronyms without vowels
 * spelled letter by letter, anything else as written. Hyphens and apostrophes separate the parts.
 */
export const spokenForm = (word: string): string =>
  word
    .split(/[-'’]/)
    .flatMap((piece) => piece.match(/\d+(?:[.,]\d+)*%?|\p{L}[\p{L}\p{M}]*/gu) ?? [])
    .map((part) => {
      if (/^\d/.test(part)) return figureWords(part);
      const lower = part.normalize('NFC').toLocaleLowerCase('es-MX');
      if (isAcronym(part) && !hasVowel(part))
        return Array.from(lower.matchAll(/\p{L}/gu), ([letter]) => letterNames[letter] ?? letter).join(' ');
      return lower;
    })
    .join(' ');

/** Syllables of a written word (letters, digits, an acronym, parts joined by hyphens), as said aloud. */
export const countSyllables = (word: string): number => {
  const spoken = spokenForm(word).split(' ').filter(Boolean);
  return spoken.reduce((sum, part) => sum + countWordSyllables(part), 0);
};
