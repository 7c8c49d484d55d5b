import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PUBLIC_DIR } from '#/src/lib/paths.ts';
import { contentFiles, proseOf, type ContentFile } from '#/src/build/contentFiles.ts';
import type { Problem } from '#/src/lib/problems.ts';

/** Words a transcript needs at least, so that a heading alone does not count. */
export const TRANSCRIPT_MIN_WORDS = 50;

const transcriptHeading = /^##[ \t]+Transcripci[oó]n\b[^\n]*$/im;

/** Words under the «## Transcripción» heading (up to the next heading of its level), or `undefined` without one. */
export function transcriptWords(body: string): number | undefined {
  const prose = proseOf(body);
  const heading = transcriptHeading.exec(prose);
  if (!heading) return undefined;
  const rest = prose.slice(heading.index + heading[0].length);
  const next = rest.search(/^#{1,2}[ \t]/m);
  const section = next === -1 ? rest : rest.slice(0, next);
  return section.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Why the captions file a capsule names does not work, or `undefined` when it does. */
function captionsProblem(root: string, path: string): Omit<Problem, 'file'> | undefined {
  const file = join(root, PUBLIC_DIR, path);
  const field = 'video.subtitulos';
  if (path.split('/').includes('..') || !existsSync(file)) {
    return {
      field,
      found: `los subtítulos ${path} no existen en public/`,
      fix: `sube el archivo a public${path} o corrige la ruta de «subtitulos»`,
    };
  }
  if (!/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(readFileSync(file, 'utf8'))) {
    return {
      field,
      found: `el archivo de subtítulos ${path} no es WebVTT (su primera línea debe ser «WEBVTT»)`,
      fix: 'expórtalo como .vtt',
    };
  }
  return undefined;
}

/** What a capsule lacks for viewers who cannot hear it. */
function capsuleProblems(root: string, file: ContentFile): Problem[] {
  const video = file.data?.['video'];
  if (typeof video !== 'object' || video === null) return [];
  const { youtube, subtitulos } = video as { youtube?: unknown; subtitulos?: unknown };
  const words = transcriptWords(file.body);
  const transcribed = words !== undefined && words >= TRANSCRIPT_MIN_WORDS;
  const problems: Omit<Problem, 'file'>[] = [];
  const captions = typeof subtitulos === 'string' ? captionsProblem(root, subtitulos) : undefined;
  if (captions) problems.push(captions);
  const howTo = `todo lo que se dice y se ve en el video (al menos ${TRANSCRIPT_MIN_WORDS} palabras)`;

  if (youtube !== undefined && !transcribed) {
    problems.push(
      words === undefined
        ? {
            found: 'la cápsula es de YouTube y no tiene transcripción (YouTube no muestra nuestros subtítulos)',
            fix: `agrega al final un título «## Transcripción» y debajo ${howTo}`,
          }
        : { found: `la transcripción tiene solo ${words} palabras`, fix: `escribe bajo «## Transcripción» ${howTo}` },
    );
  } else if (youtube === undefined && typeof subtitulos !== 'string' && !transcribed) {
    const name = basename(file.path).replace(/\.mdx?$/, '');
    problems.push(
      words === undefined
        ? {
            found: 'la cápsula no tiene subtítulos ni transcripción',
            fix: `agrega en «video» la línea «subtitulos: /media/capsulas/${name}.vtt» (un archivo WebVTT en public/), o un título «## Transcripción» y debajo ${howTo}`,
          }
        : {
            found: `la cápsula no tiene subtítulos y su transcripción tiene solo ${words} palabras`,
            fix: `agrega «subtitulos» en «video», o escribe bajo «## Transcripción» ${howTo}`,
          },
    );
  }
  return problems.map((problem) => ({ file: file.path, ...problem }));
}

/**
 * Captions and transcripts: every capsule of content/capsulas/ has captions (`video.subtitulos`, a WebVTT
 * file in public/) or a «## Transcripción» of at least 50 words; a YouTube capsule needs the transcript,
 * since the YouTube player does not show our captions. Drafts are left out.
 */
export async function checkVideos(root: string): Promise<Problem[]> {
  return contentFiles(root, 'capsulas').flatMap((file) => capsuleProblems(root, file));
}
