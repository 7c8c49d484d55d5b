import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { t } from '#/src/i18n/es.ts';
import type { Catalog } from './catalog.ts';
import { PUBLIC_DIR } from './paths.ts';

type Numbered = { data: { numero: number } };

/** Orders «Los ABC» booklets by their number in the series, first one first. */
export const bySeriesNumber = (a: Numbered, b: Numbered): number => a.data.numero - b.data.numero;

/** Orders magazine issues by number, newest (highest) first. */
export const newestIssueFirst = (a: Numbered, b: Numbered): number => b.data.numero - a.data.numero;

const titleOrder = new Intl.Collator('es-MX');

/** Articles of an issue as they appear in it: by first page, then by title. */
export function articlesOfIssue(catalog: Catalog, issueId: string): CollectionEntry<'articulos'>[] {
  return catalog.articulos
    .filter((article) => article.data.revista.id === issueId)
    .sort((a, b) => a.data.paginas.inicio - b.data.paginas.inicio || titleOrder.compare(a.data.titulo, b.data.titulo));
}

/** Pages of an article in its issue's PDF: «pág. 2» or «págs. 2–3». */
export const formatPages = ({ inicio, fin }: { inicio: number; fin: number }): string =>
  inicio === fin ? t('article.page', { n: inicio }) : t('article.pageRange', { from: inicio, to: fin });

const sizeNumber = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 });

/** Size of a file under `public/` (e.g. `/pdf/abc/abc-01.pdf`), read at build time: «245 KB», «1.2 MB». */
export function publicFileSize(path: string): string {
  const bytes = statSync(join(PUBLIC_DIR, path)).size;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${sizeNumber.format(Math.max(1, Math.round(kilobytes)))} KB`;
  return `${sizeNumber.format(kilobytes / 1024)} MB`;
}
