// The words of the built site as Pagefind indexed them: how often each appears in the real entries and in
// the synthetic ones (so the bench's text is honest about what a search downloads), and which words the
// search measurement asks for.
import type { Fragment } from '#/scripts/herramientas/pagefind.ts';

/** One indexed page: its address and the text Pagefind searches and cuts excerpts from. */
export type IndexedPage = Pick<Fragment, 'url' | 'content'>;

/** Spanish function words: frequent everywhere, and no reader searches for them. */
const STOPWORDS = new Set(
  (
    'a al ante así bajo cada como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre ' +
    'era es esa esas ese eso esos esta estas este esto estos fue ha han hasta hay la las le les lo los más mediante ' +
    'muy ni no nos o otra otras otro otros para pero por porque que qué se sea ser si sí sin sino sobre son su sus ' +
    'también tan todo todos tu tus u un una uno unos unas y ya'
  ).split(' '),
);

/** The words of a text as Pagefind splits them, lower-cased. */
export const wordsOf = (text: string): string[] => text.toLocaleLowerCase('es-MX').match(/\p{L}+/gu) ?? [];

/** A word a reader might search for: not a function word, at least three letters. */
const isContentWord = (word: string) => word.length >= 3 && !STOPWORDS.has(word);

/** Word counts of a set of pages: occurrences, and on how many pages each word appears. */
export interface WordStats {
  pages: number;
  words: number;
  occurrences: Map<string, number>;
  pagesWith: Map<string, number>;
}

export function wordStats(pages: readonly IndexedPage[]): WordStats {
  const stats: WordStats = { pages: pages.length, words: 0, occurrences: new Map(), pagesWith: new Map() };
  for (const page of pages) {
    const words = wordsOf(page.content);
    stats.words += words.length;
    for (const word of words) stats.occurrences.set(word, (stats.occurrences.get(word) ?? 0) + 1);
    for (const word of new Set(words)) stats.pagesWith.set(word, (stats.pagesWith.get(word) ?? 0) + 1);
  }
  return stats;
}

/** Occurrences of `word` per 1,000 words. */
export const perThousand = (stats: WordStats, word: string): number =>
  stats.words ? (1000 * (stats.occurrences.get(word) ?? 0)) / stats.words : 0;

/** Share of the pages that contain `word`, 0 to 1. */
export const shareOfPages = (stats: WordStats, word: string): number =>
  stats.pages ? (stats.pagesWith.get(word) ?? 0) / stats.pages : 0;

/** The `count` content words with most occurrences, most frequent first (ties in alphabetical order). */
export const topWords = (stats: WordStats, count: number): string[] =>
  [...stats.occurrences]
    .filter(([word]) => isContentWord(word))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([word]) => word);

/** The collections the bench generates, as their page addresses show them. */
export const IMITATED = ['capsulas', 'articulos', 'revista', 'planes', 'abc'] as const;
export type Imitated = (typeof IMITATED)[number];

/** The collection of an entry page by its address (`/revista/3/` an issue, `/revista/3/x/` an article). */
export function collectionOf(url: string): Imitated | undefined {
  const [first, , third] = url.split('/').filter(Boolean);
  if (first === 'revista') return third ? 'articulos' : 'revista';
  return IMITATED.find((collection) => collection === first);
}

/** The word the search budget names for «the most common content word». */
export const COMMON_WORD = 'transparencia';
/** How many of the real content's most common words the comparison checks (besides COMMON_WORD). */
export const COMPARED_WORDS = 20;

/** One word of the comparison: its frequency in the real entries and in the synthetic ones. */
export interface WordComparison {
  word: string;
  /** Per 1,000 words over all real entries of the imitated collections. */
  real: number;
  /** Lowest and highest per-1,000 rate among those collections: the range the synthetic text must fall in. */
  realRange: [number, number];
  synthetic: number;
  /** Share of the real and synthetic entry pages that contain it. */
  realPages: number;
  syntheticPages: number;
  ok: boolean;
}

/** Words per page of one collection, real and synthetic. */
export interface LengthComparison {
  collection: Imitated;
  realPages: number;
  realWords: number;
  syntheticPages: number;
  syntheticWords: number;
}

export interface Comparison {
  words: WordComparison[];
  lengths: LengthComparison[];
}

/**
 * Compares the synthetic entries (`generated`: their addresses) with the real entries of the same
 * collections, in one built index: the real content's twenty most common content words and COMMON_WORD,
 * each within the range of rates the real collections show; and the words per page of each collection.
 */
