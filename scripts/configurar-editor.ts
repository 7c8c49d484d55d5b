// `npm run editor:configurar`: writes the browser editor's configuration (public/admin/config.yml) from the
// content schemas and the registry of kinds. Run it after changing either; a test fails until it is run.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';
import { collectionSchemas, EDITOR_CONFIG_FILE, editorConfigYaml } from '#/src/build/editorConfig.ts';

const root = resolve(import.meta.dirname, '..');

// content.config.ts imports astro:content, which only Astro's Vite set-up resolves.
const viteConfig = await getViteConfig({ logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false } })({
  command: 'serve',
  mode: 'development',
});
const server = await createServer({ ...viteConfig, configFile: false, root });
try {
  const { collections } = (await server.ssrLoadModule('/src/content.config.ts')) as {
    collections: Parameters<typeof collectionSchemas>[0];
  };
  const { z } = (await server.ssrLoadModule('astro/zod')) as { z: Parameters<typeof collectionSchemas>[1] };
  writeFileSync(join(root, EDITOR_CONFIG_FILE), editorConfigYaml(collectionSchemas(collections, z)));
  console.log(`${EDITOR_CONFIG_FILE} está al día con los esquemas y el registro de tipos.`);
} finally {
  // Astro sets up its dev server app alongside; closing before it is ready makes it log a failure.
  await (server as unknown as Record<symbol, Promise<void> | undefined>)[Symbol.for('astro.devServerAppReady')];
  await server.close();
}
