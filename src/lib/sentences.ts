/** Text with its first letter in capitals, as a Spanish sentence starts. */
export const capitalized = (text: string): string => `${text.charAt(0).toLocaleUpperCase('es-MX')}${text.slice(1)}`;

/** Text as a sentence: first letter capital, one final period. */
export const sentence = (text: string): string => `${capitalized(text.trim().replace(/\.+$/, ''))}.`;

/** The start of a text, cut at a word and ended with «…» when longer than `max` characters. */
export const excerpt = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text;

const conjunction = new Intl.ListFormat('es-MX', { style: 'long', type: 'conjunction' });

/** Items joined as Spanish writes a list: «2.3», «2.3 y 4.1», «1.1, 2.3 y 4.1». */
export const listed = (items: readonly string[]): string => conjunction.format(items);
