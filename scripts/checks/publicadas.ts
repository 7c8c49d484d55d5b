import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { pagePath, readRedirects, REDIRECTS_FILE, type Redirect } from '#/src/build/redirects.ts';
import { fileEntries } from '#/src/build/contentFiles.ts';
import { entryUrl } from '#/src/kinds/index.ts';
import type { Problem } from '#/src/lib/problems.ts';
import { withheld } from '#/src/lib/withheld.ts';
import { axisAnchor, lineAnchor } from '#/src/lib/urls.ts';

/** The committed list of every address ever published, relative to the project root. */
export const PUBLISHED_URLS_FILE = 'content/urls-publicadas.txt';

const HEADER = [
  '# Direcciones publicadas del sitio, una por línea y en orden. Otros sitios enlazan a ellas: no borres',
  '# ninguna. `npm run urls:registrar` agrega las nuevas; si una deja de existir, agrega su redirección en',
  `# ${REDIRECTS_FILE}. \`npm run revisar\` comprueba que todas sigan funcionando.`,
];

/** Anchors of a plan's axes and lines, as `axisAnchor` and `lineAnchor` in src/lib/urls.ts write them. */
const PLAN_ANCHOR = /^(?:eje-\d+|linea-\d+-\d+)$/;

/**
 * Order of the list: folder by folder (`/estados/baja-california/` before `/estados/baja-california-sur/`),
 * and numbers by value (`#linea-2-9` before `#linea-2-10`).
 */
export function compareUrls(a: string, b: string): number {
  // Splitting on a captured group puts the runs of digits at the odd positions.
  const left = a.split(/(\d+)/);
  const right = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1 && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x.replaceAll('/', '\0') < y.replaceAll('/', '\0') ? -1 : 1;
  }
  return left.length - right.length;
}

/** The addresses listed in content/urls-publicadas.txt, or `undefined` when the file is missing. */
export function readPublishedUrls(root: string): string[] | undefined {
  const file = join(root, PUBLISHED_URLS_FILE);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The text of content/urls-publicadas.txt for `urls`: its header, then each address once, in order. */
export const publishedUrlsText = (urls: Iterable<string>): string =>
  [...HEADER, ...[...new Set(urls)].sort(compareUrls)].join('\n') + '\n';

/** What the build in `dist/` publishes. */
export interface BuiltSite {
  /** Every page (`/`, `/planes/x/`), leaving out the 404 page and the redirect pages. */
  pages: Set<string>;
  /** Every page and every anchor of a plan's axes and lines (`/planes/x/#linea-2-1`), in list order. */
  urls: string[];
  /** Whether the site answers `url`: its page exists and, for `/x/#y`, has an element with id `y`. */
  produces(url: string): boolean;
  /** The ids of the elements of a page. */
  ids(page: string): Set<string>;
}

/** Reads the pages of `root/dist/`; the pages that `redirects` write there are not the site's own. */
export function readBuiltSite(root: string, redirects: Redirect[]): BuiltSite {
  const dist = join(root, 'dist');
  const redirected = new Set(redirects.map((redirect) => redirect.from));
  const pages = new Set(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
      .map((file) => `/${file.slice(0, -'index.html'.length)}`)
      .filter((page) => !redirected.has(page)),
  );
  const cache = new Map<string, Set<string>>();
  const ids = (page: string): Set<string> => {
    let found = cache.get(page);
    if (!found) {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      found = new Set(
        parse(html)
          .querySelectorAll('[id]')
          .map((element) => element.getAttribute('id') ?? ''),
      );
      cache.set(page, found);
    }
    return found;
  };
  const urls = [...pages].flatMap((page) => [
    page,
    ...(page.startsWith('/planes/')
      ? [...ids(page)].filter((id) => PLAN_ANCHOR.test(id)).map((id) => `${page}#${id}`)
      : []),
  ]);
  return {
    pages,
    urls: urls.sort(compareUrls),
    ids,
    produces: (url) => {
      const page = pagePath(url);
      const anchor = url.slice(page.length + 1);
      return pages.has(page) && (anchor === '' || ids(page).has(anchor));
    },
  };
}

/** Groups addresses by their page, keeping the order. */
function byPage(urls: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const url of urls) {
    const page = pagePath(url);
    const group = groups.get(page);
    if (group) group.push(url);
    else groups.set(page, [url]);
  }
  return groups;
}

