import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { loginServer, settingsFrom, STATE_COOKIE } from '#/scripts/acceso-editor.ts';
import { startNginx, type LocalServer } from '#/scripts/herramientas/servidor.ts';
import { launchBrowser } from '#/scripts/herramientas/navegador.ts';
import { LOGIN_PREFIX } from '#/src/build/serving.ts';
import { EDITOR, REPOSITORY } from '#/src/config.ts';
import { ADMIN_URL } from '#/src/lib/urls.ts';
import { watchCspViolations } from '#/tests/support/browser.ts';

// The editor's GitHub login end to end, as in production: the built /admin/ served by nginx with its own policy,
// nginx handing /oauth/ to the login service, and real Chromium. GitHub is a stand-in on loopback: its sign-in
// page answers at once with a code, its token endpoint trades it, and its API (reached at the real
// api.github.com address, which Chromium resolves to the stand-in, so the editor's policy is the production one)
// serves this repository's own files. The only change to the editor's configuration: `base_url` is the local
// nginx instead of the public site, and the local Git proxy is left out.
const TOKEN = 'gho_tokenDeLaPrueba0123456789';
const CODE = 'codigo-de-la-prueba';
const USER = 'editora-de-prueba';
const repo = new URL(REPOSITORY.url).pathname.slice(1);
const apiHost = new URL(EDITOR.apiRoot).host;

let site: LocalServer;
let browser: Browser;
let service: Server;
let standIn: Server;
let standInApi: Server;
let standInUrl: string;
let certificates: string;
/** Everything the stand-in was asked, in order: `METHOD path`, with the token each API call carried. */
const calls: { call: string; authorization?: string | undefined }[] = [];
/** Addresses of the stand-in's API that it does not know: each would be a gap in what the editor needs. */
const unknown: string[] = [];
/** Codes the stand-in's sign-in page handed out, and bodies its token endpoint received. */
const exchanges: Record<string, string>[] = [];

const git = (...args: string[]): string => {
  const result = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
const head = git('rev-parse', 'HEAD').trim();

const listen = (server: Server): Promise<number> =>
  new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

/** GitHub's sign-in page and token endpoint: what the login service talks to. */
function github(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://stand-in');
  calls.push({ call: `${request.method ?? ''} ${url.pathname}` });
  if (url.pathname === '/login/oauth/authorize') {
    // A person who is signed in and has already authorised the app: GitHub sends the browser straight back.
    const back = new URL(url.searchParams.get('redirect_uri') ?? '');
    back.search = new URLSearchParams({ code: CODE, state: url.searchParams.get('state') ?? '' }).toString();
    response.writeHead(302, { location: back.href });
    response.end();
    return;
  }
  if (url.pathname === '/login/oauth/access_token' && request.method === 'POST') {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const asked = JSON.parse(body) as Record<string, string>;
      exchanges.push(asked);
      json(
        response,
        200,
        asked['code'] === CODE ? { access_token: TOKEN, token_type: 'bearer' } : { error: 'bad_code' },
      );
    });
    return;
  }
  if (url.pathname === '/otra-pagina') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Otro sitio</title><p>Otro sitio');
    return;
  }
  response.writeHead(404).end();
}

