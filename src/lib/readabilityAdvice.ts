/**
 * What an editor reads about how an entry reads, the same in `npm run revisar` and in the browser editor's
 * preview: its scores with their INFLESZ band and its kind's minimum (src/config.ts), then what to fix.
 * Plain TypeScript without Node, so that the editor's bundle carries it.
 */
import { READABILITY_MINIMUM, READABILITY_TARGET } from '#/src/config.ts';
import {
  longParagraphWords,
  longSentenceWords,
  readability,
  type ReadabilityOptions,
  type ReadabilityReport,
} from './readability.ts';
import type { Problem } from './problems.ts';

/** How many of an entry's longest sentences the report quotes. */
const QUOTED_SENTENCES = 3;
/** A quoted sentence is cut after this many characters. */
const QUOTE_LENGTH = 140;

/** One entry's text as measured, with the lowest score its kind allows (none for plans). */
export interface MeasuredEntry {
  path: string;
  report: ReadabilityReport;
  minimum: number | undefined;
}

/** The kind of a file of content/: its folder, `content/abc/x.md` → `abc`. */
const collectionOf = (path: string): string => path.split('/')[1] ?? '';

/** The readability of one entry's body, held to its kind's minimum (src/config.ts). */
export const measure = (file: { path: string; body: string }, options: ReadabilityOptions = {}): MeasuredEntry => ({
  path: file.path,
  report: readability(file.body, options),
  minimum: (READABILITY_MINIMUM as Record<string, number | undefined>)[collectionOf(file.path)],
});

const decimal = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const quote = (text: string): string =>
  `«${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text}»`;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * How one entry reads: a summary (its scores, INFLESZ band and its kind's minimum), then a line for each thing
 * to fix: its longest sentences, its long paragraphs, its acronyms not explained at first use, its passives.
 * `npm run revisar` prints them after the file's path; the browser editor's preview shows them as the editor types.
 */
export function readabilityNotes({ report, minimum }: Omit<MeasuredEntry, 'path'>): {
  summary: string;
  details: string[];
} {
  const { szigrisztPazos, fernandezHuerta, counts } = report;
  if (!szigrisztPazos || fernandezHuerta === undefined) return { summary: 'sin texto que medir', details: [] };
  const held = minimum === undefined ? 'sin mínimo para su tipo' : `mínimo de su tipo: ${minimum}`;
  const summary = `Szigriszt-Pazos ${decimal.format(szigrisztPazos.score)} (INFLESZ: ${szigrisztPazos.band}; ${held}) · Fernández-Huerta ${decimal.format(fernandezHuerta)} · ${plural(counts.words, 'palabra', 'palabras')}, ${plural(counts.sentences, 'oración', 'oraciones')}`;
  const details: string[] = [];
  if (szigrisztPazos.score < READABILITY_TARGET)
    details.push(
      `Consejo: por debajo de ${READABILITY_TARGET}, donde empieza «normal». Acorta las oraciones y prefiere palabras cortas.`,
    );
  for (const { text, words } of report.longSentences.slice(0, QUOTED_SENTENCES))
    details.push(`Oración de ${words} palabras: ${quote(text)}`);
  const more = report.longSentences.length - QUOTED_SENTENCES;
  if (more > 0)
    details.push(`… y ${plural(more, 'oración más', 'oraciones más')} de más de ${longSentenceWords} palabras`);
  if (report.longParagraphs.length)
    details.push(
      `${plural(report.longParagraphs.length, 'párrafo tiene', 'párrafos tienen')} más de ${longParagraphWords} palabras: divídelos`,
    );
  for (const { acronym, definition } of report.unexpandedAcronyms)
    details.push(
      `«${acronym}» no se explica la primera vez que aparece${definition ? `: escribe «${definition} (${acronym})»` : ''}`,
    );
  if (report.passives.length)
    details.push(
      `${plural(report.passives.length, 'oración en voz pasiva', 'oraciones en voz pasiva')} («${report.passives[0]?.phrase ?? ''}»): di quién hace qué`,
    );
  return { summary, details };
}

/** What revisar prints for one entry: its path and summary on a line, then each thing to fix, indented. */
export function adviceLines(entry: MeasuredEntry): string[] {
  const { summary, details } = readabilityNotes(entry);
  return [`${entry.path}: ${summary}`, ...details.map((detail) => `  ${detail}`)];
}

/** An entry whose score is under its kind's minimum, as a problem that names the file and what to do. */
export function readabilityProblem({ path, report, minimum }: MeasuredEntry): Problem | undefined {
  const measured = report.szigrisztPazos;
  if (minimum === undefined || measured === undefined || measured.score >= minimum) return undefined;
  const { score, band } = measured;
  const longest = report.longSentences[0];
  return {
    file: path,
    found: `el texto se lee con dificultad: Szigriszt-Pazos ${decimal.format(score)} (INFLESZ: ${band}), por debajo del mínimo de ${minimum} para su tipo`,
    fix: `acorta las oraciones (divide las de más de ${longSentenceWords} palabras${longest ? `, empezando por la de ${longest.words}` : ''}) y cambia palabras largas por otras más cortas`,
  };
}
