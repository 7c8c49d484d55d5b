import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, distOf, missingDist, urlOf } from './dist.ts';
import type { Problem } from '#/src/lib/problems.ts';

/** Attributes that hold one address; `srcset` holds several. */
const LINK_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'];

// The build writes Pagefind's files after the pages; the search page loads them.
const IGNORED = /^\/pagefind\//;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Every internal address a page points to, as written. */
function linksOf(document: HTMLElement): string[] {
  return document.querySelectorAll('*').flatMap((element) => [
    ...LINK_ATTRIBUTES.map((name) => element.getAttribute(name)).filter((value) => value !== undefined),
    ...(element.getAttribute('srcset') ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter(Boolean),
  ]);
}

/** Ids a fragment can point to: every `id`, and the `name` of an `<a>`. */
const idsOf = (document: HTMLElement): Set<string> =>
  new Set([
    ...document.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''),
    ...document.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? ''),
  ]);

/** The page or file of dist/ an internal address resolves to, with its fragment; `undefined` for external ones. */
function resolveLink(page: string, written: string): { path: string; fragment: string | undefined } | undefined {
  const value = written.trim();
  // External (https:, mailto:, tel:, data:…) or protocol-relative: not ours to check.
  if (value === '' || /^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) return undefined;
  const url = new URL(value, `http://sitio.invalid${page}`);
  return { path: decode(url.pathname), fragment: url.hash ? decode(url.hash.slice(1)) : undefined };
}

/**
 * Internal links and anchors: every address of dist/ that starts with `/` (or is relative) must lead to a
 * file of dist/ (`/x/` → `x/index.html`), and every `#fragment` to an element with that id in its page.
 * Query strings are ignored; external links are not fetched.
 */
export async function checkLinks(root: string): Promise<Problem[]> {
  const missing = missingDist(root);
  if (missing.length) return missing;
  const dist = distOf(root);
  const pages = builtPages(root);
  // One pass reads every page; only its ids and links are kept, so thousands of pages fit in memory.
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  for (const page of pages) {
    const document = parse(readFileSync(join(dist, page.file), 'utf8'));
    ids.set(page.file, idsOf(document));
    links.set(page.file, linksOf(document));
  }
  const files = new Map<string, boolean>();
  const isFile = (path: string): boolean => {
    let found = files.get(path);
    if (found === undefined) {
      found = existsSync(join(dist, path)) && statSync(join(dist, path)).isFile();
      files.set(path, found);
    }
    return found;
  };

  const problems: Problem[] = [];
  for (const page of pages) {
    const reported = new Set<string>();
    const report = (written: string, found: string, fix: string) => {
      if (reported.has(written)) return;
      reported.add(written);
      problems.push({ file: page.url, found: `el enlace a ${written} ${found}`, fix });
    };
    for (const written of links.get(page.file) ?? []) {
      const link = resolveLink(page.url, written);
      if (!link || IGNORED.test(link.path)) continue;
      const file = link.path.endsWith('/') ? `${link.path.slice(1)}index.html` : link.path.slice(1);
      if (!isFile(file)) {
        if (!link.path.endsWith('/') && isFile(`${file}/index.html`)) {
          report(written, 'no termina en «/»', `escribe ${link.path}/ (todas las direcciones del sitio terminan así)`);
        } else if (link.path.endsWith('/') || !/\.\w+$/.test(link.path)) {
          report(written, 'apunta a una página que no existe', 'corrige la dirección');
        } else {
          report(written, 'apunta a un archivo que no existe', 'corrige la ruta o súbelo a public/');
        }
        continue;
      }
      const fragment = link.fragment;
      // «#» alone and «#top» lead to the top of any page.
      if (fragment === undefined || fragment === '' || fragment === 'top' || !file.endsWith('.html')) continue;
      if (!ids.get(file)?.has(fragment)) {
        const samePage = urlOf(file) === page.url;
        report(
          written,
          samePage && written.startsWith('#')
            ? 'apunta a un ancla que no existe en esta página'
            : 'apunta a un ancla que no existe',
          'corrige el ancla del enlace (lo que sigue a «#») para que coincida con el id de un elemento de la página',
        );
      }
    }
  }
  return problems;
}
