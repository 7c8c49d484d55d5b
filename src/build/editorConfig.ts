/**
 * The browser editor's configuration (Decap CMS, public/admin/config.yml), generated from the content
 * schemas (src/content.config.ts: fields, required-ness, patterns, options, and each field's Spanish
 * label and help text in its `meta`) and the registry of kinds (collections, labels, file formats).
 * `npm run editor:configurar` writes it; a test fails when the committed file drifts from it.
 */
import { stringify } from 'yaml';
import { EDITOR, REPOSITORY, SITE_URL } from '#/src/config.ts';
import { localProxyOrigin } from './serving.ts';
import { t } from '#/src/i18n/es.ts';
import { dataFilePath } from '#/src/lib/dataFiles.ts';
import {
  ENTRY_COLLECTIONS,
  GLOSSARY,
  GLOSSARY_COLLECTION,
  SERIES,
  SERIES_COLLECTION,
  HUB_COLLECTIONS,
  HUBS,
  kind,
  PAGE_COLLECTIONS,
  type EntryCollection,
  type HubCollection,
  type PageCollection,
} from '#/src/kinds/index.ts';
import { CONTENT_DIR } from '#/src/lib/paths.ts';
import { ADMIN_URL, FAVICON_URL } from '#/src/lib/urls.ts';
import { capitalized } from '#/src/lib/sentences.ts';
import { IMAGE_ACCEPT } from '#/src/admin/uploads.ts';

/** The part of a JSON Schema (as zod writes it, with our `meta`) that the editor reads. */
export interface FieldSchema {
  type?: string | string[];
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  format?: string;
  /** Spanish label. */
  title?: string;
  /** Spanish help text. */
  description?: string;
  /** A reference: the collection it points into. */
  collection?: string;
  /** An image next to the entry, in this folder. */
  imageFolder?: string;
  /** A file under public/, uploaded to this folder of the site. */
  publicFolder?: string;
  extension?: string;
  multiline?: boolean;
  optionLabels?: Record<string, string>;
  patternMessage?: string;
  /** A list of groups: what one item is called («edición»), which names the editor's «add» button. */
  itemLabel?: string;
  /** A list of groups: how a collapsed item reads, in Decap's `{{fields.x}}` template. */
  itemSummary?: string;
}

/** A widget of Decap's and its options. */
type Widget = Record<string, unknown> & { widget: string };

/** One field of Decap's configuration. */
type Field = Widget & { name: string; label: string };

/** How the editor folds a title into a file name; src/lib/slugs.ts folds alike (tests/unit/lib.test.ts). */
export const SLUG_SETTINGS = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;

/** Titles may not hold the two characters the editor's file names would keep but slugs refuse. */
const TITLE_PATTERN = ['^[^_~]*$', 'El título no puede llevar «_» ni «~»: formarían parte de la dirección.'];

const contentFolder = CONTENT_DIR.replace(/^\.\//, '');

/** What a reference shows and stores: an entry's file name, or a hub's `id` inside its data file. */
function relation(collection: string): Widget {
  if ([...HUB_COLLECTIONS, GLOSSARY_COLLECTION, SERIES_COLLECTION].includes(collection)) {
    const item = `${collection}.*`;
    // Bodies are known by their acronym, terms and series by their name or title; the rest by their name.
    const shown =
      collection === 'organismos'
        ? [`${item}.siglas`, `${item}.nombre`]
        : collection === GLOSSARY_COLLECTION
          ? [`${item}.termino`]
          : collection === SERIES_COLLECTION
            ? [`${item}.titulo`]
            : [`${item}.nombre`];
    return {
      widget: 'relation',
      collection,
      file: collection,
      value_field: `${item}.id`,
      search_fields: shown,
      display_fields: shown,
    };
  }
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['titulo'],
    display_fields: ['titulo'],
  };
}

/** The files an upload field takes: src/admin/main.ts refuses the rest. */
const accepting = (accept: string) => ({ media_library: { config: { accept } } });

