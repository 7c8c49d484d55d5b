/**
 * How the built site is served: security headers, the Content-Security-Policy, caching and
 * redirects, decided once here and written out for each host — Astro's `<meta>` CSP
 * (astro.config.mjs), nginx (`nginx.conf`, `npm run serve`) and Netlify / Cloudflare Pages
 * (`dist/_headers`, `dist/_redirects`).
 */
import { EDITOR } from '#/src/config.ts';
import { ADMIN_URL, DATA_URL, FRAMEABLE_URL, HASHED_MEDIA_URL } from '#/src/lib/urls.ts';
import type { Redirect } from './redirects.ts';

/** The only host whose iframes a page may hold: YouTube's no-cookie player. */
export const FRAME_HOSTS = ['https://www.youtube-nocookie.com'];

/**
 * The policy every page carries. Scripts and styles are left out: Astro adds them to each page's
 * `<meta>` with the hashes of that page's inline code (`security.csp` in astro.config.mjs).
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval', on script-src) and searches on the page's thread
 * (src/components/search/pagefind.ts): no page starts a worker.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'none'",
  `frame-src ${FRAME_HOSTS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** What Astro's `security.csp` adds to `script-src` and `style-src`, besides the hashes. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const CSP_STYLE_SOURCES = ["'self'"];

/** Pages other sites may show in an iframe: the capsule players. Every other page refuses. */
export const EMBED_PREFIX = FRAMEABLE_URL;

/** The browser editor (Decap CMS): a policy of its own, never framed, never indexed. */
export const ADMIN_PREFIX = ADMIN_URL;

/**
 * Where nginx hands the editor's GitHub login to our login service (scripts/acceso-editor.ts): the folder of
 * `EDITOR.authEndpoint` (`oauth/auth` → `/oauth/`), on the site's own address.
 */
export const LOGIN_PREFIX = `/${EDITOR.authEndpoint.replace(/[^/]*$/, '')}`;

/** Where the login service listens (nginx's `proxy_pass`); GitHub only: GitLab and Gitea log in with PKCE. */
export const loginServiceAddress = (): string | undefined =>
  EDITOR.host === 'github' ? `${EDITOR.loginService.host}:${String(EDITOR.loginService.port)}` : undefined;

/**
 * The login pages' policy: they run one script of the site's (the service's own, which hands the token to the
 * editor that opened the window), load nothing else and are never framed.
 */
export const LOGIN_CSP =
  "default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The address of the local Git proxy of `npm run editor`. */
export const localProxyOrigin = (): string => `http://${EDITOR.localProxy.host}:${EDITOR.localProxy.port}`;

/**
 * The editor's policy: the least Decap needs and nothing else. Its form validators are compiled at
 * run time ('unsafe-eval') and its styles injected ('unsafe-inline'); scripts come only from the site;
 * it talks only to the Git host's API (and reads back its own uploads, as blob: addresses) (and, logging in to GitLab or Gitea, to the instance that hands
 * the token), plus the local proxy where `localProxy` says so (a server on this machine, never production).
 */
