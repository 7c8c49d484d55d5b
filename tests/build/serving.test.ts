import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { productionConfig } from '#/scripts/nginx.ts';
import {
  ASSET_PREFIXES,
  COMMON_HEADERS,
  cspHeader,
  EMBED_PREFIX,
  HOST_FILES,
  MIN_COMPRESSED_BYTES,
  nginxRedirects,
  pageHeaders,
  PRECOMPRESSED,
} from '#/src/build/serving.ts';
import { ACCESS_LOG_DAYS } from '#/src/config.ts';
import { ADMIN_URL, DATA_URL } from '#/src/lib/urls.ts';

// `npm test` builds dist/ before vitest runs.
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
  statSync(join('dist', file)).isFile(),
);
const pages = files.filter((file) => file.endsWith('.html'));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The security policy src/build/serving.ts sets for an address: every host sends all of it. */
const policyFor = (path: string): Record<string, string> => ({ ...COMMON_HEADERS, ...pageHeaders(path) });
/** Headers no response may go without, whatever serving.ts says: deleting one there fails here. */
const REQUIRED_ALWAYS = ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy'];
/** And those every page adds (not the scripts, styles and search files under ASSET_PREFIXES). */
const REQUIRED = [...REQUIRED_ALWAYS, 'Content-Security-Policy', 'Permissions-Policy'];
const isAsset = (path: string) => ASSET_PREFIXES.some((prefix) => path.startsWith(prefix));
/** Each header a host must send for `path`, with its value (undefined: a required header serving.ts lost). */
const wanted = (path: string) => {
  const policy = policyFor(path);
  const required = isAsset(path) ? REQUIRED_ALWAYS : REQUIRED;
  return [...new Set([...required, ...Object.keys(policy)])].map((name) => [name, policy[name]] as const);
};