/** The widget and its options for a field's schema; `required` is whether the field itself must be filled. */
function widgetOf(schema: FieldSchema, path: string, required: boolean): Widget {
  if (schema.collection) return relation(schema.collection);
  if (schema.imageFolder) {
    // A folder per entry, named from its title as its file is: two entries' «cartel.png» never meet.
    const folder = `${schema.imageFolder}/{{slug}}`;
    return {
      widget: 'image',
      media_folder: folder,
      public_folder: folder,
      choose_url: false,
      ...accepting(IMAGE_ACCEPT),
    };
  }
  if (schema.publicFolder) {
    return {
      widget: 'file',
      media_folder: `/public${schema.publicFolder}`,
      public_folder: schema.publicFolder,
      choose_url: false,
      ...accepting(schema.extension ?? ''),
    };
  }
  if (schema.format === 'date') {
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'DD/MM/YYYY',
      time_format: false,
      picker_utc: true,
    };
  }
  if (schema.format === 'knownDate') {
    // A date known to the month or the year has no day to pick: it is typed, as the files have it.
    return { widget: 'string', pattern: [schema.pattern ?? '', schema.patternMessage ?? ''] };
  }
  if (schema.format === 'datetime-local') {
    // The time of the place, as written: no conversion to the editor's own clock.
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD HH:mm',
      date_format: 'DD/MM/YYYY',
      time_format: 'HH:mm',
      picker_utc: true,
    };
  }
  if (schema.enum) {
    const labels = schema.optionLabels ?? {};
    return { widget: 'select', options: schema.enum.map((value) => ({ label: labels[value] ?? value, value })) };
  }
  if (schema.type === 'boolean') return { widget: 'boolean' };
  if (schema.type === 'integer' || schema.type === 'number') {
    return {
      widget: 'number',
      value_type: schema.type === 'integer' ? 'int' : 'float',
      ...(schema.minimum === undefined ? {} : { min: schema.minimum }),
      ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
    };
  }
  if (schema.type === 'object') {
    // Decap checks an object's fields whether or not the object is filled: inside an optional one (`retirado`,
    // `resultados`) none is required in the form, or no entry without it could be saved. The build checks them.
    return { widget: 'object', collapsed: !required, fields: fieldsOf(schema, path, required) };
  }
  if (schema.type === 'array') {
    const items = schema.items ?? {};
    const size = schema.minItems ? { min: schema.minItems } : {};
    if (items.collection) return { ...relation(items.collection), multiple: true, ...size };
    if (items.enum) {
      return {
        ...widgetOf({ ...items, optionLabels: schema.optionLabels ?? {} }, path, required),
        multiple: true,
        ...size,
      };
    }
    if (items.type === 'object') {
      return {
        widget: 'list',
        collapsed: true,
        ...(schema.itemLabel ? { label_singular: schema.itemLabel } : {}),
        ...(schema.itemSummary ? { summary: schema.itemSummary } : {}),
        fields: fieldsOf(items, `${path}.*`),
        ...size,
      };
    }
    // A list of plain texts: each item is labelled as the list is.
    return {
      widget: 'list',
      field: field('texto', { ...items, ...(schema.title ? { title: schema.title } : {}) }, `${path}.*`, true),
      ...size,
    };
  }
  return { widget: schema.multiline ? 'text' : 'string' };
}

/** A Decap field for the schema of property `name`. */
function field(name: string, schema: FieldSchema, path: string, required: boolean): Field {
  if (!schema.title) throw new Error(`El campo «${path}» no tiene «title» en su meta (src/content.config.ts)`);
  const pattern = schema.pattern && [
    schema.pattern,
    capitalized(schema.patternMessage ?? 'no tiene el formato esperado'),
  ];
  return {
    name,
    label: schema.title,
    ...widgetOf(schema, path, required),
    required,
    ...(schema.description ? { hint: schema.description } : {}),
    ...(pattern ? { pattern } : {}),
    ...(schema.default === undefined || schema.type === 'array' ? {} : { default: schema.default }),
  };
}

/** The fields of an object schema, in its order; none required when the object itself is optional. */
function fieldsOf(schema: FieldSchema, path = '', filled = true): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    field(name, property, path ? `${path}.${name}` : name, filled && required.has(name)),
  );
}

/** An entry kind as a folder collection: one Markdown or MDX file per entry, drafts first. */
function entryCollection(collection: EntryCollection, schema: FieldSchema): Record<string, unknown> {
  const declared = kind(collection);
  const mdx = declared.scaffold.format === 'mdx';
  const fields = fieldsOf(schema).map((item) => {
    // New entries start as drafts; an entry without the field stays published, as the schema reads it.
    if (item.name === 'borrador') return { ...item, default: true };
    if (item.name === 'titulo') return { ...item, pattern: TITLE_PATTERN };
    return item;
  });
  const body: Field = mdx
    ? {
        name: 'body',
        label: 'Texto',
        widget: 'markdown',
        modes: ['raw'],
        hint: 'El texto del plan. «<Ejes />» marca dónde se muestran sus ejes y líneas: déjalo en su lugar.',
        pattern: ['<Ejes />', 'El texto del plan debe conservar «<Ejes />», que muestra sus ejes y líneas.'],
      }
    : { name: 'body', label: 'Texto', widget: 'markdown', modes: ['rich_text', 'raw'] };
  return {
    name: collection,
    label: t(declared.label.other),
    label_singular: t(declared.label.one),
    folder: `${contentFolder}/${collection}`,
    create: true,
    extension: declared.scaffold.format,
    format: 'frontmatter',
    identifier_field: 'titulo',
    slug: '{{slug}}',
    summary: '{{titulo}}',
    sortable_fields: ['fecha', 'titulo'],
    fields: [...fields, body],
  };
}

