import { astroProblems, lastLines, runAstro, runBin } from './astro.ts';
import type { Problem } from './problem.ts';

/**
 * The build, as `npm run build` does it: `astro build` writes dist/, which the other checks read, then
 * scripts/indexar.ts adds the search index and the host files. It stops on what only a build can see,
 * such as a reference to a draft or an MDX body that does not compile; its errors name the file.
 */
export async function checkBuild(root: string): Promise<Problem[]> {
  const { status, stdout, stderr } = await runAstro(root, ['build']);
  if (status === 0) {
    const post = await runBin(root, 'node', ['scripts/indexar.ts']);
    if (post.status === 0) return [];
    return [{ where: 'scripts/indexar.ts', message: lastLines(`${post.stdout}\n${post.stderr}`).join(' / ') }];
  }
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
