// The few modules of Decap CMS the tests call in Node, to check the editor against its own code.

declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  /** How Decap reads and writes a Markdown file with YAML frontmatter (the body under `body`). */
  export function frontmatterYAML(): {
    fromFile(text: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
  };
}

declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  /** How Decap reads and writes a YAML data file: `comments` are the fields' `comment`, by field name. */
  const yaml: {
    fromFile(text: string): unknown;
    toFile(data: unknown, sortedKeys?: string[], comments?: Record<string, string>): string;
  };
  export default yaml;
}

declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  /** Decap's folding of a text into a file name, with the configuration's `slug` settings. */
  export function sanitizeSlug(
    text: string,
    options: { encoding: string; clean_accents: boolean; sanitize_replacement: string },
  ): string;
}
