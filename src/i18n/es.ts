import { buscar } from './es/buscar';
import { capsulas } from './es/capsulas';
import { comun } from './es/comun';
import { hubs } from './es/hubs';
import { planes } from './es/planes';
import { publicaciones } from './es/publicaciones';

/** Every piece of interface text, in Spanish (es-MX), kept in one file per area of the site. */
const es = { ...comun, ...planes, ...capsulas, ...publicaciones, ...hubs, ...buscar } as const;

/** A key of the Spanish dictionary. */
export type UiKey = keyof typeof es;

/** The Spanish text for `key`, with `{name}` placeholders filled from `values`. */
export const t = (key: UiKey, values: Record<string, string | number> = {}): string =>
  es[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
