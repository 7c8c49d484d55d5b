// `npm run nuevo -- <tipo> "<título>"`: scaffolds a draft entry that already builds, for an editor to fill in.
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';
import { readPlanLines } from '#/src/lib/publishedLines.ts';
import { CONTENT_DIR, PUBLIC_DIR } from '#/src/lib/paths.ts';
import { ContentError } from '#/src/lib/problems.ts';
import { slugify } from '#/src/lib/slugs.ts';
import { ENTRY_COLLECTIONS, KINDS, type EntryCollection, type HubCollection } from '#/src/kinds/index.ts';
import { entryText, type ScaffoldContext } from '#/src/lib/scaffolds.ts';

/** Every word accepted for a kind, after folding accents and case (so «Artículo» and «cápsulas» work). */
const WORDS = new Map(
  ENTRY_COLLECTIONS.flatMap((collection) => {
    const { word, aliases } = KINDS[collection].scaffold;
    return [word, ...aliases].map((alias) => [alias, collection] as const);
  }),
);

/** Placeholder images and media (an audio's second of silence), committed next to this script. */
const TEMPLATES = resolve(import.meta.dirname, 'plantillas');

/** A problem the editor can fix, explained in Spanish; the command prints it and exits with 1. */
export class EditorError extends Error {}

/** What `createEntry` made, for the summary printed to the editor. */
export interface Created {
  /** The new entry file, relative to the project. */
  file: string;
  /** The placeholder image next to it, relative to the project, if the kind has one. */
  image?: string;
  /** What the image is, for the steps: «la portada» or «el cartel». */
  imageName?: string;
  /** Whether that image was already there (and was left untouched). */
  imageKept?: boolean;
  /** The placeholder media file under public/ its entry names (an audio's), relative to the project. */
  media?: string;
  /** What it is, for the steps: «el audio». */
  mediaName?: string;
  /** Whether that file was already there (and was left untouched). */
  mediaKept?: boolean;
  /** Address of the entry in `npm run dev`. */
  url: string;
  /** Spanish steps specific to this kind of entry. */
  steps: string[];
}

/** The kind an editor's word names (`plan`, `planes`, `artículo`, `Cápsula`…), if any. */
export const parseKind = (word: string): EntryCollection | undefined => WORDS.get(slugify(word));

/** The Spanish usage message, listing every kind. */
export function usage(): string {
  const rows = ENTRY_COLLECTIONS.map((collection) => {
    const { word, description } = KINDS[collection].scaffold;
    return `  ${word.padEnd(9)} ${description} (content/${collection}/)`;
  });
  return [
    'Uso: npm run nuevo -- <tipo> "<título>"',
    '',
    'Tipos:',
    ...rows,
    '',
    'Ejemplo: npm run nuevo -- capsula "Cómo pedir información pública"',
  ].join('\n');
}

/** Today's local date as YYYY-MM-DD. */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The refusal an editor reads when the file a new entry needs is already there. */
const alreadyExists = (file: string, root: string): EditorError =>
  new EditorError(
    `No se creó nada: ya existe ${relative(root, file)} y este comando nunca sobrescribe un archivo.\n` +
      'Ábrelo para seguir con esa entrada, o cámbiale el nombre si sobra, y vuelve a correr el comando.',
  );

/** Writes `text` to a new file; never overwrites one that exists (flag `wx`), even if it appeared a moment ago. */
export function writeNewFile(file: string, text: string, root = process.cwd()): void {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw alreadyExists(file, root);
  }
}

/** Entry files of a collection (Markdown or MDX, not starting with `_`), relative to its folder. */
function entryFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && !path.split(/[\\/]/).some((part) => part.startsWith('_')))
    .sort();
}

