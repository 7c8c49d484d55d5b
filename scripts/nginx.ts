/**
 * `npm run nginx`: writes nginx.conf, the production server configuration, from src/build/serving.ts.
 * The redirects are not in it: the build writes them to dist/_nginx-redirecciones.conf, which
 * nginx.conf includes, so editors never regenerate this file.
 */
import { writeFileSync } from 'node:fs';
import { SITE_URL } from '#/src/config.ts';
import { nginxServer, productionNginx } from '#/src/build/serving.ts';

/** The text nginx.conf must have. */
export const productionConfig = (): string => nginxServer(productionNginx(new URL(SITE_URL).host));

if (import.meta.main) {
  writeFileSync('nginx.conf', productionConfig());
  console.log('nginx.conf actualizado desde src/build/serving.ts');
}
