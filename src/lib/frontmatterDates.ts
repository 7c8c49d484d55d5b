import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

const isoDate = /^([ \t-]*)([\w]+):\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(?:#.*)?$/;

/** A date written in a frontmatter that does not exist in the calendar. */
export interface ImpossibleDate {
  /** Key the date is written under. */
  field: string;
  /** The date as written. */
  written: string;
  /** 1-based line in the file. */
  line: number;
}

/**
 * Finds dates such as 2023-02-30 or 2023-13-01, which the YAML parser would silently roll
 * over into another real date, so they must be caught on the raw text.
 */
export function findImpossibleDates(source: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    const match = isoDate.exec(text);
    if (!match) return;
    const [, , field = '', year = '', month = '', day = ''] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const real =
      date.getUTCFullYear() === Number(year) &&
      date.getUTCMonth() === Number(month) - 1 &&
      date.getUTCDate() === Number(day);
    if (!real) found.push({ field, written: `${year}-${month}-${day}`, line: index + 1 });
  });
  return found;
}

/** A problem for each date of the frontmatter of `file` that does not exist, with its line and field. */
export function impossibleDateProblems(file: string, source: string): Problem[] {
  const frontmatter = splitFrontmatter(source)?.yaml ?? '';
  return findImpossibleDates(frontmatter).map(({ field, written, line }) => ({
    file,
    // The frontmatter starts on the line after the opening «---».
    line: line + 1,
    field,
    found: `la fecha «${written}» no existe en el calendario`,
    fix: 'escribe una fecha real con el formato AAAA-MM-DD, p. ej. 2024-03-15',
  }));
}
