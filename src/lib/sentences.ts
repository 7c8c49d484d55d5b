/** Text with its first letter in capitals, as a Spanish sentence starts. */
export const capitalized = (text: string): string => `${text.charAt(0).toLocaleUpperCase('es-MX')}${text.slice(1)}`;

/** Text as a sentence: first letter capital, one final period. */
export const sentence = (text: string): string => `${capitalized(text.trim().replace(/\.+$/, ''))}.`;
