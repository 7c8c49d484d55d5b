import { htmlToHast, markdownToHtml, markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';

/**
 * Hosts an `<iframe>` in content may load, over https only: none. Even YouTube's no-cookie player
 * would contact a third party as the page opens; a capsule's `youtube` field shows it behind a
 * facade that loads nothing until the reader presses play.
 */
export const ALLOWED_IFRAME_HOSTS: readonly string[] = [];

/**
 * Something in an entry's body that could run script or that the site's CSP would drop: its line,
 * what was found («un elemento <script>») and what to write instead.
 */
export type UnsafeContent = Pick<Problem, 'found'> & { line: number; fix: string };

/** A node of the mdast or hast trees Sätteri returns, loosely typed: only what the checks read. */
/** A node of a Markdown or MDX body's tree (mdast), as the checks read it. */
export interface Node {
  type: string;
  children?: Node[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  tagName?: string;
  properties?: Record<string, unknown>;
  position?: { start: { line: number } };
}

/** An attribute as written: a string, no value (`null`), or an MDX expression `{…}` that was not a literal. */
type AttributeValue = string | null | { computed: string };

// Parsed as Astro renders them (GFM on), so the checks see the structure the site will publish.
const features = { gfm: true };

const NO_CODE = 'El contenido no puede ejecutar código';
const ASK_COMPONENT = 'si hace falta algo interactivo, pídelo al equipo técnico como componente';
const ASK_CLASS =
  'La política de seguridad del sitio bloquea los estilos en línea y se perderían sin aviso: ' +
  'quítalo y pide al equipo técnico una clase o un componente';
const USE_HTTPS = 'Usa una dirección que empiece con https:// o una del propio sitio que empiece con /';
const USE_YOUTUBE =
  'Para un video usa el campo «video: { youtube: "…" }» de una cápsula (content/capsulas/), que no contacta ' +
  'a YouTube hasta que alguien pulsa reproducir; un iframe lo haría al abrir la página, sin que nadie lo pida';

/** Elements content may never contain, with what to do instead. */
const BLOCKED_ELEMENTS: Record<string, string> = {
  script: `${NO_CODE}: quítalo; ${ASK_COMPONENT}`,
  style: ASK_CLASS,
  object: 'Quítalo: para un documento enlaza el archivo (p. ej. un PDF en public/pdf/); para un video usa una cápsula',
  embed: 'Quítalo: para un documento enlaza el archivo (p. ej. un PDF en public/pdf/); para un video usa una cápsula',
  applet: `${NO_CODE}: quítalo`,
  base: 'Quítalo: cambiaría el destino de todos los enlaces de la página',
  frame: USE_YOUTUBE,
  frameset: USE_YOUTUBE,
};

/** Attributes that hold a list of addresses, any of which may be dangerous. */
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'imagesrcset', 'ping', 'archive', 'values']);

/**
 * Schemes that run script when followed or loaded, and `data:`, which the site's CSP blocks
 * (an image written as data would silently not show).
 */
// eslint-disable-next-line no-control-regex -- browsers skip control characters and spaces before a scheme.
const DANGEROUS_SCHEME = /^[\x00-\x20]*(javascript:|vbscript:|data:\s*[\w.+-]*\/?[\w.+-]*)/;

/** Attribute name without case or separators: `onClick`, `xlink:href`, `http-equiv` and `httpEquiv` compare alike. */
const normalized = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The dangerous scheme an address starts with (or, for a list attribute, any of its items), if any. */
export function dangerousScheme(value: string, list = false): string | undefined {
  // Browsers drop tabs and line breaks anywhere in an address, and ignore case in its scheme.
  const compact = value.replace(/[\t\n\r]/g, '').toLowerCase();
  for (const candidate of list ? compact.split(/[\s,;]+/) : [compact]) {
    const scheme = DANGEROUS_SCHEME.exec(candidate)?.[1];
    if (scheme) return scheme.replace(/\s/g, '');
  }
  return undefined;
}

