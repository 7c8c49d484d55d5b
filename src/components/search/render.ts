// Results and filter options built from the page's <template>s: text only, so no markup from the index runs.
import { formatKnownDate } from '#/src/lib/dates.ts';
import { isRetired, sortedValues, subResultsOf } from './display.ts';
import type { Counts, FilterGroup, ResultData } from './pagefind.ts';

/** The element `selector` finds under `root`; the search cannot work without it. */
// Like querySelector<T>(), the caller names the element it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function find<T extends Element>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Falta ${selector} en la página de búsqueda`);
  return element;
}

/** A fresh copy of one of the page's `<template data-template>` parts. */
const clone = (name: string) =>
  find<HTMLTemplateElement>(`template[data-template="${name}"]`).content.firstElementChild?.cloneNode(
    true,
  ) as HTMLElement;

const parser = new DOMParser();

/** Writes Pagefind's excerpt into `target`: its `<mark>`s are kept, everything else becomes plain text. */
function setExcerpt(target: Element, html: string) {
  const nodes = parser.parseFromString(html, 'text/html').body.childNodes;
  target.replaceChildren(
    ...Array.from(nodes, (node) => {
      const plain = node.textContent ?? '';
      if (node.nodeName !== 'MARK') return plain;
      const mark = document.createElement('mark');
      mark.append(plain);
      return mark;
    }),
  );
}

/** The list item of one result: its title, facts and excerpt, and its best sub-results. */
export function resultItem(data: ResultData): HTMLElement {
  const item = clone('result');
  const link = item.querySelector('a') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const fecha = data.meta['fecha'];
  const facts = [data.meta['tipo'], fecha && formatKnownDate(fecha)].filter(Boolean);
  (item.querySelector('.meta') as HTMLElement).textContent = facts.join(' · ');
  // Retired entries are still found, below current ones; the result says so, as lists do.
  const retired = item.querySelector('[data-retired]') as HTMLElement;
  if (isRetired(data)) retired.hidden = false;
  else retired.remove();
  setExcerpt(item.querySelector('.excerpt') as HTMLElement, data.excerpt);
  const subs = item.querySelector('.sub-results') as HTMLElement;
  subs.append(
    ...subResultsOf(data).map((sub) => {
      const subItem = clone('sub-result');
      const subLink = subItem.querySelector('a') as HTMLAnchorElement;
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      setExcerpt(subItem.querySelector('.excerpt') as HTMLElement, sub.excerpt);
      return subItem;
    }),
  );
  if (!subs.childElementCount) subs.remove();
  return item;
}

/** Shows the values of each filter that was counted as checkboxes (listed once, the first time), with their counts. */
export function showFilters(groups: readonly (FilterGroup & { details: ParentNode })[], counts: Counts) {
  for (const { details, param, key, chosen } of groups) {
    const values = counts[key];
    if (!values) continue;
    const options = details.querySelector('ul') as HTMLElement;
    if (!options.childElementCount) {
      options.append(
        ...sortedValues(param, values).map((value) => {
          const option = clone('option');
          const box = option.querySelector('input') as HTMLInputElement;
          box.name = param;
          box.value = value;
          box.checked = chosen.has(value);
          (option.querySelector('.value') as HTMLElement).textContent = value;
          return option;
        }),
      );
    }
    for (const box of options.querySelectorAll('input')) {
      const count = box.parentElement?.querySelector('.count');
      if (count) count.textContent = `(${values[box.value] ?? 0})`;
    }
  }
}
