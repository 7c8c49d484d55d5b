import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import {
  AUTH_PATH,
  CALLBACK_PATH,
  LOGIN_SCRIPT,
  loginServer,
  SCRIPT_PATH,
  settingsFrom,
  STATE_COOKIE,
  STATE_SECONDS,
} from '#/scripts/acceso-editor.ts';
import { LOGIN_PREFIX, productionNginx } from '#/src/build/serving.ts';
import { EDITOR } from '#/src/config.ts';

// The login service on loopback, talking to a stand-in of GitHub's token endpoint that records what it is asked.
const SITE = 'https://micrositio.example.org';
const SECRET = 'secreto-de-la-app-0123456789';
const CODE = 'codigo-de-un-solo-uso-abc123';
const TOKEN = 'gho_tokenDePrueba0123456789';
let github: Server;
let service: Server;
let base: string;
/** Bodies the stand-in's token endpoint received. */
const exchanges: Record<string, string>[] = [];
/** What the stand-in answers to the next exchanges. */
let tokenAnswer: { status: number; body: unknown } = { status: 200, body: { access_token: TOKEN } };

const listen = (server: Server): Promise<string> =>
  new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  github = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      exchanges.push(JSON.parse(body) as Record<string, string>);
      response.writeHead(tokenAnswer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(tokenAnswer.body));
    });
  });
  const githubUrl = await listen(github);
  service = loginServer(
    settingsFrom({
      GITHUB_CLIENT_ID: 'id-de-la-app',
      GITHUB_CLIENT_SECRET: SECRET,
      ACCESO_SITIO: SITE,
      GITHUB_URL: githubUrl,
    }),
  );
  base = await listen(service);
});

afterAll(async () => {
  await new Promise((done) => service.close(done));
  await new Promise((done) => github.close(done));
});

