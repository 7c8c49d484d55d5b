/** The one place that decides every internal address (directory format, trailing slash). */

/** Address of a plan page. */
export const planUrl = (id: string): string => `/planes/${id}/`;

/** Address of a «Los ABC» booklet. */
export const abcUrl = (id: string): string => `/abc/${id}/`;

/** Address of a magazine issue, by its number. */
export const issueUrl = (numero: number): string => `/revista/${numero}/`;

/** Address of an article inside its issue. */
export const articleUrl = (numero: number, id: string): string => `/revista/${numero}/${id}/`;

/** Address of a capsule page. */
export const capsuleUrl = (id: string): string => `/capsulas/${id}/`;

/** Address of a capsule's standalone player, meant for other sites' iframes. */
export const embedUrl = (id: string): string => `/embed/capsulas/${id}/`;

/** Address of a state hub. */
export const stateUrl = (id: string): string => `/estados/${id}/`;

/** Address of a region hub. */
export const regionUrl = (id: string): string => `/regiones/${id}/`;

/** Address of a commission hub. */
export const commissionUrl = (id: string): string => `/comisiones/${id}/`;

/** Address of a guarantor body's hub (its acronym, as the entry id). */
export const bodyUrl = (id: string): string => `/organismos/${id}/`;

/** Address of the n-th page (1-based) of a paginated list whose first page is `base`. */
export const listPageUrl = (base: string, page: number): string => (page <= 1 ? base : `${base}${page}/`);

/** Anchor id of the n-th axis of a plan (1-based): `eje-2`. */
export const axisAnchor = (axis: number): string => `eje-${axis}`;

/** Anchor id of the m-th line of the n-th axis (both 1-based): `linea-2-3`. */
export const lineAnchor = (axis: number, line: number): string => `linea-${axis}-${line}`;

/** Address of the site's own social card, used by pages without one of their own. */
export const SITE_CARD_URL = '/og/sitio.png';

/** The social card (1200×630 PNG) every plan shares. */
export const PLANS_CARD_URL = '/og/planes.png';
