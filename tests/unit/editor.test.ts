import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import decapYaml from 'decap-cms-core/dist/esm/formats/yaml.js';
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { acceptsFile, IMAGE_ACCEPT, uploadRefusal } from '#/src/admin/uploads.ts';
import { collections } from '#/src/content.config.ts';
import { contentFiles } from '#/src/build/contentFiles.ts';
import {
  collectionSchemas,
  EDITOR_CONFIG_FILE,
  editorConfig,
  editorBackend,
  editorConfigYaml,
  SLUG_SETTINGS,
} from '#/src/build/editorConfig.ts';
import { adminCsp } from '#/src/build/serving.ts';
import { EDITOR } from '#/src/config.ts';
import { dataFilePath } from '#/src/lib/dataFiles.ts';
import {
  ENTRY_COLLECTIONS,
  GLOSSARY,
  GLOSSARY_COLLECTION,
  HUB_COLLECTIONS,
  HUBS,
  PAGE_COLLECTIONS,
  SERIES_COLLECTION,
} from '#/src/kinds/index.ts';
import { slugify } from '#/src/lib/slugs.ts';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

type Field = Record<string, unknown> & { name: string; label: string; widget: string; fields?: Field[]; field?: Field };
type Collection = { name: string; fields?: Field[]; files?: { file: string; fields: Field[] }[]; extension?: string };

