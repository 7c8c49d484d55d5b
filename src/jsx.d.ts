// For ESLint's type-aware rules: Astro types a JSX element as `HTMLElement | any` (to leave room for
// UI frameworks this site does not use), so every `{list.map((x) => <li>…</li>)}` would read as
// returning `any`. Narrowed here as eslint-plugin-astro's guide suggests; `astro check` agrees.
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
