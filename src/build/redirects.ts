import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { stopOnProblems, type Problem } from '#/src/lib/problems.ts';
import { isSlug } from '#/src/lib/slugs.ts';
import { AUDIOS_URL, audioEmbedUrl, CAPSULES_URL, embedUrl } from '#/src/lib/urls.ts';

/** The one file that lists every redirect, relative to the project root. */
export const REDIRECTS_FILE = 'content/redirecciones.yaml';

/** An old address of the site and where it now leads. */
export interface Redirect {
  /** Old address, a site path in directory format: `/capsulas/nombre-viejo/`. */
  from: string;
  /** New address, a site path in directory format, optionally with an anchor: `/planes/x/#linea-2-1`. */
  to: string;
}

/** Every valid redirect of the file, and what is wrong with the rest. */
export interface RedirectsFile {
  redirects: Redirect[];
  problems: Problem[];
}

/** Whether `path` is a site path in directory format made of slugs (`/`, `/planes/x/`). */
const isSitePath = (path: string): boolean =>
  /^\/(?:[^/]+\/)*$/.test(path) &&
  path
    .split('/')
    .filter(Boolean)
    .every((segment) => isSlug(segment));

/** Whether `target` is a site path, optionally followed by an anchor (`#linea-2-1`). */
const isTarget = (target: string): boolean => {
  const [path = '', anchor, ...rest] = target.split('#');
  return isSitePath(path) && rest.length === 0 && (anchor === undefined || /^[A-Za-z][\w-]*$/.test(anchor));
};

/** The page part of an address: `/planes/x/#eje-1` → `/planes/x/`. */
export const pagePath = (url: string): string => url.split('#')[0] ?? url;

const SITE_PATH = 'una dirección de este sitio que empiece y termine con «/», en minúsculas, sin acentos ni espacios';

/**
 * Checks the parsed YAML of the redirects file: a list of `{ desde, hacia }`, both site paths in
 * directory format (only `hacia` may carry an anchor), no address redirected twice, none to itself,
 * and no chains (a `hacia` that is another redirect's `desde`). Whether each `hacia` exists is
 * checked against the built site by `scripts/checks/publicadas.ts`. `lineOf` gives the line of the n-th item.
 */
export function validateRedirects(
  data: unknown,
  lineOf: (index: number) => number | undefined = () => undefined,
): RedirectsFile {
  const problems: Problem[] = [];
  if (data === null || data === undefined) return { redirects: [], problems };
  if (!Array.isArray(data)) {
    problems.push({
      file: REDIRECTS_FILE,
      found: 'no es una lista de redirecciones',
      fix: 'escribe cada una como «- desde: /direccion-vieja/» con «hacia: /direccion-nueva/» debajo',
    });
    return { redirects: [], problems };
  }

  const redirects: Redirect[] = [];
  const numbers = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    const report = (found: string, fix: string) =>
      problems.push({ file: REDIRECTS_FILE, line: lineOf(index), found: `la redirección ${index + 1} ${found}`, fix });
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      report(
        'no tiene los campos «desde» y «hacia»',
        'escríbela como «- desde: /capsulas/nombre-viejo/» y, debajo, «hacia: /capsulas/nombre-nuevo/»',
      );
      return;
    }
    const fields = item as Record<string, unknown>;
    for (const key of Object.keys(fields).filter((key) => key !== 'desde' && key !== 'hacia')) {
      report(`tiene el campo desconocido «${key}»`, 'cada redirección lleva solo «desde» y «hacia»');
    }
    const { desde: from, hacia: to } = fields;
    if (typeof from !== 'string' || typeof to !== 'string') {
      if (typeof from !== 'string')
        report('no tiene «desde», la dirección vieja', 'agrega «desde: /capsulas/nombre-viejo/»');
      if (typeof to !== 'string')
        report('no tiene «hacia», la dirección nueva', 'agrega «hacia: /capsulas/nombre-nuevo/»');
      return;
    }
    let valid = true;
    if (!isSitePath(from)) {
      report(`tiene en «desde» «${from}»`, `escribe ${SITE_PATH} ni «#», como /capsulas/nombre-viejo/`);
      valid = false;
    }
    if (!isTarget(to)) {
      report(
        `tiene en «hacia» «${to}»`,
        `escribe ${SITE_PATH}, como /capsulas/nombre-nuevo/ (puede terminar en un ancla: /planes/x/#linea-2-1)`,
      );
      valid = false;
    }
    if (!valid) return;
    if (from === '/') {
      report('redirige la portada (/), que no se puede redirigir', 'en «desde» va la dirección vieja de una página');
      return;
    }
    if (pagePath(to) === from) {
      report(`lleva ${from} a sí misma`, 'en «hacia» va la dirección nueva');
      return;
    }
    const earlier = numbers.get(from);
    if (earlier !== undefined) {
      report(`repite ${from}, que ya redirige la redirección ${earlier}`, 'deja solo una');
      return;
    }
    numbers.set(from, index + 1);
    redirects.push({ from, to });
  });

  const byFrom = new Map(redirects.map((redirect) => [redirect.from, redirect]));
  redirects.forEach((redirect) => {
    const next = byFrom.get(pagePath(redirect.to));
    if (next) {
      problems.push({
        file: REDIRECTS_FILE,
        line: lineOf((numbers.get(redirect.from) ?? 0) - 1),
        found: `${redirect.from} lleva a ${redirect.to}, que también es una redirección (hacia ${next.to})`,
        fix: 'escribe en su «hacia» la dirección final, para que nadie pase por dos redirecciones',
      });
    }
  });
  return { redirects, problems };
}

