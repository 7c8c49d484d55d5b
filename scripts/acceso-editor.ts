/**
 * The browser editor's GitHub login: the small OAuth service Decap CMS's GitHub backend needs (`base_url` and
 * `auth_endpoint` in public/admin/config.yml), on the site's own address behind nginx (`location /oauth/`, from
 * src/build/serving.ts). Run by scripts/systemd/micrositio-acceso.service; README «Editar desde el navegador».
 *
 * The editor opens `/oauth/auth` in a window; the service sends it to GitHub with a fresh `state`, kept in a
 * short-lived cookie of its own; GitHub sends it back to `/oauth/callback` with a code, which the service trades
 * for a token only when the state matches the cookie; the page it answers hands the token to the editor with
 * postMessage, addressed to the site's own origin only (Decap's `authorizing:github` handshake first).
 * Nothing is logged: no token, no code, no state. Plain Node, no dependencies.
 *
 * Settings, from the environment (the unit's EnvironmentFile):
 *   GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET  the OAuth App's (required)
 *   ACCESO_SITIO   origin of the site whose editor may receive the token (default: EDITOR.authUrl)
 *   GITHUB_URL     GitHub's web address, for GitHub Enterprise or a test's stand-in (default: https://github.com)
 *   ACCESO_PUERTO  port on 127.0.0.1 (default: EDITOR.loginService.port)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { LOGIN_PREFIX } from '#/src/build/serving.ts';
import { EDITOR } from '#/src/config.ts';

/** What the service needs to know. */
export interface LoginSettings {
  clientId: string;
  clientSecret: string;
  /** Origin of the site (`https://micrositio.snt.org.mx`): the only one a token is ever posted to. */
  site: string;
  /** GitHub's web address: `/login/oauth/authorize` and `/login/oauth/access_token` are under it. */
  github: string;
}

/** The cookie that ties GitHub's answer to the browser that asked. */
export const STATE_COOKIE = 'micrositio_acceso';
/** How long a login may take between leaving for GitHub and coming back, in seconds. */
export const STATE_SECONDS = 600;
/** The scopes Decap asks for: `repo`, or `public_repo` with open authoring. Nothing else is passed on. */
const SCOPES = new Set(['repo', 'public_repo']);

export const AUTH_PATH = `/${EDITOR.authEndpoint}`;
export const CALLBACK_PATH = `${LOGIN_PREFIX}callback`;
export const SCRIPT_PATH = `${LOGIN_PREFIX}acceso.js`;

/**
 * The login page's only script. It announces itself to the window that opened it, as Decap expects, and hands
 * over the message once that window answers from the site's origin; postMessage's target origin makes the
 * browser drop both messages if the opener is anywhere else.
 */
export const LOGIN_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('acceso').textContent);
  const opener = window.opener;
  if (!opener) return;
  window.addEventListener('message', (event) => {
    if (event.source !== opener || event.origin !== data.origin || event.data !== 'authorizing:github') return;
    opener.postMessage(data.message, data.origin);
  });
  opener.postMessage('authorizing:github', data.origin);
})();
`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/** The page the login window ends on: a sentence for the person, and the message for the editor. */
function resultPage(site: string, message: string, text: string): string {
  // Inside <script>, a «<» could close the element: JSON lets it be written as \u003c.
  const data = JSON.stringify({ origin: site, message }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Acceso al editor</title>
<script type="application/json" id="acceso">${data}</script>
<script src="${SCRIPT_PATH}"></script>
</head>
<body>
<p>${escapeHtml(text)}</p>
</body>
</html>
`;
}

const cookie = (value: string, maxAge: number): string =>
  `${STATE_COOKIE}=${value}; Path=${LOGIN_PREFIX}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Lax`;

/** The state the browser brought back in its cookie, if any. */
function cookieState(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === STATE_COOKIE) return value.join('=');
  }
  return undefined;
}

const sameState = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Trades GitHub's one-time code for a token; undefined when GitHub refuses or does not answer. */
async function exchange(settings: LoginSettings, code: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${settings.github}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        code,
        redirect_uri: `${settings.site}${CALLBACK_PATH}`,
      }),
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { access_token?: unknown };
    return typeof body.access_token === 'string' && /^[\w.-]+$/.test(body.access_token) ? body.access_token : undefined;
  } catch {
    return undefined;
  }
}

const AGAIN = 'Cierra esta ventana y vuelve a pulsar «Iniciar sesión con GitHub» en el editor.';

