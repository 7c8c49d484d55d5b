import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of every `astro build`,
 * so the site's build command alone yields a searchable site. A failed index fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'snt-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind no pudo crear el índice: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind no pudo indexar dist/: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind no pudo escribir el índice: ${written.errors.join('; ')}`);
        logger.info(`Índice de búsqueda: ${added.page_count} páginas en dist/pagefind/`);
        await pagefind.close();
      },
    },
  };
}
