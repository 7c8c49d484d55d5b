// Synthetic content for the benchmark: N entries mixed across every kind of the registry, each made by its
// kind's own generator (src/kinds/<kind>.ts, `bench`), valid against its schema and the reference checks of
// src/lib. A pure function of its inputs.
import { ENTRY_COLLECTIONS, kind, type EntryCollection } from '#/src/kinds/index.ts';
import { iso, random, type Pool, type SyntheticEntry, type SyntheticGenerator } from '#/src/kinds/synthetic.ts';

export type { Pool } from '#/src/kinds/synthetic.ts';

/** One file to write, relative to the project root. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** One generated entry and the address of its page. */
export interface GeneratedEntry {
  collection: EntryCollection;
  id: string;
  url: string;
  format: 'md' | 'mdx';
}

export interface Generated {
  files: GeneratedFile[];
  entries: GeneratedEntry[];
}

/** Each kind's generator; fails naming the kind when one has none, since the bench covers every kind. */
function generatorOf(collection: EntryCollection) {
  const generator = kind(collection).bench as SyntheticGenerator | undefined;
  if (!generator) throw new Error(`El tipo «${collection}» no tiene generador para el banco de pruebas (bench).`);
  return generator;
}

/**
 * How many entries of each kind N entries make, in each kind's share; every kind gets at least one and the
 * kind with the largest share (capsules: the SNT publishes many) takes what the rounding leaves.
 */
export function counts(total: number): Record<EntryCollection, number> {
  const shares = ENTRY_COLLECTIONS.map((collection) => [collection, generatorOf(collection).share] as const);
  const [largest] = [...shares].sort((a, b) => b[1] - a[1])[0] ?? [];
  const result = Object.fromEntries(
    shares.map(([collection, share]) => [collection, Math.max(1, Math.round(total * share))]),
  ) as Record<EntryCollection, number>;
  if (largest) {
    const others = ENTRY_COLLECTIONS.reduce(
      (sum, collection) => sum + (collection === largest ? 0 : result[collection]),
      0,
    );
    result[largest] = Math.max(1, total - others);
  }
  return result;
}

/** The kinds in the order they can be made: each after the kinds it needs, otherwise in registry order. */
function generationOrder(): EntryCollection[] {
  const order: EntryCollection[] = [];
  const visit = (collection: EntryCollection, path: EntryCollection[]) => {
    if (order.includes(collection)) return;
    if (path.includes(collection)) throw new Error(`Generadores en círculo: ${[...path, collection].join(' → ')}`);
    for (const need of generatorOf(collection).needs ?? []) visit(need, [...path, collection]);
    order.push(collection);
  };
  for (const collection of ENTRY_COLLECTIONS) visit(collection, []);
  return order;
}

/** A seed of its own for each kind, so that adding a kind does not change the others' entries. */
const seedOf = (seed: number, collection: EntryCollection): number =>
  Array.from({ length: collection.length }, (_, i) => collection.charCodeAt(i)).reduce(
    (hash, code) => Math.imul(hash ^ code, 16_777_619),
    seed ^ 2_166_136_261,
  );

/**
 * N synthetic entries of every kind, dated between `from` and `until`. As in the real content, only plans
 * are `.mdx` (their body places `<Ejes />`); everything else is `.md` (each kind's `scaffold.format`).
 */
export function generate(total: number, pool: Pool, options: { until: Date; from?: Date; seed?: number }): Generated {
  const from = (options.from ?? new Date(Date.UTC(2016, 0, 1))).getTime();
  const span = options.until.getTime() - from;
  const n = counts(total);
  const made: Partial<Record<EntryCollection, SyntheticEntry[]>> = {};
  for (const collection of generationOrder()) {
    const r = random(seedOf(options.seed ?? 2026, collection));
    made[collection] = generatorOf(collection).generate(n[collection], {
      pool,
      r,
      date: () => new Date(from + Math.floor(r.next() * span)),
      until: options.until,
      updated: (fecha) => {
        if (!r.chance(0.25)) return '';
        const later = new Date(Math.min(fecha.getTime() + r.int(5, 400) * 86_400_000, options.until.getTime()));
        return `actualizado: ${iso(later)}\n`;
      },
      made,
    });
  }
  const files: GeneratedFile[] = [];
  const entries: GeneratedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const { format } = kind(collection).scaffold;
    for (const entry of made[collection] ?? []) {
      files.push({ path: `content/${collection}/${entry.id}.${format}`, text: entry.text });
      entries.push({ collection, id: entry.id, url: entry.url, format });
    }
  }
  return { files, entries };
}
