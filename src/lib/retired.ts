/**
 * What a retired entry, page or body says (`retirado` in its frontmatter or data file). A published address
 * is a promise: a retired one keeps its page, which says when and why with a banner and links to its
 * successor. It leaves the lists of what is current (home, hubs, related capsules, calendars, the
 * footer: `current` in src/kinds/index.ts) and goes to the end of its section's list; feeds and open data
 * carry it, marked.
 */
import { t } from '#/src/i18n/es.ts';
import { byId, type Catalog } from './catalog.ts';
import { formatKnownDate, isDayKnown, type KnownDate } from './dates.ts';
import { entryUrl, ENTRY_COLLECTIONS, HUBS, PAGES, type EntryCollection, type Retirable } from '#/src/kinds/index.ts';
import type { Source } from '#/src/kinds/types.ts';

/** What a retired item's banner, feed item and dataset row say. */
export interface RetiredNotice {
  /** When, as far as it is known. */
  date: KnownDate;
  /** Why, as a sentence (with its final period). */
  reason: string;
  /** «Retirado el 10 de mayo de 2024» (or «en enero de 2022», «en 2019»). */
  when: string;
  /** What to read instead: its title (a body: its name) and its address; outside the site, maybe none verified. */
  successor?: Successor | undefined;
  /** The legal instrument that ended it, with its publication date as written out. */
  instrument?: { name: string; published?: string | undefined; href?: string | undefined } | undefined;
  /** The sources its page cites for it. */
  sources: Source[];
}

/** What replaced a retired item: a page of this site, or something outside it (`external`). */
export interface Successor {
  title: string;
  /** Its address; absent when the successor is outside the site and no source verifies one. */
  href?: string | undefined;
  /** Whether it is outside this site. */
  external?: boolean;
}

/** Title and address of the entry, page or body a `sucesor` names; getCatalog() has proved it exists. */
function successorOf(catalog: Catalog, ref: { collection: string; id: string }): { title: string; href: string } {
  if (ref.collection === 'organismos') {
    const body = byId(catalog, 'organismos', ref.id);
    if (body) return { title: `${body.data.nombre} (${body.data.siglas})`, href: HUBS.organismos.url(body.id) };
  } else if (ref.collection === 'paginas') {
    const page = byId(catalog, 'paginas', ref.id);
    if (page) return { title: page.data.titulo, href: PAGES.paginas.url(page) };
  } else if ((ENTRY_COLLECTIONS as readonly string[]).includes(ref.collection)) {
    const entry = byId(catalog, ref.collection as EntryCollection, ref.id);
    if (entry) return { title: entry.data.titulo, href: entryUrl(catalog, entry) };
  }
  throw new Error(`Sucesor sin resolver: ${ref.collection}/${ref.id}`);
}

/** What to say about `item` if it is retired: when, why and what to read instead. */
export function retiredNotice(catalog: Catalog, item: Retirable): RetiredNotice | undefined {
  const retirement = item.data.retirado;
  if (!retirement) return undefined;
  const date = retirement.fecha;
  return {
    date,
    reason: /[.!?…]$/.test(retirement.motivo) ? retirement.motivo : `${retirement.motivo}.`,
    when: t(isDayKnown(date) ? 'retired.onDay' : 'retired.inPeriod', { date: formatKnownDate(date) }),
    successor: retirement.sucesor
      ? successorOf(catalog, retirement.sucesor)
      : retirement.sucesorExterno && {
          title: retirement.sucesorExterno.nombre,
          href: retirement.sucesorExterno.enlace,
          external: true,
        },
    instrument: retirement.instrumento && {
      name: retirement.instrumento.nombre,
      published: retirement.instrumento.fecha && formatKnownDate(retirement.instrumento.fecha),
      href: retirement.instrumento.enlace,
    },
    sources: retirement.fuentes ?? [],
  };
}

/** The notice as one line of plain text, for feeds: «Retirado el …: motivo. Consulta en su lugar: título (dirección).» */
export function retiredText(notice: RetiredNotice, base: URL): string {
  const { successor: next } = notice;
  const successor = next
    ? ` ${t('retired.successor')} ${next.title}${next.href ? ` (${new URL(next.href, base).href})` : ''}.`
    : '';
  return `${notice.when}: ${notice.reason}${successor}`;
}
