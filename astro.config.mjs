// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';
import { staticRedirects } from './src/integrations/redirects';
import { astroRedirects, loadRedirects } from './src/lib/redirects';
import { sitemapOptions } from './src/lib/sitemap';

/** Old addresses and where they lead now (content/redirecciones.yaml); a bad list stops the build. */
const redirects = loadRedirects();

/**
 * Drafts are shown by `astro dev` only, whatever NODE_ENV says.
 * @type {import('astro').AstroIntegration}
 */
const drafts = {
  name: 'snt-borradores',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
    },
  },
};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://micrositio.snt.org.mx',
  trailingSlash: 'always',
  build: { format: 'directory' },
  redirects: astroRedirects(redirects),
  integrations: [drafts, mdx(), sitemap(sitemapOptions(redirects)), pagefindIndex(), staticRedirects(redirects)],
});
