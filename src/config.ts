/** Where the site's sources live, for «Editar esta página»: change it here and nowhere else. */
export const REPOSITORY = {
  /** Web address of the repository. */
  url: 'https://github.com/snt-transparencia/micrositio',
  /** Branch editors commit to. */
  branch: 'main',
} as const;

import type { EntryCollection, PageCollection } from '#/src/kinds/collections.ts';

/** Public address of the site: canonical URLs, feeds, sitemap and the production nginx server name. */
export const SITE_URL = 'https://micrositio.snt.org.mx';

/**
 * How the browser editor at /admin/ (Decap CMS) reaches the repository of `REPOSITORY`, and how editors
 * log in. Change it here and run `npm run editor:configurar`: the editor's configuration and its
 * Content-Security-Policy both come from this. The addresses below are the project's settings, not facts:
 * README «Editar desde el navegador» says how to set up each one.
 */
export const EDITOR: {
  /** Git host: GitHub (default), or a self-hosted GitLab or Gitea (login with PKCE, no server of ours). */
  host: 'github' | 'gitlab' | 'gitea';
  /** The host's API (GitHub's is fixed; for GitLab or Gitea, that of the instance). */
  apiRoot: string;
  /** GitHub: the OAuth proxy that completes the login; GitLab or Gitea: the instance's address. */
  authUrl: string;
  /** GitHub: the proxy's login path. */
  authEndpoint: string;
  /**
   * GitHub: where our own login service (scripts/acceso-editor.ts) listens, behind nginx, which hands it the
   * folder of `authEndpoint` (`/oauth/`) on the site's own address (`authUrl`).
   */
  loginService: { host: '127.0.0.1'; port: number };
  /** GitLab or Gitea: the id of the OAuth application registered for the editor. */
  appId: string;
  /** Where `npm run editor` runs the local Git proxy (decap-server), which the editor uses on this machine. */
  localProxy: { host: '127.0.0.1'; port: number };
} = {
  host: 'github',
  apiRoot: 'https://api.github.com',
  authUrl: 'https://micrositio.snt.org.mx',
  authEndpoint: 'oauth/auth',
  loginService: { host: '127.0.0.1', port: 8082 },
  appId: '',
  localProxy: { host: '127.0.0.1', port: 8081 },
};

/**
 * How to reach the commission, as the contact page shows it. The project cannot know these facts:
 * until the commission writes its own here, `example` stays true and the page says they are examples.
 */
export const CONTACT: { example: boolean; email: string; office: string; hours: string } = {
  example: true,
  /** Mailbox that answers readers, and where barriers and accessible formats are asked for. */
  email: 'contacto@example.org',
  /** Who answers. */
  office: 'Comisión de Vinculación, Promoción, Difusión y Comunicación Social del SNT',
  /** When messages are answered. */
  hours: 'De lunes a viernes, de 9:00 a 17:00 (hora del centro de México)',
};

/**
 * Days the server keeps its access log before deleting it (README «Publicar» has the logrotate rule);
 * the privacy page states the same number, and a test holds them together.
 */
export const ACCESS_LOG_DAYS = 30;

/**
 * What /impacto/ publishes from that log. `npm run impacto` (daily, before publicar) counts each finished day
 * with GoAccess and adds it to the month in a file of this folder, outside git, which the next build reads
 * (the environment variable `IMPACTO_DATOS` names another file, for tests and other machines).
 */
export const IMPACT = {
  /** Folder of the counts file, `impacto.json`: owned by the account that publishes. */
  folder: '/srv/micrositio/impacto',
  /** The smallest count the site publishes: a smaller one shows as «menos de 10», so nobody can be singled out. */
  threshold: 10,
  /** Months the page shows, the current one included. */
  months: 12,
} as const;

/**
 * The one line every page shows above its header, linking to a standalone page of content/paginas/ (its
 * id). Plain text and a link, no JavaScript. Set it to `undefined` to show none.
 */
export const NOTICE: { text: string; link: { label: string; page: string } } | undefined = {
  text: 'En 2025 una nueva ley sustituyó al Sistema Nacional de Transparencia y al INAI. Este sitio conserva su trabajo como registro público.',
  link: { label: 'Qué cambió y dónde pedir información ahora', page: 'que-cambio-en-2025' },
};

/**
 * The lowest Szigriszt-Pazos score (read on the INFLESZ scale) an entry's text may have, by kind: below it
 * `npm run revisar` fails; above it the score is advice. INFLESZ calls 55–65 «normal», what a text for the
 * public should reach (Barrio-Cantalejo et al., 2008); the floors sit lower so that advice, not an error,
 * says so first. Booklets and capsules are written for anyone and are held to most. Plans have none: they
 * are transcribed as the SNT approved them and never rewritten, so revisar only reports their scores.
 */
export const READABILITY_MINIMUM: Partial<Record<EntryCollection | PageCollection, number>> = {
  abc: 50,
  capsulas: 50,
  audios: 50,
  articulos: 40,
  revista: 40,
  eventos: 40,
  convocatorias: 40,
  paginas: 40,
};

/** The score revisar advises every text to reach: where INFLESZ's «normal» begins. */
export const READABILITY_TARGET = 55;