/** How an editor keeps an entry's address when it is no longer current, as its frontmatter would say it. */
export const RETIRED_EXAMPLE =
  'retirado: { fecha: 2025-03-20, motivo: "Lo sustituye la edición 2025", sucesor: id-de-la-nueva }';

/**
 * A page and the listed anchors of it that went away with it. Its fix offers both ways to keep the promise:
 * a redirect, or, for an entry (or a body) that is no longer current, its file back with `retirado`.
 */
function missingPage(page: string, urls: string[]): Problem {
  const anchors = urls.filter((url) => url !== page);
  const named = urls.includes(page) ? page : (anchors.shift() ?? page);
  const also = anchors.length
    ? ` (ni sus ${anchors.length} ${anchors.length === 1 ? 'ancla publicada' : 'anclas publicadas'}, como ${anchors[0] ?? ''})`
    : '';
  return {
    file: page,
    found: `${named} ya no existe y ninguna redirección la cubre${also}`,
    fix:
      `agrega en ${REDIRECTS_FILE} \`- desde: ${page}\` con \`hacia:\` la nueva dirección; o, si era una entrada ` +
      'o un organismo que dejó de estar vigente, no la borres: vuelve a poner su archivo (o su entrada en ' +
      `content/organismos.yaml) y márcala como retirada, p. ej. \`${RETIRED_EXAMPLE}\`: su página sigue, con un ` +
      'aviso y un enlace a la nueva (ver «Retirar una entrada» en el README)',
  };
}

/** The content file of a plan page, when there is one: `/planes/x/` → `content/planes/x.mdx`. */
function planFile(root: string, page: string): string | undefined {
  const slug = /^\/planes\/([^/]+)\/$/.exec(page)?.[1];
  if (!slug) return undefined;
  return ['mdx', 'md'].map((ext) => `content/planes/${slug}.${ext}`).find((file) => existsSync(join(root, file)));
}

/** A listed anchor whose page is still there without it. */
function missingAnchor(root: string, url: string, page: string, anchor: string): Problem {
  const file = planFile(root, page);
  const fix =
    file && PLAN_ANCHOR.test(anchor)
      ? `los ejes y las líneas se numeran por su orden: vuelve a poner en ${file} el que se quitó y agrega los nuevos al final, sin reordenar los publicados`
      : `vuelve a poner en esa página el elemento con id="${anchor}"`;
  return { file: url, found: `${url} ya no existe: ${page} ya no tiene el ancla «${anchor}»`, fix };
}

/** Addresses the site publishes that the list does not have yet. */
function unlisted(page: string, urls: string[]): Problem {
  const [first = '', ...rest] = urls;
  const subject = rest.length
    ? `${first} y ${rest.length} ${rest.length === 1 ? 'dirección más' : 'direcciones más'} de esa página (como ${rest[0] ?? ''}) se publican pero no están`
    : `${first} se publica pero no está`;
  return {
    file: page,
    found: `${subject} en ${PUBLISHED_URLS_FILE}`,
    fix: 'corre `npm run urls:registrar` y agrega ese archivo a tu commit',
  };
}

/** An entry that waits for its day, and the addresses it will publish then. */
export interface WaitingEntry {
  file: string;
  day: string;
  urls: string[];
}

/**
 * Entries with a future `fecha` (not drafts: a draft may never be published, or change its name): the
 * daily publication builds them on their day, so their addresses are registered ahead, page and plan
 * anchors alike, and the day they appear does not fail the contract.
 */