/** The frontmatter of an entry file, or undefined when it has none or it is not valid YAML. */
function frontmatter(file: string): Record<string, unknown> | undefined {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  try {
    const data: unknown = split ? parse(split.yaml) : undefined;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Entries of a collection that have a `numero`, with their id (the file path without extension). */
function numbered(folder: string): { id: string; numero: number }[] {
  return entryFiles(folder).flatMap((path) => {
    const numero = frontmatter(join(folder, path))?.['numero'];
    return typeof numero === 'number' ? [{ id: path.replace(/\.mdx?$/, '').replaceAll('\\', '/'), numero }] : [];
  });
}

const highestNumero = (folder: string): number => Math.max(0, ...numbered(folder).map((entry) => entry.numero));

/** `slug`, or `slug-2`, `slug-3`… : the first that no entry of the folder uses yet. */
export function freeSlug(folder: string, slug: string): string {
  const taken = (name: string) => existsSync(join(folder, `${name}.mdx`)) || existsSync(join(folder, `${name}.md`));
  let candidate = slug;
  for (let n = 2; taken(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

/** The first id of a reference data file such as content/comisiones.yaml, not retired if it can be. */
function firstId(contentDir: string, name: HubCollection): string {
  const file = join(contentDir, `${name}.yaml`);
  const items = existsSync(file) ? dataEntries(readFileSync(file, 'utf8'), name) : [];
  // A body that no longer exists (`retirado`) is no example to follow.
  const id = (items.find((item) => !item['retirado']) ?? items[0])?.['id'];
  if (typeof id !== 'string') {
    throw new EditorError(
      `No encontré ningún «id» en content/${name}.yaml: agrega al menos uno y vuelve a intentarlo.`,
    );
  }
  return id;
}

/** What a template reads from the project in `contentDir`. */
function scaffoldContext(contentDir: string, slug: string, today: string): ScaffoldContext {
  return {
    slug,
    today,
    firstId: (collection) => firstId(contentDir, collection),
    highestNumber: (collection) => highestNumero(join(contentDir, collection)),
    planLines: () => readPlanLines(contentDir),
    latestIssue: () => {
      const issue = numbered(join(contentDir, 'revista')).sort((a, b) => b.numero - a.numero)[0];
      if (issue) return issue;
      throw new EditorError(
        'No hay ningún número de la revista en content/revista/ al cual agregar el artículo.\n' +
          `Crea primero el número con: npm run nuevo -- ${KINDS.revista.scaffold.word} "Título del número"`,
      );
    },
  };
}

/** Creates the draft entry (and its placeholder image) of `kind` titled `title` in the project at `root`. */
export function createEntry(kind: EntryCollection, title: string, root = process.cwd(), now = new Date()): Created {
  const contentDir = resolve(root, CONTENT_DIR);
  const folder = join(contentDir, kind);
  const today = isoToday(now);
  const { draft: template, format } = KINDS[kind].scaffold;
  const draft = template(scaffoldContext(contentDir, freeSlug(folder, slugify(title)), today));

  const file = join(folder, `${draft.slug}.${format}`);
  // A twin in the other format would give the collection two entries with the same id.
  const twin = join(folder, `${draft.slug}.${format === 'md' ? 'mdx' : 'md'}`);
  if (existsSync(twin)) throw alreadyExists(twin, root);
  writeNewFile(file, entryText(title, today, draft), root);
  const created: Created = { file: relative(root, file), url: draft.url, steps: draft.steps };
  if (draft.image) {
    const image = join(folder, draft.image.folder, `${draft.slug}.png`);
    mkdirSync(dirname(image), { recursive: true });
    created.image = relative(root, image);
    created.imageName = draft.image.field === 'poster' ? 'el cartel' : 'la portada';
    // An image already there is most likely the real one, put in place first: keep it.
    created.imageKept = !copyTemplate(`${draft.image.field}.png`, image);
  }
  if (draft.media) {
    const media = join(root, PUBLIC_DIR, draft.media.path);
    mkdirSync(dirname(media), { recursive: true });
    created.media = relative(root, media);
    created.mediaName = draft.media.what;
    created.mediaKept = !copyTemplate(draft.media.template, media);
  }
  return created;
}

/** Copies the placeholder `template` to `target` unless a file is there (most likely the real one): whether it copied. */
function copyTemplate(template: string, target: string): boolean {
  try {
    copyFileSync(join(TEMPLATES, template), target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

/** What to tell the editor once the entry exists. */
export function summary(created: Created): string {
  const imageLines = !created.image
    ? []
    : created.imageKept
      ? [`Imagen: ${created.image} (ya existía; se dejó como estaba)`]
      : [`Imagen provisional: ${created.image}`];
  const imageStep =
    created.image && !created.imageKept
      ? [
          `Reemplaza la imagen provisional por ${created.imageName ?? 'la imagen'} real, con el mismo nombre: ${created.image}`,
        ]
      : [];
  const mediaLines = !created.media
    ? []
    : created.mediaKept
      ? [`Archivo: ${created.media} (ya existía; se dejó como estaba)`]
      : [`Archivo provisional: ${created.media}`];
  const steps = [
    'Cambia cada texto que empieza con «PENDIENTE». La línea con «#» sobre cada campo explica qué va ahí.',
    ...created.steps,
    ...imageStep,
  ];
  return [
    `Listo: se creó ${created.file}`,
    ...imageLines,
    ...mediaLines,
    '',
    'Ahora:',
    ...steps.map((step, n) => `  ${n + 1}. ${step}`),
    '',
    `Para verla, corre «npm run dev» y abre http://localhost:4321${created.url}`,
    'Es un borrador («borrador: true»): se ve en «npm run dev», pero no se publica. Cuando esté lista,',
    'borra la línea «borrador: true» y corre «npm run revisar».',
  ].join('\n');
}

/** Runs the command with its arguments; returns the exit code. */
export function main(args: string[]): number {
  const [word, ...rest] = args;
  const title = rest.join(' ').trim();
  const kind = word === undefined ? undefined : parseKind(word);
  try {
    if (word === undefined) throw new EditorError('Falta el tipo de entrada y su título.');
    if (!kind) throw new EditorError(`No conozco el tipo «${word}».`);
    if (!title) throw new EditorError('Falta el título, entre comillas.');
    if (title.length < 3 || !slugify(title)) {
      throw new EditorError(`El título «${title}» no sirve: escribe al menos 3 caracteres, con letras o números.`);
    }
    console.log(summary(createEntry(kind, title)));
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      return 1;
    }
    if (!(error instanceof EditorError)) throw error;
    const showUsage = !kind || !title;
    console.error(showUsage ? `${error.message}\n\n${usage()}` : error.message);
    return 1;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
