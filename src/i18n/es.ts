import { agenda } from './es/agenda.ts';
import { audios } from './es/audios.ts';
import { capsules } from './es/capsules.ts';
import { common } from './es/common.ts';
import { glossary } from './es/glossary.ts';
import { hubs } from './es/hubs.ts';
import { impact } from './es/impact.ts';
import { plans } from './es/plans.ts';
import { publications } from './es/publications.ts';
import { search } from './es/search.ts';

/** Every piece of interface text, in Spanish (es-MX), kept in one file per area of the site. */
const es = {
  ...common,
  ...plans,
  ...capsules,
  ...audios,
  ...publications,
  ...hubs,
  ...search,
  ...agenda,
  ...glossary,
  ...impact,
} as const;

/** A key of the Spanish dictionary. */
export type UiKey = keyof typeof es;

/** The Spanish text for `key`, with `{name}` placeholders filled from `values`. */
export const t = (key: UiKey, values: Record<string, string | number> = {}): string =>
  es[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
