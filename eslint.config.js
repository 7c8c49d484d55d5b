// @ts-check
// ESLint for the whole project, type-aware: `npm run lint` (with `prettier --check .`), run by `npm test`.
// Formatting is Prettier's alone: no stylistic rule here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // node_modules/ is ignored by ESLint itself; bench/ holds `npm run bench` reports.
  globalIgnores(['dist/', '.astro/', 'bench/', 'tests/fixtures/', 'public/', 'content/']),
  js.configs.recommended,
  // strictTypeChecked rather than recommendedTypeChecked: on this code it flags real slips
  // (needless conditions and assertions, unsafe template values) with little noise.
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers read naturally in messages («${count} entradas»); the rest stays as strict has it
      // (the rule's own defaults would also let any, booleans and undefined through).
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowAny: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowRegExp: false,
        },
      ],
      // `(line) => console.log(line)` is the usual callback shape, not a confusing use of void.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // TypeScript does not type-check plain JavaScript here (no checkJs): to the type-aware rules every
    // value in it is `any`. These files keep ESLint's and typescript-eslint's other rules.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  astro.configs.recommended,
  // Strict: the site promises WCAG 2.x AA, and these rules read the markup of every .astro file.
  astro.configs['jsx-a11y-strict'],
  {
    files: ['**/*.astro'],
    rules: {
      // A box that scrolls sideways (a wide table) takes the focus so that a keyboard can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable): a named <section>, whose implicit role is region
      // (which the rule does not work out by itself).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
    },
  },
  {
    // The search page's <template>s are empty on purpose: its script fills each link and label.
    files: ['src/components/search/SearchPage.astro'],
    rules: {
      'astro/jsx-a11y/anchor-has-content': 'off',
      'astro/jsx-a11y/anchor-is-valid': 'off',
      'astro/jsx-a11y/label-has-associated-control': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser does not support projectService (it would warn and fall back to this).
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
    // The frontmatter is TypeScript, checked by `astro check`: the core rules typescript-eslint turns
    // off for .ts files (no-undef, no-redeclare…) are off here for the same reason.
    rules: { ...tseslint.configs.eslintRecommended.rules },
  },
  {
    // One way to import the project's own modules: `./x.ts` within a folder, and from any other folder the
    // `#/` alias of package.json's «imports» (`#/src/lib/urls.ts`), which plain Node, Vite, Vitest and
    // TypeScript all resolve. Always with the file's extension, which plain Node needs.
    files: ['**/*.{ts,mjs,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['~/*'], message: 'Import through the #/ alias: #/src/…, with the extension.' },
            {
              regex: '^\\.\\./',
              message: 'From another folder, import through the #/ alias (e.g. #/src/lib/urls.ts).',
            },
            {
              regex: '^(?:\\./|#/)(?![^?]*\\.(?:ts|mjs|json|astro|css)(?:\\?|$))',
              message: "End the path with the file's extension (.ts, .astro…): plain Node needs it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Plain Node runs scripts/ and src/build/ (and the src/kinds, src/lib and src/i18n modules they import)
    // outside Vite: there `astro:` modules do not resolve. Held to it everywhere, so that a page-only import
    // can never break a script.
    files: ['scripts/**/*.ts', 'src/build/**/*.ts', 'src/kinds/**/*.ts', 'src/lib/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro:*'],
              allowTypeImports: true,
              message: 'Only Astro loads astro: modules; here take their types only (import type).',
            },
            {
              // Nor may this code reach into tests/ (tests/unit/imports.test.ts checks the whole graph; this names the line).
              group: ['**/tests/**', 'vitest', 'vitest/*', '@vitest/*'],
              message: 'Tests depend on tools, never the other way: move what both need to scripts/herramientas/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The modules that load content and images through Astro: pages import them, no script does.
    files: ['src/lib/astroContent.ts', 'src/lib/images.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/checks/*.ts'],
    rules: {
      // Every check has the one signature `npm run revisar` runs, `(root) => Promise<Problem[]>`; the
      // synchronous ones stay `async` so that what they throw still reaches the caller as a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Vitest types its asymmetric matchers (expect.any, expect.stringContaining…) as `any` so that
      // they fit any field: in tests every assignment this rule reports is one of them.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // The <script> blocks of .astro files, which the plugin lints as virtual files no tsconfig holds.
    files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
