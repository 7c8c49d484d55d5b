import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { codeFiles, importCircles, importsOf, resolveImport, staticImports } from '#/tests/support/imports.ts';

const fixtures = 'tests/fixtures/imports';

describe('the import reader', () => {
  test('resolves a path with or without its extension, an index file and the ~ alias', () => {
    expect(importsOf(`${fixtures}/a.ts`).map(({ target }) => target)).toEqual([
      `${fixtures}/b.ts`,
      `${fixtures}/c/index.ts`,
      `${fixtures}/types.ts`,
      `${fixtures}/size.ts`,
      `${fixtures}/types.ts`,
    ]);
    expect(resolveImport('#/src/content.config.ts', `${fixtures}/a.ts`)).toBe('src/content.config.ts');
    expect(resolveImport('#/src/styles/global.css?inline', `${fixtures}/a.ts`)).toBe('src/styles/global.css');
    expect(resolveImport('node:fs', `${fixtures}/a.ts`)).toBe('node:fs');
    expect(() => resolveImport('./missing', `${fixtures}/a.ts`)).toThrow('no lleva a ningún archivo');
  });

  test('marks type-only statements, which vanish at run time, and not `import { type … }`, which loads its module', () => {
    const source = readFileSync(`${fixtures}/a.ts`, 'utf8');
    expect(source).toContain("import type { Shape } from './types.ts'");
    expect(source).toContain("export type { Shape as Form } from './types.ts'");
    expect(source).toContain("import { type Size } from './size.ts'");
    expect(importsOf(`${fixtures}/a.ts`).filter(({ typeOnly }) => typeOnly)).toEqual([
      expect.objectContaining({ target: `${fixtures}/types.ts` }),
      expect.objectContaining({ target: `${fixtures}/types.ts` }),
    ]);
    expect(staticImports(`${fixtures}/a.ts`)).not.toContain(`${fixtures}/types.ts`);
    expect(staticImports(`${fixtures}/a.ts`)).toContain(`${fixtures}/size.ts`);
    expect(staticImports(`${fixtures}/a.ts`, { types: true })).toContain(`${fixtures}/types.ts`);
  });

  test('reads the frontmatter of an .astro file, not its client script; a dynamic import is not loaded first', () => {
    expect(importsOf(`${fixtures}/page.astro`)).toEqual([
      { specifier: './c/index.ts', target: `${fixtures}/c/index.ts`, dynamic: false, typeOnly: false },
      { specifier: './types.ts', target: `${fixtures}/types.ts`, dynamic: true, typeOnly: false },
    ]);
    expect(staticImports(`${fixtures}/page.astro`)).toEqual([`${fixtures}/page.astro`, `${fixtures}/c/index.ts`]);
  });

  test('finds each circle, one loop through it, and whether it remains at run time', () => {
    expect(importCircles(codeFiles(fixtures))).toEqual([
      {
        files: [`${fixtures}/a.ts`, `${fixtures}/b.ts`],
        loop: [`${fixtures}/a.ts`, `${fixtures}/b.ts`, `${fixtures}/a.ts`],
        atRunTime: true,
      },
      {
        files: [`${fixtures}/size.ts`, `${fixtures}/types.ts`],
        loop: [`${fixtures}/size.ts`, `${fixtures}/types.ts`, `${fixtures}/size.ts`],
        atRunTime: false,
      },
    ]);
  });
});

/** A module of a test framework, or any file of tests/: what maintainer commands must never load. */
const testOnly = (module: string) => /^(?:vitest|@vitest\/)/.test(module) || module.startsWith('tests/');

/** Every script an `npm run` command starts with `node scripts/…`. */
const commands = [
  ...new Set(
    Object.values((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts)
      .flatMap((command) => [...command.matchAll(/\bnode (scripts\/\S+)/g)])
      .map(([, script = '']) => script),
  ),
].sort();

// Tests depend on tools, never the other way: not even for a type (`types: true`).
describe('maintainer commands load no test code', () => {
  test('`npm run bench` loads neither vitest nor any file of tests/, though it shares the tools the tests use', () => {
    expect(staticImports('scripts/bench.ts', { types: true }).filter(testOnly)).toEqual([]);
    const modules = staticImports('scripts/bench.ts');
    expect(modules).toEqual(
      expect.arrayContaining([
        'scripts/bench/busqueda.ts',
        'scripts/herramientas/navegador.ts',
        'scripts/herramientas/servidor.ts',
        'scripts/herramientas/pagefind.ts',
        'playwright-core',
      ]),
    );
    expect(modules.filter(testOnly)).toEqual([]);
    // The commands below include it, and `npm run serve`'s.
    expect(commands).toEqual(expect.arrayContaining(['scripts/bench.ts', 'scripts/servidor.ts']));
  });

  test('the check can fail: from a browser test the reader does reach vitest and tests/support', () => {
    expect(staticImports('tests/e2e/search.test.ts').filter(testOnly)).toEqual(
      expect.arrayContaining(['tests/e2e/search.test.ts', 'vitest', 'tests/support/browser.ts']),
    );
  });

  test.each(commands)('%s neither', (script) => {
    expect(staticImports(script, { types: true }).filter(testOnly)).toEqual([]);
  });
});

// Type-only imports count: a circle of types alone does not break at run time, but its modules still
// cannot be read or moved apart. Each circle found says whether it remains at run time.
test('no import circle among the files of src/', () => {
  const circles = importCircles(codeFiles('src')).map(
    ({ files, loop, atRunTime }) =>
      `${files.length} files${atRunTime ? '' : ' (type-only imports close it)'}: ${files.join(', ')}; e.g. ${loop.join(' → ')}`,
  );
  expect(circles).toEqual([]);
});