/** Everything written to the console or the standard streams while a test runs. */
let written: string[] = [];
beforeEach(() => {
  written = [];
  exchanges.length = 0;
  tokenAnswer = { status: 200, body: { access_token: TOKEN } };
  const record = (...args: unknown[]) => void written.push(args.map(String).join(' '));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation(record);
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(String(chunk));
      return original(chunk, ...(rest as []));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

const get = (path: string, cookie?: string) =>
  fetch(`${base}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

/** Starts a login as the editor does: the redirect to GitHub, and the state and cookie it set. */
async function start(scope = 'public_repo') {
  const response = await get(`${AUTH_PATH}?provider=github&site_id=micrositio.example.org&scope=${scope}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const location = new URL(response.headers.get('location') ?? 'about:blank');
  return { response, setCookie, location, state: location.searchParams.get('state') ?? '' };
}

/** The message the result page hands to the editor, and the origin it is addressed to. */
async function handedOver(response: Response): Promise<{ origin: string; message: string }> {
  const html = await response.text();
  const json = /<script type="application\/json" id="acceso">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
  expect(html).toContain(`<script src="${SCRIPT_PATH}"></script>`);
  return JSON.parse(json) as { origin: string; message: string };
}

test('a login leaves for GitHub with the app, the callback on the site, the scope asked and a fresh state', async () => {
  const first = await start();
  expect(first.response.status).toBe(302);
  expect(`${first.location.origin}${first.location.pathname}`).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/login\/oauth\/authorize$/,
  );
  expect(first.location.searchParams.get('client_id')).toBe('id-de-la-app');
  expect(first.location.searchParams.get('redirect_uri')).toBe(`${SITE}${CALLBACK_PATH}`);
  expect(first.location.searchParams.get('scope')).toBe('public_repo');
  expect(first.state).toMatch(/^[\w-]{43}$/);
  expect((await start()).state).not.toBe(first.state);
  // The secret never travels to the browser.
  expect(first.location.href).not.toContain(SECRET);
});

test('the state cookie is HttpOnly, Secure, SameSite=Lax, short-lived and scoped to the login path', async () => {
  const { setCookie, state } = await start();
  const [pair, ...attributes] = setCookie.split(/;\s*/);
  expect(pair).toBe(`${STATE_COOKIE}=${state}`);
  expect(attributes.sort()).toEqual(
    ['HttpOnly', `Max-Age=${STATE_SECONDS}`, `Path=${LOGIN_PREFIX}`, 'SameSite=Lax', 'Secure'].sort(),
  );
  expect(STATE_SECONDS).toBeLessThanOrEqual(900);
});

test.each([
  ['another provider', '?provider=gitlab&scope=repo'],
  ['no provider', '?scope=repo'],
  ['a scope Decap never asks for', '?provider=github&scope=admin:org'],
])('a login with %s is refused, in Spanish, and sets no cookie', async (_, query) => {
  const response = await get(`${AUTH_PATH}${query}`);
  expect(response.status).toBe(400);
  expect(response.headers.get('set-cookie')).toBeNull();
  expect(await response.text()).toContain('Esta dirección solo la abre el editor del sitio.');
});

/** A callback's query and cookie, made from the state the login started with. */
type Callback = (state: string) => { query: string; cookie?: string };
const refused: [string, Callback][] = [
  ['without the cookie', (state) => ({ query: `?code=${CODE}&state=${state}` })],
  [
    'with another browser’s state',
    (state) => ({ query: `?code=${CODE}&state=${state}`, cookie: `${STATE_COOKIE}=otro${state.slice(4)}` }),
  ],
  ['without a state', (state) => ({ query: `?code=${CODE}`, cookie: `${STATE_COOKIE}=${state}` })],
  [
    'with a state of another length',
    (state) => ({ query: `?code=${CODE}&state=${state}x`, cookie: `${STATE_COOKIE}=${state}` }),
  ],
  ['with an empty cookie', (state) => ({ query: `?code=${CODE}&state=${state}`, cookie: `${STATE_COOKIE}=` })],
];

test.each(refused)('a callback %s is refused before any code is traded, and hands over no token', async (_, make) => {
  const { state } = await start();
  const { query, cookie } = make(state);
  const response = await get(`${CALLBACK_PATH}${query}`, cookie);
  expect(response.status).toBe(400);
  expect(exchanges).toEqual([]);
  const { origin, message } = await handedOver(response);
  expect(origin).toBe(SITE);
  expect(message).toMatch(/^authorization:github:error:\{"message":".+"\}$/);
  expect(message).not.toContain(TOKEN);
  // The cookie is spent either way.
  expect(response.headers.get('set-cookie')).toContain(`${STATE_COOKIE}=; Path=${LOGIN_PREFIX}; Max-Age=0`);
});

test('a callback with the browser’s own state trades the code once and hands the token to the site’s origin only', async () => {
  const { state } = await start();
  const response = await get(`${CALLBACK_PATH}?code=${CODE}&state=${state}`, `otra=1; ${STATE_COOKIE}=${state}`);
  expect(response.status).toBe(200);
  expect(exchanges).toEqual([
    { client_id: 'id-de-la-app', client_secret: SECRET, code: CODE, redirect_uri: `${SITE}${CALLBACK_PATH}` },
  ]);
  const { origin, message } = await handedOver(response);
  expect(origin).toBe(SITE);
  expect(message).toBe(`authorization:github:success:{"token":"${TOKEN}","provider":"github"}`);
  expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
});

test.each([
  ['GitHub refuses the code', { status: 200, body: { error: 'bad_verification_code' } }],
  ['GitHub answers an error status', { status: 500, body: {} }],
  ['GitHub answers something that is not a token', { status: 200, body: { access_token: '"><script>' } }],
])('when %s, the editor is told, in Spanish, and gets no token', async (_, answer) => {
  tokenAnswer = answer;
  const { state } = await start();
  const response = await get(`${CALLBACK_PATH}?code=${CODE}&state=${state}`, `${STATE_COOKIE}=${state}`);
  expect(response.status).toBe(502);
  const html = await response.text();
  expect(html).toContain('GitHub no entregó el acceso');
  expect(html).not.toContain('<script>"');
  expect(exchanges).toHaveLength(1);
});

test('a person who says no on GitHub comes back to a Spanish page, and no code is traded', async () => {
  const { state } = await start();
  const response = await get(`${CALLBACK_PATH}?error=access_denied&state=${state}`, `${STATE_COOKIE}=${state}`);
  expect(response.status).toBe(403);
  expect(await response.text()).toContain('GitHub no dio permiso.');
  expect(exchanges).toEqual([]);
});

test('other addresses and methods are refused', async () => {
  expect((await get(`${LOGIN_PREFIX}otra`)).status).toBe(404);
  expect((await fetch(`${base}${AUTH_PATH}`, { method: 'POST' })).status).toBe(405);
  const script = await get(SCRIPT_PATH);
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(await script.text()).toBe(LOGIN_SCRIPT);
});

test('nothing is logged: no token, no code, no state, no secret', async () => {
  const { state } = await start();
  await get(`${CALLBACK_PATH}?code=${CODE}&state=${state}`, `${STATE_COOKIE}=${state}`);
  await get(`${CALLBACK_PATH}?code=${CODE}&state=malo`, `${STATE_COOKIE}=${state}`);
  tokenAnswer = { status: 500, body: {} };
  const again = await start();
  await get(`${CALLBACK_PATH}?code=${CODE}&state=${again.state}`, `${STATE_COOKIE}=${again.state}`);
  expect(exchanges).toHaveLength(2);
  expect(written).toEqual([]);
});

test('without the app’s id or secret the service does not start, and says which is missing', () => {
  expect(() => settingsFrom({ GITHUB_CLIENT_ID: 'x' })).toThrow(/Faltan GITHUB_CLIENT_SECRET en el entorno/);
  expect(() => settingsFrom({})).toThrow(/Faltan GITHUB_CLIENT_ID y GITHUB_CLIENT_SECRET/);
  const secrets = { GITHUB_CLIENT_ID: 'x', GITHUB_CLIENT_SECRET: 'y' };
  expect(() => settingsFrom({ ...secrets, ACCESO_SITIO: 'http://micrositio.example.org' })).toThrow(/https:\/\//);
  expect(() => settingsFrom({ ...secrets, GITHUB_URL: 'no es una dirección' })).toThrow(
    /GITHUB_URL no es una dirección/,
  );
  expect(settingsFrom({ ...secrets, ACCESO_SITIO: 'https://micrositio.example.org/admin/' }).site).toBe(SITE);
});

/** The login page's script, run against a stand-in window: what it posts, to whom, and its message listener. */
function runScript(opener: unknown) {
  const posted: { target: string; message: unknown }[] = [];
  let listener: ((event: { source: unknown; origin: string; data: unknown }) => void) | undefined;
  const data = JSON.stringify({ origin: SITE, message: `authorization:github:success:{"token":"${TOKEN}"}` });
  const window = {
    opener,
    addEventListener: (_: string, callback: typeof listener) => (listener = callback),
  };
  if (opener && typeof opener === 'object')
    Object.assign(opener, { postMessage: (message: unknown, target: string) => posted.push({ target, message }) });
  runInNewContext(LOGIN_SCRIPT, { window, document: { getElementById: () => ({ textContent: data }) } });
  return { posted, answer: (event: { source: unknown; origin: string; data: unknown }) => listener?.(event) };
}

test('the login page posts only to the site’s origin, and the token only after the site answers the handshake', () => {
  const opener = {};
  const { posted, answer } = runScript(opener);
  expect(posted).toEqual([{ target: SITE, message: 'authorizing:github' }]);
  // Another origin, another window or another message get nothing.
  answer({ source: opener, origin: 'https://ajeno.example.org', data: 'authorizing:github' });
  answer({ source: {}, origin: SITE, data: 'authorizing:github' });
  answer({ source: opener, origin: SITE, data: 'otra cosa' });
  expect(posted).toHaveLength(1);
  answer({ source: opener, origin: SITE, data: 'authorizing:github' });
  expect(posted).toHaveLength(2);
  expect(posted[1]).toEqual({ target: SITE, message: expect.stringContaining(TOKEN) });
  expect(posted.every(({ target }) => target === SITE)).toBe(true);
  expect(LOGIN_SCRIPT).not.toMatch(/postMessage\([^)]*['"]\*['"]/);
});

test('a login page opened without an editor behind it posts nothing', () => {
  expect(() => runScript(null)).not.toThrow();
});

/** The values of `key` in a systemd unit, in order. */
const unitValues = (key: string) =>
  readFileSync('scripts/systemd/micrositio-acceso.service', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));

test('the systemd unit runs this service with the project’s Node, unprivileged, its secrets from a file README names', () => {
  const repository = `${productionNginx('ejemplo.gob.mx').root.replace(/\/current$/, '')}/repositorio`;
  expect(unitValues('WorkingDirectory')).toEqual([repository]);
  expect(unitValues('ExecStart')).toEqual([`${repository}/node_modules/.bin/node scripts/acceso-editor.ts`]);
  expect(existsSync('scripts/acceso-editor.ts')).toBe(true);
  expect(unitValues('User')).toEqual(['micrositio']);
  const [environment = ''] = unitValues('EnvironmentFile');
  expect(environment).toMatch(/^\/etc\//);
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain(environment);
  expect(readme).toContain('sudo systemctl enable --now micrositio-acceso');
  // nginx hands the login to the address the service listens on.
  expect(readFileSync('nginx.conf', 'utf8')).toContain(
    `proxy_pass http://${EDITOR.loginService.host}:${EDITOR.loginService.port};`,
  );
});