/** Reads and checks the redirects file of the project in `root`; a missing file means no redirects. */
export function readRedirects(root: string = process.cwd()): RedirectsFile {
  const file = join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return { redirects: [], problems: [] };
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const [error] = document.errors;
  if (error) {
    return {
      redirects: [],
      problems: [
        {
          file: REDIRECTS_FILE,
          line: error.linePos?.[0].line,
          found: `no se puede leer como YAML (${error.message.split('\n')[0] ?? ''})`,
          fix: 'revisa comillas, dos puntos, guiones y sangría',
        },
      ],
    };
  }
  const items = isSeq(document.contents) ? document.contents.items : [];
  const lineOf = (index: number) => {
    const start = (items[index] as { range?: [number, number, number] } | undefined)?.range?.[0];
    return start === undefined ? undefined : lineCounter.linePos(start).line;
  };
  const { redirects, problems } = validateRedirects(document.toJS(), lineOf);
  return { redirects: withEmbeds(redirects), problems };
}

/** The kinds with an embeddable player: the address of their pages, and of their players. */
const EMBEDDED: [string, (id: string) => string][] = [
  [CAPSULES_URL, embedUrl],
  [AUDIOS_URL, audioEmbedUrl],
];

/**
 * A moved or removed capsule or audio takes its embeddable player with it, so iframes on other sites
 * keep working: `/embed/capsulas/x/` follows `/capsulas/x/` to the new capsule's player, or to
 * wherever the capsule now points.
 */
function withEmbeds(redirects: Redirect[]): Redirect[] {
  const derived = EMBEDDED.flatMap(([section, player]) => {
    const page = new RegExp(`^${section}([a-z0-9-]+)/$`);
    return redirects.flatMap(({ from, to }) => {
      const old = page.exec(from)?.[1];
      if (!old || redirects.some((redirect) => redirect.from === player(old))) return [];
      const moved = page.exec(to)?.[1];
      return [{ from: player(old), to: moved ? player(moved) : to }];
    });
  });
  return [...redirects, ...derived];
}

/** The redirects of the project in `root` (default: the current folder); throws with every error found. */
export function loadRedirects(root: string = process.cwd()): Redirect[] {
  const { redirects, problems } = readRedirects(root);
  stopOnProblems(problems);
  return redirects;
}

/** The redirects in the shape of Astro's `redirects` option. */
export const astroRedirects = (redirects: Redirect[]): Record<string, string> =>
  Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to]));
