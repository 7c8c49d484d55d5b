/**
 * The browser editor's previews: each entry as the site shows its head — title, summary, and the same
 * notes for retired entries, drafts, scheduled entries and example content — above its text, in the site's
 * stylesheet.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { t } from '#/src/i18n/es.ts';
import { formatDate, formatKnownDate, isDayKnown } from '#/src/lib/dates.ts';
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

/** An entry as its page begins: notes, title, summary, then its text. */
export function EntryPreview({ entry, widgetFor }: PreviewTemplateComponentProps) {
  const title = valueOf(entry, 'titulo');
  const summary = valueOf(entry, 'resumen');
  return h(
    'main',
    { className: 'prose' },
    ...notes(entry),
    h('h1', null, typeof title === 'string' ? title : ''),
    typeof summary === 'string' && summary ? h('p', { className: 'lead' }, summary) : null,
    widgetFor('body') as ReactNode,
  );
}