export function adminCsp(localProxy = false): string {
  const api = new URL(EDITOR.apiRoot).origin;
  const login = EDITOR.host === 'github' ? [] : [new URL(EDITOR.authUrl).origin];
  // GitHub's login adds nothing: it is a window on the site's own LOGIN_PREFIX and a postMessage back, no connection.
  // blob: is the editor reading back a picture it was just given, before it sends it to the Git host.
  const connect = new Set(["'self'", 'blob:', api, ...login, ...(localProxy ? [localProxyOrigin()] : [])]);
  // Avatars of the people logged in: GitHub serves them from a host of their own.
  const avatars = EDITOR.host === 'github' ? 'https://avatars.githubusercontent.com' : api;
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${avatars}`,
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy sent as an HTTP header. A `<meta>` policy cannot say who may frame the page, so the
 * header adds `frame-ancestors`; it repeats the page's other directives (so a page without the
 * `<meta>`, such as a redirect, is covered too) but not default-src, which would block the
 * hashed inline code only the `<meta>` lists. Browsers enforce both policies.
 */
export function cspHeader(path: string, localProxy = false): string {
  if (path.startsWith(ADMIN_PREFIX)) return adminCsp(localProxy);
  if (path.startsWith(LOGIN_PREFIX)) return LOGIN_CSP;
  const ancestors = path.startsWith(EMBED_PREFIX) ? '*' : "'self'";
  const directives = CSP_DIRECTIVES.filter((directive) => !directive.startsWith('default-src'));
  return [...directives, `frame-ancestors ${ancestors}`].join('; ');
}

/** Headers for every response. No cookies are ever set; nothing here names a third party. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** What a page may never use, whoever asks. */
const PERMISSIONS_POLICY =
  'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * Folders of files no browser opens as a page: the build's scripts and styles, the search engine and its
 * index. A browser reads a page's policy (Content-Security-Policy, Permissions-Policy, framing, opener) only
 * from documents, so these carry COMMON_HEADERS alone: half a kilobyte less on each of the dozen files a
 * search downloads.
 */
export const ASSET_PREFIXES = ['/_astro/', '/pagefind/'];

/** The headers of a page or file at `path` that depend on where it is (framing, the editor's policy). */
export function pageHeaders(path: string, localProxy = false): Record<string, string> {
  if (ASSET_PREFIXES.some((prefix) => path.startsWith(prefix))) return {};
  if (path.startsWith(ADMIN_PREFIX)) {
    return {
      'Permissions-Policy': PERMISSIONS_POLICY,
      'Content-Security-Policy': cspHeader(path, localProxy),
      // The Git host's login opens in a window that must be able to answer the editor.
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
    };
  }
  if (path.startsWith(LOGIN_PREFIX)) {
    // No Cross-Origin-Opener-Policy: the login window must keep its opener, the editor, to hand it the token.
    // Its address carries GitHub's one-time code: no request from it says where it came from.
    return {
      'Permissions-Policy': PERMISSIONS_POLICY,
      'Content-Security-Policy': cspHeader(path),
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
    };
  }
  const embed = path.startsWith(EMBED_PREFIX);
  return {
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Content-Security-Policy': cspHeader(path),
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(embed ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

/** Open data: other sites may read the datasets and feeds from their own pages. */
export const OPEN_DATA_PREFIX = DATA_URL;
export const OPEN_DATA_HEADERS: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };

/**
 * File names that carry a content hash: they never change, so browsers keep them a year. Audio files there are
 * served in ranges (206) as any static file, so a player seeks without downloading the whole file.
 */
export const IMMUTABLE_PREFIXES = [
  '/_astro/',
  '/pagefind/fragment/',
  '/pagefind/index/',
  '/pagefind/filter/',
  HASHED_MEDIA_URL,
];
/** The editor's bundle: hashed file names too, under its own policy. */
export const ADMIN_ASSETS_PREFIX = `${ADMIN_PREFIX}assets/`;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is checked again after a short while, so a correction shows within minutes. */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';
/** The login pages carry a token or a one-time code: never kept by a browser or a proxy. */
export const NO_STORE = 'no-store';
/** HTML is always checked with the server (cheap: 304 when nothing changed). */
export const HTML_CACHE = 'public, max-age=0, must-revalidate';

/** Files the build writes for hosts, never served. */
export const HOST_FILES = ['_headers', '_redirects', '_nginx-redirecciones.conf'];

/**
 * Below this size a compressed copy saves less than its headers cost: the build writes no copies of smaller
 * files (scripts/indexar.ts) and nginx compresses no smaller response on the fly (`*_min_length`).
 */
export const MIN_COMPRESSED_BYTES = 512;

/**
 * Text files the build writes a `.br` and a `.gz` of (scripts/indexar.ts), which nginx sends as they are
 * (brotli_static, gzip_static): scripts, styles, feeds, calendars, data, captions. Not pages: nginx compresses
 * each as it sends it (brotli or gzip, level 5, a fraction of a millisecond for a page), since writing 16,000
 * pages' copies took a quarter of a 10,000-entry build (issue 31). The rest is compressed already (images,
 * video, PDF, Pagefind's chunks).
 */
export const PRECOMPRESSED = /\.(?:css|js|mjs|json|xml|txt|svg|csv|vtt|ics|webmanifest|wasm)$/;

/**
 * Pagefind's gzipped files every search loads (metadata, filters, WebAssembly), which get a brotli
 * copy of their unpacked bytes. Not the index chunks: brotli beats Pagefind's gzip on them only at
 * quality 10 or more (−7 %), which costs 35 s of CPU at 10,000 entries (issue 8).
 */
export const PAGEFIND_PACKED = /\/pagefind\/(?:.*\.pf_(?:meta|filter)|wasm\.[\w-]+\.pagefind)$/;

/**
 * Types nginx compresses on the fly when a response has no copy, besides text/html, which it always compresses:
 * pages, and a text file the build left without copies (none does above `MIN_COMPRESSED_BYTES`).
 */
const COMPRESSED_TYPES =
  'text/css text/plain text/xml text/csv text/vtt text/calendar application/javascript application/json application/rss+xml image/svg+xml application/wasm';

/** Types nginx's mime.types lacks. */
const EXTRA_TYPES: Record<string, string> = {
  csv: 'text/csv',
  vtt: 'text/vtt',
  ics: 'text/calendar',
  opus: 'audio/ogg',
};

const headerLines = (headers: Record<string, string>, indent: string): string[] =>
  Object.entries(headers).map(([name, value]) => `${indent}${name}: ${value}`);

/**
 * `dist/_headers` for Netlify and Cloudflare Pages. Each path gets its policy from exactly one
 * rule (Cloudflare joins a header repeated by two matching rules, Netlify keeps the last), so
 * framing rules are listed per top-level entry of `dist/` rather than as `/*` plus an exception.
 */
export function headersFile(topLevel: { name: string; directory: boolean }[]): string {
  const rules: string[] = ['# Generado por npm run build desde src/build/serving.ts; no lo edites a mano.'];
  const rule = (pattern: string, headers: Record<string, string>) => rules.push(pattern, ...headerLines(headers, '  '));
  rule('/*', COMMON_HEADERS);
  rule('/', pageHeaders('/'));
  const entries = topLevel.filter((entry) => !HOST_FILES.includes(entry.name) && entry.name !== 'index.html');
  for (const { name, directory } of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = directory ? `/${name}/` : `/${name}`;
    const headers = { ...pageHeaders(path), ...(path === OPEN_DATA_PREFIX ? OPEN_DATA_HEADERS : {}) };
    if (Object.keys(headers).length > 0) rule(directory ? `${path}*` : path, headers);
  }
  for (const prefix of [...IMMUTABLE_PREFIXES, ADMIN_ASSETS_PREFIX]) rule(`${prefix}*`, { 'Cache-Control': IMMUTABLE });
  return rules.join('\n') + '\n';
}

/** Where and how nginx serves the site. */
export interface NginxOptions {
  /** Absolute path of the built site (`dist/`). */
  root: string;
  /** Host name, for production; absent when serving locally. */
  serverName?: string;
  /** `listen` values of the server that serves the site. */
  listen: string[];
  /** TLS certificate and key; production only (HSTS asks browsers to come back over HTTPS). */
  tls?: { certificate: string; key: string };
  /** A server on this machine (`npm run serve`): the editor may reach the local Git proxy of `npm run editor`. */
  localProxy?: boolean;
  /** Where to write the access log, in the site's privacy-keeping format; no log without it. */
  accessLog?: string;
  /** `host:port` of the editor's login service (default: `EDITOR.loginService`); none for GitLab or Gitea. */
  loginService?: string;
}

/**
 * The production server: HTTPS on micrositio's host, with Let's Encrypt's usual certificate paths. It serves
 * `current`, the link `npm run publicar -- /srv/micrositio` switches from one published version to the next.
 */
export const productionNginx = (host: string): NginxOptions => ({
  root: '/srv/micrositio/current',
  accessLog: '/var/log/nginx/micrositio/accesos.log',
  serverName: host,
  listen: ['443 ssl http2', '[::]:443 ssl http2'],
  tls: {
    certificate: `/etc/letsencrypt/live/${host}/fullchain.pem`,
    key: `/etc/letsencrypt/live/${host}/privkey.pem`,
  },
});

const quote = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** `add_header` lines for a location (nginx does not inherit them into a location that sets its own). */
const addHeaders = (path: string, cache: string, indent: string, localProxy = false): string[] =>
  Object.entries({
    ...COMMON_HEADERS,
    ...pageHeaders(path, localProxy),
    ...(path.startsWith(OPEN_DATA_PREFIX) ? OPEN_DATA_HEADERS : {}),
    'Cache-Control': cache,
  }).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/** A location that serves files under `prefix`, with HTML checked on every visit. */
const pagesLocation = (modifier: string, prefix: string, localProxy = false): string[] => [
  `  location ${modifier}${prefix} {`,
  ...addHeaders(prefix, SHORT_CACHE, '    ', localProxy),
  '    try_files $uri $uri/ =404;',
  '    location ~ \\.html$ {',
  ...addHeaders(prefix, HTML_CACHE, '      ', localProxy),
  '    }',
  '  }',
];

/**
 * An nginx `server` block (plus, in production, the HTTP→HTTPS one) for the built site: directory
 * URLs with their trailing slash, the Spanish 404, redirects as 301 (`_nginx-redirecciones.conf`,
 * written by the build from content/redirecciones.yaml), brotli and gzip (precompressed, but for pages), a
 * year of cache for hashed files and the security headers above. Needs Debian's brotli modules (static and
 * filter).
 */
export function nginxServer({
  root,
  serverName,
  listen,
  tls,
  localProxy = false,
  accessLog,
  loginService = loginServiceAddress(),
}: NginxOptions): string {
  const lines = [
    '# Generado desde src/build/serving.ts (npm run nginx); no lo edites a mano.',
    ...ACCESS_LOG_FORMAT,
    '',
  ];
  if (tls && serverName) {
    lines.push(
      'server {',
      '  listen 80;',
      '  listen [::]:80;',
      `  server_name ${serverName};`,
      ...(accessLog ? [`  access_log ${accessLog} ${ACCESS_LOG_NAME};`] : []),
      '  return 301 https://$host$request_uri;',
      '}',
      '',
    );
  }
  lines.push('server {', ...listen.map((value) => `  listen ${value};`));
  if (serverName) lines.push(`  server_name ${serverName};`);
  if (tls) lines.push(`  ssl_certificate ${tls.certificate};`, `  ssl_certificate_key ${tls.key};`);
  if (accessLog) lines.push(`  access_log ${accessLog} ${ACCESS_LOG_NAME};`);
  lines.push(
    `  root ${root};`,
    '  index index.html;',
    '  server_tokens off;',
    '  absolute_redirect off;',
    '  charset utf-8;',
    '  charset_types text/css text/plain text/xml text/csv text/vtt text/calendar application/javascript application/json application/rss+xml image/svg+xml;',
    '  types {',
    ...Object.entries(EXTRA_TYPES).map(([extension, type]) => `    ${type} ${extension};`),
    '  }',
    '  include /etc/nginx/mime.types;',
    // Pagefind's own files (.pf_index, .pf_fragment, .pagefind) are binary and already gzipped: as nginx's
    // built-in text/plain they would be gzipped a second time on every request.
    '  default_type application/octet-stream;',
    '  gzip_static on;',
    '  brotli_static on;',
    // On the fly only for what has no copy (PRECOMPRESSED): pages.
    ...(['brotli', 'gzip'] as const).flatMap((method) => [
      `  ${method} on;`,
      `  ${method}_comp_level 5;`,
      `  ${method}_min_length ${MIN_COMPRESSED_BYTES};`,
      `  ${method}_types ${COMPRESSED_TYPES};`,
    ]),
    '  gzip_vary on;',
    '  error_page 404 /404.html;',
    '',
    `  include ${root}/_nginx-redirecciones.conf;`,
    '',
    `  location ~ ^/(?:${HOST_FILES.map((file) => file.replace(/\./g, '\\.')).join('|')})$ {`,
    '    return 404;',
    '  }',
    ...pagesLocation('', '/'),
    ...pagesLocation('^~ ', EMBED_PREFIX),
    ...pagesLocation('^~ ', OPEN_DATA_PREFIX),
    ...pagesLocation('^~ ', ADMIN_PREFIX, localProxy),
    // The editor's GitHub login (scripts/acceso-editor.ts); the access log keeps no query, so never a code.
    ...(loginService
      ? [
          `  location ^~ ${LOGIN_PREFIX} {`,
          ...addHeaders(LOGIN_PREFIX, NO_STORE, '    '),
          `    proxy_pass http://${loginService};`,
          '    proxy_set_header Host $host;',
          '  }',
        ]
      : []),
    // The search engine's own files (pagefind.js, its metadata and WebAssembly) keep their names from build to build.
    ...ASSET_PREFIXES.filter((prefix) => !IMMUTABLE_PREFIXES.includes(prefix)).flatMap((prefix) => [
      `  location ^~ ${prefix} {`,
      ...addHeaders(prefix, SHORT_CACHE, '    '),
      '  }',
    ]),
    ...[...IMMUTABLE_PREFIXES, ADMIN_ASSETS_PREFIX].flatMap((prefix) => [
      `  location ^~ ${prefix} {`,
      ...addHeaders(prefix, IMMUTABLE, '    ', localProxy),
      '  }',
    ]),
    '}',
  );
  return lines.join('\n') + '\n';
}

/** The name of the access log's format. */
const ACCESS_LOG_NAME = 'micrositio';

/**
 * What the access log keeps of a request, as the privacy page says: the address without its last part
 * (203.0.113.0; an IPv6 address keeps its first three groups), the time, the path without its query
 * (searches are not logged), the status, the size and the browser; never the referring page, which may
 * carry someone's search. Nginx reads `map` and `log_format` at the level that includes this file.
 */
const ACCESS_LOG_FORMAT = [
  'map $remote_addr $micrositio_visitante {',
  '  "~^(?<red4>\\d+\\.\\d+\\.\\d+)\\.\\d+$" "$red4.0";',
  '  "~^(?<red6>[0-9A-Fa-f]*:[0-9A-Fa-f]*:[0-9A-Fa-f]*):" "$red6::";',
  '  default "-";',
  '}',
  'map $request_uri $micrositio_ruta {',
  '  "~^(?<ruta>[^?]*)" "$ruta";',
  '}',
  `log_format ${ACCESS_LOG_NAME} '$micrositio_visitante [$time_local] "$request_method $micrositio_ruta $server_protocol" $status $body_bytes_sent "$http_user_agent"';`,
];

/**
 * The same line as GoAccess reads it (`npm run impacto`): address, day and time (the zone skipped: a day is the
 * server's own), method, path, protocol, status, size and browser. Change it with `log_format` above.
 */
export const GOACCESS_FORMAT = {
  log: '%h [%d:%t %^] "%m %U %H" %s %b "%u"',
  date: '%d/%b/%Y',
  time: '%T',
} as const;

/** The redirects as exact nginx locations answering 301, with the headers of the address they leave. */
export const nginxRedirects = (redirects: Redirect[]): string =>
  [
    '# Generado por npm run build desde content/redirecciones.yaml; no lo edites a mano.',
    ...redirects.flatMap(({ from, to }) => [
      `location = ${from} {`,
      ...addHeaders(from, SHORT_CACHE, '  '),
      `  return 301 ${quote(to)};`,
      '}',
    ]),
  ].join('\n') + '\n';
