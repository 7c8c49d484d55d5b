import { astroProblems, lastLines, runAstro } from './astro.ts';
import type { Problem } from './problem.ts';

/**
 * The build: `astro build` writes dist/, which the other checks read. It stops on what only a build
 * can see, such as a reference to a draft or an MDX body that does not compile; its errors name the file.
 */
export async function checkBuild(root: string): Promise<Problem[]> {
  const { status, stdout, stderr } = await runAstro(root, ['build']);
  if (status === 0) return [];
  const problems = astroProblems(root, stderr);
  return problems.length
    ? problems
    : [
        {
          where: 'astro build',
          message: `falló sin decir en qué archivo: ${lastLines(`${stdout}\n${stderr}`).join(' / ')}`,
        },
      ];
}
