/**
 * The one place that spells every internal address (directory format, trailing slash). Published
 * addresses are a promise to the sites that link to us: change none of them without a redirect.
 * Pages do not call the builders of a kind's addresses directly: they ask the registry
 * (`src/kinds/`), which knows which builder each kind of entry uses.
 */

/** Address of the n-th page (1-based) of a paginated list whose first page is `base`. */
export const listPageUrl = (base: string, page: number): string => (page <= 1 ? base : `${base}${page}/`);

/** Address of the feed that carries what the page at `page` lists: `/capsulas/feed.xml`. */
export const feedUrl = (page: string): string => `${page}feed.xml`;

/** The home page. */
export const HOME_URL = '/';

/** The search page; `searchUrl` (src/lib/search.ts) adds a query and filters. */
export const SEARCH_URL = '/buscar/';

/** The browser editor (Decap CMS): its own files and policy, never indexed or framed. */
export const ADMIN_URL = '/admin/';

/** The open data index. */
export const DATA_URL = '/datos/';

/** Address of a dataset's documentation page. */
export const datasetUrl = (id: string): string => `${DATA_URL}${id}/`;

/** Address of a dataset's file in `format`. */
export const datasetFileUrl = (id: string, format: 'json' | 'csv'): string => `${DATA_URL}${id}.${format}`;

/** The site-wide feed. */
export const SITE_FEED_URL = feedUrl(HOME_URL);

/** The sitemap index that robots.txt announces. */
export const SITEMAP_URL = '/sitemap-index.xml';

/** The site's icon. */
export const FAVICON_URL = '/favicon.svg';

/** Where the drawn social cards (1200×630 PNG) live: `/og/<name>.png`. */
const cardUrl = (name: string): string => `/og/${name}.png`;

/** The name a drawn card's address gives it, for the route that draws it: `/og/sitio.png` → `sitio`. */
export const cardName = (url: string): string => url.replace(/^\/og\/|\.png$/g, '');

/** Address of the site's own social card, used by pages without one of their own. */
export const SITE_CARD_URL = cardUrl('sitio');

/** The social card every plan shares. */
export const PLANS_CARD_URL = cardUrl('planes');

/** The plan list (`listPageUrl` builds its later pages). */
export const PLANS_URL = '/planes/';

/** Address of a plan page. */
export const planUrl = (id: string): string => `${PLANS_URL}${id}/`;
/** The page of every plan's progress. */
export const TRACKING_URL = '/seguimiento/';
/** What the site's readers read, downloaded and played, counted from the server's log without tracking anyone. */
export const IMPACT_URL = '/impacto/';
/** A plan's feed of new evidence. */
export const planEvidenceFeedUrl = (id: string): string => `${planUrl(id)}evidencias.xml`;

/** The «Los ABC» list. */
export const ABC_URL = '/abc/';

/** Address of a «Los ABC» booklet. */
export const abcUrl = (id: string): string => `${ABC_URL}${id}/`;

/** Anchor of a booklet's list of editions, on its page. */
export const EDITIONS_ANCHOR = 'ediciones';

/** Address of a booklet's list of editions, on its page. */
export const abcEditionsUrl = (id: string): string => `${abcUrl(id)}#${EDITIONS_ANCHOR}`;

/** Address of the n-th edition (from 1, oldest first) of a booklet: its text as it was then. */
export const abcEditionUrl = (id: string, edition: number): string => `${abcUrl(id)}ediciones/${edition}/`;

/** Address of what changed in the n-th edition of a booklet, against the one before (from 2). */
export const abcEditionChangesUrl = (id: string, edition: number): string => `${abcEditionUrl(id, edition)}que-cambio/`;

/** The magazine's issue list. */
export const ISSUES_URL = '/revista/';

/**
 * Address of the n-th page of the magazine's issue list. `/revista/<n>/` already belongs to issue n,
 * so later pages live under `/revista/pagina/<n>/`.
 */
export const issueListPageUrl = (page: number): string =>
  page <= 1 ? ISSUES_URL : listPageUrl(`${ISSUES_URL}pagina/`, page);

/** Address of a magazine issue, by its number. */
export const issueUrl = (numero: number): string => `${ISSUES_URL}${numero}/`;

/** Address of an article inside its issue. */
export const articleUrl = (numero: number, id: string): string => `${issueUrl(numero)}${id}/`;

/** The capsule list. */
export const CAPSULES_URL = '/capsulas/';

/** Address of a capsule page. */
export const capsuleUrl = (id: string): string => `${CAPSULES_URL}${id}/`;

/** The audio list: radio spots and podcast episodes. */
export const AUDIOS_URL = '/audios/';

