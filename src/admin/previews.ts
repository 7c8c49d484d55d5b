/**
 * The browser editor's previews: each entry as the site shows its head — title, summary, and the same
 * notes for retired entries, drafts, scheduled entries and example content — above its text, in the site's
 * stylesheet; and, for the editor only, how its text reads, in the words `npm run revisar` uses.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { t } from '#/src/i18n/es.ts';
import { formatDate, formatKnownDate, isDayKnown } from '#/src/lib/dates.ts';
import { measure, readabilityNotes } from '#/src/lib/readabilityAdvice.ts';
import { withheld } from '#/src/lib/withheld.ts';

/** The value of a field of the entry being edited, as a plain value. */
const valueOf = (entry: PreviewTemplateComponentProps['entry'], name: string): unknown => {
  const value: unknown = entry.getIn(['data', name]);
  return typeof value === 'object' && value !== null && 'toJS' in value
    ? (value as { toJS: () => unknown }).toJS()
    : value;
};

/** The banner of a retired entry, its successor named by its id (the preview has no catalog to title it). */
function retiredNote(entry: PreviewTemplateComponentProps['entry']): ReactNode {
  const retired = valueOf(entry, 'retirado') as { fecha?: unknown; motivo?: unknown; sucesor?: unknown } | undefined;
  const fecha = typeof retired?.fecha === 'number' ? String(retired.fecha) : retired?.fecha;
  if (typeof fecha !== 'string' || !/^\d{4}(?:-\d{2}){0,2}$/.test(fecha)) return null;
  const when = t(isDayKnown(fecha) ? 'retired.onDay' : 'retired.inPeriod', { date: formatKnownDate(fecha) });
  const successor = typeof retired?.sucesor === 'string' && retired.sucesor ? retired.sucesor : undefined;
  return h(
    'p',
    { className: 'retired-banner', role: 'note', key: 'retired' },
    h('strong', null, `${when}:`),
    ' ',
    typeof retired?.motivo === 'string' ? retired.motivo : '',
    successor ? ` ${t('retired.successor')} «${successor}»` : '',
  );
}

/** The notes the site shows above a retired entry, a draft, a scheduled entry or example content (EntryStatus.astro). */
function notes(entry: PreviewTemplateComponentProps['entry']): ReactNode[] {
  // What the editor holds: 2024-05-10, 2022-01 or 2019 (a year may come back from the file as a number).
  const written = valueOf(entry, 'fecha');
  const fecha = typeof written === 'string' || typeof written === 'number' ? String(written) : '';
  const state = withheld({
    borrador: valueOf(entry, 'borrador') === true,
    fecha: /^\d{4}(?:-\d{2}){0,2}$/.test(fecha) ? fecha : new Date().toISOString().slice(0, 10),
  });
  const shown: ReactNode[] = [retiredNote(entry)].filter(Boolean);
  if (state) {
    const title =
      state.reason === 'borrador' ? t('status.draft') : t('status.scheduled', { date: formatDate(state.date) });
    shown.push(
      h(
        'p',
        { className: 'status-banner', role: 'note', key: 'status' },
        h('strong', null, title),
        ' ',
        t('status.explainEditor'),
      ),
    );
  }
  if (valueOf(entry, 'ejemplo') === true) {
    shown.push(
      h(
        'p',
        { className: 'example-banner', role: 'note', key: 'example' },
        h('strong', null, `${t('example.banner')}.`),
        ' ',
        t('example.explain'),
      ),
    );
  }
  return shown;
}

/**
 * How the text being written reads, recomputed as the editor types: the same summary and advice `npm run
 * revisar` prints for it (src/lib/readabilityAdvice.ts), with the minimum of its kind. Readers never see it.
 */
function readabilityNote(entry: PreviewTemplateComponentProps['entry'], collection: string): ReactNode {
  const body = valueOf(entry, 'body');
  const { summary, details } = readabilityNotes(
    measure({ path: `content/${collection}/`, body: typeof body === 'string' ? body : '' }),
  );
  return h(
    'aside',
    { className: 'status-banner', 'aria-label': t('editor.readability.label'), key: 'readability' },
    h('p', null, h('strong', null, `${t('editor.readability.title')} `), summary),
    details.length > 0 ? h('ul', null, ...details.map((detail, index) => h('li', { key: index }, detail))) : null,
  );
}

/** An entry as its page begins: notes, title, summary, then its text; above them, how its text reads. */
export function EntryPreview({ entry, collection, widgetFor }: PreviewTemplateComponentProps) {
  const title = valueOf(entry, 'titulo');
  const summary = valueOf(entry, 'resumen');
  const name: unknown = collection.get('name');
  return h(
    'main',
    { className: 'prose' },
    readabilityNote(entry, typeof name === 'string' ? name : ''),
    ...notes(entry),
    h('h1', null, typeof title === 'string' ? title : ''),
    typeof summary === 'string' && summary ? h('p', { className: 'lead' }, summary) : null,
    widgetFor('body') as ReactNode,
  );
}