/** Whether an iframe may load this address: https on an allowed host. */
function allowedFrame(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && ALLOWED_IFRAME_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** Problems of one element, from its name and attributes; `line` is where it starts. */
function checkElement(name: string, attributes: [string, AttributeValue][], line: number): UnsafeContent[] {
  const problems: UnsafeContent[] = [];
  const add = (found: string, fix: string) => problems.push({ line, found, fix });
  const tag = name.toLowerCase();
  const blocked = BLOCKED_ELEMENTS[tag];
  if (blocked) add(`un elemento <${tag}>`, blocked);
  if (tag === 'iframe') {
    const src = attributes.find(([attribute]) => normalized(attribute) === 'src')?.[1];
    if (typeof src !== 'string' || !allowedFrame(src))
      add(
        typeof src === 'string' ? `un <iframe> con la dirección «${src}»` : 'un <iframe> sin dirección escrita',
        USE_YOUTUBE,
      );
  }
  for (const [attribute, value] of attributes) {
    const key = normalized(attribute);
    if (key.startsWith('on')) add(`un atributo de evento «${attribute}»`, `${NO_CODE}: quítalo; ${ASK_COMPONENT}`);
    else if (key === 'style') add('un estilo en línea (atributo «style»)', ASK_CLASS);
    else if (key === 'srcdoc') add('un atributo «srcdoc», que incrusta una página entera', USE_YOUTUBE);
    else if (key === 'sethtml') add('un «set:html», que inserta HTML sin revisar', 'Escribe el contenido en Markdown');
    else if (key === 'httpequiv' && tag === 'meta')
      add('un <meta http-equiv>', 'Quítalo: para llevar una dirección vieja a otra usa content/redirecciones.yaml');
    else if (value !== null && typeof value === 'object')
      add(
        `un atributo «${attribute}» con un valor calculado {${value.computed}}`,
        'Escribe el valor tal cual, entre comillas',
      );
    else if (typeof value === 'string') {
      const scheme = dangerousScheme(value, URL_LIST_ATTRIBUTES.has(key));
      if (scheme) add(`una dirección «${scheme}» en el atributo «${attribute}»`, USE_HTTPS);
    }
  }
  return problems;
}

/**
 * An HTML fragment parsed as a browser would inside a page. A tag left open at its end is closed
 * (`"'>`), since in the page the layout's markup that follows would close it and keep the element.
 */
const parseHtml = (html: string) => htmlToHast(`${html}"'>`, { fragment: true }) as Node;

/** Problems in an HTML tree (raw HTML of a Markdown file), all reported at `line`. */
function checkHtml(tree: Node, line: number): UnsafeContent[] {
  const problems: UnsafeContent[] = [];
  for (const node of tree.children ?? []) {
    if (node.type === 'element' && node.tagName) {
      const attributes = Object.entries(node.properties ?? {}).map(([property, value]): [string, AttributeValue] => [
        // hast names properties in camelCase (xLinkHref, srcSet); show them as written in HTML.
        property.replace(/^xLink(?=[A-Z])/, 'xlink:').toLowerCase(),
        typeof value === 'string' || typeof value === 'number'
          ? String(value)
          : Array.isArray(value)
            ? value.join(' ')
            : null,
      ]);
      problems.push(...checkElement(node.tagName, attributes, line));
    }
    problems.push(...checkHtml(node, line));
  }
  return problems;
}

// An MDX attribute `{…}` may hold a plain literal or a (dotted) name such as an imported image; nothing computed.
const STRING_LITERAL = /^\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`\\$]*)`)\s*$/;
const PLAIN_VALUE = /^\s*(?:-?\d+(?:\.\d+)?|true|false|null|undefined|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*$/;
// An MDX `{…}` in the text may hold comments only: the body never runs code.
const ONLY_COMMENTS = /^\s*(?:(?:\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*)\s*)*$/;
// MDX may import images next to the entry and astro:assets' components, nothing else (an SVG would render inline).
const IMPORT =
  /^\s*import\s+[\w$\s{},*]+?\s+from\s+(["'])(astro:assets|\.{1,2}\/[^"'\\\n?#]+\.(?:png|jpe?g|webp|avif|gif))\1\s*;?/i;

/** The value of an MDX JSX attribute as the checks read it. */
function jsxValue(value: unknown): AttributeValue {
  if (typeof value === 'string' || value === null || value === undefined) return value ?? null;
  const expression = (value as { value?: unknown }).value;
  const code = typeof expression === 'string' ? expression : '';
  const literal = STRING_LITERAL.exec(code);
  if (literal) return literal[1] ?? literal[2] ?? literal[3] ?? '';
  return PLAIN_VALUE.test(code) ? null : { computed: code.trim() };
}

/** Whether an MDX import/export block only imports what content may import. */
function allowedImports(code: string): boolean {
  let rest = code;
  for (let match = IMPORT.exec(rest); match; match = IMPORT.exec(rest)) rest = rest.slice(match[0].length);
  return rest.trim() === '';
}

/** Adds the problems of a Markdown or MDX tree to `problems`. */
function checkTree(node: Node, problems: UnsafeContent[]): void {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    // Code is shown, never run: `<script>` there is text.
    case 'code':
    case 'inlineCode':
    case 'yaml':
    case 'toml':
      return;
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = dangerousScheme(node.url ?? '');
      const what = node.type === 'image' ? 'una imagen' : 'un enlace';
      if (scheme) problems.push({ line, found: `${what} con una dirección «${scheme}»`, fix: USE_HTTPS });
      break;
    }
    case 'html':
      problems.push(...checkHtml(parseHtml(String(node.value)), line));
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const attributes: [string, AttributeValue][] = [];
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute') attributes.push([attribute.name ?? '', jsxValue(attribute.value)]);
        else
          problems.push({
            line,
            found: `atributos calculados {${String(attribute.value)}}`,
            fix: 'Escribe cada atributo con su valor, entre comillas',
          });
      }
      if (node.name) problems.push(...checkElement(node.name, attributes, line));
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!ONLY_COMMENTS.test(String(node.value)))
        problems.push({
          line,
          found: `código entre llaves {${String(node.value).trim()}}`,
          fix: `${NO_CODE}: escribe el texto tal cual; para mostrar una llave escribe \\{`,
        });
      return;
    case 'mdxjsEsm':
      if (!allowedImports(String(node.value)))
        problems.push({
          line,
          found: `código «${String(node.value).trim().split('\n')[0] ?? ''}»`,
          fix:
            'Solo se pueden importar imágenes junto a la entrada (import foto from "./foto.png") ' +
            `y componentes de astro:assets; ${ASK_COMPONENT}`,
        });
      return;
  }
  for (const child of node.children ?? []) checkTree(child, problems);
}

