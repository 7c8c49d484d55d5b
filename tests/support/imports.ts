// The project's import graph read from its source, for the tests that pin who may load what.
// It reads .ts, .mts and .js files and the frontmatter of .astro files (not their client <script>s, which
// the browser loads apart). Each import says whether it is type-only (`import type …`, `export type … from`):
// those vanish before the code runs, so what a command loads leaves them out, while an import circle
// counts them (modules that name each other's types still cannot be understood or moved apart). An inline
// `import { type A } from` is not type-only: with verbatimModuleSyntax (Astro's tsconfig) and Node's type
// stripping it still loads the module.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

const root = resolve(import.meta.dirname, '../..');

/** Files whose imports the reader follows. */
const CODE = /\.(?:ts|mts|js|mjs|astro)$/;
/** What a specifier without its extension may name, in the order TypeScript and Vite try them. */
const EXTENSIONS = ['.ts', '.mts', '.tsx', '.js', '.mjs', '.astro', '.json'];

/** One import of a module: as written, and what it names (a project file relative to the root, or a package). */
export interface Import {
  specifier: string;
  target: string;
  /** `import('…')`: loaded when the code runs that line, not before the module runs. */
  dynamic: boolean;
  /** `import type …` or `export type … from`: gone at run time. */
  typeOnly: boolean;
}

/** package.json's «imports» as prefixes: `#/` → the project's root. */
function aliases(): [string, string][] {
  const { imports = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    imports?: Record<string, string>;
  };
  return Object.entries(imports).map(([from, to]) => [from.replace(/\*$/, ''), to.replace(/\*$/, '')]);
}
const ALIASES = aliases();

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const fromRoot = (path: string) => relative(root, path).split(sep).join('/');

/** The file a relative or aliased specifier names, with or without extension, or an index file; a package stays as named. */
export function resolveImport(specifier: string, importer: string): string {
  const path = specifier.replace(/\?.*$/, '');
  const alias = ALIASES.find(([prefix]) => path.startsWith(prefix));
  let base: string;
  if (alias) base = resolve(root, alias[1], path.slice(alias[0].length));
  else if (path.startsWith('.')) base = resolve(root, importer, '..', path);
  else return specifier;
  const candidates = [
    base,
    // TypeScript lets `./x.js` name `./x.ts`.
    ...(/\.m?js$/.test(base) ? [base.replace(/js$/, 'ts')] : []),
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  const found = candidates.find(isFile);
  if (!found) throw new Error(`${importer}: «${specifier}» no lleva a ningún archivo.`);
  return fromRoot(found);
}

/** The code of a file as TypeScript sees it: an .astro file's frontmatter, or the whole file. */
function codeOf(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  if (extname(file) !== '.astro') return text;
  return splitFrontmatter(text)?.yaml ?? '';
}

/** Every import a file makes, resolved. */
export function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, codeOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (node: ts.Expression | undefined, { dynamic = false, typeOnly = false }) => {
    if (node && ts.isStringLiteralLike(node))
      found.push({ specifier: node.text, target: resolveImport(node.text, file), dynamic, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, { typeOnly: node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword });
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, { typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (ts.isExternalModuleReference(node.moduleReference))
        add(node.moduleReference.expression, { typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], { dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether the reader follows a module's own imports: a project code file, not a package or a stylesheet. */
const followed = (target: string) => CODE.test(target) && !target.endsWith('.d.ts') && isFile(join(root, target));

/**
 * Every module `entry` loads before it runs, itself included: project files relative to the root,
 * packages as named (`vitest`, `node:fs`), not followed into node_modules. With `types`, also every
 * module it takes types from.
 */
export function staticImports(entry: string, { types = false } = {}): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!followed(file)) continue;
    for (const { target, dynamic, typeOnly } of importsOf(file)) {
      if (dynamic || (typeOnly && !types) || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return [...seen];
}

/** Every code file under `folder` (relative to the root), declaration files left out. */
export function codeFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((path) => `${folder}/${path.split(sep).join('/')}`)
    .filter(followed)
    .sort();
}

/** An import between two files of a set: whether it is type-only. */
type Edges = Map<string, Map<string, boolean>>;

/**
 * The import circles among `files`, type-only imports included: each group of files that import one
 * another, directly or through others of the group (a strongly connected component of the static
 * graph), with one loop through its first file to show how it closes, and whether a circle remains
 * at run time, when type-only imports are gone.
 */
export function importCircles(files: string[]): { files: string[]; loop: string[]; atRunTime: boolean }[] {
  const inside = new Set(files);
  const edges: Edges = new Map(files.map((file) => [file, new Map<string, boolean>()]));
  for (const file of files) {
    for (const { target, dynamic, typeOnly } of importsOf(file)) {
      if (dynamic || !inside.has(target)) continue;
      const targets = edges.get(file);
      // Two imports of one module: type-only only if both are.
      targets?.set(target, (targets.get(target) ?? true) && typeOnly);
    }
  }
  const runTime: Edges = new Map(
    [...edges].map(([file, targets]) => [file, new Map([...targets].filter(([, typeOnly]) => !typeOnly))]),
  );
  return components(edges)
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
    .map((component) => ({
      files: component,
      loop: shortestLoop(component, edges),
      atRunTime: components(runTime).some((circle) => circle.every((file) => component.includes(file))),
    }));
}

/** Tarjan's algorithm: the strongly connected components that hold a circle, each sorted. */
function components(edges: Edges): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const walk = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file)?.keys() ?? []) {
      if (!index.has(next)) {
        walk(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file)?.has(file)) found.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) walk(file);
  return found;
}

/** The shortest way from a component's first file back to itself, within the component. */
function shortestLoop(component: string[], edges: Edges): string[] {
  const [start = ''] = component;
  const members = new Set(component);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of edges.get(file)?.keys() ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [start];
        for (let at: string | undefined = file; at !== undefined && at !== start; at = cameFrom.get(at))
          loop.splice(1, 0, at);
        return [...loop, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return [];
}
