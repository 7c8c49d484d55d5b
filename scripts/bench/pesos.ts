// What the built site weighs: dist/ and its Pagefind index, and each page template's HTML, CSS and JS.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/** Built HTML pages in `dist` (redirect pages included: they are pages Astro renders). */
export const htmlPages = (dist: string): number =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;

/** gzip at level 9, as precompressed files (gzip_static) are made. */
export const gzipBytes = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

export interface Bytes {
  raw: number;
  gzip: number;
}

const bytesOf = (data: string | Buffer): Bytes => ({ raw: Buffer.byteLength(data), gzip: gzipBytes(data) });
const sum = (list: Bytes[]): Bytes => ({
  raw: list.reduce((total, item) => total + item.raw, 0),
  gzip: list.reduce((total, item) => total + item.gzip, 0),
});

/** One page template's weight: its HTML, and the CSS and JS it loads (external files and inline). */
export interface TemplateWeight {
  template: string;
  path: string;
  html: Bytes;
  /**
   * The page's own text: the text content of its `<main>`, whitespace collapsed. `htmlBeyondText`
   * is gzip(HTML) − gzip(own text): the markup, head, header, footer and inline data around it.
   */
  ownText: Bytes;
  htmlBeyondText: number;
  css: Bytes;
  js: Bytes;
  /** The CSS and JS files the page loads, by address. */
  assets: string[];
}

/** Weighs the page at `path` (an address such as `/capsulas/x/`, or `/404.html`) in `dist`. */
export function weighTemplate(dist: string, template: string, path: string): TemplateWeight {
  const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const root = parse(html);
  const text = (root.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const local = (href: string) => !/^(https?:)?\/\//.test(href) && existsSync(join(dist, href.split(/[?#]/)[0] ?? ''));
  const stylesheets = root
    .querySelectorAll('link[rel~="stylesheet"]')
    .map((link) => link.getAttribute('href') ?? '')
    .filter(local);
  const scripts = root
    .querySelectorAll('script[src]')
    .map((script) => script.getAttribute('src') ?? '')
    .filter(local);
  const asset = (href: string) => bytesOf(readFileSync(join(dist, href.split(/[?#]/)[0] ?? '')));
  // JSON-LD and other data blocks are not code the browser runs.
  const inlineScripts = root
    .querySelectorAll('script:not([src])')
    .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
    .map((script) => bytesOf(script.textContent));
  const inlineStyles = root.querySelectorAll('style').map((style) => bytesOf(style.textContent));
  const htmlBytes = bytesOf(html);
  const ownText = bytesOf(text);
  return {
    template,
    path,
    html: htmlBytes,
    ownText,
    htmlBeyondText: htmlBytes.gzip - ownText.gzip,
    css: sum([...stylesheets.map(asset), ...inlineStyles]),
    js: sum([...scripts.map(asset), ...inlineScripts]),
    assets: [...stylesheets, ...scripts],
  };
}

/**
 * Rules of a stylesheet, each with the at-rules around it (`@layer base{…}`, `@media …{…}`) as a prefix,
 * so that the same rule inlined into many pages counts once.
 */
export function cssRules(css: string, prefix = ''): string[] {
  // Each rule closes the at-rules it sits in, so the rules joined are a valid stylesheet.
  const close = '}'.repeat(prefix.split('{').length - 1);
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      const statement = css.slice(start, i + 1).trim();
      const open = statement.indexOf('{');
      const head = statement.slice(0, open).trim();
      if (/^@(layer|media|supports|container)\b/.test(head)) {
        rules.push(...cssRules(statement.slice(open + 1, -1), `${prefix}${head}{`));
      } else rules.push(`${prefix}${statement}${close}`);
      start = i + 1;
    } else if (char === ';' && depth === 0) {
      rules.push(`${prefix}${css.slice(start, i + 1).trim()}${close}`);
      start = i + 1;
    }
  }
  return rules;
}

/**
 * All CSS of the site as one stylesheet would hold it: the distinct rules of every CSS file it ships
 * (Pagefind's own files excluded: they count in the search budget) and of the inline `<style>` blocks
 * of the given pages, each rule once, gzip'd together.
 */
export function siteCss(dist: string, pages: string[]): Bytes & { files: number; inline: number; rules: number } {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.css') && !file.startsWith('pagefind'),
  );
  const inline = new Set(
    pages.flatMap((path) =>
      parse(readFileSync(path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html'), 'utf8'))
        .querySelectorAll('style')
        .map((style) => style.textContent),
    ),
  );
  const sheets = [...files.map((file) => readFileSync(join(dist, file), 'utf8')), ...inline];
  const rules = new Set(sheets.flatMap((sheet) => cssRules(sheet)));
  return { ...bytesOf([...rules].join('\n')), files: files.length, inline: inline.size, rules: rules.size };
}