/** The part of GitHub's REST API the editor reads to log in and list a collection, served from this repository. */
function api(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', '*');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
      'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '',
    });
    response.end();
    return;
  }
  const url = new URL(request.url ?? '/', `https://${apiHost}`);
  const path = decodeURIComponent(url.pathname);
  calls.push({ call: `${request.method ?? ''} ${path}`, authorization: request.headers.authorization });
  if (request.headers.authorization !== `token ${TOKEN}`) {
    json(response, 401, { message: 'Bad credentials' });
    return;
  }
  const repoPath = `/repos/${repo}`;
  const tree = /^\/repos\/[^/]+\/[^/]+\/git\/trees\/([^:]+):(.*)$/.exec(path);
  const blob = /^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]{40})$/.exec(path);
  if (path === '/user') {
    json(response, 200, { login: USER, id: 1, name: 'Editora de prueba', avatar_url: '' });
  } else if (path === `${repoPath}/collaborators/${USER}/permission`) {
    json(response, 200, { permission: 'write' });
  } else if (path === repoPath) {
    json(response, 200, {
      full_name: repo,
      owner: { login: repo.split('/')[0] },
      default_branch: REPOSITORY.branch,
      permissions: { push: true, pull: true },
    });
  } else if (path === `${repoPath}/branches/${REPOSITORY.branch}`) {
    json(response, 200, { name: REPOSITORY.branch, commit: { sha: head } });
  } else if (tree?.[1] === REPOSITORY.branch) {
    const entries = git('ls-tree', '-l', `${head}:${tree[2] ?? ''}`)
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [info = '', name = ''] = line.split('\t');
        const [mode, type, sha, size] = info.split(/\s+/);
        return { path: name, mode, type, sha, size: type === 'blob' ? Number(size) : undefined };
      });
    json(response, 200, { sha: head, tree: entries, truncated: false });
  } else if (blob) {
    const content = spawnSync('git', ['cat-file', 'blob', blob[1] ?? ''], { maxBuffer: 64 * 1024 * 1024 }).stdout;
    json(response, 200, {
      sha: blob[1],
      size: content.length,
      encoding: 'base64',
      content: content.toString('base64'),
    });
  } else if (path === `${repoPath}/pulls` || path.startsWith(`${repoPath}/git/refs/heads/cms/`)) {
    // No proposals are open.
    json(response, 200, []);
  } else if (path === `${repoPath}/commits`) {
    json(response, 200, [
      { sha: head, commit: { author: { name: 'Editora de prueba', date: '2026-01-01T00:00:00Z' } } },
    ]);
  } else {
    unknown.push(`${request.method ?? ''} ${path}`);
    json(response, 404, { message: 'Not Found' });
  }
}

beforeAll(async () => {
  // A certificate for the stand-in of api.github.com; Chromium is told to accept it.
  certificates = mkdtempSync(join(tmpdir(), 'snt-acceso-'));
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    `/CN=${apiHost}`,
    '-addext',
    `subjectAltName=DNS:${apiHost}`,
    '-keyout',
    join(certificates, 'clave.pem'),
    '-out',
    join(certificates, 'certificado.pem'),
  ]);
  if (made.status !== 0) throw new Error(`openssl no pudo hacer el certificado de prueba: ${made.stderr.toString()}`);
  standIn = createHttpServer(github);
  standInApi = createHttpsServer(
    { key: readFileSync(join(certificates, 'clave.pem')), cert: readFileSync(join(certificates, 'certificado.pem')) },
    api,
  );
  standInUrl = `http://127.0.0.1:${await listen(standIn)}`;
  const apiPort = await listen(standInApi);
  service = createHttpServer();
  const servicePort = await listen(service);
  site = await startNginx('dist', undefined, { loginService: `127.0.0.1:${servicePort}` });
  service.close();
  service = loginServer(
    settingsFrom({
      GITHUB_CLIENT_ID: 'id-de-la-app',
      GITHUB_CLIENT_SECRET: 'secreto-de-la-app',
      ACCESO_SITIO: site.url,
      GITHUB_URL: standInUrl,
    }),
  );
  await new Promise<void>((done) => service.listen(servicePort, '127.0.0.1', done));
  browser = await launchBrowser([
    `--host-resolver-rules=MAP ${apiHost} 127.0.0.1:${apiPort}`,
    '--ignore-certificate-errors',
  ]);
}, 60_000);

afterAll(async () => {
  await browser.close();
  await site.close();
  for (const server of [service, standIn, standInApi]) await new Promise((done) => server.close(done));
  rmSync(certificates, { recursive: true, force: true });
});

/** A fresh browser window on the editor, whose configuration points its login at the local nginx. */
async function editorPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The whole context: the login window too.
  const violations = await watchCspViolations(context);
  const page = await context.newPage();
  await page.route(`${site.url}${ADMIN_URL}config.yml`, async (route) => {
    const config = parse(readFileSync('dist/admin/config.yml', 'utf8')) as Record<string, Record<string, unknown>>;
    delete config['local_backend'];
    if (config['backend']) config['backend']['base_url'] = site.url;
    await route.fulfill({ contentType: 'text/yaml; charset=utf-8', body: stringify(config) });
  });
  await page.goto(`${site.url}${ADMIN_URL}`);
  return { page, violations };
}

