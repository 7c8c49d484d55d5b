/**
 * The first use on a page of each word the glossary explains, linked to its explanation: an acronym as
 * `<a href="/glosario/#snt"><abbr title="Sistema Nacional de Transparencia…">SNT</abbr></a>`, a term as a
 * plain link (`<abbr>` is for abbreviations only). One link per term and page, only in the page's `<main>`, and
 * never inside a heading, a link, an abbreviation, code, a form control or hidden text. Facts and lists of
 * sources count as uses: a reader may meet a word there first. Runs on the rendered HTML at build time
 * (src/middleware.ts), so it reaches every text a page shows, Markdown bodies and data alike, with no
 * client JavaScript.
 */
import type { KnownWord } from './glossary.ts';

/** Elements whose text is never linked: a heading or label, already a link or a term, code, or not prose. */
const SKIPPED = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'th',
  'caption',
  'legend',
  'a',
  'abbr',
  'dfn',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'template',
  'textarea',
  'select',
  'option',
  'button',
  'label',
  'summary',
  'svg',
  'math',
  'title',
]);

/** Elements without a closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Attributes that leave an element's text out: text nobody reads on the page. */
const skippedByAttribute = /\s(?:hidden|aria-hidden="true")(?=[\s=>/])/;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A word as an expression: spaces match any run of white space, as HTML wraps lines anywhere; a term's first
 * letter matches in either case, as a sentence may start with it. (No `i` flag: it makes every position slow.)
 */
const pattern = (word: KnownWord): string => {
  const first = word.text.charAt(0);
  const upper = first.toLocaleUpperCase('es-MX');
  const lower = first.toLocaleLowerCase('es-MX');
  const start = word.acronym || upper === lower ? escapeRegExp(first) : `[${upper}${lower}]`;
  return start + escapeRegExp(word.text.slice(1)).replace(/ /g, '\\s+');
};

/** Words compiled once: one expression, longest words first, so «derechos ARCO» wins over «ARCO». */
export interface WordMatcher {
  expression: RegExp;
  find: (found: string) => KnownWord | undefined;
  /** Whether a text may hold a word: a cheap test that spares most texts the expression. */
  mayHold: (text: string) => boolean;
}

/** The matcher of `words`: acronyms match as written (capitals), terms as written or with a capital first. */
export function wordMatcher(words: readonly KnownWord[]): WordMatcher {
  const sorted = [...words].sort((a, b) => b.text.length - a.text.length);
  const spaced = (text: string) => text.replace(/\s+/g, ' ');
  // Looked up by how each is written: acronyms exactly, terms in lower case.
  const acronyms = new Map(sorted.filter((word) => word.acronym).map((word) => [word.text, word]));
  const terms = new Map(sorted.filter((word) => !word.acronym).map((word) => [word.text.toLowerCase(), word]));
  const find = (found: string): KnownWord | undefined =>
    acronyms.get(spaced(found)) ?? terms.get(spaced(found).toLowerCase());
  const alternatives = sorted.map(pattern).join('|');
  const firstWords = [...new Set(sorted.map((word) => word.text.toLowerCase().split(' ')[0] ?? ''))];
  // One expression of literal words, case aside: far cheaper than lower-casing each text and looking for each.
  const mayHold = new RegExp(firstWords.map(escapeRegExp).join('|') || '(?!)', 'i');
  return {
    mayHold: (text) => mayHold.test(text),
    expression: new RegExp(`(?<![\\p{L}\\p{N}&#])(?:${alternatives || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu'),
    find,
  };
}

const abbreviation = (word: KnownWord, written: string): string =>
  `<abbr title="${escapeAttribute(word.meaning)}">${written}</abbr>`;

const link = (word: KnownWord, inner: string): string =>
  `<a class="term" href="${escapeAttribute(word.href)}">${inner}</a>`;

/**
 * What the words of one page become: the first use of each term is linked to its explanation; the first use of
 * each acronym is marked with what it stands for, and linked too unless its term was linked before it (as in
 * «Plataforma Nacional de Transparencia (PNT)»).
 */
function pageMarker(): (word: KnownWord, written: string) => string {
  const linkedKeys = new Set<string>();
  const markedAcronyms = new Set<string>();
  return (word, written) => {
    const isLinked = linkedKeys.has(word.key);
    linkedKeys.add(word.key);
    if (!word.acronym) return isLinked ? written : link(word, written);
    if (markedAcronyms.has(word.key)) return written;
    markedAcronyms.add(word.key);
    return isLinked ? abbreviation(word, written) : link(word, abbreviation(word, written));
  };
}

/** Whether a character code is an ASCII letter, which starts a tag's name. */
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Whether a character code may follow in a tag's name: a letter, a digit, `_`, `:` or `-`. */
const isNameCode = (code: number): boolean =>
  isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 58 || code === 45;

/** `html` (a whole page) with the first use of each known word in its `<main>` linked to its explanation. */
export function linkFirstUses(html: string, matcher: WordMatcher): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end < start) return html;
  const main = html.slice(start, end);
  const mark = pageMarker();
  // Open elements, and how many of them leave their text out.
  const open: { name: string; skips: boolean }[] = [];
  let skipping = 0;
  // The page is rebuilt only where a word is marked: `out` holds `main` up to `copied`, with its marks.
  let out = '';
  let copied = 0;
  /** Marks the words of the text from `from` to `to`, unless it is left out. */
  const text = (from: number, to: number) => {
    if (skipping > 0 || from === to) return;
    const piece = main.slice(from, to);
    if (!matcher.mayHold(piece)) return;
    const replaced = piece.replace(matcher.expression, (found) => {
      const word = matcher.find(found);
      return word ? mark(word, found) : found;
    });
    if (replaced === piece) return;
    out += main.slice(copied, from) + replaced;
    copied = to;
  };
  // From one comment or tag to the next, read by hand (a regular expression would make an array of each):
  // `<!--…-->`, or `<` or `</`, a letter, a name of letters, digits, `_`, `:` or `-`, then anything up to `>`.
  // A `<` that starts neither is text.
  let after = 0;
  for (let lt = main.indexOf('<'); lt !== -1; lt = main.indexOf('<', lt + 1)) {
    if (main.startsWith('<!--', lt)) {
      const close = main.indexOf('-->', lt + 4);
      if (close === -1) continue;
      text(after, lt);
      after = close + 3;
      lt = after - 1;
      continue;
    }
    const closing = main.charCodeAt(lt + 1) === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(main.charCodeAt(nameStart))) continue;
    let nameEnd = nameStart + 1;
    while (isNameCode(main.charCodeAt(nameEnd))) nameEnd += 1;
    const gt = main.indexOf('>', nameEnd);
    if (gt === -1) continue;
    const tagStart = lt;
    text(after, lt);
    after = gt + 1;
    lt = gt;
    const element = main.slice(nameStart, nameEnd).toLowerCase();
    if (closing) {
      const index = open.findLastIndex((opened) => opened.name === element);
      if (index !== -1) {
        for (const closed of open.splice(index)) if (closed.skips) skipping -= 1;
      }
    } else if (!VOID.has(element) && main.charCodeAt(gt - 1) !== 47) {
      const skips = SKIPPED.has(element) || skippedByAttribute.test(main.slice(tagStart, gt + 1));
      open.push({ name: element, skips });
      if (skips) skipping += 1;
    }
  }
  text(after, main.length);
  return copied === 0 ? html : html.slice(0, start) + out + main.slice(copied) + html.slice(end);
}
