// The texts the search script writes: chosen at build time from the dictionary, handed over as JSON.
import type { UiKey } from '#/src/i18n/es.ts';

/** The keys of the texts the script writes, with their {n}/{q} placeholders left for it to fill. */
export const CLIENT_KEYS = [
  'search.count.one',
  'search.count.other',
  'search.count.filtered.one',
  'search.count.filtered.other',
  'search.none',
  'search.none.filtered',
  'search.loading',
  'search.error',
] as const satisfies readonly UiKey[];

/** A text the script writes, by its key without the `search.` every one of them starts with (fewer bytes). */
export type ClientKey = (typeof CLIENT_KEYS)[number] extends `search.${infer Key}` ? Key : never;

/** The script's way to write a text: its key and the values of its placeholders. */
export type TextReader = (key: ClientKey, values?: Record<string, string | number>) => string;

/** The texts for the page's `data-texts`, as JSON; `translate` is the dictionary's `t` (kept out of the script). */
export const clientTexts = (translate: (key: (typeof CLIENT_KEYS)[number]) => string): string =>
  JSON.stringify(Object.fromEntries(CLIENT_KEYS.map((key) => [key.slice('search.'.length), translate(key)])));

/** The script's `text(key, values)` over the page's `data-texts`: placeholders filled, a missing text shows its key. */
export function textReader(json: string): TextReader {
  const texts = JSON.parse(json) as Partial<Record<ClientKey, string>>;
  return (key, values = {}) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The text that announces `count` results: for the words searched, or for the filters alone when there are none. */
export function statusText(text: TextReader, count: number, term: string): string {
  const kind = term ? 'count' : 'count.filtered';
  if (count === 0) return text(term ? 'none' : 'none.filtered', { q: term });
  return text(`${kind}.${count === 1 ? 'one' : 'other'}`, { n: count, q: term });
}