test('an editor logs in with GitHub through the site’s own login service and sees a collection’s entries', async () => {
  const { page, violations } = await editorPage();
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /GitHub/ }).click();
  const window = await popup;
  await window.waitForEvent('close');
  // Logged in: the collections are there, and a capsule of this repository is listed by its title.
  const capsules = git('ls-tree', '--name-only', `${head}:content/capsulas`)
    .split('\n')
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'));
  expect(capsules.length).toBeGreaterThan(0);
  const first = git('show', `${head}:content/capsulas/${capsules[0] ?? ''}`);
  const { titulo: title } = parse(/^---\n([\s\S]*?)\n---/.exec(first)?.[1] ?? '') as { titulo: string };
  expect(title).toMatch(/\w/);
  await page.goto(`${site.url}${ADMIN_URL}#/collections/capsulas`);
  await page.getByText(title, { exact: true }).first().waitFor();

  // The code was traded once, for the site's callback; the token reached GitHub's API and nothing else.
  expect(exchanges).toEqual([
    expect.objectContaining({ code: CODE, redirect_uri: `${site.url}${LOGIN_PREFIX}callback` }),
  ]);
  const apiCalls = calls.filter(({ authorization }) => authorization !== undefined);
  expect(apiCalls.map(({ call }) => call)).toContain('GET /user');
  expect(apiCalls.every(({ authorization }) => authorization === `token ${TOKEN}`)).toBe(true);
  expect(unknown).toEqual([]);
  // The editor's policy (the production one: api.github.com) and the login window's blocked nothing.
  expect(violations).toEqual([]);
  // The one-time cookie is gone once used.
  const cookies = await page.context().cookies(`${site.url}${LOGIN_PREFIX}`);
  expect(cookies.filter(({ name }) => name === STATE_COOKIE)).toEqual([]);
  await page.context().close();
});

test('the login pages carry their own strict policy, no cache and no opener policy that would cut the editor off', async () => {
  const response = await fetch(`${site.url}${LOGIN_PREFIX}auth?provider=github&scope=repo`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('content-security-policy')).toBe(
    "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
  expect(response.headers.get('location')).toMatch(new RegExp(`^${standInUrl}/login/oauth/authorize\\?`));
  // The editor itself keeps a policy that lets its login window answer it.
  const editor = await fetch(`${site.url}${ADMIN_URL}`);
  expect(editor.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
  expect(editor.headers.get('content-security-policy')).toContain(`connect-src 'self' blob: ${EDITOR.apiRoot}`);
});

test('a page of another origin that opens the login gets no token, even answering the handshake', async () => {
  // The stand-in's own address is another origin than the site: a page there plays the part of a hostile site.
  const context = await browser.newContext();
  const page = await context.newPage();
  const traded = exchanges.length;
  await page.goto(`${standInUrl}/otra-pagina`);
  await page.evaluate(() => {
    const received: unknown[] = [];
    (window as unknown as { received: unknown[] }).received = received;
    window.addEventListener('message', (event) => received.push(event.data));
  });
  const popup = context.waitForEvent('page');
  await page.evaluate((url) => {
    (window as unknown as { login: Window | null }).login = window.open(url);
  }, `${site.url}${LOGIN_PREFIX}auth?provider=github&scope=repo`);
  const login = await popup;
  await login.waitForURL(/\/oauth\/callback\?/);
  await login.waitForLoadState('load');
  // The hostile page answers as Decap would, to whatever origin the window is at.
  await page.evaluate(() => {
    (window as unknown as { login: Window }).login.postMessage('authorizing:github', '*');
  });
  await login.waitForTimeout(1000);
  // The code was traded (the state was this browser's), yet nothing reached the opener.
  expect(exchanges.length).toBe(traded + 1);
  expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
  await context.close();
});