export function waitingEntries(root: string, now: Date = new Date()): WaitingEntry[] {
  const { catalog, entries } = fileEntries(root);
  return entries.flatMap((entry) => {
    const data = entry.data as { borrador?: boolean; fecha: string; ejes?: { lineas?: unknown[] }[] };
    const state = withheld({ borrador: data.borrador === true, fecha: data.fecha }, now);
    if (state?.reason !== 'programada') return [];
    const page = entryUrl(catalog, entry);
    const anchors = (data.ejes ?? []).flatMap((eje, axis) => [
      `${page}#${axisAnchor(axis + 1)}`,
      ...(eje.lineas ?? []).map((_, line) => `${page}#${lineAnchor(axis + 1, line + 1)}`),
    ]);
    return [{ file: entry.filePath ?? '', day: state.date.toISOString().slice(0, 10), urls: [page, ...anchors] }];
  });
}

/**
 * The URL contract: every address in content/urls-publicadas.txt still works, because the build in
 * `root/dist/` publishes it (an anchor: its page has that id) or a redirect of content/redirecciones.yaml
 * covers it (an anchor: a redirect of its page) and leads to an address the site publishes. Every
 * address the site publishes must be in the list too, so that the list stays complete.
 */
export async function checkPublishedUrls(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { redirects, problems: redirectProblems } = readRedirects(root);
  problems.push(...redirectProblems);
  if (!existsSync(join(root, 'dist'))) {
    problems.push({ file: 'dist/', found: 'no existe dist/', fix: 'corre `npm run build` y vuelve a revisar' });
    return problems;
  }
  const site = readBuiltSite(root, redirects);

  for (const redirect of redirects) {
    if (site.produces(redirect.to)) continue;
    const page = pagePath(redirect.to);
    const why = site.pages.has(page)
      ? `pero ${page} no tiene el ancla «${redirect.to.slice(page.length + 1)}»`
      : 'que no existe';
    problems.push({
      file: REDIRECTS_FILE,
      found: `la redirección desde ${redirect.from} lleva a ${redirect.to}, ${why}`,
      fix: 'corrige su «hacia» con una dirección que el sitio publique',
    });
  }

  const listed = readPublishedUrls(root);
  if (!listed) {
    problems.push({
      file: PUBLISHED_URLS_FILE,
      found: `falta ${PUBLISHED_URLS_FILE}`,
      fix: 'corre `npm run urls:registrar` para crearlo y agrégalo a tu commit',
    });
    return problems;
  }

  const redirectedPages = new Set(redirects.map((redirect) => redirect.from));
  const waiting = waitingEntries(root);
  const later = new Set(waiting.flatMap((entry) => entry.urls));
  const gone: string[] = [];
  for (const url of listed) {
    const page = pagePath(url);
    if (!/^\/(?:[^/#\s]+\/)*(?:#\S+)?$/.test(url)) {
      problems.push({
        file: PUBLISHED_URLS_FILE,
        found: `«${url}» no es una dirección del sitio`,
        fix: 'cada línea empieza y termina con «/», como /capsulas/nombre/ (o termina en un ancla: /planes/x/#eje-1)',
      });
    } else if (redirectedPages.has(page)) {
      // Covered: where the redirect leads was checked above.
    } else if (later.has(url)) {
      // Its entry waits for its day.
    } else if (!site.pages.has(page)) {
      gone.push(url);
    } else if (!site.produces(url)) {
      problems.push(missingAnchor(root, url, page, url.slice(page.length + 1)));
    }
  }
  for (const [page, urls] of byPage(gone)) problems.push(missingPage(page, urls));

  const known = new Set(listed);
  for (const [page, urls] of byPage(site.urls.filter((url) => !known.has(url)))) {
    problems.push(unlisted(page, urls));
  }
  for (const entry of waiting) {
    const missing = entry.urls.filter((url) => !known.has(url));
    if (!missing.length) continue;
    problems.push({
      file: entry.file,
      field: 'fecha',
      found: `está programada para el ${entry.day}, y ${missing[0] ?? ''}${missing.length > 1 ? ` y ${missing.length - 1} más` : ''} aún no está en ${PUBLISHED_URLS_FILE}: ese día la publicación diaria fallaría`,
      fix: 'corre `npm run urls:registrar` y agrega ese archivo a tu commit',
    });
  }
  return problems;
}
