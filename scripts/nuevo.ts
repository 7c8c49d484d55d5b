// `npm run nuevo -- <tipo> "<título>"`: scaffolds a draft entry that already builds, for an editor to fill in.
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../src/lib/paths.ts';
import { slugify } from '../src/lib/slugs.ts';
import { abcUrl, articleUrl, capsuleUrl, issueUrl, planUrl } from '../src/lib/urls.ts';

/** The kinds of entry an editor can create, by the word they type. */
export type Kind = 'plan' | 'abc' | 'revista' | 'articulo' | 'capsula';

/**
 * Folder of each kind under content/, its file format and how the usage message describes it.
 * Only plans need MDX (for `<Ejes />`); Markdown builds much faster, so every other kind uses it.
 */
const KINDS: Record<Kind, { collection: string; format: 'md' | 'mdx'; description: string }> = {
  plan: { collection: 'planes', format: 'mdx', description: 'plan de trabajo de una comisión, región u organismo' },
  abc: { collection: 'abc', format: 'md', description: 'cuadernillo de la serie «Los ABC»' },
  revista: { collection: 'revista', format: 'md', description: 'número de la revista México Transparente' },
  articulo: { collection: 'articulos', format: 'md', description: 'artículo de un número de la revista' },
  capsula: { collection: 'capsulas', format: 'md', description: 'cápsula de video con su transcripción' },
};

/** Every spelling accepted for a kind, after folding accents and case (so «Artículo» and «cápsulas» work). */
const ALIASES: Record<string, Kind> = {
  plan: 'plan',
  planes: 'plan',
  abc: 'abc',
  revista: 'revista',
  revistas: 'revista',
  articulo: 'articulo',
  articulos: 'articulo',
  capsula: 'capsula',
  capsulas: 'capsula',
};

/** Placeholder images, committed next to this script. */
const TEMPLATES = resolve(import.meta.dirname, 'plantillas');

/** Marks every value the editor still has to write; the pages show it as is in `npm run dev`. */
const TODO = 'PENDIENTE';

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
  /** Address of the entry in `npm run dev`. */
  url: string;
  /** Spanish steps specific to this kind of entry. */
  steps: string[];
}

/** The kind an editor's word names (`plan`, `planes`, `artículo`, `Cápsula`…), if any. */
export const parseKind = (word: string): Kind | undefined => ALIASES[slugify(word)];

/** The Spanish usage message, listing every kind. */
export function usage(): string {
  const rows = Object.entries(KINDS).map(
    ([kind, { collection, description }]) => `  ${kind.padEnd(9)} ${description} (content/${collection}/)`,
  );
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

/** A YAML double-quoted string (JSON strings are valid YAML). */
const quoted = (text: string): string => JSON.stringify(text);

/** Entry files of a collection (Markdown or MDX, not starting with `_`), relative to its folder. */
function entryFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && !path.split(/[\\/]/).some((part) => part.startsWith('_')))
    .sort();
}

