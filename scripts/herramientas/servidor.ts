// nginx over a built site with the production configuration of src/build/serving.ts, on a local port and
// without TLS: for `npm run serve`, the bench and the tests. Needs Debian's nginx and its brotli module:
//   apt-get install nginx-light libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxServer } from '#/src/build/serving.ts';

const NGINX = '/usr/sbin/nginx';
/** Brotli for nginx: precompressed copies (static) and pages compressed as they are sent (filter). */
const BROTLI_MODULES = ['static', 'filter'].map((part) => `/usr/lib/nginx/modules/ngx_http_brotli_${part}_module.so`);

/** A port nobody listens on now. */
const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });

/** The whole nginx configuration for a local server: the production `server` block inside a minimal `http`. */
function localConfig(
  root: string,
  port: number,
  work: string,
  { accessLog, loginService, keepaliveRequests }: NginxOptions,
): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(work, kind)};`)
    .join('\n');
  // As root, nginx's workers would run as `nobody`, who cannot read a build under a private folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${BROTLI_MODULES.map((module) => `load_module ${module};`).join('\n')}
${user}worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log stderr error;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
${keepaliveRequests ? `  keepalive_requests ${keepaliveRequests};\n` : ''}${temp}
${nginxServer({
  root,
  listen: [`127.0.0.1:${port}`],
  localProxy: true,
  ...(accessLog ? { accessLog } : {}),
  ...(loginService ? { loginService } : {}),
})}
}
`;
}

/** A running local server: its address, and how to stop it. */
export interface LocalServer {
  url: string;
  close: () => Promise<void>;
}

interface NginxOptions {
  /** Where nginx logs each request. */
  accessLog?: string | undefined;
  /** `host:port` of the editor's login service. */
  loginService?: string | undefined;
  /** The TZ its clock runs on (nginx keeps that one variable): the day and hour its log writes. */
  timeZone?: string | undefined;
  /** Requests a connection serves before nginx closes it (nginx's default: 1,000). */
  keepaliveRequests?: number | undefined;
}

/** Starts nginx over `dir` on `port` (a free one by default); resolves once it answers. */
export async function startNginx(dir = 'dist', port?: number, options: NginxOptions = {}): Promise<LocalServer> {
  const { timeZone } = options;
  const root = resolve(dir);
  if (![NGINX, ...BROTLI_MODULES].every((file) => existsSync(file))) {
    throw new Error(
      'Falta nginx con sus módulos brotli. Instálalos con: apt-get install nginx-light libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter',
    );
  }
  if (!existsSync(join(root, '_nginx-redirecciones.conf'))) {
    throw new Error(`${dir}/ no tiene un sitio construido; corre primero «npm run build».`);
  }
  const listenPort = port ?? (await freePort());
  const work = mkdtempSync(join(tmpdir(), 'snt-nginx-'));
  const config = join(work, 'nginx.conf');
  writeFileSync(config, localConfig(root, listenPort, work, options));
  const nginx: ChildProcess = spawn(NGINX, ['-p', work, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    ...(timeZone ? { env: { ...process.env, TZ: timeZone } } : {}),
  });
  const exited = new Promise<number | null>((done) => nginx.once('exit', done));
  const url = `http://127.0.0.1:${listenPort}`;
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx terminó al arrancar (código ${nginx.exitCode}); revisa ${config}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  return {
    url,
    close: async () => {
      nginx.kill('SIGQUIT');
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * The built site served as in production: nginx with the configuration of src/build/serving.ts
 * (headers, CSP, redirects, precompressed files, the Spanish 404), from `dir` (default `dist`).
 */
export const serveSite = (dir = 'dist'): Promise<LocalServer> => startNginx(dir);