/** Address of an audio page. */
export const audioUrl = (id: string): string => `${AUDIOS_URL}${id}/`;

/** The social card every audio shares. */
export const AUDIOS_CARD_URL = cardUrl('audios');

/**
 * Where audio files are served under a name that carries their content hash (`x.<hash>.mp3`): a name that never
 * changes its bytes, so browsers and podcast apps keep it a year.
 */
export const HASHED_MEDIA_URL = '/media/fijos/';

/** The podcast feed of every audio, for podcast apps: RSS with its files as enclosures. */
export const PODCAST_FEED_URL = `${AUDIOS_URL}podcast.xml`;

/** The cover podcast apps show for the podcast of every audio. */
export const PODCAST_COVER_URL = `${AUDIOS_URL}podcast.png`;

/** The page of a podcast series, with its episodes. */
export const seriesUrl = (id: string): string => `${AUDIOS_URL}series/${id}/`;

/** The podcast feed of one series. */
export const seriesFeedUrl = (id: string): string => `${seriesUrl(id)}podcast.xml`;

/** The cover podcast apps show for one series. */
export const seriesCoverUrl = (id: string): string => `${seriesUrl(id)}podcast.png`;

/** The event list: upcoming first, then the past. */
export const EVENTS_URL = '/eventos/';

/** Address of an event page. */
export const eventUrl = (id: string): string => `${EVENTS_URL}${id}/`;

/** An event's own calendar file, beside its page. */
export const eventCalendarUrl = (id: string): string => `${EVENTS_URL}${id}.ics`;

/** The list of calls and contests: open ones first. */
export const CALLS_URL = '/convocatorias/';

/** Address of a call's page. */
export const callUrl = (id: string): string => `${CALLS_URL}${id}/`;

/** A call's calendar file with its closing date, beside its page. */
export const callCalendarUrl = (id: string): string => `${CALLS_URL}${id}.ics`;

/** The calendar of the events and call closings a page lists (the event list, a hub): `/eventos/calendario.ics`. */
export const calendarUrl = (page: string): string => `${page}calendario.ics`;

/** The social card every event shares. */
export const EVENTS_CARD_URL = cardUrl('eventos');

/** The social card every call shares. */
export const CALLS_CARD_URL = cardUrl('convocatorias');

/** Address of a standalone page (about, accessibility, privacy, contact): `/accesibilidad/`. */
export const standalonePageUrl = (id: string): string => `/${id}/`;

/** Pages made to live in another site's iframe: the only ones another site may frame. */
export const FRAMEABLE_URL = '/embed/';

/** Where every capsule's standalone player lives, for other sites' iframes. */
export const EMBEDS_URL = `${FRAMEABLE_URL}capsulas/`;

/** Address of a capsule's standalone player. */
export const embedUrl = (id: string): string => `${EMBEDS_URL}${id}/`;

/** Where every audio's standalone player lives, for radios' and bodies' sites. */
export const AUDIO_EMBEDS_URL = `${FRAMEABLE_URL}audios/`;

/** Address of an audio's standalone player. */
export const audioEmbedUrl = (id: string): string => `${AUDIO_EMBEDS_URL}${id}/`;

/** The glossary: every term on one page. */
export const GLOSSARY_URL = '/glosario/';

/** Address of a term's definition in the glossary: its anchor is its id, which never changes once published. */
export const glossaryTermUrl = (id: string): string => `${GLOSSARY_URL}#${id}`;

/** The list of states, by region. */
export const STATES_URL = '/estados/';

/** Address of a state hub. */
export const stateUrl = (id: string): string => `${STATES_URL}${id}/`;

/** The list of regions. */
export const REGIONS_URL = '/regiones/';

/** Address of a region hub. */
export const regionUrl = (id: string): string => `${REGIONS_URL}${id}/`;

/** The list of commissions. */
export const COMMISSIONS_URL = '/comisiones/';

/** Address of a commission hub. */
export const commissionUrl = (id: string): string => `${COMMISSIONS_URL}${id}/`;

/** The directory of guarantor bodies. */
export const GUARANTORS_URL = '/organismos/';

/** Address of a guarantor body's hub (its acronym, as the entry id). */
export const guarantorUrl = (id: string): string => `${GUARANTORS_URL}${id}/`;

/** Anchor id of the n-th axis of a plan (1-based): `eje-2`. */
export const axisAnchor = (axis: number): string => `eje-${axis}`;

/** Anchor id of the m-th line of the n-th axis (both 1-based): `linea-2-3`. */
export const lineAnchor = (axis: number, line: number): string => `linea-${axis}-${line}`;
