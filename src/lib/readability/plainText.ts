/**
 * The running text of a Markdown or MDX body, as the blocks a reader meets: paragraphs, list items,
 * quotes and table cells, each one plain text. Flesch, whom both Spanish formulas adapt, tests «only
 * the running text»: titles and headings are left out, and so are code, addresses and markup.
 *
 * Line by line, not a full Markdown parser: what is dropped is frontmatter, fenced code, HTML and MDX
 * comments, MDX import/export lines, headings (ATX and setext), thematic breaks, table separator rows,
 * images, link addresses, bare URLs, inline code, footnote marks and MDX {expressions}; HTML and JSX tags
 * go but the text between them stays; emphasis marks go, their words stay.
 */

const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const atxHeading = /^\s{0,3}#{1,6}(?:\s|$)/;
const setextUnderline = /^\s{0,3}(?:=+|-+)\s*$/;
const thematicBreak = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const fence = /^\s{0,3}(`{3,}|~{3,})/;
const tableRow = /^\s*\|.*\|\s*$/;
const tableSeparator = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/;
const mdxStatement = /^(?:import|export)\s/;

/** Inline Markdown, HTML and JSX of one block reduced to its words. */
const inlineText = (text: string): string =>
  text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '') // footnote marks
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(?:https?:|mailto:)[^>]*>/g, ' ') // autolinks
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/`+[^`]*`+/g, ' ') // inline code
    .replace(/\{[^{}]*\}/g, ' ') // MDX expressions
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\*+|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The body without frontmatter and fenced code, each dropped line left blank so that blocks stay apart. */
const withoutCode = (source: string): string[] => {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '')
    .split('\n');
  let inFence: string | undefined;
  return lines.map((line) => {
    const mark = fence.exec(line)?.[1];
    if (inFence === undefined && mark !== undefined) inFence = mark;
    else if (inFence !== undefined && mark?.startsWith(inFence) === true) inFence = undefined;
    else if (inFence === undefined) return line;
    return '';
  });
};

/** The blocks of running text of a Markdown/MDX body, in order, each as plain text (none empty). */
export const plainBlocks = (source: string): string[] => {
  // Comments and tags may span lines (a JSX component with one attribute a line): they go first.
  const text = withoutCode(source)
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
  const blocks: string[] = [];
  let current: string[] = [];
  const close = (): void => {
    const block = inlineText(current.join(' '));
    if (block) blocks.push(block);
    current = [];
  };
  for (const line of text.split('\n')) {
    const unquoted = line.replace(/^\s*(?:>\s?)+/, '');
    if (current.length > 0 && setextUnderline.test(unquoted)) {
      current = []; // the lines above were a heading
      continue;
    }
    if (!unquoted.trim() || mdxStatement.test(line) || atxHeading.test(unquoted) || thematicBreak.test(unquoted)) {
      close();
      continue;
    }
    if (tableRow.test(unquoted)) {
      close();
      if (!tableSeparator.test(unquoted))
        for (const cell of unquoted.trim().slice(1, -1).split('|')) {
          current = [cell];
          close();
        }
      continue;
    }
    if (listItem.test(unquoted)) {
      close();
      current.push(unquoted.replace(listItem, ''));
      continue;
    }
    current.push(unquoted);
  }
  close();
  return blocks;
};
