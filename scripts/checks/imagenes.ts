import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { contentFiles, lineAt, proseOf, type ContentFile } from '#/src/build/contentFiles.ts';
import { builtPages, distOf, missingDist } from './dist.ts';
import type { Problem } from '#/src/lib/problems.ts';

// `![alt](src)` and `![alt][ref]`.
const markdownImage = /!\[([^\]]*)\](?:\(\s*<?([^)\s>]*)[^)]*\)|\[[^\]]*\])/g;
// `<img …>`, `<Image …/>`, `<Picture …/>`, attributes possibly over several lines.
const imageTag = /<(img|Image|Picture)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const attribute = (name: string) =>
  new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)'|\`([^\`]*)\`|([^}]*?))\\s*\\}|([^\\s"'>]+)))?(?=\\s|/|$)`,
  );

/** The value of an attribute as written (an expression counts as text), or `undefined` when absent. */
function attributeValue(attributes: string, name: string): string | undefined {
  const match = attribute(name).exec(attributes);
  // Groups that did not take part in the match are undefined, whatever RegExpExecArray's type says.
  return match ? ((match.slice(1) as (string | undefined)[]).find((value) => value !== undefined) ?? '') : undefined;
}

/** Images in the body of an entry whose alternative text is missing or empty. */
function contentProblems(file: ContentFile): Problem[] {
  const prose = proseOf(file.body);
  const problems: Problem[] = [];
  for (const match of prose.matchAll(markdownImage)) {
    const [written = '', alt = '', src = ''] = match;
    if (alt.trim()) continue;
    problems.push({
      file: file.path,
      line: lineAt(file, match.index),
      found: `la imagen ${written.trim()} no tiene texto alternativo`,
      fix: `escribe entre los corchetes lo que muestra, p. ej. ![Gráfica de solicitudes por año](${src || './imagen.png'})`,
    });
  }
  for (const match of prose.matchAll(imageTag)) {
    const [, tag = '', attributes = ''] = match;
    const alt = attributeValue(attributes, 'alt');
    if (alt?.trim()) continue;
    const src = /(?:^|\s)(src\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))/.exec(attributes)?.[1];
    problems.push({
      file: file.path,
      line: lineAt(file, match.index),
      found: `la imagen <${tag}${src ? ` ${src}` : ''}> ${alt === undefined ? 'no tiene texto alternativo' : 'tiene el texto alternativo vacío'}`,
      fix: 'agrega alt="lo que muestra la imagen"',
    });
  }
  return problems;
}

/**
 * Alternative text: every `<img>` of dist/ has an `alt` attribute (empty marks a decorative image),
 * and every image in the body of an entry of content/ (Markdown `![alt](src)`, `<img>`, `<Image>`,
 * `<Picture>`) has a non-empty one, since it is part of what the entry says. Drafts are left out.
 */
export async function checkImages(root: string): Promise<Problem[]> {
  const problems = contentFiles(root).flatMap(contentProblems);
  const missing = missingDist(root);
  if (missing.length) return [...problems, ...missing];
  for (const page of builtPages(root)) {
    const document = parse(readFileSync(join(distOf(root), page.file), 'utf8'));
    const images = document.querySelectorAll('img').filter((image) => !image.hasAttribute('alt'));
    for (const src of new Set(images.map((image) => image.getAttribute('src') ?? '(sin src)'))) {
      problems.push({
        file: page.url,
        found: `la imagen ${src} no tiene atributo alt`,
        fix: 'dale un texto alternativo (o alt="" si solo decora)',
      });
    }
  }
  return problems;
}