/**
 * What in the body of a Markdown (`.md`) or MDX (`.mdx`) entry could inject script or an inline
 * style: `<script>`, `on*=` attributes, `javascript:` addresses, iframes off the allowed hosts, and
 * the like. Reads the real structure, so code blocks and inline code are never flagged.
 */
export function findUnsafeContent(source: string, path: string, tree = bodyTree(source, path)): UnsafeContent[] {
  const mdx = path.endsWith('.mdx');
  const problems: UnsafeContent[] = [];
  // Not valid MDX: Astro's own compiler stops the build with the syntax error.
  if (!tree) return [];
  checkTree(tree, problems);
  const firstHtmlLine = findFirstHtmlLine(tree);
  if (mdx || problems.length > 0 || firstHtmlLine === undefined) return problems;
  // Raw HTML blocks reach the browser as one document: a tag opened in one block can take attributes
  // from another. When each block looks fine, check the page as the browser will read it.
  const page = parseHtml(markdownToHtml(source, { features }).html);
  return checkHtml(page, firstHtmlLine).map((problem) => ({
    ...problem,
    found: `HTML repartido en varios bloques que, leído entero, contiene ${problem.found}`,
  }));
}

/** What every node the checks read starts with: HTML and JSX (`<`), links and images (`[`), MDX expressions (`{`). */
const MARKUP = /[<[{]/;
/** MDX's imports and exports, which need none of those. */
const MDX_CODE = /\b(?:import|export)\b/;

/**
 * The tree of a Markdown (`.md`) or MDX (`.mdx`) file, or `undefined` when it is not valid MDX. A file without
 * markup (most entries are prose) has nothing the checks read: it gets an empty tree, without being parsed.
 */
export function bodyTree(source: string, path: string): Node | undefined {
  const mdx = path.endsWith('.mdx');
  if (!MARKUP.test(source) && !(mdx && MDX_CODE.test(source))) return { type: 'root', children: [] };
  try {
    return (mdx ? mdxToMdast(source, { features }) : markdownToMdast(source, { features })) as Node;
  } catch {
    return undefined;
  }
}

/** Line of the first raw HTML node of a Markdown tree, if it has any. */
function findFirstHtmlLine(node: Node): number | undefined {
  if (node.type === 'html') return node.position?.start.line ?? 1;
  for (const child of node.children ?? []) {
    const line = findFirstHtmlLine(child);
    if (line !== undefined) return line;
  }
  return undefined;
}

/** A problem per unsafe thing in the body of `file` (named as it should be shown), with its line. */
export const unsafeContentProblems = (file: string, source: string, tree = bodyTree(source, file)): Problem[] =>
  findUnsafeContent(source, file, tree).map((problem) => ({ file, ...problem, found: `hay ${problem.found}` }));
