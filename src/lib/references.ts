import type { Problem } from './problems.ts';

/** The minimum of a collection entry that reference checking needs. */
export interface EntryLike {
  id: string;
  collection: string;
  data: unknown;
  filePath?: string | undefined;
}

/** A reference that points at no published entry. */
export interface BrokenReference {
  /** File where the reference is written. */
  file: string;
  /** Id of the entry that writes it, when the file holds many (a data file such as content/organismos.yaml). */
  entry?: string;
  /** Dotted path of the field, e.g. `ejes.0.lineas.2.evidencias.capsulas.1`. */
  field: string;
  /** Collection the reference points into. */
  collection: string;
  /** The id that was not found. */
  id: string;
}

const isReference = (value: unknown): value is { collection: string; id: string } =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as { collection?: unknown }).collection === 'string' &&
  typeof (value as { id?: unknown }).id === 'string';

function* referencesIn(value: unknown, path: string[] = []): Generator<[string, { collection: string; id: string }]> {
  if (isReference(value)) {
    yield [path.join('.'), value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, [...path, String(index)]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, [...path, key]);
  }
}

/** Every `reference()` in `entries` whose target is not among `entries` (drafts left out count as missing). */
export function findBrokenReferences(entries: readonly EntryLike[]): BrokenReference[] {
  const known = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  return entries.flatMap((entry) =>
    [...referencesIn(entry.data)]
      .filter(([, target]) => !known.has(`${target.collection}/${target.id}`))
      .map(([field, target]) => ({
        ...(entry.filePath ? { file: entry.filePath } : { file: `content/${entry.collection}.yaml`, entry: entry.id }),
        field,
        collection: target.collection,
        id: target.id,
      })),
  );
}

/** A problem per broken reference, with the ids that would be valid. */
export function brokenReferenceProblems(broken: readonly BrokenReference[], entries: readonly EntryLike[]): Problem[] {
  return broken.map((ref) => {
    const valid = entries.filter((entry) => entry.collection === ref.collection).map((entry) => entry.id);
    const hint = valid.length > 12 ? `${valid.slice(0, 12).join(', ')}, …` : valid.join(', ');
    return {
      file: ref.file,
      field: ref.field,
      found: `${ref.entry ? `la entrada «${ref.entry}» ` : ''}hace referencia a «${ref.id}» en «${ref.collection}», que no existe o es un borrador`,
      fix: `se esperaba uno de: ${hint || '(ninguno publicado)'}`,
    };
  });
}
