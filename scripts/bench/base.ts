// The baseline the build budgets are measured against (DESIGN.md «Budgets»): a bare Astro + MDX site over the same
// Markdown and MDX files as the bench's copy, then the Pagefind CLI. One layout, a schema that accepts any
// frontmatter, one route per collection rendering the entry's body; no hubs, lists, feeds, embeds, images or data.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contentPaths } from '#/src/build/contentFiles.ts';
import { ENTRY_COLLECTIONS } from '#/src/kinds/index.ts';
import { linkModules, type Step } from './proyecto.ts';

/** MDX components the entries place (`<Ejes />`): the bare site renders each as nothing, MDX needs them defined. */
export const mdxComponents = (texts: string[]): string[] =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((match) => match[1] ?? '')))]
    .filter(Boolean)
    .sort();

/** The files of the bare site, by path; `components` are the MDX components to stand in for. */
function siteFiles(components: string[]): Record<string, string> {
  const collections = ENTRY_COLLECTIONS.map(
    (collection) =>
      `  ${collection}: defineCollection({ loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/${collection}' }), schema: z.looseObject({}) }),`,
  );
  const route = (collection: string) => `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
import Nothing from '../../components/Nothing.astro';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.titulo ?? entry.data.tema ?? entry.id;
---

<Base title={String(title)}>
  <Content components={{ ${components.map((name) => `${name}: Nothing`).join(', ')} }} />
</Base>
`;
  return {
    'package.json': `${JSON.stringify({ name: 'snt-bench-base', private: true, type: 'module' }, null, 2)}\n`,
    'tsconfig.json': `${JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2)}\n`,
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
${collections.join('\n')}
};
`,
    'src/components/Nothing.astro': '',
    'src/layouts/Base.astro': `---
const { title } = Astro.props;
---

<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <slot />
    </main>
  </body>
</html>
`,
    ...Object.fromEntries(ENTRY_COLLECTIONS.map((c) => [`src/pages/${c}/[...id].astro`, route(c)])),
  };
}

/**
 * Writes the bare site into a new temporary folder: its files, a copy of the Markdown and MDX entries of
 * the project at `copy` (the bench's copy, with its generated entries) and links to the packages of `root`.
 * Returns the folder.
 */
export function writeBaseProject(copy: string, root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'snt-bench-base-'));
  const entries = ENTRY_COLLECTIONS.flatMap((collection) => contentPaths(copy, collection));
  for (const path of entries) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(copy, path), join(dir, path));
  }
  const mdx = entries.filter((path) => path.endsWith('.mdx')).map((path) => readFileSync(join(dir, path), 'utf8'));
  for (const [path, text] of Object.entries(siteFiles(mdxComponents(mdx)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkModules(root, dir);
  return dir;
}

/** The bare site's build: `astro build`, then the Pagefind CLI over dist/, both from the project's packages. */
export const BASE_STEPS = (root: string): Step[] => [
  { step: 'astro build', args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'] },
  { step: 'pagefind --site dist', args: [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'] },
];