test('the security policy holds every required header for pages, players, open data and the editor', () => {
  for (const path of ['/', EMBED_PREFIX, DATA_URL, ADMIN_URL]) {
    expect(Object.keys(policyFor(path)), path).toEqual(expect.arrayContaining(REQUIRED));
  }
  // At least a year, as browsers' preload lists ask.
  expect(Number(/max-age=(\d+)/.exec(COMMON_HEADERS['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
    31536000,
  );
});

// The browser editor has no <meta> policy: its own comes as a header (below), which a <meta> would narrow.
const editorPage = `${ADMIN_URL.slice(1)}index.html`;

describe.each(pages.filter((file) => file !== editorPage))('dist/%s', (file) => {
  const html = readFileSync(join('dist', file), 'utf8');
  const document = parse(html);
  // Redirect pages are written by the build without Astro; they hold no script or style.
  const redirect = document.querySelector('meta[http-equiv="refresh"]');

  test('carries the Content-Security-Policy, which allows every script and style the page loads', () => {
    const inline = [
      ...document
        .querySelectorAll('script:not([src])')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json'),
      ...document.querySelectorAll('style'),
    ];
    const linked = [
      ...document.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? ''),
      ...document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? ''),
    ];
    if (redirect) {
      expect([...inline, ...linked]).toEqual([]);
      return;
    }
    const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com');
    // Every page loads the site's styles, so there is always something to check here.
    expect(inline.length + linked.length).toBeGreaterThan(0);
    for (const element of inline) expect(policy, element.outerHTML).toContain(sha256(element.textContent));
    // What 'self' allows: a file of the site itself, which the build wrote.
    for (const url of linked) {
      expect(url).toMatch(/^\/(?!\/)/);
      expect(existsSync(join('dist', url)), url).toBe(true);
    }
  });

  test('has no style attribute, which the policy would silently drop', () => {
    expect(document.querySelectorAll('[style]').map((element) => element.outerHTML)).toEqual([]);
  });
});

describe('the browser editor at /admin/', () => {
  const document = parse(readFileSync(join('dist', editorPage), 'utf8'));

  test('is never indexed, carries no policy of its own in a <meta> and no inline code', () => {
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(document.querySelector('meta[http-equiv="content-security-policy"]')).toBeNull();
    expect(document.querySelectorAll('script:not([src]), style, [style]')).toEqual([]);
    for (const script of document.querySelectorAll('script[src]'))
      expect(script.getAttribute('src')).toMatch(/^\/admin\/assets\//);
  });

  test('has a policy that allows eval and inline styles, talks to the Git host only, and is never framed', () => {
    const policy = cspHeader(ADMIN_URL);
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' blob: https://api.github.com;");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('127.0.0.1');
    expect(cspHeader(ADMIN_URL, true)).toContain(
      "connect-src 'self' blob: https://api.github.com http://127.0.0.1:8081;",
    );
  });

  test('leaves every other page’s policy as it was', () => {
    for (const path of ['/', '/planes/', '/buscar/', '/datos/', '/embed/capsulas/x/']) {
      expect(cspHeader(path)).not.toMatch(/unsafe-eval|unsafe-inline|api\.github\.com/);
      expect(cspHeader(path, true)).toBe(cspHeader(path));
    }
  });
});

describe('precompressed copies', () => {
  const listed = new Set(files);
  const text = files.filter(
    (file) => PRECOMPRESSED.test(file) && statSync(join('dist', file)).size >= MIN_COMPRESSED_BYTES,
  );

  test('every text file worth it but pages has a brotli and a gzip copy beside it; pages have none', () => {
    const missing = text.filter((file) => !listed.has(`${file}.br`) || !listed.has(`${file}.gz`));
    expect(missing).toEqual([]);
    // What browsers load with every page or search, and what programs that accept only gzip read.
    for (const file of ['feed.xml', 'eventos/calendario.ics', 'datos/capsulas.json', 'datos/capsulas.csv']) {
      expect(text, file).toContain(file);
    }
    expect(text.filter((file) => file.startsWith('_astro/') && file.endsWith('.css'))).not.toEqual([]);
    // Pages are compressed by nginx as it sends them (tests/e2e/serving.test.ts).
    expect(files.filter((file) => /\.html\.(?:br|gz)$/.test(file))).toEqual([]);
  });

  // The copies are written after the pages (scripts/indexar.ts): each must still hold its file as written.
  test('each copy unpacks to exactly the file beside it, and none is left without its file', () => {
    const wrong = text.filter((file) => {
      const original = readFileSync(join('dist', file));
      return (
        !gunzipSync(readFileSync(join('dist', `${file}.gz`))).equals(original) ||
        !brotliDecompressSync(readFileSync(join('dist', `${file}.br`))).equals(original)
      );
    });
    expect(wrong).toEqual([]);
    const orphans = files.filter((file) => /\.(?:gz|br)$/.test(file) && !listed.has(file.replace(/\.(?:gz|br)$/, '')));
    expect(orphans).toEqual([]);
  });
});

describe('dist/_headers for Netlify and Cloudflare Pages', () => {
  const rules = readFileSync('dist/_headers', 'utf8')
    .split(/\n(?=\/)/)
    .slice(1)
    .map((block) => {
      const [pattern = '', ...lines] = block.trim().split('\n');
      return { pattern, lines: lines.map((line) => line.trim()) };
    });
  const cspRules = rules.filter((rule) => rule.lines.some((line) => line.startsWith('Content-Security-Policy:')));

  test('gives each top-level address of the site exactly one policy, and the asset folders none', () => {
    const topLevel = readdirSync('dist').filter(
      (name) => !HOST_FILES.includes(name) && name !== 'index.html' && !/\.(?:gz|br)$/.test(name),
    );
    for (const name of topLevel) {
      const matching = cspRules.filter((rule) => rule.pattern === `/${name}/*` || rule.pattern === `/${name}`);
      expect(matching, name).toHaveLength(isAsset(`/${name}/`) ? 0 : 1);
    }
    expect(cspRules.filter((rule) => rule.pattern === '/')).toHaveLength(1);
  });

  // A host sends every rule whose pattern matches an address: `/*` (the common headers) and the address's own rule.
  test('sends every file the whole security policy, each header once', () => {
    const matches = (pattern: string, path: string) =>
      pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    // The .gz and .br copies are nginx's, served under their file's address.
    const served = files
      .filter((file) => !HOST_FILES.includes(file) && !/\.(?:gz|br)$/.test(file))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(served.length).toBeGreaterThan(pages.length);
    const wrong = served.flatMap((path) => {
      const sent = rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.lines);
      return wanted(path)
        .map(([name, value]) => [name, value, sent.filter((line) => line.startsWith(`${name}:`))] as const)
        .filter(
          ([name, value, lines]) => lines.length !== 1 || (value !== undefined && lines[0] !== `${name}: ${value}`),
        )
        .map(([name, , lines]) => `${path} ${name}: ${lines.join(' | ') || 'falta'}`);
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('lets other sites frame the players and nothing else, and nobody the editor', () => {
    for (const rule of cspRules) {
      const embed = rule.pattern.startsWith(EMBED_PREFIX);
      const editor = rule.pattern.startsWith(ADMIN_URL);
      const policy = rule.lines.find((line) => line.startsWith('Content-Security-Policy:')) ?? '';
      const ancestors = embed ? '*' : editor ? "'none'" : "'self'";
      expect(policy, rule.pattern).toContain(`frame-ancestors ${ancestors}`);
      expect(rule.lines.includes('X-Frame-Options: SAMEORIGIN'), rule.pattern).toBe(!embed && !editor);
      expect(rule.lines.includes('X-Frame-Options: DENY'), rule.pattern).toBe(editor);
    }
  });
});

test('nginx.conf is up to date with src/build/serving.ts (run `npm run nginx` after changing it)', () => {
  expect(readFileSync('nginx.conf', 'utf8')).toBe(productionConfig());
});

test('the access log nginx.conf writes is the one README’s logrotate rule deletes after the days the privacy page says', () => {
  const [, log = ''] = /access_log (\S+) /.exec(readFileSync('nginx.conf', 'utf8')) ?? [];
  const readme = readFileSync('README.md', 'utf8');
  const [, rule = ''] = /cat > \/etc\/logrotate\.d\/micrositio <<'FIN'\n([\s\S]*?)\n\s*FIN/.exec(readme) ?? [];
  expect(rule).toContain(`${log} {`);
  expect(rule).toMatch(new RegExp(`^\\s*daily$[\\s\\S]*^\\s*rotate ${ACCESS_LOG_DAYS}$`, 'm'));
  expect(readme).toContain(`mkdir -p ${log.slice(0, log.lastIndexOf('/'))}`);
  // Debian's own rule rotates /var/log/nginx/*.log after 14 days: the site's log stays out of its reach.
  expect(log).not.toMatch(/^\/var\/log\/nginx\/[^/]+\.log$/);
  expect(readFileSync('content/paginas/aviso-de-privacidad.md', 'utf8')).toContain(
    `se conserva ${ACCESS_LOG_DAYS} días`,
  );
});

/**
 * Each `location` of an nginx configuration: the address it serves, whether it answers with a status, and the
 * headers it sends. Nginx gives a block the `add_header`s of the block around it only when it adds none of its own.
 */
function nginxLocations(config: string) {
  type Block = { path: string; own: Map<string, string>; answers: boolean; location: boolean; parent?: Block };
  const server: Block = { path: '/', own: new Map(), answers: false, location: false };
  const open: Block[] = [];
  const closed: Block[] = [];
  for (const line of config.split('\n').map((text) => text.trim())) {
    const block = open.at(-1) ?? server;
    const location = /^location\s+(?:(=|\^~|~\*?)\s+)?(\S+)\s*\{$/.exec(line);
    const header = /^add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/.exec(line);
    if (line.endsWith('{')) {
      // A regular expression location serves what the block around it serves.
      const path = location && !location[1]?.startsWith('~') ? (location[2] ?? '') : block.path;
      open.push({ path, own: new Map(), answers: false, location: Boolean(location), parent: block });
    } else if (line === '}') {
      const done = open.pop();
      if (done?.location) closed.push(done);
    } else if (header) block.own.set(header[1] ?? '', (header[2] ?? '').replace(/\\(.)/g, '$1'));
    else if (/^return \d+/.test(line)) block.answers = true;
  }
  const sent = (block: Block): Map<string, string> =>
    block.own.size > 0 || !block.parent ? block.own : sent(block.parent);
  return closed.map((block) => ({ ...block, headers: sent(block) }));
}

describe.each([
  ['nginx.conf', readFileSync('nginx.conf', 'utf8')],
  ['a redirect of dist/_nginx-redirecciones.conf', nginxRedirects([{ from: '/planes/viejo/', to: '/planes/nuevo/' }])],
])('%s', (_, config) => {
  const locations = nginxLocations(config);

  test('sends the whole security policy from every location that serves files or sets headers', () => {
    expect(locations.filter(({ own }) => own.size > 0).length).toBeGreaterThan(0);
    const wrong = locations
      .filter(({ own, answers }) => own.size > 0 || !answers)
      .flatMap(({ path, headers }) =>
        wanted(path)
          .filter(([name, value]) => !headers.has(name) || (value !== undefined && headers.get(name) !== value))
          .map(([name]) => `location ${path}: ${name} ${headers.get(name) ?? 'falta'}`),
      );
    expect(wrong).toEqual([]);
  });
});

test('nginx keeps a redirect’s anchor, which it would otherwise read as a comment', () => {
  expect(nginxRedirects([{ from: '/planes/viejo/', to: '/planes/nuevo/#eje-2' }])).toContain(
    'return 301 "/planes/nuevo/#eje-2";',
  );
});
