import { astroProblems, lastLines, runAstro } from './astro.ts';
import type { Problem } from './problem.ts';

// «src/x.ts:1:14 - error ts(2322): Type 'string' is not assignable to type 'number'.»
const diagnostic = /^(\S+:\d+:\d+) - (error|warning|hint) (.*)$/;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Type checking: `astro check` must end with 0 errors, 0 warnings and 0 hints. */
export async function checkTypes(root: string): Promise<Problem[]> {
  const { status, stdout, stderr } = await runAstro(root, ['check']);
  const lines = stdout.split(/\r?\n/).map((line) => line.trim());
  // The summary: «- 2 errors», «- 0 warnings», «- 1 hint».
  const count = (kind: string) =>
    Number(lines.map((line) => new RegExp(`^- (\\d+) ${kind}s?$`).exec(line)?.[1]).find(Boolean) ?? 0);
  const [errors, warnings, hints] = [count('error'), count('warning'), count('hint')];

  if (!lines.some((line) => line.startsWith('Result ('))) {
    // It stops before checking anything when the content does not load.
    const content = astroProblems(root, stderr).length > 0;
    return [
      {
        where: 'astro check',
        message: content
          ? 'no pudo revisar los tipos porque el contenido tiene errores: corrige primero lo que dice «Contenido»'
          : `no terminó: ${lastLines(`${stdout}\n${stderr}`).join(' / ')}`,
      },
    ];
  }
  const problems: Problem[] = lines.flatMap((line) => {
    const match = diagnostic.exec(line);
    return match ? [{ where: match[1] ?? '', message: `${match[2] ?? ''} ${match[3] ?? ''}` }] : [];
  });
  if (status !== 0 || errors || warnings || hints || problems.length) {
    problems.push({
      where: 'astro check',
      message:
        `${plural(errors, 'error', 'errores')}, ${plural(warnings, 'advertencia', 'advertencias')} y ` +
        `${plural(hints, 'sugerencia', 'sugerencias')}; se espera 0 de cada uno (corre «npx astro check» para ver el código de cada uno)`,
    });
  }
  return problems;
}
