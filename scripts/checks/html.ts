import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { builtPages, distOf, missingDist } from './dist.ts';
import type { Problem } from '#/src/lib/problems.ts';

/** The committed html-validate configuration, at the project root. */
export const HTML_CONFIG = '.htmlvalidate.json';

/**
 * Valid HTML: html-validate over every page of dist/ with the committed `.htmlvalidate.json`
 * (html-validate:recommended). What it changes, and why (JSON has no comments):
 * - `valid-id` relaxed: HTML5 accepts any id without spaces, and Astro's heading ids keep accents and
 *   may start with a digit («1-introducción»);
 * - `void-style` off: Markdown line breaks come out of MDX as `<br/>`, Astro's templates as `<br>`;
 * - `long-title` off: an SEO length hint, not validity; official names of commissions and bodies are
 *   longer than its 70 characters by themselves.
 */
export async function checkHtml(root: string): Promise<Problem[]> {
  const missing = missingDist(root);
  if (missing.length) return missing;
  const configFile = join(root, HTML_CONFIG);
  if (!existsSync(configFile)) {
    return [
      {
        file: HTML_CONFIG,
        found: 'falta la configuración de html-validate',
        fix: `recupérala con «git checkout -- ${HTML_CONFIG}»`,
      },
    ];
  }
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new FileSystemConfigLoader(config));

  const problems: Problem[] = [];
  for (const page of builtPages(root)) {
    const report = await validator.validateFile(join(distOf(root), page.file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          file: `dist/${page.file}`,
          line: message.line,
          column: message.column,
          found: `HTML no válido, regla «${message.ruleId}»: ${message.message}`,
          fix: `la regla se explica en ${message.ruleUrl ?? 'https://html-validate.org/rules/'}`,
        });
      }
    }
  }
  return problems;
}
