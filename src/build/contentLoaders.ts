/**
 * The loaders of the content collections: Markdown and MDX entries of a folder of content/, and the YAML
 * data files of reference data, each checked on its raw text before Astro parses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { validating, type ImageContext } from '#/src/kinds/fields.ts';
import { bodyImageProblems } from '#/src/lib/bodyImages.ts';
import { bodyTree, unsafeContentProblems } from '#/src/lib/contentSafety.ts';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { impossibleDateProblems } from '#/src/lib/frontmatterDates.ts';
import { CONTENT_DIR } from '#/src/lib/paths.ts';
import { stopOnProblems } from '#/src/lib/problems.ts';
import { sameAddressProblems } from '#/src/lib/sameAddress.ts';
import { transcriptProblems } from '#/src/lib/transcripts.ts';
import { contentPaths } from './contentFiles.ts';

/** The folder of the kinds' modules, where every schema is declared. */
const KINDS_DIR = fileURLToPath(new URL('../kinds/', import.meta.url));

/** A fingerprint of every schema: the text of the kinds' modules. */
const schemasFingerprint = (): string =>
  readdirSync(KINDS_DIR)
    .sort()
    .reduce((hash, name) => hash.update(name).update(readFileSync(join(KINDS_DIR, name))), createHash('sha256'))
    .digest('hex');

/**
 * Astro clears its cache of entries when src/content.config.ts changes, but the schemas live in src/kinds/:
 * without this, an entry whose text did not change would keep data parsed by an older schema (a new field's
 * default missing). When the kinds' modules change, the collection is parsed again from its files.
 */
function forgetOlderSchemas(context: LoaderContext): void {
  const fingerprint = schemasFingerprint();
  if (context.meta.get('schemas') === fingerprint) return;
  context.store.clear();
  context.meta.set('schemas', fingerprint);
}

/**
 * Markdown and MDX entries of one collection folder; files starting with `_` are left out.
 * Two files that would publish at one address (`x.md` and `x.mdx`, `Acción.md` and `accion.md`) stop
 * the build, since Astro would keep one of them without a word.
 * Each file's dates are checked on the raw text first, since YAML rolls 2023-02-30 over to March,
 * and its body may not carry script, event handlers, unsafe addresses or inline styles, nor show an image
 * file that is missing or broken.
 * A kind whose body is a transcript (an audio) needs one: an entry without it names its file and what to write.
 * The raw body stays in Astro's data store only where a page reads it (`retainBody`): at 10,000
 * entries it is 60 MB the build would otherwise serialize, bundle and hold in memory.
 */
export function entryLoader(
  collection: string,
  { retainBody = false, transcript }: { retainBody?: boolean; transcript?: { minWords: number } | undefined } = {},
): Loader {
  const loader = glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: `${CONTENT_DIR}/${collection}`, retainBody });
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      stopOnProblems(sameAddressProblems(contentPaths(root, collection)));
      forgetOlderSchemas(context);
      // Astro's cache keeps an entry whose text did not change even when its file was renamed
      // (x.mdx → x.md), and the build then imports the old path: forget entries whose file is gone.
      for (const entry of context.store.values()) {
        if (entry.filePath && !existsSync(new URL(entry.filePath, context.config.root))) context.store.delete(entry.id);
      }
      return loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const source = readFileSync(props.filePath, 'utf8');
            // Problems name the file as editors see it, from the project's folder.
            const file = relative(root, props.filePath);
            const tree = bodyTree(source, file);
            stopOnProblems([
              ...impossibleDateProblems(file, source),
              ...unsafeContentProblems(file, source, tree),
              ...bodyImageProblems(file, props.filePath, root, tree),
              ...(transcript ? transcriptProblems(file, source, transcript.minWords) : []),
            ]);
            return validating.run({ file: props.filePath, root }, () => context.parseData(props));
          }
          return context.parseData(props);
        },
      });
    },
  };
}

/**
 * The schema of a collection that takes pictures, built once. Astro calls such a schema function for every
 * entry, with an `image()` that knows the entry's file: at 10,000 entries, building the whole schema each
 * time was seconds of the build. The schema is built once with an `image()` that uses the `image()` Astro
 * handed over for the entry being validated (`entryLoader` validates each entry inside `validating`).
 * Called outside an entry's validation (Astro's types), it builds the schema as Astro asks.
 */
export function builtOnce<Schema>(schemaOf: (context: ImageContext) => Schema): (context: ImageContext) => Schema {
  let shared: Schema | undefined;
  return ({ image }) => {
    const entry = validating.getStore();
    if (!entry) return schemaOf({ image });
    entry.image = image;
    return (shared ??= schemaOf({ image: entryImage }));
  };
}

/** An image field's path, as the `image()` Astro gave for the entry being validated makes it. */
const entryImage = () =>
  z.string().transform(async (written, ctx) => {
    const image = validating.getStore()?.image;
    if (!image) throw new Error(`Sin el image() de Astro para la entrada al validar «${written}»`);
    const result = await image().safeParseAsync(written);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

/** The entries of one reference-data file, content/<collection>.yaml: each with its `id`. */
export function dataLoader(collection: string): Loader {
  const loader = file(`${CONTENT_DIR}/${collection}.yaml`, { parser: (text) => dataEntries(text, collection) });
  return {
    ...loader,
    load: (context) => {
      forgetOlderSchemas(context);
      return loader.load(context);
    },
  };
}