/** The frontmatter of an entry file, or undefined when it has none or it is not valid YAML. */
function frontmatter(file: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  try {
    const data: unknown = match ? parse(match[1] ?? '') : undefined;
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

/** The first id of a reference data file such as content/comisiones.yaml. */
function firstId(contentDir: string, name: string): string {
  const file = join(contentDir, `${name}.yaml`);
  const items: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
  const first: unknown = Array.isArray(items) ? items[0] : undefined;
  const id = typeof first === 'object' && first !== null ? (first as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') {
    throw new EditorError(
      `No encontré ningún «id» en content/${name}.yaml: agrega al menos uno y vuelve a intentarlo.`,
    );
  }
  return id;
}

/** One kind's file: its name, frontmatter lines (after the shared ones), body, image and steps. */
interface Draft {
  slug: string;
  fields: string[];
  body: string;
  image?: { field: 'portada' | 'poster'; folder: 'portadas' | 'posters' };
  url: string;
  steps: string[];
}

/** Lines for an optional image, pointing at the placeholder copied next to the entry. */
const imageLines = (field: 'portada' | 'poster', folder: string, slug: string, what: string): string[] => [
  `# ${what} junto a este archivo. Reemplaza ${folder}/${slug}.png por la imagen real con el mismo nombre.`,
  `${field}: ./${folder}/${slug}.png`,
  `# Texto alternativo: describe la imagen para quien no puede verla (qué muestra y qué texto lleva).`,
  `${field}Alt: ${quoted(`${TODO}: describe la imagen`)}`,
];

function planDraft(contentDir: string, slug: string, today: string): Draft {
  const comision = firstId(contentDir, 'comisiones');
  const organismo = firstId(contentDir, 'organismos');
  const year = today.slice(0, 4);
  return {
    slug,
    fields: [
      '# Instancia del SNT que presenta el plan: comision, region u organismo. Con «region», cambia la línea',
      '# «comision» de abajo por «region: <id>» (content/regiones.yaml); con «organismo», por «organismo: <id>».',
      'instancia: comision',
      `# Comisión del plan: un «id» de content/comisiones.yaml (se puso la primera de la lista; cámbiala).`,
      `comision: ${comision}`,
      '# Quién presenta el plan.',
      'presenta:',
      '  # Nombre de la persona o del área que lo presenta.',
      `  nombre: ${quoted(`${TODO}: nombre de quien presenta el plan`)}`,
      '  # Su cargo, p. ej. «Comisionada Presidenta». Si no hace falta, borra esta línea y la de arriba.',
      `  cargo: ${quoted(`${TODO}: cargo`)}`,
      `  # Su organismo garante: un «id» de content/organismos.yaml (se puso el primero de la lista; cámbialo).`,
      `  organismo: ${organismo}`,
      '# Años que cubre el plan; en un plan de un solo año, «inicio» y «fin» son el mismo.',
      'periodo:',
      '  # Primer año.',
      `  inicio: ${year}`,
      '  # Último año.',
      `  fin: ${year}`,
      '# Opcional: lugar donde se firmó el plan. Quita el «#» del principio para usarlo.',
      '# lugar: "Ciudad, Estado"',
      '# Ejes, estrategias o programas, en el orden del plan. Para agregar otro, copia el bloque que empieza',
      '# con «- etiqueta» con la misma sangría.',
      'ejes:',
      '  # Cómo numera el plan este eje, p. ej. «Eje estratégico I», «Estrategia 2», «Programa 1».',
      '  - etiqueta: "Eje 1"',
      '    # Nombre del eje.',
      `    titulo: ${quoted(`${TODO}: nombre del eje`)}`,
      '    # Opcional: párrafos que explican el eje, uno por renglón que empieza con «- ».',
      '    descripcion:',
      `      - ${quoted(`${TODO}: párrafo que explica el eje`)}`,
      '    # Líneas de acción del eje, una por renglón que empieza con «- texto:».',
      '    lineas:',
      '      # Texto de la línea de acción, como lo escribieron sus autores.',
      `      - texto: ${quoted(`${TODO}: primera línea de acción`)}`,
    ],
    body: [
      `${TODO}: escribe aquí el texto del plan, en el orden del documento original: presentación, objetivos,`,
      'misión, visión, etc. Cada sección empieza con «## » y su título; para una lista, empieza cada renglón con «- ».',
      '',
      '## Ejes',
      '',
      'La línea de abajo muestra los ejes y las líneas de acción del encabezado. Ponla donde van en el plan.',
      '',
      '<Ejes />',
    ].join('\n'),
    url: planUrl(slug),
    steps: [
      `Revisa «instancia», «comision» y «presenta.organismo»: se pusieron ${comision} y ${organismo}, los primeros de cada lista, solo para que la entrada funcione.`,
      'Escribe los ejes y sus líneas de acción en el encabezado (entre las líneas «---»), no en el texto.',
    ],
  };
}

function abcDraft(contentDir: string, slug: string, today: string): Draft {
  const numero = highestNumero(join(contentDir, 'abc')) + 1;
  return {
    slug,
    fields: [
      `# Número del cuadernillo en la serie «Los ABC» (se puso ${numero}, el siguiente libre).`,
      `numero: ${numero}`,
      '# Tema, p. ej. «Protección de datos personales».',
      `tema: ${quoted(`${TODO}: tema del cuadernillo`)}`,
      '# Reforma de ley que refleja el texto actual.',
      `reforma: ${quoted(`${TODO}: reforma de ley que refleja el texto`)}`,
      '# Ediciones, de la más antigua a la más reciente. Para agregar una, copia el bloque «- fecha».',
      'ediciones:',
      '  # Fecha de la edición (AAAA-MM-DD).',
      `  - fecha: ${today}`,
      '    # Qué cambió en esta edición.',
      '    descripcion: "Primera edición."',
      ...imageLines('portada', 'portadas', slug, 'Portada'),
      `# Opcional: PDF para imprimir, subido a public/pdf/abc/. Quita el «#» del principio al subirlo.`,
      `# pdf: /pdf/abc/${slug}.pdf`,
      '# Comisiones relacionadas: «id» de content/comisiones.yaml, uno por renglón con «- », o [] si ninguna.',
      'comisiones: []',
    ],
    body: [
      `${TODO}: escribe aquí el texto completo del cuadernillo. Empieza con un párrafo que diga de qué trata.`,
      '',
      `## ${TODO}: primera sección`,
      '',
      'Cada sección empieza con «## » y su título. Separa los párrafos con una línea en blanco; para una lista,',
      'empieza cada renglón con «- ».',
    ].join('\n'),
    image: { field: 'portada', folder: 'portadas' },
    url: abcUrl(slug),
    steps: [`Revisa «numero»: se puso ${numero}, el siguiente de la serie.`],
  };
}

function revistaDraft(contentDir: string): Draft {
  const numero = highestNumero(join(contentDir, 'revista')) + 1;
  const slug = `numero-${numero}`;
  return {
    slug,
    fields: [
      `# Número de la revista; es su dirección: /revista/${numero}/. Debe coincidir con el nombre del archivo.`,
      `numero: ${numero}`,
      '# Tema del número.',
      `tema: ${quoted(`${TODO}: tema del número`)}`,
      ...imageLines('portada', 'portadas', slug, 'Portada'),
      `# Opcional: el número completo en PDF, subido a public/pdf/revista/. Quita el «#» del principio al subirlo.`,
      `# pdf: /pdf/revista/${slug}.pdf`,
      '# Comité editorial: una persona o área por bloque que empieza con «- nombre».',
      'comite:',
      '  # Nombre de la persona, o del área si no se nombra a nadie.',
      `  - nombre: ${quoted(`${TODO}: nombre`)}`,
      '    # Su cargo. Si no hace falta, borra esta línea y la de arriba.',
      `    cargo: ${quoted(`${TODO}: cargo`)}`,
      '    # Opcional: su organismo garante, un «id» de content/organismos.yaml. Quita el «#» para usarlo.',
      '    # organismo: id-del-organismo',
    ],
    body: [
      '## Presentación',
      '',
      `${TODO}: escribe aquí la presentación del número. Los artículos se crean aparte, cada uno con`,
      '«npm run nuevo -- articulo "Título del artículo"».',
    ].join('\n'),
    image: { field: 'portada', folder: 'portadas' },
    url: issueUrl(numero),
    steps: [`Es el número ${numero}: se publicará en ${issueUrl(numero)}.`],
  };
}

function articuloDraft(contentDir: string, slug: string): Draft {
  const issue = numbered(join(contentDir, 'revista')).sort((a, b) => b.numero - a.numero)[0];
  if (!issue) {
    throw new EditorError(
      'No hay ningún número de la revista en content/revista/ al cual agregar el artículo.\n' +
        'Crea primero el número con: npm run nuevo -- revista "Título del número"',
    );
  }
  return {
    slug,
    fields: [
      `# Número de la revista al que pertenece: el nombre de su archivo en content/revista/ (se puso el más reciente).`,
      `revista: ${issue.id}`,
      '# Autoras y autores, en el orden de la firma: uno por bloque que empieza con «- nombre».',
      'autores:',
      '  # Nombre completo, o el área si no se nombra a nadie.',
      `  - nombre: ${quoted(`${TODO}: nombre de la autora o del autor`)}`,
      '    # Opcional: su cargo. Quita el «#» para usarlo.',
      '    # cargo: "Cargo"',
      '    # Opcional: su organismo garante, un «id» de content/organismos.yaml. Quita el «#» para usarlo.',
      '    # organismo: id-del-organismo',
      '# Páginas que ocupa en el PDF del número.',
      'paginas:',
      '  # Primera página.',
      '  inicio: 1',
      '  # Última página.',
      '  fin: 1',
      '# Estados de los que habla: «id» de content/estados.yaml, uno por renglón con «- », o [] si ninguno.',
      'estados: []',
      '# Comisiones relacionadas: «id» de content/comisiones.yaml, uno por renglón con «- », o [] si ninguna.',
      'comisiones: []',
    ],
    body: [
      `${TODO}: escribe aquí el texto completo del artículo. Empieza con un párrafo de entrada.`,
      '',
      `## ${TODO}: primera sección`,
      '',
      'Cada sección empieza con «## » y su título. Separa los párrafos con una línea en blanco.',
    ].join('\n'),
    url: articleUrl(issue.numero, slug),
    steps: [
      `Va en el número ${issue.numero} de la revista («revista: ${issue.id}», el más reciente); cámbialo si va en otro.`,
      'Escribe en «paginas» las páginas que ocupa en el PDF del número.',
    ],
  };
}

function capsulaDraft(slug: string): Draft {
  return {
    slug,
    fields: [
      '# Duración del video como minutos:segundos, entre comillas, p. ej. "1:30".',
      'duracion: "1:00"',
      '# El video. Hay dos maneras; usa solo una:',
      '#   1. En YouTube: escribe el id, los 11 caracteres que siguen a «v=» en la dirección del video',
      '#      (https://www.youtube.com/watch?v=XXXXXXXXXXX). El valor de abajo es provisional.',
      '#   2. Un archivo propio: sube el video .mp4 y sus subtítulos en español .vtt a public/media/capsulas/',
      '#      y cambia la línea «youtube» por estas dos:',
      `#        archivo: /media/capsulas/${slug}.mp4`,
      `#        subtitulos: /media/capsulas/${slug}.vtt`,
      'video:',
      '  # Provisional: cambia este id por el de tu video (o usa «archivo» y «subtitulos», como se explica arriba).',
      '  youtube: "IDPENDIENTE"',
      ...imageLines('poster', 'posters', slug, 'Cartel que se ve antes de reproducir el video,'),
      '# Personas que aparecen: bloques «- nombre: …» con «cargo» y «organismo» opcionales, o [] si ninguna.',
      'personas: []',
      '# Opcionales: de qué estado viene, la comisión cuyo trabajo muestra y el organismo que la hizo',
      '# («id» de content/estados.yaml, comisiones.yaml y organismos.yaml). Quita el «#» para usarlos.',
      '# estado: id-del-estado',
      '# comision: id-de-la-comision',
      '# organismo: id-del-organismo',
    ],
    body: [
      `${TODO}: escribe aquí uno o dos párrafos que presenten la cápsula: de qué trata y quién participa.`,
      '',
      '## Transcripción',
      '',
      `${TODO}: escribe todo lo que se dice y lo que aparece en pantalla, con sus tiempos, por ejemplo:`,
      '',
      '**0:00 a 0:05.** Lo que se dice o se lee en ese momento.',
      '',
      '**0:05 a 0:12.** Lo que sigue.',
    ].join('\n'),
    image: { field: 'poster', folder: 'posters' },
    url: capsuleUrl(slug),
    steps: [
      'Pon el video: el id de YouTube, o un archivo .mp4 con sus subtítulos .vtt en public/ (el archivo explica las dos maneras).',
      'Escribe la transcripción completa bajo «## Transcripción».',
    ],
  };
}

/** The whole text of a new entry: shared fields, the kind's fields and the body guide. */
function entryText(title: string, today: string, draft: Draft): string {
  return [
    '---',
    '# Título como lo verán las personas lectoras.',
    `titulo: ${quoted(title)}`,
    '# Una o dos oraciones para listas, resultados de búsqueda y redes sociales.',
    `resumen: ${quoted(`${TODO}: resumen de una o dos oraciones.`)}`,
    '# Fecha de publicación (AAAA-MM-DD). Se puso la de hoy; cámbiala si hace falta.',
    `fecha: ${today}`,
    'borrador: true # quita esta línea cuando la entrada esté lista para publicarse',
    ...draft.fields,
    '---',
    '',
    draft.body,
    '',
  ].join('\n');
}

/** Creates the draft entry (and its placeholder image) of `kind` titled `title` in the project at `root`. */
export function createEntry(kind: Kind, title: string, root = process.cwd(), now = new Date()): Created {
  const contentDir = resolve(root, CONTENT_DIR);
  const folder = join(contentDir, KINDS[kind].collection);
  const today = isoToday(now);
  const slug = freeSlug(folder, slugify(title));
  const drafts: Record<Kind, () => Draft> = {
    plan: () => planDraft(contentDir, slug, today),
    abc: () => abcDraft(contentDir, slug, today),
    revista: () => revistaDraft(contentDir),
    articulo: () => articuloDraft(contentDir, slug),
    capsula: () => capsulaDraft(slug),
  };
  const draft = drafts[kind]();

  const { format } = KINDS[kind];
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
    try {
      copyFileSync(join(TEMPLATES, `${draft.image.field}.png`), image, constants.COPYFILE_EXCL);
      created.imageKept = false;
    } catch (error) {
      // An image already there is most likely the real one, put in place first: keep it.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      created.imageKept = true;
    }
  }
  return created;
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
      ? [`Reemplaza la imagen provisional por ${created.imageName} real, con el mismo nombre: ${created.image}`]
      : [];
  const steps = [
    'Cambia cada texto que empieza con «PENDIENTE». La línea con «#» sobre cada campo explica qué va ahí.',
    ...created.steps,
    ...imageStep,
  ];
  return [
    `Listo: se creó ${created.file}`,
    ...imageLines,
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
    if (!(error instanceof EditorError)) throw error;
    const showUsage = !kind || !title;
    console.error(showUsage ? `${error.message}\n\n${usage()}` : error.message);
    return 1;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
