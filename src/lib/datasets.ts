import { perCatalog, type Catalog } from './catalog.ts';
import { isoDay } from './dates.ts';

/**
 * The engine of the open data of /datos/: a dataset is its columns, each with how to read it from one
 * source record; its JSON and CSV files and its documentation page are all made from that definition, so
 * they cannot disagree. Each kind declares its own columns (src/kinds/); src/lib/openData.ts lists them.
 * Column names are a published contract: add columns at the end, never rename or remove one.
 */

/** Kinds of value a column holds. */
export type ColumnType = 'texto' | 'entero' | 'fecha' | 'fechaHora' | 'url' | 'booleano' | 'lista';

/** How each kind of value is described to readers, and written in the CSV. */
export const COLUMN_TYPES: Record<ColumnType, string> = {
  texto: 'Texto',
  entero: 'Número entero',
  fecha: 'Fecha (AAAA-MM-DD; AAAA-MM o AAAA cuando solo se sabe el mes o el año)',
  fechaHora:
    'Fecha y hora locales (AAAA-MM-DD HH:MM), en la zona horaria de la columna «zonaHoraria»; en la hora que se repite al atrasar los relojes, seguida de su desfase UTC (2026-11-01 01:30-07:00)',
  url: 'Dirección web (URL absoluta)',
  booleano: 'Booleano (true o false)',
  lista: 'Lista de textos (en CSV, unidos con «; »)',
};

/** One value of a row; `null` when the entry does not give it. */
export type Cell = string | number | boolean | string[] | null;

/** One row, keyed by column name, in column order. */
export type Row = Record<string, Cell>;

/** A column of a dataset and how to read it from one source record. */
export interface ColumnDefinition<Source> {
  name: string;
  type: ColumnType;
  /** What the column holds, in Spanish. */
  description: string;
  /** Its value for one source record; `catalog` resolves references. */
  value: (source: Source, catalog: Catalog) => Cell;
}

/** A column as documentation and tests see it. */
export type Column = Omit<ColumnDefinition<unknown>, 'value'>;

/** A dataset as pages and endpoints see it. */
export interface Dataset {
  /** Slug of its files and page: `/datos/<id>.json`, `/datos/<id>.csv`, `/datos/<id>/`. */
  id: string;
  /** Title, in Spanish. */
  title: string;
  /** What one row is and where it comes from, in Spanish. */
  description: string;
  columns: Column[];
  /** Every row, from published entries only; computed once per catalog (four routes read them). */
  rows: (catalog: Catalog) => Row[];
}

/** A dataset from its columns and where its rows come from. */
export function dataset<Source>(definition: {
  id: string;
  title: string;
  description: string;
  sources: (catalog: Catalog) => Source[];
  columns: ColumnDefinition<Source>[];
}): Dataset {
  const { columns } = definition;
  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    columns: columns.map(({ name, type, description }) => ({ name, type, description })),
    rows: perCatalog((catalog) =>
      definition
        .sources(catalog)
        .map((source) => Object.fromEntries(columns.map((column) => [column.name, column.value(source, catalog)]))),
    ),
  };
}

/** An internal path as an absolute URL of the published site. */
export const absoluteUrl = (path: string): string => new URL(path, import.meta.env.SITE).href;

/** Helpers for a column's value: a date as AAAA-MM-DD, an optional value, references, a file's address. */
export const day = (date: Date | undefined): string | null => (date ? isoDay(date) : null);
export const optional = (value: string | number | undefined): string | number | null => value ?? null;
export const refId = (ref: { id: string } | undefined): string | null => ref?.id ?? null;
export const refIds = (refs: { id: string }[]): string[] => refs.map((ref) => ref.id);
export const fileUrl = (path: string | undefined): string | null => (path ? absoluteUrl(path) : null);

/** Separator of list values inside one CSV cell. */
export const LIST_SEPARATOR = '; ';

/** The JSON file of a dataset: an array of rows, one object per row with every column in order. */
export const toJson = (rows: Row[]): string => `${JSON.stringify(rows, null, 2)}\n`;

/**
 * What makes a spreadsheet read a cell as a formula: OWASP's «CSV Injection» list (=, +, -, @, tab, carriage
 * return) at the start of the cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text is always between double quotes (a quote inside doubled, as RFC 4180 asks), numbers and
 * booleans never: a spreadsheet told to take quoted fields as text (LibreOffice's import option; /datos/ says how)
 * then keeps an INEGI key «01» or a línea «2.10» as written instead of turning them into the numbers 1 and 2.1.
 * Text that a spreadsheet would take for a formula gets a leading «'», as OWASP advises, so Excel and LibreOffice
 * show it as text and never run it (the JSON keeps the exact text). A negative integer is a number, written as it
 * is: it cannot be a formula.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return String(cell);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`El CSV no puede llevar el número ${String(cell)}.`);
    return String(cell);
  }
  const text = Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : cell;
  if (text === '') return '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** UTF-8's byte order mark: Excel opens a CSV file as UTF-8 (accents and ñ intact) only when it starts with it. */
export const CSV_BOM = '\uFEFF';

/**
 * The CSV file of a dataset, made to open in a spreadsheet: UTF-8 with BOM, a header row, CRLF line ends, commas
 * between fields, text quoted, and no cell a spreadsheet would run as a formula.
 */
export function toCsv(columns: Column[], rows: Row[]): string {
  const lines = [
    columns.map((column) => csvField(column.name)),
    ...rows.map((row) => columns.map((column) => csvField(row[column.name] ?? null))),
  ];
  return CSV_BOM + lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/** A column builder for one kind of value: `column.texto('titulo', 'Título.', (e) => e.data.titulo)`. */
const columnOf =
  (type: ColumnType) =>
  <Source>(name: string, description: string, value: ColumnDefinition<Source>['value']): ColumnDefinition<Source> => ({
    name,
    type,
    description,
    value,
  });

/** The column builders, one per kind of value. */
export const column = {
  texto: columnOf('texto'),
  entero: columnOf('entero'),
  fecha: columnOf('fecha'),
  fechaHora: columnOf('fechaHora'),
  url: columnOf('url'),
  booleano: columnOf('booleano'),
  lista: columnOf('lista'),
};
