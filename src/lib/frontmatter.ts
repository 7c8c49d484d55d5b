/** An entry file cut at its frontmatter: the YAML between the `---` lines, those lines with it, and the body after. */
export interface SplitEntry {
  /** The YAML text, without the `---` lines. */
  yaml: string;
  /** The frontmatter as written, both `---` lines included. */
  head: string;
  /** Everything after the closing `---` line. */
  body: string;
}

/** Cuts an entry file at its frontmatter; undefined when it does not start with one. */
export function splitFrontmatter(source: string): SplitEntry | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', head: match[0], body: source.slice(match[0].length) } : undefined;
}