/** Standalone pages as a folder collection; they need no draft default, nor a date. */
function pageCollection(collection: PageCollection, schema: FieldSchema): Record<string, unknown> {
  return {
    name: collection,
    label: 'Páginas del sitio',
    label_singular: 'Página',
    folder: `${contentFolder}/${collection}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'titulo',
    slug: '{{slug}}',
    summary: '{{titulo}}',
    fields: [...fieldsOf(schema), { name: 'body', label: 'Texto', widget: 'markdown', modes: ['rich_text', 'raw'] }],
  };
}

/** A hub kind as a file collection: its data file, edited as one list. */
const hubCollection = (collection: HubCollection, schema: FieldSchema): Record<string, unknown> =>
  dataFileCollection(
    collection,
    t(HUBS[collection].label.other),
    schema,
    '{{fields.nombre}}',
    HUBS[collection].fileComment,
  );

/** A data file of content/ as a file collection, edited as one list whose items show `summary`, under `comment`. */
function dataFileCollection(
  collection: string,
  label: string,
  schema: FieldSchema,
  summary: string,
  comment: readonly string[],
): Record<string, unknown> {
  return {
    name: collection,
    label,
    files: [
      {
        name: collection,
        label,
        file: dataFilePath(collection),
        fields: [
          {
            name: collection,
            label,
            widget: 'list',
            collapsed: true,
            summary,
            // Decap writes it back above the list when it saves the file, whose own comments it drops; a line
            // break is a backslash and an «n», written out.
            comment: comment.join('\\n'),
            fields: fieldsOf(schema),
          },
        ],
      },
    ],
  };
}

/** Decap's `backend`, from the one place that says where the repository lives (src/config.ts). */
export function editorBackend(): Record<string, unknown> {
  const repo = new URL(REPOSITORY.url).pathname.replace(/^\/|\.git$/g, '');
  const common = { name: EDITOR.host, repo, branch: REPOSITORY.branch };
  if (EDITOR.host === 'github') {
    return { ...common, open_authoring: true, base_url: EDITOR.authUrl, auth_endpoint: EDITOR.authEndpoint };
  }
  return { ...common, api_root: EDITOR.apiRoot, base_url: EDITOR.authUrl, auth_type: 'pkce', app_id: EDITOR.appId };
}

/** Where the configuration is committed (Decap reads `config.yml` next to its page). */
export const EDITOR_CONFIG_FILE = 'public/admin/config.yml';

/** A collection as content.config.ts declares it: its schema, or a function of Astro's image helper. */
interface DeclaredCollection {
  schema?: unknown;
}

/** What an `astro/zod` module offers that this needs. */
interface Zod {
  string: () => unknown;
  toJSONSchema: (schema: never, options: { io: 'input'; unrepresentable: 'any' }) => unknown;
}

/** Each collection's JSON Schema, as the editor sees its input (images as the path an editor writes). */
export function collectionSchemas(
  collections: Record<string, DeclaredCollection>,
  z: Zod,
): Record<string, FieldSchema> {
  return Object.fromEntries(
    Object.entries(collections).map(([name, { schema }]) => {
      const resolved: unknown =
        typeof schema === 'function' ? (schema as (helpers: unknown) => unknown)({ image: () => z.string() }) : schema;
      return [name, z.toJSONSchema(resolved as never, { io: 'input', unrepresentable: 'any' }) as FieldSchema];
    }),
  );
}

/** The whole configuration, from each collection's JSON Schema (by collection name). */
export function editorConfig(schemas: Record<string, FieldSchema>): Record<string, unknown> {
  const schemaOf = (collection: string): FieldSchema => {
    const schema = schemas[collection];
    if (!schema) throw new Error(`Falta el esquema de «${collection}»`);
    return schema;
  };
  return {
    backend: editorBackend(),
    // Only on this machine (localhost): `npm run editor` runs the proxy that writes to the local clone.
    local_backend: { url: `${localProxyOrigin()}/api/v1`, allowed_hosts: [EDITOR.localProxy.host, 'localhost'] },
    publish_mode: 'editorial_workflow',
    locale: 'es',
    site_url: SITE_URL,
    display_url: SITE_URL,
    logo_url: FAVICON_URL,
    // Files without a field of their own go next to the site's media; each image and file field says its folder.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: SLUG_SETTINGS,
    editor: { preview: true },
    collections: [
      ...ENTRY_COLLECTIONS.map((collection) => entryCollection(collection, schemaOf(collection))),
      ...PAGE_COLLECTIONS.map((collection) => pageCollection(collection, schemaOf(collection))),
      ...HUB_COLLECTIONS.map((collection) => hubCollection(collection, schemaOf(collection))),
      dataFileCollection(
        GLOSSARY_COLLECTION,
        t('glossary.title'),
        schemaOf(GLOSSARY_COLLECTION),
        '{{fields.termino}}',
        GLOSSARY.fileComment,
      ),
      dataFileCollection(
        SERIES_COLLECTION,
        t('audio.seriesList'),
        schemaOf(SERIES_COLLECTION),
        '{{fields.titulo}}',
        SERIES.fileComment,
      ),
    ],
  };
}

/** The configuration as the committed public/admin/config.yml. */
export const editorConfigYaml = (schemas: Record<string, FieldSchema>): string =>
  [
    `# Configuración del editor en el navegador (${ADMIN_URL}, Decap CMS).`,
    '# Generada por `npm run editor:configurar` desde los tipos de src/kinds/ y src/config.ts:',
    '# no la edites a mano; una prueba falla si deja de coincidir.',
    stringify(editorConfig(schemas), { lineWidth: 0, aliasDuplicateObjects: false }),
  ].join('\n');
