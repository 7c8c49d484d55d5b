/**
 * The image files a Markdown or MDX body shows (`![texto](./fotos/x.png)`, `![texto][ref]`, an MDX
 * `import foto from './x.png'`, or `/imagenes/x.png` from public/): each must exist and be a whole PNG,
 * JPEG, WebP or AVIF. Without this, a missing one stops the build with Astro's English error, which names
 * a generated module rather than the entry; here it is said in Spanish, with the file and its line.
 */
import { dirname, join, relative, resolve } from 'node:path';
import type { Node } from './contentSafety.ts';
import { imageFileProblem } from './imageFiles.ts';
import { PUBLIC_DIR } from './paths.ts';
import type { Problem } from './problems.ts';

/** One image a body names: the path as written and the line it is on. */
interface Written {
  path: string;
  line: number;
}

// A relative import in MDX: only images may be imported (src/lib/contentSafety.ts), so each is one.
const RELATIVE_IMPORT = /^\s*import\s+[\w$\s{},*]+?\s+from\s+(["'])(\.{1,2}\/[^"'\n]+)\1/gm;

/** Adds the images of `node` to `images`; references (`![texto][ref]`) are resolved with the definitions later. */
function collect(node: Node, images: Written[], references: Set<string>, definitions: Map<string, Written>): void {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'code' || node.type === 'inlineCode') return;
  if (node.type === 'image' && node.url) images.push({ path: node.url, line });
  const identifier = (node as { identifier?: string }).identifier;
  if (node.type === 'imageReference' && identifier) references.add(identifier);
  if (node.type === 'definition' && identifier && node.url) definitions.set(identifier, { path: node.url, line });
  if (node.type === 'mdxjsEsm') {
    for (const [, , path = ''] of String(node.value).matchAll(RELATIVE_IMPORT)) images.push({ path, line });
  }
  for (const child of node.children ?? []) collect(child, images, references, definitions);
}

/** The file a written image path leads to, or `undefined` for an address or an alias, which are not files here. */
function fileOf(written: string, entryFile: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#|~\/|@\/)/i.test(written)) return undefined;
  const bare = written.replace(/[?#].*$/, '');
  let path: string;
  try {
    path = decodeURI(bare);
  } catch {
    path = bare;
  }
  return path.startsWith('/') ? join(PUBLIC_DIR, path) : resolve(dirname(entryFile), path);
}

/**
 * A problem for each image of the body of `entryFile` (absolute; `tree` its parsed text) that is missing or
 * is not a whole image of an accepted format, naming the entry as `file` (from the project's folder `root`).
 */
export function bodyImageProblems(file: string, entryFile: string, root: string, tree: Node | undefined): Problem[] {
  if (!tree) return [];
  const images: Written[] = [];
  const references = new Set<string>();
  const definitions = new Map<string, Written>();
  collect(tree, images, references, definitions);
  for (const reference of references) {
    const definition = definitions.get(reference);
    if (definition) images.push(definition);
  }
  return images.flatMap(({ path, line }): Problem[] => {
    const target = fileOf(path, entryFile);
    const found = target && imageFileProblem(path, target, relative(root, target));
    return found ? [{ file, line, found: `en el texto, ${found}` }] : [];
  });
}
