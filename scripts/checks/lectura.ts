import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READABILITY_MINIMUM, READABILITY_TARGET } from '#/src/config.ts';
import { dataEntries, dataFilePath } from '#/src/lib/dataFiles.ts';
import { contentFiles, type ContentFile } from '#/src/build/contentFiles.ts';
import {
  longParagraphWords,
  longSentenceWords,
  readability,
  type ReadabilityOptions,
  type ReadabilityReport,
} from '#/src/lib/readability.ts';
import type { Problem } from '#/src/lib/problems.ts';

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
export const measure = (file: Pick<ContentFile, 'path' | 'body'>, options: ReadabilityOptions = {}): MeasuredEntry => ({
  path: file.path,
  report: readability(file.body, options),
  minimum: (READABILITY_MINIMUM as Record<string, number | undefined>)[collectionOf(file.path)],
});

/** The acronyms the site explains, with what they stand for: the glossary's and the guarantor bodies'. */
export function knownAcronyms(root: string): Record<string, string> {
  const read = (collection: string): Record<string, unknown>[] => {
    const file = join(root, dataFilePath(collection));
    return existsSync(file) ? dataEntries(readFileSync(file, 'utf8'), collection) : [];
  };
  const pairs = [
    ...read('glosario').map((term) => [term['sigla'], term['termino']]),
    ...read('organismos').map((body) => [body['siglas'], body['nombre']]),
  ];
  return Object.fromEntries(
    pairs.filter((pair): pair is [string, string] => pair.every((value) => typeof value === 'string')),
  );
}

/**
 * Every entry of content/ (drafts too: they are what editors are writing), measured; an acronym not explained
 * at first use comes with what it stands for, when the glossary or a body knows it.
 */
export const measureContent = (root: string): MeasuredEntry[] => {
  const acronyms = knownAcronyms(root);
  return contentFiles(root, undefined, { drafts: true }).map((file) => measure(file, { acronyms }));
};

const decimal = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const quote = (text: string): string =>
  `«${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text}»`;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What revisar advises on one entry, a line each: its scores and INFLESZ band, then its longest sentences,
 * its long paragraphs, its acronyms not explained at first use and its passive sentences.
 */
export function adviceLines({ path, report, minimum }: MeasuredEntry): string[] {
  const { szigrisztPazos, fernandezHuerta, counts } = report;
  if (!szigrisztPazos || fernandezHuerta === undefined) return [`${path}: sin texto que medir`];
  const held = minimum === undefined ? 'sin mínimo para su tipo' : `mínimo de su tipo: ${minimum}`;
  const lines = [
    `${path}: Szigriszt-Pazos ${decimal.format(szigrisztPazos.score)} (INFLESZ: ${szigrisztPazos.band}; ${held}) · Fernández-Huerta ${decimal.format(fernandezHuerta)} · ${plural(counts.words, 'palabra', 'palabras')}, ${plural(counts.sentences, 'oración', 'oraciones')}`,
  ];
  if (szigrisztPazos.score < READABILITY_TARGET)
    lines.push(
      `  Consejo: por debajo de ${READABILITY_TARGET}, donde empieza «normal». Acorta las oraciones y prefiere palabras cortas.`,
    );
  for (const { text, words } of report.longSentences.slice(0, QUOTED_SENTENCES))
    lines.push(`  Oración de ${words} palabras: ${quote(text)}`);
  const more = report.longSentences.length - QUOTED_SENTENCES;
  if (more > 0)
    lines.push(`  … y ${plural(more, 'oración más', 'oraciones más')} de más de ${longSentenceWords} palabras`);
  if (report.longParagraphs.length)
    lines.push(
      `  ${plural(report.longParagraphs.length, 'párrafo tiene', 'párrafos tienen')} más de ${longParagraphWords} palabras: divídelos`,
    );
  for (const { acronym, definition } of report.unexpandedAcronyms)
    lines.push(
      `  «${acronym}» no se explica la primera vez que aparece${definition ? `: escribe «${definition} (${acronym})»` : ''}`,
    );
  if (report.passives.length)
    lines.push(
      `  ${plural(report.passives.length, 'oración en voz pasiva', 'oraciones en voz pasiva')} («${report.passives[0]?.phrase ?? ''}»): di quién hace qué`,
    );
  return lines;
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

/** The entries of content/ whose text reads harder than their kind allows (READABILITY_MINIMUM, src/config.ts). */
export async function checkReadability(root: string): Promise<Problem[]> {
  return measureContent(root).flatMap((entry) => readabilityProblem(entry) ?? []);
}