const schemas = collectionSchemas(collections, z);
const config = editorConfig(schemas) as { collections: Collection[]; slug: unknown; publish_mode: string };
const collectionOf = (name: string): Collection => {
  const found = config.collections.find((collection) => collection.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
/** The field at a dotted path of a collection (`video.archivo`, `ejes.lineas.estado`). */
const fieldAt = (collection: string, path: string): Field => {
  let fields: Field[] = collectionOf(collection).fields ?? collectionOf(collection).files?.[0]?.fields ?? [];
  let found: Field | undefined;
  for (const name of path.split('.')) {
    found = fields.find((field) => field.name === name);
    if (!found) throw new Error(`no field ${path} in ${collection}`);
    fields = found.fields ?? [];
  }
  return found as Field;
};

test('public/admin/config.yml is what `npm run editor:configurar` writes from the schemas and the registry', () => {
  expect(readFileSync(EDITOR_CONFIG_FILE, 'utf8')).toBe(editorConfigYaml(schemas));
});

test('every collection is in the editor: entries as folders of their format, reference data as their file', () => {
  expect(config.collections.map((collection) => collection.name)).toEqual([
    ...ENTRY_COLLECTIONS,
    ...PAGE_COLLECTIONS,
    ...HUB_COLLECTIONS,
    GLOSSARY_COLLECTION,
    SERIES_COLLECTION,
  ]);
  expect(collectionOf('planes').extension).toBe('mdx');
  expect(collectionOf('capsulas').extension).toBe('md');
  for (const data of [...HUB_COLLECTIONS, GLOSSARY_COLLECTION, SERIES_COLLECTION])
    expect(collectionOf(data).files?.[0]?.file).toBe(dataFilePath(data));
  expect(config.publish_mode).toBe('editorial_workflow');
});

describe.each(ENTRY_COLLECTIONS)('the %s form', (collection) => {
  test('has every field of the schema, labelled in Spanish, required as the schema requires', () => {
    const schema = schemas[collection];
    const names = (collectionOf(collection).fields ?? []).map((field) => field.name);
    expect(names).toEqual([...Object.keys(schema?.properties ?? {}), 'body']);
    for (const field of collectionOf(collection).fields ?? []) {
      expect(field.label, field.name).toMatch(/^[A-ZÁÉÍÓÚÑ¿]/);
      if (field.name !== 'body')
        expect(field.required, field.name).toBe(schema?.required?.includes(field.name) ?? false);
    }
  });

  test('starts a new entry as a draft, and refuses titles its file name could not carry', () => {
    expect(fieldAt(collection, 'borrador')).toMatchObject({ widget: 'boolean', default: true });
    const [pattern = ''] = fieldAt(collection, 'titulo')['pattern'] as string[];
    expect(new RegExp(pattern).test('Cómo pedir información')).toBe(true);
    expect(new RegExp(pattern).test('archivo_final')).toBe(false);
  });
});

test('references are relation widgets that show names, and store what the schema checks', () => {
  expect(fieldAt('capsulas', 'estado')).toMatchObject({
    widget: 'relation',
    collection: 'estados',
    file: 'estados',
    value_field: 'estados.*.id',
    display_fields: ['estados.*.nombre'],
  });
  expect(fieldAt('capsulas', 'organismo')['display_fields']).toEqual(['organismos.*.siglas', 'organismos.*.nombre']);
  expect(fieldAt('articulos', 'revista')).toMatchObject({
    widget: 'relation',
    collection: 'revista',
    value_field: '{{slug}}',
  });
  expect(fieldAt('planes', 'ejes.lineas.evidencias.capsulas')).toMatchObject({
    widget: 'relation',
    collection: 'capsulas',
    multiple: true,
  });
  expect(fieldAt('articulos', 'estados')).toMatchObject({ widget: 'relation', multiple: true });
});

test('any entry, page or body can be marked retired, its successor chosen among its own collection', () => {
  for (const collection of [...ENTRY_COLLECTIONS, ...PAGE_COLLECTIONS]) {
    expect(fieldAt(collection, 'retirado'), collection).toMatchObject({ widget: 'object', required: false });
    expect(fieldAt(collection, 'retirado.sucesor'), collection).toMatchObject({ widget: 'relation', collection });
  }
  expect(fieldAt('organismos', 'organismos.retirado.sucesor')).toMatchObject({
    widget: 'relation',
    collection: 'organismos',
    value_field: 'organismos.*.id',
  });
});

test('an optional group asks for nothing until it is used: Decap checks its fields even when it is empty', () => {
  // The build still refuses a `retirado` without its date or reason, or `resultados` without their date.
  for (const [collection, group] of [
    ['capsulas', 'retirado'],
    ['convocatorias', 'resultados'],
  ] as const) {
    const { fields = [], collapsed } = fieldAt(collection, group);
    expect(collapsed, group).toBe(true);
    expect(fields.length, group).toBeGreaterThan(0);
    expect(
      fields.filter((field) => field['required'] !== false).map((field) => field.name),
      group,
    ).toEqual([]);
  }
  expect(schemas['capsulas']?.properties?.['retirado']?.required).toEqual(['fecha', 'motivo']);
  // A group every entry has stays open, its fields required as the schema says.
  expect(fieldAt('planes', 'presenta')).toMatchObject({ collapsed: false, required: true });
  expect(fieldAt('planes', 'presenta.nombre').required).toBe(true);
});

test('a booklet takes a new edition with its date and note, and optionally its reform and full text', () => {
  const editions = fieldAt('abc', 'ediciones');
  // Decap's button reads «Agregar edición»; a folded edition shows its date and note.
  expect(editions).toMatchObject({ widget: 'list', min: 1, label_singular: 'edición' });
  expect(editions['summary']).toBe('{{fields.fecha}}: {{fields.descripcion}}');
  expect(editions['hint']).toContain('agrégala al final con su fecha y su nota');
  expect((editions.fields ?? []).map(({ name, label, widget, required }) => [name, label, widget, required])).toEqual([
    ['fecha', 'Fecha de la edición', 'datetime', true],
    ['descripcion', 'Qué cambió', 'text', true],
    ['reforma', 'Reforma', 'text', false],
    ['texto', 'Texto de esta edición', 'text', false],
  ]);
  for (const field of editions.fields ?? []) expect(field['hint'], field.name).toMatch(/^[A-ZÁÉÍÓÚÑ«]/);
  expect(fieldAt('abc', 'ediciones.fecha')['format']).toBe('YYYY-MM-DD');
  expect(fieldAt('abc', 'edicionNueva')).toMatchObject({ widget: 'relation', collection: 'abc', required: false });
});

test('the plan structure is editable: ejes, their líneas, each with its indicator fields and progress', () => {
  expect(fieldAt('planes', 'ejes')).toMatchObject({ widget: 'list', min: 1 });
  expect(fieldAt('planes', 'ejes.lineas.texto').widget).toBe('text');
  expect(fieldAt('planes', 'ejes.lineas.indicador').required).toBe(false);
  // Progress is derived from the evidence: the only state an editor may write is «cumplida».
  expect(fieldAt('planes', 'ejes.lineas.estado')).toMatchObject({
    widget: 'select',
    options: [{ label: 'Cumplida', value: 'cumplida' }],
  });
  expect(fieldAt('planes', 'ejes.lineas.cuenta.tipos')).toMatchObject({ widget: 'select', multiple: true });
  expect(fieldAt('planes', 'ejes.lineas.cuenta.tipos')['options']).toContainEqual({
    label: 'Eventos',
    value: 'eventos',
  });
  expect(fieldAt('planes', 'ejes.lineas.evidencias.externas.tipo')['options']).toContainEqual({
    label: 'Comunicado oficial',
    value: 'comunicado',
  });
  // Every kind that can be evidence names its plan by title and its línea by number.
  for (const collection of ['abc', 'revista', 'articulos', 'capsulas', 'eventos', 'convocatorias'] as const) {
    expect(fieldAt(collection, 'lineas.plan')).toMatchObject({ widget: 'relation', collection: 'planes' });
    expect(fieldAt(collection, 'lineas.linea').widget).toBe('string');
  }
  expect(fieldAt('planes', 'ejes.descripcion')['field']).toMatchObject({ widget: 'text' });
  expect(fieldAt('planes', 'body')).toMatchObject({
    widget: 'markdown',
    modes: ['raw'],
    pattern: ['<Ejes />', expect.any(String)],
  });
});

test('patterns and formats come from the schema, with a Spanish message', () => {
  const [duration = '', message] = fieldAt('capsulas', 'duracion')['pattern'] as string[];
  expect(['1:30', '12:05', '1:02:03'].every((value) => new RegExp(duration).test(value))).toBe(true);
  expect(['90', '1:3', '1:60'].some((value) => new RegExp(duration).test(value))).toBe(false);
  expect(message).toMatch(/^Se esperaba una duración/);
  expect(fieldAt('capsulas', 'video.youtube')['pattern']).toEqual([
    String.raw`^[\w-]{11}$`,
    'Un id de YouTube tiene 11 caracteres (letras, números, - o _)',
  ]);
  expect(fieldAt('organismos', 'organismos.sitio')['pattern']).toEqual([
    String.raw`^https://\S+$`,
    expect.stringContaining('https://'),
  ]);
  // A publication date may be known only to the month or the year: typed, with the pattern the build checks.
  const fecha = fieldAt('capsulas', 'fecha') as unknown as { widget: string; pattern: [string, string] };
  expect(fecha.widget).toBe('string');
  expect(['2024-05-10', '2022-01', '2019'].map((value) => new RegExp(fecha.pattern[0]).test(value))).toEqual([
    true,
    true,
    true,
  ]);
  expect(['10/05/2024', '2022-1', '19'].some((value) => new RegExp(fecha.pattern[0]).test(value))).toBe(false);
  expect(fieldAt('capsulas', 'actualizado')).toMatchObject({
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    time_format: false,
  });
  expect(fieldAt('planes', 'periodo.inicio')).toMatchObject({ widget: 'number', value_type: 'int', min: 2000 });
});

test('pictures go next to the entry, videos, captions and PDFs to the public/ folders the schema checks', () => {
  expect(fieldAt('capsulas', 'poster')).toMatchObject({
    widget: 'image',
    media_folder: 'posters/{{slug}}',
    public_folder: 'posters/{{slug}}',
  });
  expect(fieldAt('abc', 'portada')).toMatchObject({ widget: 'image', media_folder: 'portadas/{{slug}}' });
  expect(fieldAt('capsulas', 'video.archivo')).toMatchObject({
    widget: 'file',
    media_folder: '/public/media/capsulas',
    public_folder: '/media/capsulas',
  });
  expect(fieldAt('capsulas', 'video.subtitulos')['media_folder']).toBe('/public/media/capsulas');
  expect(fieldAt('abc', 'pdf')).toMatchObject({ widget: 'file', media_folder: '/public/pdf/abc' });
});

/** Every upload field of every form, with the collection and path it is at. */
const uploadFields = (fields: Field[], at: string): [string, Field][] =>
  fields.flatMap((field): [string, Field][] => [
    ...(['file', 'image'].includes(field.widget) ? [[`${at}.${field.name}`, field] as [string, Field]] : []),
    ...uploadFields([...(field.fields ?? []), ...(field.field ? [field.field] : [])], `${at}.${field.name}`),
  ]);

test('each upload field takes only its own kind of file: the extension its schema checks, or the images sharp takes', () => {
  const all = config.collections.flatMap((collection) =>
    uploadFields(collection.fields ?? collection.files?.flatMap((file) => file.fields) ?? [], collection.name),
  );
  expect(all.length).toBeGreaterThanOrEqual(10);
  for (const [path, field] of all) {
    const accept = (field['media_library'] as { config?: { accept?: string } } | undefined)?.config?.accept;
    if (field.widget === 'image') expect(accept, path).toBe(IMAGE_ACCEPT);
    else expect(accept, path).toMatch(/^\.(?:pdf|mp4|vtt|mp3|opus|json)$/);
  }
  expect(fieldAt('abc', 'pdf')['media_library']).toEqual({ config: { accept: '.pdf' } });
  expect(fieldAt('capsulas', 'video.archivo')['media_library']).toEqual({ config: { accept: '.mp4' } });
  expect(fieldAt('capsulas', 'video.subtitulos')['media_library']).toEqual({ config: { accept: '.vtt' } });
  expect(fieldAt('capsulas', 'poster')['media_library']).toEqual({ config: { accept: '.png,.jpg,.jpeg,.webp,.avif' } });
  expect(fieldAt('convocatorias', 'bases')['media_library']).toEqual({ config: { accept: '.pdf' } });
});

test.each([
  ['.pdf', 'bases.pdf', true],
  ['.pdf', 'BASES.PDF', true],
  ['.pdf', 'notas.txt', false],
  ['.pdf', 'bases.pdf.exe', false],
  ['.pdf', 'pdf', false],
  [IMAGE_ACCEPT, 'cartel.jpeg', true],
  [IMAGE_ACCEPT, 'cartel.svg', false],
  [IMAGE_ACCEPT, 'animacion.gif', false],
  [undefined, 'cualquiera.zip', true],
])('an upload field that takes %s takes «%s»: %s', (accept, name, taken) => {
  expect(acceptsFile(accept, name)).toBe(taken);
});

test('a refused file is named, with the files the field takes, in Spanish', () => {
  expect(uploadRefusal('.pdf', 'notas.txt')).toBe('«notas.txt» no se subió: este campo solo acepta archivos .pdf.');
  expect(uploadRefusal(IMAGE_ACCEPT, 'logo.svg')).toBe(
    '«logo.svg» no se subió: este campo solo acepta archivos .png, .jpg, .jpeg, .webp o .avif.',
  );
});

// What Decap names a new file: formatters.js prepareSlug (lower case, no «'», «.» → «-») then sanitizeSlug.
const editorSlug = (title: string): string =>
  sanitizeSlug(title.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-'), SLUG_SETTINGS);

test.each([
  ...ENTRY_COLLECTIONS.flatMap((collection) =>
    contentFiles('.', collection, { drafts: true }).map((file) => String(file.data?.['titulo'])),
  ),
  'Año de la niñez: ¿qué cambió en 2025?',
  'Ángel Núñez — “Transparencia” en Güémez',
  "D'Artagnan’s 1.º foro «en línea»",
  'Œuvre, æther, straße, Łódź, Øresund',
])('the editor names the file of «%s» as `npm run nuevo` does', (title) => {
  expect(editorSlug(title)).toBe(slugify(title));
});

describe('nothing is lost when the editor opens and saves an entry unchanged', () => {
  const files = contentFiles('.', undefined, { drafts: true });
  const format = frontmatterYAML();
  const frontmatter = (text: string): unknown => parse(splitFrontmatter(text)?.yaml ?? '');

  test.each(files.map((file) => [file.path, file] as const))('%s', (path, file) => {
    const collection = path.split('/')[1] ?? '';
    const order = (collectionOf(collection).fields ?? []).map((field) => field.name);
    const saved = format.toFile(format.fromFile(file.source), order);
    expect(frontmatter(saved)).toEqual(frontmatter(file.source));
    expect(saved.slice(saved.indexOf('\n---', 3) + 4)).toBe(file.source.slice(file.source.indexOf('\n---', 3) + 4));
  });

  // Decap drops a data file's comments when it saves it, and writes back only its list field's `comment`.
  const commentLines = (text: string) => text.split('\n').filter((line) => /^\s*#/.test(line));

  const fileComments: Record<string, readonly string[]> = {
    ...Object.fromEntries(HUB_COLLECTIONS.map((c) => [c, HUBS[c].fileComment])),
    [GLOSSARY_COLLECTION]: GLOSSARY.fileComment,
  };
  test.each(
    [...HUB_COLLECTIONS, GLOSSARY_COLLECTION].map((collection) => [dataFilePath(collection), collection] as const),
  )('%s, comments included: its only comment is the one the editor writes back', (path, collection) => {
    const text = readFileSync(path, 'utf8');
    const comment = fieldAt(collection, collection)['comment'];
    expect(typeof comment).toBe('string');
    const saved = decapYaml.toFile(decapYaml.fromFile(text), [], { [collection]: String(comment) });
    expect(parse(saved)).toEqual(parse(text));
    expect(commentLines(saved)).toEqual(commentLines(text));
    expect(commentLines(text)).toEqual((fileComments[collection] ?? []).map((line) => `# ${line}`));
  });
});

test('every proposal runs `npm run revisar`: on GitHub for each pull request, on GitLab for each merge request', () => {
  const github = parse(readFileSync('.github/workflows/revisar.yml', 'utf8')) as {
    on: Record<string, unknown>;
    jobs: { revisar: { steps: { run?: string }[] } };
  };
  expect(Object.keys(github.on)).toEqual(['pull_request']);
  const commands = github.jobs.revisar.steps.map((step) => step.run ?? '').join('\n');
  expect(commands).toMatch(/npm ci[\s\S]*npm run revisar/);
  const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as {
    revisar: { rules: { if: string }[]; script: string[] };
  };
  expect(gitlab.revisar.rules[0]?.if).toContain('merge_request_event');
  expect(gitlab.revisar.script).toEqual(['npm ci --no-audit --no-fund', 'npm run revisar']);
});

test.each([
  { host: 'gitlab' as const, apiRoot: 'https://git.example.org/api/v4', authUrl: 'https://git.example.org' },
  { host: 'gitea' as const, apiRoot: 'https://codigo.example.org/api/v1', authUrl: 'https://codigo.example.org' },
])('a self-hosted $host logs in with PKCE, and the editor may talk to that host only', ({ host, apiRoot, authUrl }) => {
  const saved = { ...EDITOR };
  Object.assign(EDITOR, { host, apiRoot, authUrl, appId: 'id-de-ejemplo' });
  try {
    expect(editorBackend()).toMatchObject({
      name: host,
      repo: 'snt-transparencia/micrositio',
      api_root: apiRoot,
      base_url: authUrl,
      auth_type: 'pkce',
      app_id: 'id-de-ejemplo',
    });
    expect(adminCsp()).toContain(`connect-src 'self' blob: ${new URL(apiRoot).origin};`);
  } finally {
    Object.assign(EDITOR, saved);
  }
  expect(editorBackend()).toMatchObject({ name: 'github', open_authoring: true });
});
