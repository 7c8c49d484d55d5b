/**
 * A booklet's editions as published pages: the text each one kept, and what changed from one to the next,
 * word by word (the `diff` package), for its «Qué cambió» page.
 */
import { diffWords } from 'diff';
import { abcEditionChangesUrl, abcEditionsUrl, abcEditionUrl } from './urls.ts';

/** A run of words of a comparison: the same in both editions, added in the newer one, or removed from it. */
export interface Change {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed from `before` to `after`, word by word, whitespace changes ignored. */
export const wordChanges = (before: string, after: string): Change[] =>
  diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));

/** How many words were added and removed: what a reader hears before the text. */
export function changeCounts(changes: readonly Change[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return {
    added: changes.filter((c) => c.kind === 'added').reduce((sum, c) => sum + words(c.text), 0),
    removed: changes.filter((c) => c.kind === 'removed').reduce((sum, c) => sum + words(c.text), 0),
  };
}

/** One block of an edition's text: a heading («## » at its start) or a paragraph. */
export interface Block {
  heading: boolean;
  text: string;
}

/** An edition's text as blocks: separated by a blank line, a «## » line a heading; lines of a block joined. */
export const textBlocks = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((block) =>
      block.startsWith('## ') ? { heading: true, text: block.slice(3).trim() } : { heading: false, text: block },
    );

/** An edition as its pages need it: its number (from 1), its data, and the one before, if any. */
export interface EditionPage<E> {
  number: number;
  edition: E;
  previous: E | undefined;
}

/** The editions of a booklet that kept their text, numbered from 1 in the order written (oldest first). */
export const editionsWithText = <E extends { texto?: string | undefined }>(editions: readonly E[]): EditionPage<E>[] =>
  editions.flatMap((edition, index) =>
    edition.texto === undefined ? [] : [{ number: index + 1, edition, previous: editions[index - 1] }],
  );

/**
 * Where the n-th edition (from 1) of a booklet is best read: what changed in it when it and the one before kept
 * their text, else its own text, else the booklet's list of editions, which gives its date and note.
 */
export function editionHref(id: string, editions: readonly { texto?: string | undefined }[], number: number): string {
  if (editions[number - 1]?.texto === undefined) return abcEditionsUrl(id);
  return editions[number - 2]?.texto === undefined ? abcEditionUrl(id, number) : abcEditionChangesUrl(id, number);
}
