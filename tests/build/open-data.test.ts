import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { DATASETS } from '#/src/lib/openData.ts';
import { LIST_SEPARATOR, type Cell } from '#/src/lib/datasets.ts';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const dist = (path: string): string => readFileSync(`dist${path}`, 'utf8');

/** A tiny RFC 4180 parser: quoted fields with doubled quotes, commas and line breaks; CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"' && field === '') {
      // A quoted field: runs to the next quote not followed by another quote.
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) throw new Error('Comillas sin cerrar en el CSV');
        field += text.slice(i, close);
        i = close + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        throw new Error(`Texto después de un campo entre comillas en la posición ${i}`);
      }
    } else if (char === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (char === '\r' || char === '\n') throw new Error(`Salto de línea sin CRLF fuera de comillas en ${i}`);
      field += char;
      i++;
    }
  }
  if (field !== '' || record.length) throw new Error('El CSV no termina en CRLF');
  return records;
}

/** How a JSON value is written in a CSV cell: text a spreadsheet would run as a formula starts with «'». */
const asCsv = (value: Cell): string => {
  if (typeof value === 'number') return String(value);
  const text = value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

const published = (collection: string) => readCollection(collection).filter((entry) => entry.data['borrador'] !== true);
const yamlCount = (name: string): number =>
  readFileSync(`content/${name}.yaml`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('  - ')).length;
type RawPlan = { ejes: { lineas?: unknown[] }[] };
const lineCount = published('planes').reduce(
  (sum, plan) => sum + (plan.data as unknown as RawPlan).ejes.reduce((n, axis) => n + (axis.lineas?.length ?? 0), 0),
  0,
);

const expectedCounts: Record<string, number> = {
  planes: published('planes').length,
  'lineas-de-accion': lineCount,
  seguimiento: lineCount,
  abc: published('abc').length,
  'ediciones-abc': published('abc').reduce((sum, booklet) => sum + (booklet.data['ediciones'] as unknown[]).length, 0),
  revista: published('revista').length,
  articulos: published('articulos').length,
  capsulas: published('capsulas').length,
  audios: published('audios').length,
  eventos: published('eventos').length,
  convocatorias: published('convocatorias').length,
  'obras-ganadoras': published('convocatorias').reduce(
    (sum, call) => sum + ((call.data['resultados'] as { ganadores: unknown[] } | undefined)?.ganadores.length ?? 0),
    0,
  ),
  estados: yamlCount('estados'),
  regiones: yamlCount('regiones'),
  comisiones: yamlCount('comisiones'),
  organismos: yamlCount('organismos'),
  // The counts /impacto/ publishes come from the server's log: a build without them has none
  // (tests/e2e/impact.test.ts builds with them).
  impacto: 0,
};

test('every dataset the brief names is published, and only those', () => {
  expect(DATASETS.map((dataset) => dataset.id).sort()).toEqual(Object.keys(expectedCounts).sort());
});

// Published column names are a contract: changing these lists breaks everyone who reads the files.
test('the columns of planes and lineas-de-accion are stable', () => {
  expect(DATASETS.find((dataset) => dataset.id === 'planes')?.columns.map((column) => column.name)).toEqual([
    'id',
    'url',
    'titulo',
    'resumen',
    'fecha',
    'actualizado',
    'instancia',
    'instanciaId',
    'instanciaNombre',
    'presentaNombre',
    'presentaCargo',
    'presentaOrganismo',
    'periodoInicio',
    'periodoFin',
    'lugar',
    'ejes',
    'lineas',
    'ejemplo',
    'retiradoFecha',
    'retiradoMotivo',
    'retiradoSucesor',
    'retiradoSucesorNombre',
    'retiradoInstrumento',
    'retiradoInstrumentoFecha',
    'retiradoInstrumentoEnlace',
    'retiradoFuentes',
  ]);
  // A body's end came later: its columns follow every column published before them.
  expect(DATASETS.find((dataset) => dataset.id === 'organismos')?.columns.map((column) => column.name)).toEqual([
    'id',
    'url',
    'siglas',
    'nombre',
    'estado',
    'sitio',
    'redes',
    'retiradoFecha',
    'retiradoMotivo',
    'retiradoSucesor',
    'retiradoSucesorNombre',
    'retiradoInstrumento',
    'retiradoInstrumentoFecha',
    'retiradoInstrumentoEnlace',
    'retiradoFuentes',
  ]);
  expect(DATASETS.find((dataset) => dataset.id === 'lineas-de-accion')?.columns.map((column) => column.name)).toEqual([
    'plan',
    'planTitulo',
    'eje',
    'ejeEtiqueta',
    'ejeTitulo',
    'linea',
    'url',
    'texto',
    'actividades',
    'meta',
    'indicador',
    'formula',
    'temporalidad',
    'medioVerificacion',
    'estado',
  ]);
});

test('the abc dataset names each booklet’s law and editions after every column published before them', () => {
  const names = DATASETS.find((dataset) => dataset.id === 'abc')?.columns.map((column) => column.name) ?? [];
  expect(names.slice(names.indexOf('retiradoFuentes'))).toEqual([
    'retiradoFuentes',
    'leyNombre',
    'leyPublicada',
    'leyEstado',
    'leyAbrogada',
    'leyAbrogadaPor',
    'leyFuentes',
    'edicionesTotal',
    'ultimaEdicion',
    'edicionNueva',
  ]);
  const rows = JSON.parse(dist('/datos/abc.json')) as Record<string, Cell>[];
  expect(rows.find((row) => row['id'] === 'abc-derecho-de-acceso-a-la-informacion')).toMatchObject({
    leyNombre: 'Ley General de Transparencia y Acceso a la Información Pública',
    leyPublicada: '2025-03-20',
    leyEstado: 'vigente',
    leyAbrogada: null,
    edicionesTotal: 2,
    ultimaEdicion: '2025-09-10',
    edicionNueva: null,
  });
});

test('the ediciones-abc dataset has one row per edition, with the addresses of its text and of what changed', () => {
  const rows = JSON.parse(dist('/datos/ediciones-abc.json')) as Record<string, Cell>[];
  const booklet = 'https://micrositio.snt.org.mx/abc/abc-derecho-de-acceso-a-la-informacion/';
  expect(rows.filter((row) => row['cuadernillo'] === 'abc-derecho-de-acceso-a-la-informacion')).toEqual([
    expect.objectContaining({
      edicion: 1,
      fecha: '2024-03-15',
      reforma: null,
      url: `${booklet}ediciones/1/`,
      queCambio: null,
      ejemplo: true,
    }),
    expect.objectContaining({
      edicion: 2,
      fecha: '2025-09-10',
      reforma: 'Decreto publicado en el Diario Oficial de la Federación el 20 de marzo de 2025',
      url: `${booklet}ediciones/2/`,
      queCambio: `${booklet}ediciones/2/que-cambio/`,
    }),
  ]);
  // An edition that kept no text has no page: its row says when and what changed, without an address.
  expect(rows.find((row) => row['cuadernillo'] === 'abc-gobierno-abierto' && row['edicion'] === 2)).toMatchObject({
    fecha: '2025-11-20',
    url: null,
    queCambio: null,
  });
  // Every address in it is a built page.
  for (const row of rows) {
    for (const url of [row['url'], row['queCambio']].filter((value) => typeof value === 'string')) {
      expect(dist(`${new URL(url).pathname}index.html`)).toContain('<html');
    }
  }
});

test('the organismos dataset says when the INAI ended, by which decree and who took its functions', () => {
  const rows = JSON.parse(dist('/datos/organismos.json')) as Record<string, Cell>[];
  expect(rows.find((row) => row['id'] === 'inai')).toMatchObject({
    retiradoFecha: '2025-03-21',
    retiradoSucesor: null,
    retiradoSucesorNombre: 'Transparencia para el Pueblo (Secretaría Anticorrupción y Buen Gobierno)',
    retiradoInstrumentoFecha: '2025-03-20',
    retiradoInstrumentoEnlace: 'http://diariooficial.gob.mx/nota_detalle.php?codigo=5752569&fecha=20%2F03%2F2025',
  });
  // A body whose end is only pending stays current: no retirement columns.
  expect(rows.find((row) => row['id'] === 'info-cdmx')).toMatchObject({ retiradoFecha: null, retiradoFuentes: [] });
});

describe.each(DATASETS.map((dataset) => [dataset.id, dataset] as const))('/datos/%s', (id, dataset) => {
  const names = dataset.columns.map((column) => column.name);
  const jsonText = dist(`/datos/${id}.json`);
  const csvText = dist(`/datos/${id}.csv`);
  const rows = JSON.parse(jsonText) as Record<string, Cell>[];
  // The byte order mark is for spreadsheets; the records come after it.
  const csv = parseCsv(csvText.replace(/^\uFEFF/, ''));

  test('the JSON is an array with one object per published entry', () => {
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toHaveLength(expectedCounts[id] ?? -1);
    if (id !== 'impacto') expect(rows.length).toBeGreaterThan(0);
  });

  test('the CSV is UTF-8 with BOM, CRLF, one header row and the same number of rows', () => {
    expect(readFileSync(`dist/datos/${id}.csv`).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvText.indexOf('\uFEFF', 1)).toBe(-1);
    expect(csvText.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/);
    expect(csv[0]).toEqual(names);
    expect(csv).toHaveLength(rows.length + 1);
    for (const record of csv) expect(record).toHaveLength(names.length);
  });

  test('JSON keys are exactly the documented columns, in order', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual(names);
  });

  test('JSON and CSV agree row by row', () => {
    rows.forEach((row, index) => {
      expect(csv[index + 1]).toEqual(names.map((name) => asCsv(row[name] ?? null)));
    });
  });

  test('no CSV cell starts a formula: only numbers of integer columns may start with «-»', () => {
    const integers = new Set(dataset.columns.filter((column) => column.type === 'entero').map((column) => column.name));
    for (const record of csv.slice(1)) {
      record.forEach((cell, column) => {
        if (integers.has(names[column] ?? '') && /^-?\d+$/.test(cell)) return;
        expect(cell, names[column]).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
  });

  test('values have their documented type; URLs are absolute', () => {
    for (const row of rows) {
      for (const column of dataset.columns) {
        const value = row[column.name] ?? null;
        if (value === null) continue;
        if (column.type === 'entero') expect(Number.isInteger(value), column.name).toBe(true);
        if (column.type === 'fecha') expect(value, column.name).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        if (column.type === 'fechaHora') expect(value, column.name).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
        if (column.type === 'url') expect(value, column.name).toMatch(/^https:\/\//);
        if (column.type === 'booleano') expect(typeof value, column.name).toBe('boolean');
        if (column.type === 'lista') expect(Array.isArray(value), column.name).toBe(true);
        if (column.type === 'texto') expect(typeof value, column.name).toBe('string');
      }
    }
  });

  test('its page documents every column in an accessible table', () => {
    const page = parseHtml(dist(`/datos/${id}/index.html`));
    const table = page.querySelector('main table');
    expect(table?.querySelector('caption')?.text).toBeTruthy();
    expect(table?.querySelectorAll('thead th[scope="col"]').map((th) => th.text)).toEqual([
      'Columna',
      'Tipo',
      'Descripción',
    ]);
    expect(table?.querySelectorAll('tbody th[scope="row"]').map((th) => th.text.trim())).toEqual(names);
    for (const column of dataset.columns) expect(page.text).toContain(column.description);
    expect(page.querySelector(`a[href="/datos/${id}.json"]`)).not.toBeNull();
    expect(page.querySelector(`a[href="/datos/${id}.csv"]`)).not.toBeNull();
    expect(page.querySelector('nav[aria-label="Ruta de navegación"] a[href="/datos/"]')).not.toBeNull();
  });
});

test('every línea row points to its plan anchor', () => {
  const rows = JSON.parse(dist('/datos/lineas-de-accion.json')) as Record<string, string>[];
  for (const row of rows) {
    const [axis, line] = String(row['linea']).split('.');
    const plan = String(row['plan']);
    const anchor = `linea-${String(axis)}-${String(line)}`;
    expect(row['url']).toBe(`https://micrositio.snt.org.mx/planes/${plan}/#${anchor}`);
    expect(dist(`/planes/${plan}/index.html`)).toContain(`id="${anchor}"`);
  }
});

describe('/datos/', () => {
  const page = parseHtml(dist('/datos/index.html'));

  test('lists every dataset with its description, row count and both files', () => {
    expect(page.querySelectorAll('main .datasets > li')).toHaveLength(DATASETS.length);
    for (const dataset of DATASETS) {
      const row = page.querySelector(`#conjunto-${dataset.id}`);
      expect(row?.querySelector('h3 a')?.getAttribute('href')).toBe(`/datos/${dataset.id}/`);
      expect(row?.text).toContain(dataset.description);
      expect(row?.querySelector('[data-filas]')?.getAttribute('data-filas')).toBe(String(expectedCounts[dataset.id]));
      expect(row?.querySelector(`a[href="/datos/${dataset.id}.json"]`)).not.toBeNull();
      expect(row?.querySelector(`a[href="/datos/${dataset.id}.csv"]`)).not.toBeNull();
    }
  });

  test('states the licence and the update date', () => {
    expect(page.text).toContain('Términos de Libre Uso MX');
    expect(page.text).toContain('CC BY 4.0');
    expect(page.text).toContain(
      'Puedes usar, copiar y redistribuir estos datos citando al Sistema Nacional de Transparencia como fuente',
    );
    expect(page.querySelector('main time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('says in plain Spanish how to open the CSV files in Excel and LibreOffice', () => {
    const section = page.querySelector('#hoja-de-calculo');
    expect(section?.text).toBe('Abrir los CSV en una hoja de cálculo');
    expect(page.text).toContain('65001: Unicode (UTF-8)');
    expect(page.text).toContain('«Importar texto»');
    expect(page.text).toContain('un apóstrofo');
    expect(page.text).toContain('UTF-8 con BOM');
  });

  test('the footer links to it from every page', () => {
    const footer = parseHtml(dist('/index.html')).querySelector('footer a[href="/datos/"]');
    expect(footer?.text).toBe('Datos abiertos');
  });
});
