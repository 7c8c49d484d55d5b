import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isSlug } from '../lib/slugs.ts';
import { CAPSULES_URL, embedUrl } from '../lib/urls.ts';

/** The one file that lists every redirect, relative to the project root. */
export const REDIRECTS_FILE = 'content/redirecciones.yaml';

/** An old address of the site and where it now leads. */
export interface Redirect {
  /** Old address, a site path in directory format: `/capsulas/nombre-viejo/`. */
  from: string;
  /** New address, a site path in directory format, optionally with an anchor: `/planes/x/#linea-2-1`. */
  to: string;
}

/** Every valid redirect of the file, and what is wrong with the rest (Spanish, without the file's name). */
export interface RedirectsFile {
  redirects: Redirect[];
  errors: string[];
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

/**
 * Checks the parsed YAML of the redirects file: a list of `{ desde, hacia }`, both site paths in
 * directory format (only `hacia` may carry an anchor), no address redirected twice, none to itself,
 * and no chains (a `hacia` that is another redirect's `desde`). Whether each `hacia` exists is
 * checked against the built site by `scripts/checks/urls.ts`.
 */
export function validateRedirects(data: unknown): RedirectsFile {
  const errors: string[] = [];
  if (data === null || data === undefined) return { redirects: [], errors };
  if (!Array.isArray(data)) {
    errors.push(
      'se esperaba una lista de redirecciones, cada una con «- desde: /direccion-vieja/» y «hacia: /direccion-nueva/»',
    );
    return { redirects: [], errors };
  }

  const redirects: Redirect[] = [];
  const numbers = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    const where = `redirección ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(`${where}: se esperaban dos campos, «desde» y «hacia», como «- desde: /capsulas/nombre-viejo/»`);
      return;
    }
    const fields = item as Record<string, unknown>;
    for (const key of Object.keys(fields).filter((key) => key !== 'desde' && key !== 'hacia')) {
      errors.push(`${where}: campo desconocido «${key}»; cada redirección lleva solo «desde» y «hacia»`);
    }
    const { desde: from, hacia: to } = fields;
    if (typeof from !== 'string' || typeof to !== 'string') {
      if (typeof from !== 'string') {
        errors.push(`${where}: falta «desde», la dirección vieja, como «desde: /capsulas/nombre-viejo/»`);
      }
      if (typeof to !== 'string') {
        errors.push(`${where}: falta «hacia», la dirección nueva, como «hacia: /capsulas/nombre-nuevo/»`);
      }
      return;
    }
    let valid = true;
    if (!isSitePath(from)) {
      errors.push(
        `${where}: «desde» dice «${from}»; se esperaba una dirección de este sitio que empiece y termine con «/», en minúsculas, sin acentos, espacios ni «#», como /capsulas/nombre-viejo/`,
      );
      valid = false;
    }
    if (!isTarget(to)) {
      errors.push(
        `${where}: «hacia» dice «${to}»; se esperaba una dirección de este sitio que empiece y termine con «/», en minúsculas y sin acentos ni espacios, como /capsulas/nombre-nuevo/ (puede terminar en un ancla: /planes/x/#linea-2-1)`,
      );
      valid = false;
    }
    if (!valid) return;
    if (from === '/') {
      errors.push(`${where}: la portada (/) no se puede redirigir; «desde» es la dirección vieja de una página`);
      return;
    }
    if (pagePath(to) === from) {
      errors.push(`${where}: ${from} lleva a sí misma; en «hacia» va la dirección nueva`);
      return;
    }
    const earlier = numbers.get(from);
    if (earlier !== undefined) {
      errors.push(`${where}: ${from} ya tiene una redirección (la ${earlier}); deja solo una`);
      return;
    }
    numbers.set(from, index + 1);
    redirects.push({ from, to });
  });

  const byFrom = new Map(redirects.map((redirect) => [redirect.from, redirect]));
  redirects.forEach((redirect) => {
    const next = byFrom.get(pagePath(redirect.to));
    if (next) {
      errors.push(
        `${redirect.from} lleva a ${redirect.to}, que también es una redirección (hacia ${next.to}); escribe en su «hacia» la dirección final para que nadie pase por dos redirecciones`,
      );
    }
  });
  return { redirects, errors };
}

/** Reads and checks the redirects file of the project in `root`; a missing file means no redirects. */
export function readRedirects(root: string = process.cwd()): RedirectsFile {
  const file = join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return { redirects: [], errors: [] };
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { redirects: [], errors: [`no se puede leer como YAML: ${reason}`] };
  }
  const { redirects, errors } = validateRedirects(data);
  return { redirects: withEmbeds(redirects), errors };
}

/**
 * A moved or removed capsule takes its embeddable player with it, so iframes on other sites
 * keep working: `/embed/capsulas/x/` follows `/capsulas/x/` to the new capsule's player, or to
 * wherever the capsule now points.
 */
function withEmbeds(redirects: Redirect[]): Redirect[] {
  const capsule = new RegExp(`^${CAPSULES_URL}([a-z0-9-]+)/$`);
  const derived = redirects.flatMap(({ from, to }) => {
    const old = capsule.exec(from)?.[1];
    if (!old || redirects.some((redirect) => redirect.from === embedUrl(old))) return [];
    const moved = capsule.exec(to)?.[1];
    return [{ from: embedUrl(old), to: moved ? embedUrl(moved) : to }];
  });
  return [...redirects, ...derived];
}

/** The redirects of the project in `root` (default: the current folder); throws with every error found. */
export function loadRedirects(root: string = process.cwd()): Redirect[] {
  const { redirects, errors } = readRedirects(root);
  if (errors.length) throw new Error(errors.map((error) => `${REDIRECTS_FILE}: ${error}`).join('\n'));
  return redirects;
}

/** The redirects in the shape of Astro's `redirects` option. */
export const astroRedirects = (redirects: Redirect[]): Record<string, string> =>
  Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to]));
