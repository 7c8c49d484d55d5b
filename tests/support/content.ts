import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '#/src/lib/frontmatter.ts';

/** One content file as an editor wrote it: parsed frontmatter and Markdown body. */
export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Reads every entry of a collection folder straight from `content/`, without Astro. */
export function readCollection(collection: string): RawEntry[] {
  return readdirSync(`content/${collection}`)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .map((name) => {
      const source = readFileSync(`content/${collection}/${name}`, 'utf8');
      const { yaml = '', body = '' } = splitFrontmatter(source) ?? {};
      return { id: name.replace(/\.mdx?$/, ''), data: parse(yaml) as Record<string, unknown>, body };
    });
}

/** Number of words in a Markdown body. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
