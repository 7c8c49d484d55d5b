import type { Problem } from '#/src/lib/problems.ts';
import { astroRun, lastLines } from './astro.ts';

// «src/x.ts:1:14 - error ts(2322): Type 'string' is not assignable to type 'number'.»
const diagnostic = /^(\S+):(\d+):(\d+) - (error|warning|hint) (.*)$/;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Type checking: `astro check` must end with 0 errors, 0 warnings and 0 hints. */
export async function checkTypes(root: string): Promise<Problem[]> {
  const { status, stdout, stderr, problems: content } = await astroRun(root, ['check']);
  const lines = stdout.split(/\r?\n/).map((line) => line.trim());
  // The summary: «- 2 errors», «- 0 warnings», «- 1 hint».
  const count = (kind: string) =>
    Number(lines.map((line) => new RegExp(`^- (\\d+) ${kind}s?$`).exec(line)?.[1]).find(Boolean) ?? 0);
  const [errors, warnings, hints] = [count('error'), count('warning'), count('hint')];

  if (!lines.some((line) => line.startsWith('Result ('))) {
    // It stops before checking anything when the content does not load.
    return [
      content.length
        ? {
            file: 'astro check',
            found: 'no pudo revisar los tipos porque el contenido tiene errores',
            fix: 'corrige primero lo que dice «Contenido»',
          }
        : { file: 'astro check', found: `no terminó: ${lastLines(`${stdout}\n${stderr}`).join(' / ')}` },
    ];
  }
  const problems: Problem[] = lines.flatMap((printed) => {
    const match = diagnostic.exec(printed);
    if (!match) return [];
    const [, file = '', line, column, kind = '', text = ''] = match;
    return [{ file, line: Number(line), column: Number(column), found: `${kind} ${text}` }];
  });
  if (status !== 0 || errors || warnings || hints || problems.length) {
    problems.push({
      file: 'astro check',
      found:
        `${plural(errors, 'error', 'errores')}, ${plural(warnings, 'advertencia', 'advertencias')} y ` +
        `${plural(hints, 'sugerencia', 'sugerencias')}, y se espera 0 de cada uno`,
      fix: 'corre «npx astro check» para ver el código de cada uno',
    });
  }
  return problems;
}
