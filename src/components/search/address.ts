// The address is the search page's whole state, so a search can be bookmarked, shared and reloaded.

/** How results are ordered: by Pagefind's relevance (`''`) or newest first (`'fecha'`). */
export type Order = '' | 'fecha';

/** One filter as the address holds it: its parameter and the values chosen in it, in the order they were chosen. */
export interface FilterChoice {
  param: string;
  chosen: Set<string>;
}

/** What an address of /buscar/ holds. */
export interface Address {
  /** The words searched for (`q`). */
  q: string;
  /** The order of the results (`orden`); anything unknown is relevance. */
  order: Order;
  /** Whether it has any parameter at all, known or not: a shared search runs at once. */
  shared: boolean;
  /** The values chosen in one filter, by its parameter (`tipo=Plan&tipo=Cápsula`). */
  chosen(param: string): Set<string>;
}

/** Reads an address's `location.search`. */
export function readAddress(search: string): Address {
  const params = new URLSearchParams(search);
  return {
    q: params.get('q') ?? '',
    order: params.get('orden') === 'fecha' ? 'fecha' : '',
    shared: params.size > 0,
    chosen: (param) => new Set(params.getAll(param)),
  };
}

/** The `location.search` for a query, each filter's chosen values and an order; `''` when all are defaults. */
export function writeAddress(q: string, filters: readonly FilterChoice[], order: Order): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const { param, chosen } of filters) for (const value of chosen) params.append(param, value);
  if (order) params.set('orden', order);
  const search = params.toString();
  return search && `?${search}`;
}
