/**
 * Transcripts: what someone who cannot hear an audio reads instead (WCAG 1.2.1). An audio's body is its
 * transcript, and the build refuses an audio without one.
 */
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** Words of running text in a Markdown body: headings, comments and markup left out. */
export function bodyWords(body: string): number {
  const text = body
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^#{1,6}[ \t].*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** What is wrong with the transcript of the entry `file` whose whole text is `source`, if anything. */
export function transcriptProblems(file: string, source: string, minWords: number): Problem[] {
  const split = splitFrontmatter(source);
  const head = split?.head ?? '';
  const words = bodyWords(source.slice(head.length));
  if (words >= minWords) return [];
  return [
    {
      file,
      line: head.split('\n').length,
      field: 'transcripción (el texto después del frontmatter)',
      found:
        words === 0
          ? 'falta la transcripción: el texto de la entrada está vacío'
          : `la transcripción tiene solo ${words} ${words === 1 ? 'palabra' : 'palabras'}`,
      fix: `escribe después del segundo «---» todo lo que se dice en el audio, en orden (al menos ${minWords} palabras): quien no puede oírlo lo lee ahí`,
    },
  ];
}
