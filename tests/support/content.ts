import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

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
      const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
      return { id: name.replace(/\.mdx?$/, ''), data: parse(frontmatter) as Record<string, unknown>, body };
    });
}

/** Number of words in a Markdown body. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
