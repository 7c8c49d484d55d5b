// Our own UI on Pagefind's JS API: no Component UI, no inline code or styles, so a strict CSP allows it.
import { readAddress, writeAddress, type Order } from './address.ts';
import {
  filterCounts,
  isPagefindReady,
  loadPagefind,
  requestedFilters,
  searchFor,
  type Counts,
  type Result,
} from './pagefind.ts';
import { find, resultItem, showFilters } from './render.ts';
import { statusText, textReader } from './texts.ts';

/** Results shown at first and added by each «show more»: each one costs a fragment download. */
const PAGE_SIZE = 5;

const root = find<HTMLElement>('[data-search]');
const text = textReader(root.dataset['texts'] ?? '{}');
const form = find<HTMLFormElement>('form', root);
const input = find<HTMLInputElement>('input[name="q"]', root);
const order = find<HTMLSelectElement>('#orden', root);
const pane = find<HTMLElement>('.search-filters', root);
const status = find<HTMLElement>('[role="status"]', root);
const list = find<HTMLOListElement>('.results', root);
const more = find<HTMLButtonElement>('.more', root);
const browse = find<HTMLElement>('.browse', root);

// The address is the state: read it once, then write it back after every change.
const address = readAddress(location.search);
const groups = [...pane.querySelectorAll<HTMLDetailsElement>('details[data-filter]')].map((details) => {
  const param = details.dataset['filter'] ?? '';
  const chosen = address.chosen(param);
  if (chosen.size) details.open = true;
  return { details, param, key: details.dataset['key'] ?? '', chosen };
});
input.value = address.q;
order.value = address.order;
pane.hidden = false;

let searchId = 0;
let results: Result[] = [];

/** Adds the next page of results; from «show more», the focus moves to the first new one. */
async function showMore(moveFocus: boolean) {
  const id = searchId;
  const shown = list.childElementCount;
  more.disabled = true;
  const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
  if (id !== searchId) return;
  const items = page.map(resultItem);
  list.append(...items);
  more.disabled = false;
  more.hidden = list.childElementCount >= results.length;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

/** Runs the search the form describes, and shows the whole count in the live region. */
async function search() {
  const id = ++searchId;
  const term = input.value.trim();
  const sort = order.value as Order;
  history.replaceState(null, '', writeAddress(term, groups, sort) || location.pathname);
  if (!term && !groups.some(({ chosen }) => chosen.size)) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    browse.hidden = true;
    status.textContent = '';
    if (groups.some(({ details }) => details.open)) void recount().catch(() => undefined);
    return;
  }
  if (!isPagefindReady()) status.textContent = text('loading');
  const filters = requestedFilters(groups);
  try {
    const response = await searchFor(term, filters, sort ? { [sort]: 'desc' } : {});
    if (id !== searchId || !response) return;
    results = response.results;
    list.replaceChildren();
    await Promise.all([showMore(false), recount(term, filters, response.filters)]);
  } catch {
    if (id !== searchId) return;
    results = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = text('error');
    browse.hidden = false;
    return;
  }
  if (id !== searchId) return;
  status.textContent = statusText(text, results.length, term);
  // With nothing found, the lists and hubs are the way on.
  browse.hidden = results.length > 0;
}

/**
 * Shows each open filter's values with their counts for the form's words and filters, or for a search that
 * has just counted them, unless a newer search has started meanwhile. The results stay as they are.
 */
async function recount(term = input.value.trim(), filters = requestedFilters(groups), counts?: Counts) {
  const id = searchId;
  counts ??= (await searchFor(term, filters))?.filters;
  if (!counts) return;
  const all = await filterCounts(term, filters, counts, groups);
  if (id === searchId) showFilters(groups, all);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void search(), 300);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void search();
});
// From the box, the down arrow jumps to the first result, as in most search pages.
input.addEventListener('keydown', (event) => {
  const first = list.querySelector('a');
  if (event.key === 'ArrowDown' && first) {
    event.preventDefault();
    first.focus();
  }
});
order.addEventListener('change', () => void search());
pane.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const chosen = groups.find(({ param }) => param === box.name)?.chosen;
  if (box.checked) chosen?.add(box.value);
  else chosen?.delete(box.value);
  void search();
});
// Opening a filter the first time fetches its values («toggle» does not bubble, hence the capture).
pane.addEventListener(
  'toggle',
  (event) => {
    const details = event.target as HTMLDetailsElement;
    if (details.open && !details.querySelector('input')) void recount().catch(() => undefined);
  },
  true,
);
more.addEventListener('click', () => void showMore(true));

// Pagefind (≈ 85 KB with its worker and WebAssembly, then its metadata) starts loading as the page opens, so
// the first words typed on a slow connection wait as little as possible; a shared search runs at once.
if (address.shared) void search();
else void loadPagefind().catch(() => undefined);
