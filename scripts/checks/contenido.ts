import { astroProblems, lastLines, runAstro } from './astro.ts';
import type { Problem } from './problem.ts';

/**
 * Content validation: `astro sync` loads every collection through its schema. Its errors already name
 * the file, the field and what was expected, in Spanish; this keeps those lines and drops the rest.
 * Astro only logs some errors (a reference to a missing entry, an unreadable data file) and still
 * exits 0, so any error line counts.
 */
export async function checkContent(root: string): Promise<Problem[]> {
  const { status, stdout, stderr } = await runAstro(root, ['sync']);
  const problems = astroProblems(root, stderr);
  if (status !== 0 && problems.length === 0) {
    problems.push({
      where: 'astro sync',
      message: `terminó con error sin decir en qué archivo: ${lastLines(`${stdout}\n${stderr}`).join(' / ')}`,
    });
  }
  return problems;
}