/** Answers one request; never writes to the log. */
async function handle(settings: LoginSettings, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = (status: number, body: string, headers: Record<string, string | string[]> = {}) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(body);
  };
  const fail = (status: number, reason: string) =>
    send(
      status,
      resultPage(
        settings.site,
        `authorization:github:error:${JSON.stringify({ message: reason })}`,
        `No se pudo iniciar la sesión: ${reason} ${AGAIN}`,
      ),
      { 'set-cookie': cookie('', 0) },
    );
  const url = new URL(request.url ?? '/', settings.site);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(405, 'Método no permitido.', { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    return;
  }
  if (url.pathname === SCRIPT_PATH) {
    send(200, LOGIN_SCRIPT, { 'content-type': 'text/javascript; charset=utf-8' });
    return;
  }
  if (url.pathname === AUTH_PATH) {
    const scope = url.searchParams.get('scope') ?? '';
    if (url.searchParams.get('provider') !== 'github' || !SCOPES.has(scope)) {
      send(400, `Esta dirección solo la abre el editor del sitio. ${AGAIN}`, {
        'content-type': 'text/plain; charset=utf-8',
      });
      return;
    }
    const state = randomBytes(32).toString('base64url');
    const authorize = new URL(`${settings.github}/login/oauth/authorize`);
    authorize.search = new URLSearchParams({
      client_id: settings.clientId,
      redirect_uri: `${settings.site}${CALLBACK_PATH}`,
      scope,
      state,
    }).toString();
    response.writeHead(302, { location: authorize.href, 'set-cookie': cookie(state, STATE_SECONDS) });
    response.end();
    return;
  }
  if (url.pathname === CALLBACK_PATH) {
    const expected = cookieState(request);
    const state = url.searchParams.get('state') ?? '';
    const code = url.searchParams.get('code') ?? '';
    if (url.searchParams.has('error')) {
      fail(403, 'GitHub no dio permiso.');
      return;
    }
    if (!expected || !state || !sameState(expected, state)) {
      fail(400, 'la respuesta de GitHub no corresponde a este navegador o tardó más de 10 minutos.');
      return;
    }
    if (!code) {
      fail(400, 'GitHub no envió el código de acceso.');
      return;
    }
    const token = await exchange(settings, code);
    if (!token) {
      fail(502, 'GitHub no entregó el acceso; inténtalo de nuevo en un momento.');
      return;
    }
    const message = `authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`;
    send(200, resultPage(settings.site, message, 'Listo: ya puedes volver al editor. Esta ventana se cierra sola.'), {
      'set-cookie': cookie('', 0),
    });
    return;
  }
  send(404, 'No existe.', { 'content-type': 'text/plain; charset=utf-8' });
}

/** The settings from the environment, or the Spanish sentence that says what is missing. */
export function settingsFrom(env: NodeJS.ProcessEnv): LoginSettings {
  const missing = ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Faltan ${missing.join(' y ')} en el entorno (el EnvironmentFile de micrositio-acceso.service): son los de la OAuth App de GitHub.`,
    );
  }
  const origin = (name: string, value: string): string => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`${name} no es una dirección web: «${value}».`);
    }
    if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
      throw new Error(`${name} debe empezar con https:// (solo una dirección local puede usar http://).`);
    }
    return url.origin;
  };
  return {
    clientId: env['GITHUB_CLIENT_ID'] ?? '',
    clientSecret: env['GITHUB_CLIENT_SECRET'] ?? '',
    site: origin('ACCESO_SITIO', env['ACCESO_SITIO'] ?? EDITOR.authUrl),
    github: origin('GITHUB_URL', env['GITHUB_URL'] ?? 'https://github.com'),
  };
}

/** The service, not yet listening. */
export function loginServer(settings: LoginSettings): Server {
  return createServer((request, response) => {
    handle(settings, request, response).catch(() => {
      // Only a broken connection gets here; what it carried is not written anywhere.
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Error del servicio de acceso.');
    });
  });
}

if (import.meta.main) {
  let settings: LoginSettings;
  try {
    settings = settingsFrom(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const port = Number(process.env['ACCESO_PUERTO'] ?? EDITOR.loginService.port);
  const server = loginServer(settings);
  server.listen(port, EDITOR.loginService.host, () => {
    console.log(`Acceso al editor con GitHub en ${EDITOR.loginService.host}:${port}, para ${settings.site}.`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