export function compareWithReal(pages: readonly IndexedPage[], generated: ReadonlySet<string>): Comparison {
  const entries = pages.filter((page) => collectionOf(page.url) !== undefined);
  const real = entries.filter((page) => !generated.has(page.url));
  const synthetic = entries.filter((page) => generated.has(page.url));
  const realStats = wordStats(real);
  const syntheticStats = wordStats(synthetic);
  const byCollection = IMITATED.map((collection) => ({
    collection,
    real: wordStats(real.filter((page) => collectionOf(page.url) === collection)),
    synthetic: wordStats(synthetic.filter((page) => collectionOf(page.url) === collection)),
  })).filter(({ real }) => real.pages > 0);
  const compared = [...new Set([...topWords(realStats, COMPARED_WORDS), COMMON_WORD])];
  return {
    words: compared.map((word) => {
      const rates = byCollection.map(({ real }) => perThousand(real, word));
      const realRange: [number, number] = [Math.min(...rates), Math.max(...rates)];
      const rate = perThousand(syntheticStats, word);
      return {
        word,
        real: perThousand(realStats, word),
        realRange,
        synthetic: rate,
        realPages: shareOfPages(realStats, word),
        syntheticPages: shareOfPages(syntheticStats, word),
        ok: rate >= realRange[0] && rate <= realRange[1],
      };
    }),
    lengths: byCollection.map(({ collection, real, synthetic }) => ({
      collection,
      realPages: real.pages,
      realWords: real.words / real.pages,
      syntheticPages: synthetic.pages,
      syntheticWords: synthetic.pages ? synthetic.words / synthetic.pages : 0,
    })),
  };
}

/** The queries the search measurement runs, by the kind of word the budgets name. */
export interface SearchWords {
  /** The most common content word. */
  common: string;
  /** The content word on most pages among those on at most RARE_SHARE of them: the dearest «rare» word. */
  rare: string;
  /** The three most common content words after `common`, as one query. */
  three: string;
  /** Share of the indexed pages that contain `common`, and `rare`. */
  commonShare: number;
  rareShare: number;
  /**
   * Every word of the real entries on at most RARE_SHARE of the pages, in the order a draw with SAMPLE_SEED
   * takes them: the bench searches them in this order until RARE_SAMPLE of them are rare for the search too.
   */
  rareCandidates: string[];
  /** Pages in the index. */
  pages: number;
  /** The COMMON_SAMPLE content words with most occurrences in the index. */
  commonSample: string[];
}

/** A rare word is on at most this share of the indexed pages. */
export const RARE_SHARE = 0.05;

/** How many rare words the bench searches for, and how many common ones (issue 31). */
export const RARE_SAMPLE = 30;
export const COMMON_SAMPLE = 10;
/** The seed of the rare words' draw: the same content always gives the same words. */
export const SAMPLE_SEED = 31;

/** A small seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same sequence. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` of `items` drawn without repetition with a seeded shuffle (Fisher–Yates). */
export function draw<T>(items: readonly T[], count: number, seed: number): T[] {
  const random = seeded(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/**
 * Picks the words of each query from the whole index; the rare sample comes from the vocabulary of the real
 * entries (the pages not in `generated`). Throws when the index has no rare word to ask for.
 */
export function searchWords(pages: readonly IndexedPage[], generated: ReadonlySet<string> = new Set()): SearchWords {
  const stats = wordStats(pages);
  const byPages = [...stats.pagesWith]
    .filter(([word]) => isContentWord(word))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rare = byPages.find(([, count]) => count <= RARE_SHARE * stats.pages)?.[0];
  if (!rare)
    throw new Error(`El índice no tiene una palabra que esté en el ${RARE_SHARE * 100} % de las páginas o menos.`);
  const three = byPages
    .map(([word]) => word)
    .filter((word) => word !== COMMON_WORD)
    .slice(0, 3);
  const realWords = wordStats(pages.filter((page) => !generated.has(page.url))).pagesWith;
  const rareWords = [...realWords.keys()]
    .filter((word) => isContentWord(word) && (stats.pagesWith.get(word) ?? 0) <= RARE_SHARE * stats.pages)
    .sort((a, b) => (a < b ? -1 : 1));
  return {
    common: COMMON_WORD,
    rare,
    three: three.join(' '),
    commonShare: shareOfPages(stats, COMMON_WORD),
    rareShare: shareOfPages(stats, rare),
    rareCandidates: draw(rareWords, rareWords.length, SAMPLE_SEED),
    pages: stats.pages,
    commonSample: topWords(stats, COMMON_SAMPLE),
  };
}
