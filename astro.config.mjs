// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/config.ts';
import { staticRedirects } from './src/build/staticRedirects.ts';
import { astroRedirects, loadRedirects } from './src/build/redirects.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/build/serving.ts';
import { sitemapOptions } from './src/build/sitemap.ts';

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
  site: SITE_URL,
  trailingSlash: 'always',
  // Styles and scripts as files, never inline: cached across pages, and the CSP lists no hashes.
  // concurrency: pages render while others wait on disk, CSP hashing and image hashing (issue 8).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // No Shiki: its colours are inline styles, which the CSP blocks; code blocks stay plain <pre><code>.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      // Rolldown warns, once per .mdx file and in every build, about a directive Astro itself adds to MDX
      // modules ("use astro:head-inject"): nothing an editor can act on.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
  redirects: astroRedirects(redirects),
  // A Content-Security-Policy <meta> on every page, with the hashes of its inline scripts and styles
  // (src/build/serving.ts holds the policy; the servers add the header part a <meta> cannot carry).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_SOURCES },
      styleDirective: { resources: CSP_STYLE_SOURCES },
    },
  },
  // The search index, the host files and the compressed copies come after Astro has exited
  // (`npm run build` runs scripts/indexar.ts), so Pagefind never holds memory beside Astro's.
  integrations: [drafts, mdx(), sitemap(sitemapOptions(redirects)), staticRedirects(redirects)],
});
