import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '#/tests/support/project.ts';

// Astro caches entries between builds (node_modules/.astro); a renamed file must not leave its old path behind.
let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project.remove());

const entry = 'content/capsulas/archivos-en-orden';
const page = 'dist/capsulas/archivos-en-orden/index.html';

// Two renames in a row: whichever path the cache held, one of them would be stale.
test.each([
  ['.md', '.mdx'],
  ['.mdx', '.md'],
])('an entry renamed from %s to %s builds at once, at the same address', (from, to) => {
  renameSync(join(project.dir, `${entry}${from}`), join(project.dir, `${entry}${to}`));
  const build = project.astro('build');
  expect(build.status, build.output).toBe(0);
  expect(existsSync(join(project.dir, page))).toBe(true);
});
