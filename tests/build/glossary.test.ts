import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataEntries } from '#/src/lib/dataFiles.ts';
import { plainBlocks } from '#/src/lib/readability.ts';
import { readCollection } from '#/tests/support/content.ts';

// `npm test` builds dist/ before vitest runs.
const page = (path: string): string => readFileSync(`dist${path}index.html`, 'utf8');
const mainOf = (html: string): string => html.slice(html.search(/<main[\s>]/), html.lastIndexOf('</main>'));
const terms = dataEntries(readFileSync('content/glosario.yaml', 'utf8'), 'glosario') as {
  id: string;
  termino: string;
  sigla?: string;
}[];
const bodies = dataEntries(readFileSync('content/organismos.yaml', 'utf8'), 'organismos') as {
  id: string;
  siglas: string;
}[];

/** Capitals that are not an acronym: «Los ABC» is the name of the booklet series, not letters of words. */
const NOT_ACRONYMS = new Set(['ABC']);

/** Where an acronym is explained: its term in the glossary, or its body's page. */
const explanationOf = (acronym: string): string | undefined => {
  const term = terms.find((entry) => entry.sigla === acronym);
  if (term) return `/glosario/#${term.id}`;
  const body = bodies.find((entry) => entry.siglas === acronym || entry.siglas.split(' ').includes(acronym));
  return body && `/organismos/${body.id}/`;
};

const issueNumber = (id: string) =>
  readCollection('revista').find((issue) => issue.id === id)?.data['numero'] as number | undefined;
const addressOf: Record<string, (entry: { id: string; data: Record<string, unknown> }) => string> = {
  abc: ({ id }) => `/abc/${id}/`,
  articulos: ({ id, data }) => `/revista/${String(issueNumber(String(data['revista'])))}/${id}/`,
  capsulas: ({ id }) => `/capsulas/${id}/`,
  eventos: ({ id }) => `/eventos/${id}/`,
  convocatorias: ({ id }) => `/convocatorias/${id}/`,
  revista: ({ data }) => `/revista/${String(data['numero'])}/`,
};

/** Every acronym in the text of each example entry, with the entry's address. */
const examples = Object.entries(addressOf).flatMap(([collection, address]) =>
  readCollection(collection)
    .filter((entry) => entry.data['ejemplo'] === true)
    .flatMap((entry) => {
      const text = plainBlocks(entry.body).join('\n');
      const acronyms = new Set(text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? []);
      return [...acronyms]
        .filter((acronym) => !NOT_ACRONYMS.has(acronym))
        .map((acronym) => ({ path: address(entry), acronym }));
    }),
);

test('the example content uses acronyms (so the next test has something to check)', () => {
  expect(examples.map(({ acronym }) => acronym)).toEqual(expect.arrayContaining(['ARCO', 'CURP', 'PDF']));
});

describe.each(examples)('$acronym in $path', ({ path, acronym }) => {
  const main = existsSync(`dist${path}index.html`) ? mainOf(page(path)) : '';
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'u');
  const marked = new RegExp(`<abbr title="[^"]{4,}">(?:[A-Z]+\\s+)?${acronym}(?:\\s+[A-Z]+)?</abbr>`);

  test('is explained in the glossary or on its body’s page', () => {
    expect(explanationOf(acronym)).toBeDefined();
  });

  test('is marked with what it stands for once, at its first use in the text', () => {
    expect(main.split(marked)).toHaveLength(2);
    // The first paragraph, list item or fact that uses it outside a link (never marked) is the one that marks it.
    const blocks = main.match(/<(p|li|dd|td)[\s>][\s\S]*?<\/\1>/g) ?? [];
    const prose = (block: string) =>
      block
        .replace(/<a\s(?!class="term")[^>]*>[\s\S]*?<\/a>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    const first = blocks.find((block) => word.test(prose(block)));
    expect(first).toMatch(marked);
  });

  test('links to its explanation, which exists', () => {
    const href = explanationOf(acronym) ?? '';
    expect(main).toContain(`<a class="term" href="${href}">`);
    const [address = '', anchor] = href.split('#');
    const target = page(address);
    if (anchor) expect(target).toContain(`id="${anchor}"`);
  });
});

describe('/glosario/', () => {
  const html = page('/glosario/');

  test('defines each term at the anchor of its id, with an A–Z index of the letters used', () => {
    for (const { id } of terms) expect(html).toContain(`<dt id="${id}"`);
    const index = html.match(/<nav aria-labelledby="glosario-indice"[\s\S]*?<\/nav>/)?.[0] ?? '';
    const letters = [...index.matchAll(/href="#letra-([a-zñ])"/g)].map(([, letter]) => letter);
    expect(letters.length).toBeGreaterThan(3);
    expect(letters).toEqual([...letters].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'es')));
    for (const letter of letters) expect(html).toContain(`id="letra-${String(letter)}"`);
  });

  test('is found by search, and links no term to itself', () => {
    expect(html).toMatch(/<main[^>]*data-pagefind-body/);
    expect(html).not.toContain('class="term"');
  });
});
