/**
 * The líneas de acción as they were first published, one line each in content/lineas-publicadas.txt:
 * «plan número texto…». Other sites link to `#linea-2-3` and entries cite «2.3» as evidence, so a línea
 * may not change its number once published; the build compares each record with the plan as it is now.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';
import { CONTENT_DIR } from './paths.ts';

/** Where the records live, from the project's root. */
export const PUBLISHED_LINES_FILE = join(CONTENT_DIR, 'lineas-publicadas.txt');

/** How much of a línea's text its record keeps: enough to tell two líneas apart. */
const KEPT = 60;

/** One published línea: its plan, its number and the start of its text. */
export interface LineRecord {
  plan: string;
  number: string;
  start: string;
}

/** The start of a línea's text as its record keeps it. */
export const lineStart = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, KEPT).trimEnd();

/** The records of a project, none when it has no file yet. */
export function readLineRecords(root = '.'): LineRecord[] {
  const file = join(root, PUBLISHED_LINES_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [plan = '', number = '', ...words] = line.split(' ');
      return { plan, number, start: words.join(' ') };
    });
}

/** The file's text: its explanation, then one record per línea in plan and number order. */
export const lineRecordsText = (records: readonly LineRecord[]): string =>
  [
    '# Líneas de acción publicadas: «plan número inicio del texto». Otros sitios enlazan a #linea-N-M y las',
    '# entradas citan el número como evidencia: una línea publicada no cambia de número. `npm run urls:registrar`',
    '# agrega las nuevas; la construcción se detiene si una línea ya no dice lo que dice aquí.',
    ...records.map(({ plan, number, start }) => `${plan} ${number} ${start}`),
    '',
  ].join('\n');

/** A plan as its file writes it: id, title and líneas numbered «eje.línea», without building the site. */
export interface PlanLines {
  plan: string;
  title: string;
  lines: { number: string; text: string }[];
}

/** Every plan file under `contentDir`/planes that is not a draft, with its líneas (files that do not parse are skipped). */
export function readPlanLines(contentDir: string): PlanLines[] {
  const folder = join(contentDir, 'planes');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => {
      let data: { titulo?: unknown; borrador?: unknown; ejes?: { lineas?: { texto?: unknown }[] }[] } | undefined;
      try {
        data = parse(splitFrontmatter(readFileSync(join(folder, name), 'utf8'))?.yaml ?? '') as typeof data;
      } catch {
        return [];
      }
      if (!data || data.borrador === true || !Array.isArray(data.ejes)) return [];
      const lines = data.ejes.flatMap((axis, a) =>
        (Array.isArray(axis.lineas) ? axis.lineas : []).map((line, l) => ({
          number: `${a + 1}.${l + 1}`,
          text: typeof line.texto === 'string' ? line.texto : '',
        })),
      );
      const title = typeof data.titulo === 'string' ? data.titulo : '';
      return lines.length > 0 ? [{ plan: name.replace(/\.mdx?$/, ''), title, lines }] : [];
    });
}

/** The records of every plan's líneas that `records` lacks, to append to them. */
export const missingRecords = (plans: readonly PlanLines[], records: readonly LineRecord[]): LineRecord[] => {
  const known = new Set(records.map((record) => `${record.plan} ${record.number}`));
  return plans.flatMap(({ plan, lines }) =>
    lines
      .filter(({ number }) => !known.has(`${plan} ${number}`))
      .map(({ number, text }) => ({ plan, number, start: lineStart(text) })),
  );
};
