// Builds the browser editor (src/admin/: Decap CMS and the site's previews) into public/admin/, next to
// its committed configuration, so that `astro dev` serves it and `astro build` copies it into dist/.
// `npm run build`, `npm run dev` and `npm run editor` run it first.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { ADMIN_URL } from '#/src/lib/urls.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'public', ADMIN_URL);

// Only what this script writes: config.yml, beside it, is committed.
for (const built of ['index.html', 'assets']) rmSync(join(outDir, built), { recursive: true, force: true });
const started = performance.now();
await build({
  root: join(root, 'src/admin'),
  base: ADMIN_URL,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: 'assets',
    reportCompressedSize: false,
    // Decap is one large application; its dependencies' own code (a TOML parser's eval, React's
    // "use client") is not ours to change, and the warnings would hide anything that is.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: { checks: { eval: false, moduleLevelDirective: false } },
  },
});
console.log(`[editor] ${ADMIN_URL} construido en ${((performance.now() - started) / 1000).toFixed(1)} s`);
