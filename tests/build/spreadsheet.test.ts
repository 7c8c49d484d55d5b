import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toCsv, type Cell, type Column, type Row } from '#/src/lib/datasets.ts';
import { DATASETS } from '#/src/lib/openData.ts';

// The open data as a spreadsheet reads it: LibreOffice Calc (Debian's, headless; `npm test` installs it with
// scripts/maquina.ts) opens each CSV with the options of its import dialog for a UTF-8 file in Spanish (comma,
// double quotes, UTF-8, Spanish of Mexico), formulas evaluated as Excel does on opening a CSV, and saves it as a
// flat OpenDocument sheet, whose XML says for each cell its text and whether it is text, a number or a formula.
const SOFFICE = '/usr/bin/soffice';
/** Comma, double quotes, UTF-8, from line 1, Spanish of Mexico, quoted fields as text, formulas evaluated. */
const CSV_IMPORT = 'CSV:44,34,76,1,,2058,true,false,false,false,false,-1,true';

/** One cell of a sheet: its kind (string, float, date, boolean…), its text, its value and formula if any. */
interface SheetCell {
  type: string;
  text: string;
  value?: string | undefined;
  formula?: string | undefined;
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a cell as LibreOffice shows it: paragraphs as lines, its space, tab and line-break elements. */
const cellText = (inner: string): string =>
  [...inner.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)]
    .map(([, paragraph = '']) =>
      unescapeXml(
        paragraph
          .replace(/<text:s\s+text:c="(\d+)"\s*\/>/g, (_, count: string) => ' '.repeat(Number(count)))
          .replace(/<text:s\s*\/>/g, ' ')
          .replace(/<text:tab\s*\/>/g, '\t')
          .replace(/<text:line-break\s*\/>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');

/** The first sheet of a flat OpenDocument spreadsheet, row by row. */
function readSheet(fods: string): SheetCell[][] {
  const table = /<table:table\b[\s\S]*?<\/table:table>/.exec(fods)?.[0] ?? '';
  const rows: SheetCell[][] = [];
  for (const [, rowAttributes = '', rowInner = ''] of table.matchAll(
    /<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g,
  )) {
    const cells: SheetCell[] = [];
    for (const [, attributes = '', inner = ''] of rowInner.matchAll(
      /<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
      const repeated = Number(attribute('table:number-columns-repeated') ?? 1);
      const cell: SheetCell = {
        type: attribute('office:value-type') ?? 'empty',
        text: cellText(inner),
        value: attribute('office:value') ?? attribute('office:date-value') ?? attribute('office:boolean-value'),
        formula: attribute('table:formula'),
      };
      for (let i = 0; i < Math.min(repeated, 1000); i++) cells.push(cell);
    }
    const repeatedRows = Number(/table:number-rows-repeated="(\d+)"/.exec(rowAttributes)?.[1] ?? 1);
    if (cells.some((cell) => cell.type !== 'empty')) for (let i = 0; i < repeatedRows; i++) rows.push(cells);
  }
  return rows;
}

let work: string;
/** Each converted file's sheet, by the name of its CSV. */
const sheets = new Map<string, SheetCell[][]>();

// A dataset of the texts that need care: an accent and ñ, a title that is a formula, text that starts like a
// number, a signed phone, an @ handle, a tab and a carriage return, a list whose first item is a formula, quotes,
// commas and line breaks; and integers, a negative one among them.
const columns: Column[] = [
  { name: 'titulo', type: 'texto', description: '' },
  { name: 'numero', type: 'entero', description: '' },
  { name: 'lista', type: 'lista', description: '' },
];
const rows: Row[] = [
  { titulo: 'Cápsula: la niñez en Güémez', numero: 1, lista: ['uno', 'dos'] },
  { titulo: '=1+1', numero: -3, lista: ['=HYPERLINK("https://ejemplo.org","x")', 'b'] },
  { titulo: '-5', numero: 0, lista: [] },
  { titulo: '+52 55 5555 5555', numero: 12, lista: null },
  { titulo: '@cuenta', numero: null, lista: ['@x'] },
  { titulo: '\tcon tabulador', numero: 7, lista: ['\rcon retorno'] },
  { titulo: 'Dice "hola", y\nsigue', numero: 8, lista: ['a, b'] },
];

beforeAll(() => {
  expect(
    spawnSync(SOFFICE, ['--version']).status,
    'Falta LibreOffice Calc: corre «npm test», que lo instala (scripts/maquina.ts).',
  ).toBe(0);
  work = mkdtempSync(join(tmpdir(), 'snt-hoja-'));
  writeFileSync(join(work, 'prueba.csv'), toCsv(columns, rows));
  for (const dataset of DATASETS) copyFileSync(`dist/datos/${dataset.id}.csv`, join(work, `${dataset.id}.csv`));
  const files = ['prueba', ...DATASETS.map((dataset) => dataset.id)].map((name) => join(work, `${name}.csv`));
  // One run for every file; a profile of its own, so a LibreOffice open elsewhere does not answer instead.
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(work, 'perfil')}`,
      '--headless',
      `--infilter=${CSV_IMPORT}`,
      '--convert-to',
      'fods',
      '--outdir',
      join(work, 'hojas'),
      ...files,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  for (const file of files) {
    const name = file.slice(work.length + 1, -'.csv'.length);
    sheets.set(name, readSheet(readFileSync(join(work, 'hojas', `${name}.fods`), 'utf8')));
  }
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const sheet = (name: string): SheetCell[][] => {
  const found = sheets.get(name);
  if (!found) throw new Error(`LibreOffice no convirtió ${name}.csv`);
  return found;
};

test('the accents survive, and the BOM does not end up in the first heading', () => {
  const [header, first] = sheet('prueba');
  expect(header?.map((cell) => cell.text)).toEqual(['titulo', 'numero', 'lista']);
  expect(first?.[0]).toMatchObject({ type: 'string', text: 'Cápsula: la niñez en Güémez' });
});

test('a title «=1+1» is text, not a formula, and so is everything that would start one', () => {
  const cells = sheet('prueba').slice(1);
  expect(cells[1]?.[0]).toEqual({ type: 'string', text: "'=1+1", value: undefined, formula: undefined });
  const texts = cells.map((row) => row[0]?.text);
  expect(texts).toEqual([
    'Cápsula: la niñez en Güémez',
    "'=1+1",
    "'-5",
    "'+52 55 5555 5555",
    "'@cuenta",
    "'\tcon tabulador",
    'Dice "hola", y\nsigue',
  ]);
  expect(cells.map((row) => row[0]?.type)).toEqual(Array(7).fill('string'));
  expect(cells[1]?.[2]).toMatchObject({ type: 'string', text: `'=HYPERLINK("https://ejemplo.org","x"); b` });
  expect(cells[5]?.[2]).toMatchObject({ type: 'string' });
  expect(cells.flat().filter((cell) => cell.formula)).toEqual([]);
});

test('integers stay numbers, the negative one too', () => {
  const numbers = sheet('prueba')
    .slice(1)
    .map((row) => row[1]);
  expect(numbers.map((cell) => cell?.type)).toEqual(['float', 'float', 'float', 'float', 'empty', 'float', 'float']);
  expect(numbers.map((cell) => cell?.value)).toEqual(['1', '-3', '0', '12', undefined, '7', '8']);
});

test('what the same text would do without the engine’s care: LibreOffice runs it (the check can fail)', () => {
  writeFileSync(join(work, 'sin-cuidado.csv'), '\uFEFFtitulo\r\n=1+1\r\n');
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(work, 'perfil')}`,
      '--headless',
      `--infilter=${CSV_IMPORT}`,
      '--convert-to',
      'fods',
      '--outdir',
      join(work, 'hojas'),
      join(work, 'sin-cuidado.csv'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  const [, row] = readSheet(readFileSync(join(work, 'hojas', 'sin-cuidado.fods'), 'utf8'));
  expect(row?.[0]).toMatchObject({ formula: 'of:=1+1', value: '2' });
});

/** What a JSON value must look like once a spreadsheet has read its CSV cell. */
function expectCell(cell: SheetCell | undefined, value: Cell, type: Column['type'], where: string): void {
  if (value === null || (Array.isArray(value) && value.length === 0)) {
    expect(cell?.type ?? 'empty', where).toBe('empty');
    return;
  }
  expect(cell?.formula, where).toBeUndefined();
  if (typeof value === 'number') {
    expect(cell, where).toMatchObject({ type: 'float', value: String(value) });
    return;
  }
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  const shown = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  if (typeof value === 'boolean') {
    // A spreadsheet in Spanish may show true and false as its own VERDADERO and FALSO.
    expect(cell?.type === 'boolean' ? cell.value : cell?.text, where).toBe(String(value));
  } else if (type === 'fecha' || type === 'fechaHora') {
    // A date becomes a date: its value is the same day (and time).
    if (cell?.type === 'date') expect(cell.value?.replace('T', ' ').slice(0, text.length), where).toBe(text);
    else expect(cell?.text, where).toBe(shown);
  } else {
    expect(cell, where).toMatchObject({ type: 'string', text: shown });
  }
}

describe.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))('/datos/%s.csv', (id, dataset) => {
  test('opens in LibreOffice with its headings, every text as written and no formula', () => {
    const json = JSON.parse(readFileSync(`dist/datos/${id}.json`, 'utf8')) as Record<string, Cell>[];
    const [header, ...records] = sheet(id);
    expect(header?.slice(0, dataset.columns.length).map((cell) => cell.text)).toEqual(
      dataset.columns.map((column) => column.name),
    );
    expect(records).toHaveLength(json.length);
    json.forEach((row, index) => {
      dataset.columns.forEach((column, position) => {
        expectCell(
          records[index]?.[position],
          row[column.name] ?? null,
          column.type,
          `${id}, fila ${index + 1}, ${column.name}`,
        );
      });
    });
  });
});
