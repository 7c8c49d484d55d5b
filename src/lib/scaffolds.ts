/**
 * What `npm run nuevo` writes for each kind of entry: a draft that already builds, every field with
 * a `#` line that says what goes there. Each kind's module (src/kinds/) has its template, made of the
 * parts here; `scripts/nuevo.ts` gives them what they read from content/ and writes the files.
 * Plain TypeScript with no Astro runtime import, so that plain Node can run it.
 */
import type { HubCollection } from '#/src/kinds/collections.ts';
import type { COVERS_FOLDER, POSTERS_FOLDER } from './paths.ts';
import type { PlanLines } from './publishedLines.ts';
import { excerpt } from './sentences.ts';

/** Marks every value the editor still has to write; the pages show it as is in `npm run dev`. */
export const TODO = 'PENDIENTE';

/** A YAML double-quoted string (JSON strings are valid YAML). */
export const quoted = (text: string): string => JSON.stringify(text);

/** What a template may read from the project it writes into. */
export interface ScaffoldContext {
  /** The new entry's file name without extension: its title folded, made unique in its folder. */
  slug: string;
  /** Today's date as YYYY-MM-DD. */
  today: string;
  /** The first id of a reference data file such as content/comisiones.yaml. */
  firstId: (collection: HubCollection) => string;
  /** The highest `numero` among a numbered collection's entries, 0 when it has none. */
  highestNumber: (collection: 'abc' | 'revista') => number;
  /** The magazine issue with the highest number; fails with the editor's message when there is none. */
  latestIssue: () => { id: string; numero: number };
  /** Every plan with its líneas, numbered as its page shows them, for the comments of `lineas`. */
  planLines: () => PlanLines[];
}

/** A template: what the new file holds besides the fields every entry shares. */
export type Scaffold = (context: ScaffoldContext) => Draft;

/** One kind's file: its name, frontmatter lines (after the shared ones), body, image and steps. */
export interface Draft {
  slug: string;
  fields: string[];
  body: string;
  image?: { field: 'portada' | 'poster'; folder: typeof COVERS_FOLDER | typeof POSTERS_FOLDER };
  /** A placeholder file under public/ its field names (an audio's second of silence), from scripts/plantillas/. */
  media?: { template: string; path: string; what: string };
  url: string;
  steps: string[];
}

/** Lines for an optional image, pointing at the placeholder copied next to the entry. */
export const imageLines = (field: 'portada' | 'poster', folder: string, slug: string, what: string): string[] => [
  `# ${what} junto a este archivo. Reemplaza ${folder}/${slug}.png por la imagen real con el mismo nombre.`,
  `${field}: ./${folder}/${slug}.png`,
  `# Texto alternativo: describe la imagen para quien no puede verla (qué muestra y qué texto lleva).`,
  `${field}Alt: ${quoted(`${TODO}: describe la imagen`)}`,
];

/** A date a month after `today`, as AAAA-MM-DD: a new event or call needs a real date to build. */
export const monthAfter = (today: string): string => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
};

/** Who organises an event or a call: empty lists to fill, each explained. */
export const ORGANISERS_FIELDS = [
  '# Quién organiza.',
  'organizadores:',
  '  # Organismos garantes: «id» de content/organismos.yaml, p. ej. [info-cdmx].',
  '  organismos: []',
  '  # Comisiones: «id» de content/comisiones.yaml.',
  '  comisiones: []',
];

/** The longest a línea's text runs in a comment line before it is cut with «…». */
const LINE_TEXT = 80;

/**
 * The `lineas` field of an entry that can be evidence of a plan: empty, with every plan and línea listed by
 * name in comments, so that an editor copies the plan's id and the línea's number without leaving the file.
 */
export function lineFields(context: ScaffoldContext): string[] {
  const plans = context.planLines();
  return [
    '# Líneas de acción de los planes de trabajo de las que esta entrada es evidencia, si alguna: escribe',
    '# el «id» del plan y el número de la línea, uno por bloque, así:',
    '#   lineas:',
    '#     - plan: id-del-plan',
    '#       linea: "2.3"',
    ...(plans.length > 0 ? ['# Los planes y sus líneas:'] : []),
    ...plans.flatMap(({ plan, title, lines }) => [
      `#   plan: ${plan} — ${title}`,
      ...lines.map(({ number, text }) => `#     linea: "${number}" — ${excerpt(text, LINE_TEXT)}`),
    ]),
    'lineas: []',
  ];
}

/** The whole text of a new entry: shared fields, the kind's fields and the body guide. */
export function entryText(title: string, today: string, draft: Draft): string {
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
