/**
 * `npm run serve`: the built site (dist/) served by nginx with the production configuration of
 * src/build/serving.ts (headers, CSP, redirects, compression, Spanish 404), on a local port
 * and without TLS. Needs Debian's nginx and its brotli modules:
 *   apt-get install nginx-light libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter
 */
import { parseArgs } from 'node:util';
import { startNginx } from './herramientas/servidor.ts';

const { values } = parseArgs({ options: { puerto: { type: 'string', default: '8080' } } });
const server = await startNginx('dist', Number(values.puerto));
console.log(`Sitio servido por nginx con la configuración de producción en ${server.url}/ (Ctrl+C para salir)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
