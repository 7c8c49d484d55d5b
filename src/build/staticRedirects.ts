import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePath, type Redirect } from './redirects.ts';

/** The redirects as a Netlify / Cloudflare Pages `_redirects` file: one `/viejo/ /nuevo/ 301` per line. */
export const redirectsFileText = (redirects: Redirect[]): string =>
  [
    '# Generado por npm run build desde content/redirecciones.yaml; no lo edites a mano.',
    ...redirects.map((redirect) => `${redirect.from} ${redirect.to} 301`),
  ].join('\n') + '\n';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/** A Spanish, valid page that sends the visitor on to `to`, like Astro's own meta-refresh page. */
export function redirectPage(to: string, site: URL | undefined): string {
  const href = escapeHtml(to);
  const canonical = escapeHtml(site ? new URL(pagePath(to), site).href : pagePath(to));
  return `<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<title>Esta página cambió de dirección</title>
</head>
<body>
<p>Esta página cambió de dirección. Si no se abre sola, ve a <a href="${href}">${href}</a>.</p>
</body>
</html>
`;
}

/**
 * Completes the redirects that astro.config.mjs passes to Astro's `redirects` option (a page at
 * each old address that sends the visitor on, which works on any static host):
 * - a redirect that would hide a page still published fails the build instead of only warning;
 * - each of those pages is written in Spanish;
 * - `dist/_redirects` gives Netlify and Cloudflare Pages the same list as real 301 redirects.
 */
export function staticRedirects(redirects: Redirect[]): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'snt-redirecciones',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ prerenderConflictBehavior: 'error' });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const redirect of redirects) {
          await writeFile(`${out}${redirect.from.slice(1)}index.html`, redirectPage(redirect.to, site));
        }
        await writeFile(`${out}_redirects`, redirectsFileText(redirects));
        logger.info(`Redirecciones: ${redirects.length} en dist/_redirects`);
      },
    },
  };
}
