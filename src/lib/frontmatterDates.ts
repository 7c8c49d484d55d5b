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
    const [, , field = '', year, month, day] = match.map(String);
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const real =
      date.getUTCFullYear() === Number(year) &&
      date.getUTCMonth() === Number(month) - 1 &&
      date.getUTCDate() === Number(day);
    if (!real) found.push({ field, written: `${year}-${month}-${day}`, line: index + 1 });
  });
  return found;
}

/** Fails with a message naming the file, the field and the fix when a date does not exist. */
export function assertRealDates(filePath: string, source: string): void {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const [first] = findImpossibleDates(frontmatter);
  if (first) {
    throw new Error(
      `${filePath}, línea ${first.line + 1}: el campo «${first.field}» tiene la fecha «${first.written}», ` +
        'que no existe en el calendario. Se esperaba una fecha real con el formato AAAA-MM-DD, p. ej. 2024-03-15.',
    );
  }
}
